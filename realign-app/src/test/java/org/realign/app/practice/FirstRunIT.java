package org.realign.app.practice;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.realign.app.testsupport.Browserless;
import org.realign.app.testsupport.EmbeddedApp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plain start on an empty database: no demo, a setup code in the console, and the first
 * visit creates the practice and its owner with that code, once.
 */
@ExtendWith(OutputCaptureExtension.class)
@EmbeddedApp(properties = "realign.demo.enabled=false")
class FirstRunIT {

	static final Pattern SETUP_CODE = Pattern.compile("setup code\\s+([A-Z0-9]{10})");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void emptyDatabase_noDemo_setupCodeFromTheConsoleCreatesThePracticeAndOwnerOnce(CapturedOutput console) {
		assertThat(count("SELECT COUNT(*) FROM app_user")).isZero();
		assertThat(count("SELECT COUNT(*) FROM practice")).isZero();
		Browserless visitor = Browserless.notFollowingRedirects(this.port);
		assertThat(visitor.get("/login").headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/setup"));
		String code = setupCode(console.getAll());

		HttpResponse<String> wrong = visitor.postForm("/setup",
				form("ABCDEFGHJK", "Studio Nord", "Ada Owner", "ada@studio.example", "a long enough password"));
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(wrong.body()).contains("setup code is not right");
		HttpResponse<String> badFields = visitor.postForm("/setup",
				form(code, " ", "Ada Owner", "not-an-email", "short"));
		assertThat(badFields.statusCode()).isEqualTo(400);
		assertThat(badFields.body()).contains("Give the practice a name", "Give an email address", "too short");
		assertThat(count("SELECT COUNT(*) FROM practice")).isZero();

		HttpResponse<String> created = visitor.postForm("/setup",
				form(code.toLowerCase(), "Studio Nord", "Ada Owner", "Ada@Studio.example", "a long enough password"));
		assertThat(created.statusCode()).isEqualTo(302);
		assertThat(created.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login?setup"));
		assertThat(this.jdbc.sql("SELECT name FROM practice").query(String.class).single()).isEqualTo("Studio Nord");
		assertThat(this.jdbc.sql("SELECT role FROM app_user WHERE username = 'ada@studio.example'")
			.query(String.class)
			.single()).isEqualTo("OWNER");
		assertThat(count("SELECT COUNT(*) FROM audit_event WHERE action = 'practice-created'")).isEqualTo(1);

		// The code is spent and the page is gone.
		HttpResponse<String> again = visitor.postForm("/setup",
				form(code, "Second", "Eve", "eve@example.org", "a long enough password"));
		assertThat(again.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login"));
		assertThat(count("SELECT COUNT(*) FROM practice")).isEqualTo(1);

		Browserless owner = Browserless.signedIn(this.port, "ada@studio.example", "a long enough password");
		assertThat(owner.get("/").body()).contains("Ada Owner");
		Browserless demo = new Browserless(this.port);
		assertThat(demo.logIn("practitioner@demo.realign", "realign-demo").uri().toString()).contains("error");
		assertThat(count("SELECT COUNT(*) FROM app_user WHERE username LIKE '%demo.realign'")).isZero();
	}

	static String setupCode(String console) {
		Matcher matcher = SETUP_CODE.matcher(console);
		String code = null;
		while (matcher.find()) {
			code = matcher.group(1);
		}
		assertThat(code).as("a setup code printed in the console:\n" + console).isNotNull();
		return code;
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private static String form(String code, String practice, String owner, String email, String password) {
		return "code=" + encode(code) + "&practiceName=" + encode(practice) + "&ownerName=" + encode(owner) + "&email="
				+ encode(email) + "&password=" + encode(password) + "&confirmPassword=" + encode(password);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
