package org.realign.app.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain HTTP user agent with cookies, for full-stack tests that log in through the real
 * login form (CSRF token included) without a browser.
 */
public final class Browserless {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final HttpClient http;

	private final String base;

	public Browserless(int port) {
		this(port, HttpClient.Redirect.NORMAL);
	}

	private Browserless(int port, HttpClient.Redirect redirects) {
		this.base = "http://localhost:" + port;
		this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(redirects).build();
	}

	private Browserless(HttpClient http, String base) {
		this.http = http;
		this.base = base;
	}

	/**
	 * The same browser (same cookies, so the same session) talking to the server on
	 * another port: the next request of a user that a load balancer sends to another
	 * replica.
	 */
	public Browserless onPort(int port) {
		return new Browserless(this.http, "http://localhost:" + port);
	}

	/**
	 * A user agent that answers each response as it comes, so that a test sees a redirect
	 * and where it points (the login page, or the page after a form post).
	 */
	public static Browserless notFollowingRedirects(int port) {
		return new Browserless(port, HttpClient.Redirect.NEVER);
	}

	/**
	 * A new session, signed in through the login form as the user.
	 * @throws AssertionError when the sign-in fails (the form answers the login page
	 * again), so a test never goes on as an anonymous caller by mistake
	 */
	public static Browserless signedIn(int port, String username, String password) {
		Browserless browser = new Browserless(port);
		HttpResponse<String> answer = browser.logIn(username, password);
		String landed = answer.uri().getPath();
		if (answer.statusCode() >= 400 || "/login".equals(landed)) {
			throw new AssertionError(
					"signing in as " + username + " failed: answered " + answer.statusCode() + " at " + answer.uri());
		}
		return browser;
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
		return sendJson(method, path, json, new String[0]);
	}

	/** As above, with extra request headers given as name, value pairs. */
	public HttpResponse<String> sendJson(String method, String path, String json, String... headers) {
		String token = csrfToken(get("/join").body());
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/json")
			.header("X-CSRF-TOKEN", token)
			.method(method, HttpRequest.BodyPublishers.ofString(json));
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return send(request.build());
	}

	/**
	 * Sends any method with any body, with the session's CSRF token in the header as the
	 * pages' scripts send it (a GET goes without one, as a browser's does).
	 */
	public HttpResponse<String> send(String method, String path, String contentType, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path));
		if ("GET".equals(method)) {
			return send(request.GET().build());
		}
		return send(request.header("Content-Type", contentType)
			.header("X-CSRF-TOKEN", csrfToken(get("/join").body()))
			.method(method, HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/**
	 * Sends a body in this session without the CSRF token, as a page of another site
	 * would make the browser send it.
	 */
	public HttpResponse<String> sendWithoutCsrf(String method, String path, String contentType, String body) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", contentType)
			.method(method, HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/**
	 * Posts a multipart form of files (field name to file name and bytes), as a browser's
	 * file input does.
	 */
	public HttpResponse<String> postFiles(String path, Map<String, Map.Entry<String, byte[]>> files) {
		List<FilePart> parts = new ArrayList<>();
		files.forEach((field, file) -> parts.add(new FilePart(field, file.getKey(), file.getValue())));
		return postFileParts(path, parts);
	}

	/** One file of a multipart form: its field name, file name and content. */
	public record FilePart(String field, String fileName, byte[] bytes) {
	}

	/**
	 * Posts a multipart form of files in the order given, field names may repeat: what a
	 * hand-made request can send that the page's form cannot.
	 */
	public HttpResponse<String> postFileParts(String path, List<FilePart> files) {
		String boundary = "----realign-test-" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		Consumer<String> text = (line) -> body.writeBytes(line.getBytes(StandardCharsets.UTF_8));
		text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
				+ csrfToken(get("/join").body()) + "\r\n");
		for (FilePart file : files) {
			text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field()
					+ "\"; filename=\"" + file.fileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
			body.writeBytes(file.bytes());
			text.accept("\r\n");
		}
		text.accept("--" + boundary + "--\r\n");
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	/** The raw bytes of a response, for images. */
	public HttpResponse<byte[]> getBytes(String path) {
		try {
			return this.http.send(HttpRequest.newBuilder(URI.create(this.base + path)).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
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
