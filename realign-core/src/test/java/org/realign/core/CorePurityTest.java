package org.realign.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;
import org.realign.core.archfixture.LeakyRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The core stays plain Java: no framework, no database access, no native code, no web
 * APIs. The module graph already keeps those jars off the core's classpath; this test
 * catches the JDK's own database API and anything that slips in through a transitive
 * dependency.
 */
class CorePurityTest {

	/**
	 * Packages the domain must never touch. Kept in one place so the rule and its message
	 * agree.
	 */
	static final String[] FORBIDDEN = { "org.springframework..", "java.sql..", "javax.sql..", "org.bytedeco..",
			"jakarta.servlet..", "javax.servlet..", "jakarta.persistence..", "jakarta.ws..", "org.flywaydb..",
			"org.h2..", "org.postgresql..", "java.net.http.." };

	static final ArchRule CORE_IS_PURE = noClasses().that()
		.resideInAPackage("org.realign.core..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(FORBIDDEN)
		.because("realign-core is the framework-free domain (see package-info)");

	@Test
	void coreClasses_dependOnNoFrameworkDatabaseNativeOrWebCode() {
		JavaClasses core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.realign.core");
		// failOnEmptyShould stays on (ArchUnit's default): an empty import fails instead
		// of passing vacuously.
		CORE_IS_PURE.check(core);
	}

	@Test
	void rule_reportsAClassThatUsesJdbc() {
		JavaClasses fixture = new ClassFileImporter().importClasses(LeakyRepository.class);
		EvaluationResult result = CORE_IS_PURE.evaluate(fixture);
		assertThat(result.hasViolation()).isTrue();
		assertThat(result.getFailureReport().toString()).contains("LeakyRepository").contains("java.sql.Connection");
	}

}
