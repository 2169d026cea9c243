package org.realign.app.identity;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.realign.app.audit.AuditLog;
import org.realign.app.testsupport.Browserless;
import org.realign.app.testsupport.EmbeddedApp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Changing one's password and resetting it with a one-time code, over HTTP as a browser
 * does it: the old password stops working and the new one works, other sessions end,
 * wrong, expired and used codes change nothing and say the same whatever the login, a
 * lockout is cleared by a reset, only the practice issues codes for its people, every
 * form needs its CSRF token, and the audit trail keeps issue and redemption. The login
 * rate limit is raised here because these tests fail logins on purpose.
 */
@EmbeddedApp(
		properties = { "realign.security.login-rate.max-failures=500", "realign.security.reset-rate.max-failures=500" })
class PasswordResetIT {

	private static final String PASSWORD = "reset-pass-1";

	private static final Pattern CODE = Pattern.compile("id=\"reset-code\">([A-Z0-9]+)<");

	@LocalServerPort
	int port;

	@Autowired
	PracticeDirectory directory;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditLog audit;

	private String tag;

	private long clientId;

	private long practitionerUserId;

	@BeforeEach
	void aFreshPractice() {
		this.tag = UUID.randomUUID().toString().substring(0, 8);
		String hash = this.passwordEncoder.encode(PASSWORD);
		long practice = this.directory.createPractice("Reset " + this.tag);
		long owner = this.directory.createUser(practice, login("ow"), hash, "Owner " + this.tag, Role.OWNER);
		this.practitionerUserId = this.directory.createUser(practice, login("pr"), hash, "Practitioner " + this.tag,
				Role.PRACTITIONER);
		long clientUser = this.directory.createUser(practice, login("cl"), hash, "Client " + this.tag, Role.CLIENT);
		this.clientId = this.directory.createClient(practice, owner, clientUser, "Client " + this.tag);
		long elsewhere = this.directory.createPractice("Reset elsewhere " + this.tag);
		this.directory.createUser(elsewhere, login("st"), hash, "Stranger " + this.tag, Role.OWNER);
	}

	private String login(String who) {
		return "reset-" + who + "-" + this.tag + "@example.org";
	}

	private Browserless signedIn(String who) {
		return Browserless.signedIn(this.port, login(who), PASSWORD);
	}

	/**
	 * Whether the login form accepts the password: it lands anywhere but back on /login.
	 */
	private boolean canLogIn(String username, String password) {
		HttpResponse<String> landed = new Browserless(this.port).logIn(username, password);
		return landed.statusCode() == 200 && !landed.uri().getPath().equals("/login");
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String change(String current, String next, String confirm) {
		return "currentPassword=" + encode(current) + "&newPassword=" + encode(next) + "&confirmPassword="
				+ encode(confirm);
	}

	private static String reset(String code, String username, String password) {
		return "code=" + encode(code) + "&username=" + encode(username) + "&password=" + encode(password)
				+ "&confirmPassword=" + encode(password);
	}

	private static String code(HttpResponse<String> page) {
		Matcher code = CODE.matcher(page.body());
		assertThat(code.find()).as("a reset code on the page:\n" + page.body()).isTrue();
		return code.group(1);
	}

	private String issueForClient() {
		return code(signedIn("pr").postForm("/clients/" + this.clientId + "/password-reset", ""));
	}

	private long codesFor(String who) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM password_reset r JOIN app_user u ON u.id = r.user_id WHERE u.username = :u")
			.param("u", login(who))
			.query(Long.class)
			.single();
	}

	@Test
	void change_wrongCurrentPassword_refusedAndNothingChanged() {
		HttpResponse<String> refused = signedIn("cl").postForm("/account/password",
				change("not-my-password", "a-new-password-1", "a-new-password-1"));

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("The current password is not right.");
		assertThat(canLogIn(login("cl"), PASSWORD)).isTrue();
		assertThat(canLogIn(login("cl"), "a-new-password-1")).isFalse();
	}

	@Test
	void change_tooShortMismatchedOrTheLogin_refusedAndNothingChanged() {
		Browserless client = signedIn("cl");

		HttpResponse<String> tooShort = client.postForm("/account/password", change(PASSWORD, "short-1", "short-1"));
		HttpResponse<String> differ = client.postForm("/account/password",
				change(PASSWORD, "a-new-password-1", "a-new-password-2"));
		HttpResponse<String> isLogin = client.postForm("/account/password", change(PASSWORD, login("cl"), login("cl")));

		assertThat(tooShort.statusCode()).isEqualTo(400);
		assertThat(tooShort.body()).contains("too short: use at least 10 characters");
		assertThat(differ.body()).contains("The two new passwords differ.");
		assertThat(isLogin.body()).contains("must not be your email");
		assertThat(canLogIn(login("cl"), PASSWORD)).isTrue();
	}

