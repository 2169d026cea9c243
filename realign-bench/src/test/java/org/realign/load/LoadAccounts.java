package org.realign.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The accounts the load test signs in with, made through the app's own public flows
 * before the load starts, as the demo practitioner would: create a client, invite them,
 * publish a starter menu, and the client joins with the one-time code and a password of
 * their own. No back door: what a practice does by hand, done quickly.
 * <p>
 * The app has no way to add a second practitioner to a practice, so the load's
 * practitioners all sign in as the demo practice owner, each in a session of their own.
 */
final class LoadAccounts {

	static final String PRACTITIONER = "practitioner@demo.realign";

	static final String DEMO_PASSWORD = "realign-demo";

	private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private static final Pattern INVITATION = Pattern.compile("id=\"invitation-code\">([^<]+)<");

	private static final Pattern CLIENT_LINK = Pattern.compile("href=\"/clients/(\\d+)\"");

	private static final Pattern ASSESSMENT_LINK = Pattern.compile("href=\"/clients/\\d+/assessments/(\\d+)\"");

	/** A client account the seeding made: their login and their client id. */
	record ClientAccount(String username, long clientId) {
	}

	/**
	 * What the load works on: the seeded clients, and the demo client Sam with an
	 * assessment for practitioners to open.
	 */
	record Accounts(List<ClientAccount> clients, long samId, long samAssessmentId) {
	}

	private final URI base;

	private final HttpClient practitioner = agent();

	private String practitionerCsrf;

	private LoadAccounts(URI base) {
		this.base = base;
	}

	/**
	 * Makes {@code count} client accounts; the names carry {@code run} so that a second
	 * run against the same app does not collide with the first.
	 */
	static Accounts seed(URI base, int count, String run) {
		LoadAccounts seeder = new LoadAccounts(base);
		seeder.signInAsPractitioner();
		long sam = seeder.firstClientMatching("Sam");
		long samAssessment = seeder.firstAssessment(sam);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<ClientAccount>> made = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				int number = i;
				made.add(pool.submit(() -> seeder.makeClient(run, number)));
			}
			List<ClientAccount> clients = new ArrayList<>();
			for (Future<ClientAccount> account : made) {
				clients.add(account.get());
			}
			return new Accounts(Collections.unmodifiableList(clients), sam, samAssessment);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (java.util.concurrent.ExecutionException ex) {
			throw new IllegalStateException("seeding the load accounts failed: " + ex.getCause().getMessage(),
					ex.getCause());
		}
		finally {
			pool.shutdownNow();
		}
	}

	private void signInAsPractitioner() {
		HttpResponse<String> landed = logIn(this.practitioner, PRACTITIONER, DEMO_PASSWORD);
		if (landed.uri().getPath().startsWith("/login")) {
			throw new IllegalStateException("cannot sign in as " + PRACTITIONER
					+ ": the load test needs the demo practice (realign.demo.enabled=true)");
		}
		this.practitionerCsrf = find(CSRF_META, get(this.practitioner, "/clients").body(), "CSRF token");
	}

	private long firstClientMatching(String query) {
		return Long.parseLong(find(CLIENT_LINK, get(this.practitioner, "/clients?q=" + encode(query)).body(),
				"a client named " + query));
	}

	private long firstAssessment(long clientId) {
		return Long.parseLong(find(ASSESSMENT_LINK, get(this.practitioner, "/clients/" + clientId).body(),
				"an assessment of client " + clientId));
	}

	private ClientAccount makeClient(String run, int number) {
		String name = "Load " + run + " client " + number;
		HttpResponse<String> created = postForm(this.practitioner, "/clients/new", "displayName=" + encode(name)
				+ "&ageBand=40-49&goals=&painfulAreas=&constraints=&equipment=&_csrf=" + encode(this.practitionerCsrf));
		long id = Long.parseLong(created.uri().getPath().substring("/clients/".length()));
		HttpResponse<String> invited = postForm(this.practitioner, "/clients/" + id + "/invitation",
				"_csrf=" + encode(this.practitionerCsrf));
		String code = find(INVITATION, invited.body(), "the invitation code");
		HttpResponse<String> menu = send(this.practitioner,
				HttpRequest.newBuilder(this.base.resolve("/api/clients/" + id + "/menu"))
					.header("Content-Type", "application/json")
					.header("X-CSRF-TOKEN", this.practitionerCsrf)
					.POST(HttpRequest.BodyPublishers.ofString("{\"starter\":\"daily-alignment\"}"))
					.build());
		if (menu.statusCode() != 201) {
			throw new IllegalStateException("publishing a menu for " + name + " answered " + menu.statusCode());
		}
		String username = "load-" + run + "-" + number + "@load.realign";
		HttpClient newcomer = agent();
		String joinCsrf = find(CSRF_INPUT, get(newcomer, "/join?code=" + encode(code)).body(), "CSRF token");
		HttpResponse<String> joined = postForm(newcomer, "/join",
				"code=" + encode(code) + "&email=" + encode(username) + "&password=" + encode(LoadSettings.PASSWORD)
						+ "&confirmPassword=" + encode(LoadSettings.PASSWORD) + "&_csrf=" + encode(joinCsrf));
		if (!"joined".equals(joined.uri().getQuery())) {
			throw new IllegalStateException(username + " could not join: landed on " + joined.uri());
		}
		return new ClientAccount(username, id);
	}

	private HttpResponse<String> logIn(HttpClient agent, String username, String password) {
		String csrf = find(CSRF_INPUT, get(agent, "/login").body(), "CSRF token");
		return postForm(agent, "/login",
				"username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf));
	}

	private HttpResponse<String> get(HttpClient agent, String path) {
		return send(agent, HttpRequest.newBuilder(this.base.resolve(path)).GET().build());
	}

	private HttpResponse<String> postForm(HttpClient agent, String path, String body) {
		return send(agent,
				HttpRequest.newBuilder(this.base.resolve(path))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build());
	}

	private static HttpResponse<String> send(HttpClient agent, HttpRequest request) {
		try {
			HttpResponse<String> response = agent.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() >= 400) {
				throw new IllegalStateException(
						request.method() + " " + request.uri().getPath() + " answered " + response.statusCode());
			}
			return response;
		}
		catch (IOException ex) {
			throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static HttpClient agent() {
		return HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	private static String find(Pattern pattern, String page, String what) {
		Matcher matcher = pattern.matcher(page);
		if (!matcher.find()) {
			throw new IllegalStateException("the page has no " + what);
		}
		return matcher.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
