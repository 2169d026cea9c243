package org.realign.app.testsupport;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** What every refusal under /api looks like, for the web-slice tests. */
public final class ApiProblems {

	/**
	 * Words that give away the implementation: a package, a JSON library, an exception.
	 */
	private static final String[] JAVA_NAMES = { "org.realign", "java.", "tools.jackson", "com.fasterxml",
			"springframework", "Exception", "LocalDate", "Integer", "Double", "Boolean" };

	private ApiProblems() {
	}

	/**
	 * The status, RFC 9457 {@code application/problem+json}, and no Java type, class or
	 * package named anywhere in the body (nor the request type's own name).
	 */
	public static void assertProblem(MvcTestResult answer, int status, String... alsoNotNamed) {
		assertThat(answer).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(answer).bodyText().doesNotContain(JAVA_NAMES);
		if (alsoNotNamed.length > 0) {
			assertThat(answer).bodyText().doesNotContain(alsoNotNamed);
		}
	}

}
