package org.realign.app.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.realign.app.testsupport.EmbeddedApp;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A flash message (here the invitation code shown once after "invite") survives other
 * requests of the same signed-in session running at the same moment. Sessions live in the
 * database, each request on its own copy; with Spring's one list of flash messages the
 * request that saved last dropped the others' codes (the replicas load run met it). Eight
 * invitations are posted at once in one session, and only then is each redirect followed:
 * every page must show its own code, once.
 */
@EmbeddedApp
class ConcurrentFlashMessagesIT {

	private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private static final Pattern INVITATION = Pattern.compile("id=\"invitation-code\">([^<]+)<");

	private static final int AT_ONCE = 8;

	@LocalServerPort
	int port;

	private final HttpClient browser = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@Test
	void invitationsPostedAtOnceInOneSession_eachRedirectShowsItsOwnCode() throws Exception {
		String csrf = signInAsPractitioner();
		List<Long> clients = new ArrayList<>();
		for (int i = 0; i < AT_ONCE; i++) {
			clients.add(createClient("Flash client " + i, csrf));
		}

		for (int round = 0; round < 2; round++) {
			List<URI> redirects = postAllAtOnce(clients, csrf);

			List<String> codes = new ArrayList<>();
			for (int i = 0; i < AT_ONCE; i++) {
				assertThat(redirects.get(i).getPath()).isEqualTo("/clients/" + clients.get(i));
				String page = send(HttpRequest.newBuilder(redirects.get(i)).GET().build()).body();
				Matcher code = INVITATION.matcher(page);
				assertThat(code.find()).as("round %d: the page after inviting client %d shows the code", round, i)
					.isTrue();
				codes.add(code.group(1));
				// Shown once: the next visit of the page has no code.
				assertThat(get("/clients/" + clients.get(i)).body()).doesNotContain("id=\"invitation-code\"");
			}
			assertThat(codes).doesNotHaveDuplicates();
		}
	}

	private List<URI> postAllAtOnce(List<Long> clients, String csrf) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<HttpResponse<String>>> posts = new ArrayList<>();
			for (long client : clients) {
				posts.add(pool.submit(() -> {
					start.await();
					return postForm("/clients/" + client + "/invitation", "_csrf=" + encode(csrf));
				}));
			}
			start.countDown();
			List<URI> redirects = new ArrayList<>();
			for (Future<HttpResponse<String>> post : posts) {
				HttpResponse<String> response = post.get();
				assertThat(response.statusCode()).isEqualTo(302);
				redirects.add(uri("/").resolve(response.headers().firstValue("Location").orElseThrow()));
			}
			return redirects;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private String signInAsPractitioner() throws Exception {
		String loginCsrf = find(CSRF_INPUT, get("/login").body());
		HttpResponse<String> login = postForm("/login", "username=" + encode("practitioner@demo.realign")
				+ "&password=realign-demo&_csrf=" + encode(loginCsrf));
		assertThat(login.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).doesNotContain("/login"));
		return find(CSRF_META, get("/clients").body());
	}

	private long createClient(String name, String csrf) throws Exception {
		HttpResponse<String> created = postForm("/clients/new", "displayName=" + encode(name)
				+ "&ageBand=40-49&goals=&painfulAreas=&constraints=&equipment=&_csrf=" + encode(csrf));
		assertThat(created.statusCode()).isEqualTo(302);
		String location = created.headers().firstValue("Location").orElseThrow();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private HttpResponse<String> get(String path) throws Exception {
		return send(HttpRequest.newBuilder(uri(path)).GET().build());
	}

	private HttpResponse<String> postForm(String path, String body) throws Exception {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	private HttpResponse<String> send(HttpRequest request) throws Exception {
		return this.browser.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private static String find(Pattern pattern, String page) {
		Matcher matcher = pattern.matcher(page);
		assertThat(matcher.find()).as("the page has %s", pattern).isTrue();
		return matcher.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