	@Test
	void change_success_oldPasswordFailsNewWorksOtherSessionsEndAndAudited() {
		Browserless elsewhere = signedIn("cl");
		Browserless script = signedIn("cl");
		Browserless client = signedIn("cl");

		HttpResponse<String> changed = client.postForm("/account/password",
				change(PASSWORD, "a-new-password-1", "a-new-password-1"));

		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(changed.uri().getPath()).isEqualTo("/account/password");
		assertThat(changed.body()).contains("Your password is changed.");
		assertThat(canLogIn(login("cl"), PASSWORD)).isFalse();
		assertThat(canLogIn(login("cl"), "a-new-password-1")).isTrue();
		assertThat(client.get("/me/journal").uri().getPath()).as("the session that changed it stays")
			.isEqualTo("/me/journal");
		HttpResponse<String> other = elsewhere.get("/me/journal");
		assertThat(other.uri().getPath()).as("another session of the login ends").isEqualTo("/login");
		assertThat(other.uri().getQuery()).isEqualTo("expired");
		assertThat(script.get("/api/clients/" + this.clientId + "/journal").statusCode())
			.as("a script on an ended session gets 401, not the login page")
			.isEqualTo(401);
		assertThat(this.audit.forClient(this.clientId)).anyMatch((e) -> e.action().equals("password-changed"));
	}

	@Test
	void reset_issuedByPractitionerRedeemed_newPasswordWorksLockoutClearedSessionsEndedAudited() {
		Browserless clientSession = signedIn("cl");
		for (int i = 0; i < 5; i++) {
			new Browserless(this.port).logIn(login("cl"), "wrong-guess-" + i);
		}
		assertThat(canLogIn(login("cl"), PASSWORD)).as("locked after five wrong passwords").isFalse();
		String code = issueForClient();

		HttpResponse<String> redeemed = new Browserless(this.port).postForm("/reset",
				reset(code, login("cl"), "brand-new-password"));

		assertThat(redeemed.uri().getPath()).isEqualTo("/login");
		assertThat(redeemed.body()).contains("Your new password is set.");
		assertThat(canLogIn(login("cl"), "brand-new-password")).as("new password works, lock cleared").isTrue();
		assertThat(canLogIn(login("cl"), PASSWORD)).isFalse();
		assertThat(clientSession.get("/me/journal").uri().getPath()).isEqualTo("/login");
		assertThat(this.audit.forClient(this.clientId)).extracting(AuditLog.Event::action)
			.contains("password-reset-issued", "password-reset-redeemed");
		String hash = this.jdbc.sql("SELECT code_hash FROM password_reset WHERE client_id = :c")
			.param("c", this.clientId)
			.query(String.class)
			.single();
		assertThat(hash).as("only a hash is stored").isNotEqualTo(code).hasSize(64);
	}

	@Test
	void reset_reusedCode_refusedAndNothingChanged() {
		String code = issueForClient();
		new Browserless(this.port).postForm("/reset", reset(code, login("cl"), "first-new-password"));

		HttpResponse<String> again = new Browserless(this.port).postForm("/reset",
				reset(code, login("cl"), "second-new-password"));

		assertThat(again.statusCode()).isEqualTo(400);
		assertThat(again.body()).contains("That reset code does not work with that email")
			.contains("Nothing was changed");
		assertThat(canLogIn(login("cl"), "first-new-password")).isTrue();
		assertThat(canLogIn(login("cl"), "second-new-password")).isFalse();
	}

	@Test
	void reset_expiredCode_refusedAndNothingChanged() {
		String code = issueForClient();
		this.jdbc.sql("UPDATE password_reset SET expires_at = created_at - INTERVAL '1' HOUR WHERE client_id = :c")
			.param("c", this.clientId)
			.update();

		HttpResponse<String> expired = new Browserless(this.port).postForm("/reset",
				reset(code, login("cl"), "brand-new-password"));

		assertThat(expired.statusCode()).isEqualTo(400);
		assertThat(expired.body()).contains("That reset code does not work with that email");
		assertThat(canLogIn(login("cl"), PASSWORD)).isTrue();
		assertThat(canLogIn(login("cl"), "brand-new-password")).isFalse();
	}

