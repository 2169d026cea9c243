package org.realign.app.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain HTTP user agent with cookies, for full-stack tests that log in through the real
 * login form (CSRF token included) without a browser.
 */
public final class Browserless {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NORMAL)
		.build();

	private final String base;

	public Browserless(int port) {
		this.base = "http://localhost:" + port;
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).GET().build());
	}

	/**
	 * Posts a form as a browser would, with the CSRF token taken from the signed-in
	 * session's start page (or the login page when anonymous).
	 */
	public HttpResponse<String> postForm(String path, String urlEncodedBody) {
		String token = csrfToken(get("/join").body());
		String body = urlEncodedBody.isEmpty() ? "_csrf=" + encode(token) : urlEncodedBody + "&_csrf=" + encode(token);
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/**
	 * Sends JSON with the session's CSRF token in the header, as the pages' scripts do.
	 */
	public HttpResponse<String> sendJson(String method, String path, String json) {
		String token = csrfToken(get("/join").body());
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/json")
			.header("X-CSRF-TOKEN", token)
			.method(method, HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	private static String csrfToken(String page) {
		Matcher csrf = CSRF.matcher(page);
		if (!csrf.find()) {
			throw new AssertionError("the page has no CSRF token:\n" + page);
		}
		return csrf.group(1);
	}

	/** Fills in and submits the login form; returns the page the browser lands on. */
	public HttpResponse<String> logIn(String username, String password) {
		String body = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
				+ encode(csrfToken(get("/login").body()));
		return send(HttpRequest.newBuilder(URI.create(this.base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
