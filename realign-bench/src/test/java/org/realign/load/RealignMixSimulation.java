package org.realign.load;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.RawFileBodyPart;
import static io.gatling.javaapi.http.HttpDsl.StringBodyPart;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * A realistic mix on Realign (issue 8): practitioners browse and search their clients,
 * open client pages, an assessment and progress dashboards; clients load today's menu and
 * their progress and post session logs with feedback through the API (CSRF token and
 * Idempotency-Key, as the page's script does); a few practitioners upload a photo for
 * landmark detection, and halfway through a burst of uploads arrives at once to push
 * detection past its admission limit.
 * <p>
 * Every user signs in once, as themselves (clients), and then keeps their session, as a
 * browser does. The report has three groups: "sign in" (BCrypt, once per user), "pages
 * and API" (everything a person waits for, other than detection) and "landmark
 * detection". The targets are assertions on "pages and API": p95 under 150 ms, p99 under
 * 400 ms; and no failed request anywhere. A detection upload succeeds with 302 (the new
 * assessment) or 503 with Retry-After (admission full); anything else fails.
 * <p>
 * Settings: {@link LoadSettings}. Run through {@code realign-bench/load.sh}, which starts
 * the app and stops it again.
 */
public class RealignMixSimulation extends Simulation {

	static final String PAGES_AND_API = "pages and API";

	static final String SIGN_IN = "sign in";

	static final String DETECTION = "landmark detection";

	private static final AtomicLong uploadsCreated = new AtomicLong();

	private static final AtomicLong uploadsRefusedBusy = new AtomicLong();

	private final LoadSettings settings = LoadSettings.fromEnvironment();

	private final LoadAccounts.Accounts accounts;

	/**
	 * When the load stops: every user loops until then, so all are active for the
	 * duration.
	 */
	private final long endNanos;

	private final long burstNanos;

	public RealignMixSimulation() {
		System.out.printf(
				"Realign load: %s, %d users (%d browsing practitioners, %d uploaders, %d clients),"
						+ " burst of %d uploads, ramp %s, duration %s%n",
				this.settings.baseUrl(), this.settings.users(), this.settings.browsingPractitioners(),
				this.settings.uploaders(), this.settings.clients(), this.settings.burst(), this.settings.ramp(),
				this.settings.duration());
		long seedStart = System.nanoTime();
		this.accounts = LoadAccounts.seed(this.settings.baseUrl(), this.settings.clients(),
				Long.toString(System.currentTimeMillis(), 36));
		System.out.printf("Realign load: seeded %d client accounts in %d s%n", this.accounts.clients().size(),
				Duration.ofNanos(System.nanoTime() - seedStart).toSeconds());
		markSeeded();
		long start = System.nanoTime();
		this.endNanos = start + this.settings.ramp().plus(this.settings.duration()).toNanos();
		this.burstNanos = start + this.settings.ramp().plus(this.settings.duration().dividedBy(2)).toNanos();

		HttpProtocolBuilder protocol = http.baseUrl(this.settings.baseUrl().toString())
			.acceptHeader("text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8")
			.acceptLanguageHeader("en-GB,en;q=0.8")
			.userAgentHeader("realign-load (Gatling)");

		Duration longest = this.settings.ramp().plus(this.settings.duration()).plusMinutes(2);
		List<PopulationBuilder> populations = new ArrayList<>();
		Duration ramp = this.settings.ramp();
		add(populations, clients(), this.settings.clients(), ramp);
		add(populations, practitioners(), this.settings.browsingPractitioners(), ramp);
		add(populations, uploaders(), this.settings.uploaders(), ramp);
		add(populations, burst(), this.settings.burst(), ramp);
		setUp(populations).protocols(protocol)
			.maxDuration(longest)
			.assertions(details(PAGES_AND_API).responseTime().percentile(95.0).lt(150),
					details(PAGES_AND_API).responseTime().percentile(99.0).lt(400),
					global().failedRequests().count().is(0L));
	}

	/**
	 * Tells load.sh (through the file named by LOAD_SEEDED_FILE) that the accounts are
	 * made, so that the CPU time it reports for the load does not include the seeding.
	 */
	private static void markSeeded() {
		String file = System.getenv("LOAD_SEEDED_FILE");
		if (file != null && !file.isBlank()) {
			try {
				java.nio.file.Files.writeString(java.nio.file.Path.of(file), "seeded\n");
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}
	}

	private static void add(List<PopulationBuilder> populations, ScenarioBuilder scenario, int users, Duration ramp) {
		if (users > 0) {
			populations.add(scenario.injectOpen(rampUsers(users).during(ramp)));
		}
	}

	@Override
	public void after() {
		System.out.printf("Realign load: landmark detection created %d assessments and answered 503 busy %d times%n",
				uploadsCreated.get(), uploadsRefusedBusy.get());
	}

	private boolean running(Session session) {
		return System.nanoTime() < this.endNanos;
	}

	/**
	 * Wraps one request so that its response time counts in the "pages and API" group.
	 */
	private static ChainBuilder page(HttpRequestActionBuilder request) {
		return group(PAGES_AND_API).on(exec(request));
	}

	private static ChainBuilder signIn() {
		return group(SIGN_IN).on(exec(http("login page").get("/login")
			.check(status().is(200), css("input[name=_csrf]", "value").saveAs("csrf")))
			.exec(http("login").post("/login")
				.formParam("username", "#{username}")
				.formParam("password", "#{password}")
				.formParam("_csrf", "#{csrf}")
				// A failed login lands back on /login?error.
				.check(status().is(200), currentLocationRegex("/login").notExists())));
	}

	private ScenarioBuilder clients() {
		Iterator<Map<String, Object>> feeder = this.accounts.clients()
			.stream()
			.map((client) -> Map.<String, Object>of("username", client.username(), "password", LoadSettings.PASSWORD,
					"clientId", client.clientId()))
			.iterator();
		String log = "{\"clientId\":\"x\",\"menuId\":\"x\",\"date\":\"#{today}\",\"entries\":[{\"exerciseId\":\"#{exercise}\","
				+ "\"done\":true,\"performed\":{\"amount\":10},\"effort\":5,\"feedback\":[{\"type\":\"cramp\","
				+ "\"where\":\"left-buttock\",\"intensity\":3,\"onset\":\"DURING\",\"minutesToEase\":1,"
				+ "\"easedBy\":\"STRETCHING\",\"context\":[]}]}],\"standaloneCramps\":[],"
				+ "\"newOrWorseSymptoms\":false,\"notes\":\"load test\"}";
		return scenario("clients").feed(feeder)
			.exec(signIn())
			.exec(page(http("my menu (API)").get("/api/clients/#{clientId}/menu")
				.check(status().is(200), regex("\"exerciseId\":\"([^\"]+)\"").saveAs("exercise"))))
			.exec((session) -> session.set("today", LocalDate.now(ZoneOffset.UTC).toString()))
			.asLongAs(this::running)
			.on(exec((session) -> session.remove("csrfToken"))
				.exec(page(http("today").get("/today")
					.check(status().is(200), css("meta[name=_csrf]", "content").saveAs("csrfToken"))))
				.pause(2, 6)
				// Without today's page (it failed) there is no token to post with; the
				// failed page is already counted, so no second error for the same cause.
				// Likewise without the menu (its request failed and is counted) there is
				// no exercise to log.
				.doIf((session) -> session.contains("csrfToken") && session.contains("exercise")
						&& ThreadLocalRandom.current().nextInt(100) < 40)
				.then(exec((session) -> session.set("idempotencyKey", "load-" + UUID.randomUUID()))
					.exec(page(http("post session log (API)").post("/api/clients/#{clientId}/sessions")
						.header("Content-Type", "application/json")
						.header("X-CSRF-TOKEN", "#{csrfToken}")
						.header("Idempotency-Key", "#{idempotencyKey}")
						.body(StringBody(log))
						.check(status().is(201))))
					.pause(1, 3))
				.exec(page(http("my progress").get("/me/progress").check(status().is(200))))
				.pause(2, 6));
	}

	private ChainBuilder practitionerSignIn() {
		return exec((session) -> session.set("username", LoadAccounts.PRACTITIONER)
			.set("password", LoadAccounts.DEMO_PASSWORD)).exec(signIn());
	}

	private Session pickClient(Session session) {
		List<LoadAccounts.ClientAccount> clients = this.accounts.clients();
		LoadAccounts.ClientAccount client = clients.get(ThreadLocalRandom.current().nextInt(clients.size()));
		return session.set("clientId", client.clientId())
			.set("query", "client " + ThreadLocalRandom.current().nextInt(clients.size()));
	}

	private ScenarioBuilder practitioners() {
		long sam = this.accounts.samId();
		long assessment = this.accounts.samAssessmentId();
		return scenario("practitioners").exec(practitionerSignIn())
			.asLongAs(this::running)
			.on(exec(this::pickClient).exec(page(http("clients").get("/clients").check(status().is(200))))
				.pause(1, 4)
				.exec(page(http("client search").get("/clients?q=#{query}").check(status().is(200))))
				.pause(1, 4)
				.exec(page(http("client page").get("/clients/#{clientId}").check(status().is(200))))
				.pause(2, 6)
				.exec(page(http("assessment page").get("/clients/" + sam + "/assessments/" + assessment)
					.check(status().is(200))))
				.pause(2, 6)
				.exec(page(http("progress dashboard").get("/clients/#{clientId}/progress").check(status().is(200))))
				.pause(2, 6));
	}

	/**
	 * One upload of the reference photo as a side view: 302 to the assessment, or 503
	 * busy.
	 */
	private static ChainBuilder upload() {
		return exec((session) -> session.remove("uploadStatus").remove("csrfToken"))
			.exec(page(http("new assessment form").get("/clients/#{clientId}/assessments/new")
				.check(status().is(200), css("meta[name=_csrf]", "content").saveAs("csrfToken"))))
			// Without the form (it failed, and is counted) there is nothing to upload
			// with.
			.doIf((session) -> session.contains("csrfToken"))
			.then(group(DETECTION).on(exec(http("upload photo").post("/clients/#{clientId}/assessments")
				.header("X-CSRF-TOKEN", "#{csrfToken}")
				.bodyPart(
						RawFileBodyPart("left-lateral", "load/pose.jpg").fileName("pose.jpg").contentType("image/jpeg"))
				// The photo is a lunge (warrior II), which the capture check flags for a
				// side view; the practitioner keeps it anyway, so the photo is detected,
				// checked and stored in full, as a kept photo is (422 otherwise, and
				// nothing stored).
				.bodyPart(StringBodyPart("acceptCapture", "true"))
				.asMultipartForm()
				.disableFollowRedirect()
				.check(status().in(302, 503).saveAs("uploadStatus"))
				// The app's own "busy" carries Retry-After; a 503 without it (the load
				// balancer with no server to send to) fails here and is not counted as
				// busy.
				.checkIf((response, session) -> response.status().code() == 503)
				.then(header("Retry-After").saveAs("retryAfter")))))
			.exec((session) -> {
				if (!session.contains("uploadStatus")) {
					// Timed out or refused the connection: Gatling has counted it as
					// failed.
					return session;
				}
				if (session.getInt("uploadStatus") == 503) {
					if (session.contains("retryAfter")) {
						uploadsRefusedBusy.incrementAndGet();
					}
				}
				else {
					uploadsCreated.incrementAndGet();
				}
				return session;
			});
	}

	private ScenarioBuilder uploaders() {
		return scenario("uploaders").exec(practitionerSignIn())
			.asLongAs(this::running)
			.on(exec(this::pickClient).exec(upload()).pause(10, 20));
	}

	/**
	 * Practitioners who sign in during the ramp, wait, and all upload at the same moment
	 * halfway through the duration.
	 */
	private ScenarioBuilder burst() {
		return scenario("upload burst").exec(practitionerSignIn())
			.exec(this::pickClient)
			.pause((session) -> Duration.ofNanos(Math.max(0, this.burstNanos - System.nanoTime())))
			.exec(upload());
	}

}