	@Test
	void reset_wrongCodeOrOtherLogin_refusedWithTheSameAnswerWhetherTheLoginExistsOrNot() {
		String code = issueForClient();

		HttpResponse<String> wrongCode = new Browserless(this.port).postForm("/reset",
				reset("ABCDEFGHJK", login("cl"), "brand-new-password"));
		HttpResponse<String> otherLogin = new Browserless(this.port).postForm("/reset",
				reset(code, login("pr"), "brand-new-password"));
		HttpResponse<String> noSuchLogin = new Browserless(this.port).postForm("/reset",
				reset(code, "nobody-" + this.tag + "@example.org", "brand-new-password"));

		assertThat(wrongCode.statusCode()).isEqualTo(400);
		assertThat(otherLogin.statusCode()).isEqualTo(400);
		assertThat(noSuchLogin.statusCode()).isEqualTo(400);
		assertThat(problems(noSuchLogin)).isEqualTo(problems(wrongCode)).isEqualTo(problems(otherLogin));
		assertThat(canLogIn(login("cl"), PASSWORD)).isTrue();
		assertThat(canLogIn(login("pr"), PASSWORD)).isTrue();
		assertThat(new Browserless(this.port).postForm("/reset", reset(code, login("cl"), "brand-new-password"))
			.uri()
			.getPath()).as("the right code still works after the wrong tries").isEqualTo("/login");
	}

	private static String problems(HttpResponse<String> page) {
		Matcher problems = Pattern.compile("(?s)<div class=\"alert\" role=\"alert\" id=\"reset-problems\">(.*?)</div>")
			.matcher(page.body());
		assertThat(problems.find()).as(page.body()).isTrue();
		return problems.group(1).strip();
	}

	@Test
	void issue_practitionerOfAnotherPractice_notFoundAndNoCode() {
		HttpResponse<String> refused = signedIn("st").postForm("/clients/" + this.clientId + "/password-reset", "");

		assertThat(refused.statusCode()).isEqualTo(404);
		assertThat(signedIn("st").get("/clients/" + this.clientId + "/password-reset").statusCode()).isEqualTo(404);
		assertThat(codesFor("cl")).isZero();
	}

	@Test
	void issue_ownerForPractitioner_redeemed_onlyTheOwnerOfThatPractice() {
		HttpResponse<String> people = signedIn("ow").get("/practice/people");
		assertThat(people.body()).contains(login("pr"));
		assertThat(signedIn("pr").get("/practice/people").statusCode()).isEqualTo(404);
		assertThat(signedIn("pr").postForm("/practice/people/" + this.practitionerUserId + "/password-reset", "")
			.statusCode()).isEqualTo(404);
		assertThat(signedIn("st").postForm("/practice/people/" + this.practitionerUserId + "/password-reset", "")
			.statusCode()).isEqualTo(404);
		assertThat(codesFor("pr")).isZero();

		String code = code(
				signedIn("ow").postForm("/practice/people/" + this.practitionerUserId + "/password-reset", ""));
		new Browserless(this.port).postForm("/reset", reset(code, login("pr"), "practitioner-new-pw"));

		assertThat(canLogIn(login("pr"), "practitioner-new-pw")).isTrue();
		assertThat(this.audit.forSubject(login("pr"))).extracting(AuditLog.Event::action)
			.contains("password-reset-issued", "password-reset-redeemed");
	}

	@Test
	void issue_newCode_retiresTheEarlierOne() {
		String first = issueForClient();
		String second = issueForClient();

		HttpResponse<String> old = new Browserless(this.port).postForm("/reset",
				reset(first, login("cl"), "brand-new-password"));

		assertThat(old.statusCode()).isEqualTo(400);
		assertThat(new Browserless(this.port).postForm("/reset", reset(second, login("cl"), "brand-new-password"))
			.uri()
			.getPath()).isEqualTo("/login");
	}

	@Test
	void forms_withoutCsrfToken_refusedAndNothingChanged() throws Exception {
		String code = issueForClient();
		HttpClient raw = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String base = "http://localhost:" + this.port;
		Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"")
			.matcher(raw
				.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString())
				.body());
		assertThat(token.find()).isTrue();
		HttpResponse<String> signedIn = raw.send(form(base + "/login", "username=" + encode(login("cl")) + "&password="
				+ encode(PASSWORD) + "&_csrf=" + encode(token.group(1))), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).as("signed in, sent on to the start page").isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");

		HttpResponse<String> changeWithoutToken = raw.send(
				form(base + "/account/password", change(PASSWORD, "a-new-password-1", "a-new-password-1")),
				HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> resetWithoutToken = HttpClient.newHttpClient()
			.send(form(base + "/reset", reset(code, login("cl"), "brand-new-password")),
					HttpResponse.BodyHandlers.ofString());

		assertThat(changeWithoutToken.statusCode()).isEqualTo(403);
		assertThat(resetWithoutToken.statusCode()).isEqualTo(403);
		assertThat(canLogIn(login("cl"), PASSWORD)).isTrue();
		assertThat(new Browserless(this.port).postForm("/reset", reset(code, login("cl"), "brand-new-password"))
			.uri()
			.getPath()).as("the code was not used up by the refused post").isEqualTo("/login");
	}

	private static HttpRequest form(String url, String body) {
		return HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

}
