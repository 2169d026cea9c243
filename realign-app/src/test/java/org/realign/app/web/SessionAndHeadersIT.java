package org.realign.app.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.realign.app.testsupport.EmbeddedApp;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Login hardening seen from the wire: per-address rate limit, session fixation, cookie
 * attributes, logout, HSTS over TLS, CSP and CSRF. Plain HTTP with hand-kept cookies, so
 * that every Set-Cookie and header is visible.
 */
@EmbeddedApp(properties = { "realign.security.login-rate.max-failures=4", "realign.security.login-rate.window=10m" })
class SessionAndHeadersIT {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void manyFailedLoginsFromOneAddress_acrossAccounts_answer429WithRetryAfter() throws Exception {
		String address = "203.0.113.7";
		String[] accounts = { "a@nowhere.test", "b@nowhere.test", "c@nowhere.test", "d@nowhere.test" };
		for (String account : accounts) {
			assertThat(logIn(account, "wrong", address, "").statusCode()).isEqualTo(302);
		}

		HttpResponse<String> refused = logIn("sam@demo.realign", "realign-demo", address, "");

		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After"))
			.hasValueSatisfying((seconds) -> assertThat(Long.parseLong(seconds)).isBetween(1L, 600L));
		assertThat(refused.body()).contains("Too many failed sign-in attempts");
		// Another address is not affected.
		assertThat(logIn("sam@demo.realign", "realign-demo", "203.0.113.8", "").headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).doesNotContain("error"));
	}

	@Test
	void loginChangesTheSessionId_andLogoutEndsTheSession() throws Exception {
		HttpResponse<String> loginPage = get("/login", "", "198.51.100.1");
		String before = sessionCookie(loginPage);
		String csrf = csrf(loginPage.body());

		HttpResponse<String> loggedIn = post("/login", "username=jo%40demo.realign&password=realign-demo&_csrf=" + csrf,
				"JSESSIONID=" + before, "198.51.100.1");
		String after = sessionCookie(loggedIn);

		assertThat(after).isNotEqualTo(before);
		assertThat(get("/", "JSESSIONID=" + before, "198.51.100.1").statusCode()).isEqualTo(302);
		HttpResponse<String> home = get("/", "JSESSIONID=" + after, "198.51.100.1");
		assertThat(home.statusCode()).isEqualTo(200);

		String homeCsrf = csrf(home.body());
		HttpResponse<String> logout = post("/logout", "_csrf=" + homeCsrf, "JSESSIONID=" + after, "198.51.100.1");
		assertThat(logout.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login?logout"));
		HttpResponse<String> afterLogout = get("/", "JSESSIONID=" + after, "198.51.100.1");
		assertThat(afterLogout.statusCode()).isEqualTo(302);
		assertThat(afterLogout.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login"));
	}

	@Test
	void sessionCookie_isHttpOnlySameSite_andSecureOnlyBehindTls() throws Exception {
		String plain = setCookie(get("/login", "", "198.51.100.2"));
		assertThat(plain).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContain("Secure");

		HttpResponse<String> overTls = send(HttpRequest.newBuilder(uri("/login"))
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-For", "198.51.100.2")
			.GET());
		assertThat(setCookie(overTls)).contains("HttpOnly").contains("Secure");
		assertThat(overTls.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying((hsts) -> assertThat(hsts).contains("max-age="));
		assertThat(get("/login", "", "198.51.100.2").headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	@Test
	void everyPage_forbidsFramingAndInlineScript() throws Exception {
		HttpResponse<String> login = get("/login", "", "198.51.100.3");
		assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				(csp) -> assertThat(csp).contains("frame-ancestors 'none'").contains("script-src 'self'"));
		assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
	}

	@Test
	void postsWithoutCsrfToken_areRefused403_onPagesAndTheApi() throws Exception {
		HttpResponse<String> loginPage = get("/login", "", "198.51.100.4");
		String csrf = csrf(loginPage.body());
		String session = sessionCookie(
				post("/login", "username=practitioner%40demo.realign&password=realign-demo&_csrf=" + csrf,
						"JSESSIONID=" + sessionCookie(loginPage), "198.51.100.4"));

		assertThat(post("/clients/new", "displayName=Nobody", "JSESSIONID=" + session, "198.51.100.4").statusCode())
			.isEqualTo(403);
		HttpResponse<String> api = send(HttpRequest.newBuilder(uri("/api/clients"))
			.header("Cookie", "JSESSIONID=" + session)
			.header("Content-Type", "application/json")
			.header("X-Forwarded-For", "198.51.100.4")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Nobody\"}")));
		assertThat(api.statusCode()).isEqualTo(403);
		// An anonymous login form post without a token is refused too (login CSRF).
		assertThat(post("/login", "username=jo%40demo.realign&password=realign-demo", "", "198.51.100.4").statusCode())
			.isEqualTo(403);
	}

	private HttpResponse<String> logIn(String username, String password, String address, String cookie)
			throws Exception {
		HttpResponse<String> page = get("/login", cookie, address);
		String session = cookie.isEmpty() ? "JSESSIONID=" + sessionCookie(page) : cookie;
		return post("/login", "username=" + URLEncoder.encode(username, "UTF-8") + "&password="
				+ URLEncoder.encode(password, "UTF-8") + "&_csrf=" + csrf(page.body()), session, address);
	}

	private HttpResponse<String> get(String path, String cookie, String address) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("X-Forwarded-For", address).GET();
		if (!cookie.isEmpty()) {
			request.header("Cookie", cookie);
		}
		return send(request);
	}

	private HttpResponse<String> post(String path, String form, String cookie, String address) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Forwarded-For", address)
			.POST(HttpRequest.BodyPublishers.ofString(form));
		if (!cookie.isEmpty()) {
			request.header("Cookie", cookie);
		}
		return send(request);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String setCookie(HttpResponse<?> response) {
		List<String> cookies = response.headers().allValues("Set-Cookie");
		return cookies.stream()
			.filter((cookie) -> cookie.startsWith("JSESSIONID="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie set: " + response.headers()));
	}

	private static String sessionCookie(HttpResponse<?> response) {
		String cookie = setCookie(response);
		return cookie.substring("JSESSIONID=".length(), cookie.indexOf(';'));
	}

	private static String csrf(String page) {
		var matcher = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
		if (!matcher.find()) {
			throw new AssertionError("no CSRF token on the page:\n" + page);
		}
		return matcher.group(1);
	}

}
