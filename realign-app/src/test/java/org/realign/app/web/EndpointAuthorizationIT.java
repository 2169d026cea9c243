package org.realign.app.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.realign.app.assessment.Assessments;
import org.realign.app.client.ClientProfile;
import org.realign.app.client.Clients;
import org.realign.app.identity.PracticeDirectory;
import org.realign.app.identity.Role;
import org.realign.app.testsupport.Browserless;
import org.realign.app.testsupport.DataState;
import org.realign.app.testsupport.DemoClients;
import org.realign.app.testsupport.EmbeddedApp;
import org.realign.core.landmark.LandmarkFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of the running app against every kind of caller, from one table. The
 * endpoints are read at runtime from Spring's handler mappings (controllers, actuator,
 * springdoc), so an endpoint that the table does not list fails the build: nothing ships
 * without an authorisation decision. Each cell is a real HTTP request, signed in through
 * the login form with CSRF tokens, at Sam's data; a refused request must change nothing
 * in the database or the photo store. The matrix is written to
 * {@code target/authorization-matrix.md} for reviewers.
 * <p>
 * The test has a database of its own (the property below makes its application context
 * distinct), because it adds records that other tests of the demo practice do not expect:
 * a second practitioner, another practice, a proposal from a session of Sam's.
 */
@EmbeddedApp(properties = "realign.test.database=endpoint-authorization")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndpointAuthorizationIT {

	/**
	 * The callers, in the table's column order.
	 */
	enum Who {

		ANONYMOUS("anonymous"), OWNER("owner"), COLLEAGUE("colleague"), SAM("Sam"), JO("Jo"),
		OTHER_PRACTITIONER("other practice's practitioner"), OTHER_CLIENT("other practice's client");

		final String title;

		Who(String title) {
			this.title = title;
		}

	}

	/*
	 * The decisions. One row per endpoint ("METHOD pattern", as Spring maps it) and one
	 * outcome per caller, in the order of Who: anonymous, owner (the demo practitioner),
	 * a colleague (a second practitioner of the demo practice), Sam (whose data every
	 * path points at), Jo (another client of the practice), a practitioner of another
	 * practice and a client of another practice. Outcomes:
	 *
	 * login: refused, 302 to the login page (anonymous, pages)
	 *
	 * 401, 403, 404: refused with that status (others' data answers 404 or 403)
	 *
	 * 200, 201, 204, 302 (a redirect not to the login page): allowed, with that status
	 *
	 * 400: allowed, with a body invalid on purpose so that nothing is stored: only an
	 * authorised caller gets far enough to have the body checked
	 *
	 * Adding an endpoint is adding one line here.
	 */
	private static final List<Row> TABLE = List.of(
	// @formatter:off
		//   endpoint                                                                  anon  owner colleague Sam Jo other-practitioner other-client
		row("GET /login",                                                              "200   200   200   200   200   200   200"),
		row("GET /",                                                                   "login 200   200   200   200   200   200"),
		row("GET /join",                                                               "200   200   200   200   200   200   200"),
		row("POST /join",                                                              "200   200   200   200   200   200   200", form("code=&email=&password=&confirmPassword=")),
		row("GET /clients",                                                            "login 200   200   403   403   200   403"),
		row("GET /clients/new",                                                        "login 200   200   403   403   200   403"),
		row("POST /clients/new",                                                       "login 302   302   403   403   302   403", form("displayName=Matrix+Client&ageBand=&goals=&painfulAreas=&constraints=&equipment=")),
		row("GET /clients/{id}",                                                       "login 200   200   403   403   404   403"),
		row("GET /clients/{id}/edit",                                                  "login 200   200   403   403   404   403"),
		row("POST /clients/{id}/edit",                                                 "login 302   302   403   403   404   403", form("{samProfile}")),
		row("POST /clients/{id}/invitation",                                           "login 302   302   403   403   404   403", form("")),
		row("GET /clients/{id}/intake",                                                "login 200   200   403   403   404   403"),
		row("POST /clients/{id}/intake",                                               "login 200   200   403   403   404   403", form("occasion=rescreen")),
		row("GET /clients/{id}/menu",                                                  "login 200   200   403   403   404   403"),
		row("POST /clients/{id}/menu",                                                 "login 200   200   403   403   404   403", form("action=update&sessionsPerWeek=7")),
		row("GET /clients/{id}/progress",                                              "login 200   200   403   403   404   403"),
		row("GET /clients/{clientId}/menu/print",                                      "login 200   200   200   404   404   404"),
		row("GET /clients/{clientId}/assessments/new",                                 "login 200   200   403   403   404   403"),
		row("POST /clients/{clientId}/assessments",                                    "login 422   422   403   403   404   403", multipart()),
		row("GET /clients/{clientId}/assessments/{assessmentId}",                      "login 200   200   403   403   404   403"),
		row("POST /clients/{clientId}/assessments/{assessmentId}/results",             "login 302   302   403   403   404   403", form("")),
		row("GET /clients/{clientId}/assessments/{assessmentId}/photos/{view}",        "login 200   200   200   404   404   404"),
		row("GET /clients/{clientId}/assessments/{assessmentId}/report.pdf",           "login 200   200   200   404   404   404"),
		row("GET /clients/{clientId}/audit",                                           "login 200   200   403   403   404   403"),
		row("GET /clients/{clientId}/privacy",                                         "login 200   200   403   403   404   403"),
		row("GET /clients/{clientId}/export",                                          "login 200   200   200   404   404   404"),
		row("POST /clients/{clientId}/erasure",                                        "login 302   302   403   403   404   403", form("confirmName=Not+the+client")),
		row("GET /me/menu/print",                                                      "login 404   404   200   200   404   200"),
		row("GET /me/progress",                                                        "login 404   404   200   200   404   200"),
		row("GET /today",                                                              "login 404   404   200   200   404   200"),
		row("GET /api/me",                                                             "401   200   200   200   200   200   200"),
		row("GET /api/clients",                                                        "401   200   200   403   403   200   403"),
		row("GET /api/clients/{id}",                                                   "401   200   200   403   403   404   403"),
		row("GET /api/clients/{clientId}/export",                                      "401   200   200   200   404   404   404"),
		row("POST /api/clients/{clientId}/erasure",                                    "401   204   204   403   403   404   403", json("")).erasing(),
		row("POST /api/measure",                                                       "401   200   200   403   403   200   403", json("{landmarkFile}")),
		row("PUT /api/clients/{clientId}/assessments/{assessmentId}/views/{view}/landmarks", "401 200 200   403   403   404   403", json("{landmarkFile}")),
		row("GET /api/clients/{clientId}/menu",                                        "401   200   200   200   404   404   404"),
		row("POST /api/clients/{clientId}/menu",                                       "401   400   400   403   403   404   403", json("{\"exercises\":[\"no-such-exercise\"]}")),
		row("GET /api/clients/{clientId}/sessions",                                    "401   200   200   200   404   404   404"),
		row("POST /api/clients/{clientId}/sessions",                                   "401   403   403   400   404   404   404", json("{\"clientId\":\"x\",\"menuId\":\"x\",\"entries\":[]}")),
		row("PUT /api/clients/{clientId}/sessions/{logId}",                            "401   403   403   400   404   404   404", json("{\"reason\":\"no session given\"}")),
		row("GET /api/clients/{clientId}/proposals",                                   "401   200   200   403   403   404   403"),
		row("GET /api/clients/{clientId}/alerts",                                      "401   200   200   403   403   404   403"),
		row("POST /api/clients/{clientId}/proposals/{proposalId}/decision",            "401   400   400   403   403   404   403", json("{\"verdict\":\"maybe\"}")),
		row("GET /api/clients/{clientId}/safety",                                      "401   200   200   200   404   404   404"),
		row("GET /api/clients/{clientId}/safety/questionnaire",                        "401   200   200   200   404   404   404"),
		row("POST /api/clients/{clientId}/safety/screenings",                          "401   400   400   400   404   404   404", json("{}")),
		row("POST /api/clients/{clientId}/safety/clearances",                          "401   400   400   403   403   404   403", json("{}")),
		row("GET /api/clients/{clientId}/spasms",                                      "401   200   200   200   404   404   404"),
		row("POST /api/clients/{clientId}/spasms",                                     "401   403   403   400   404   404   404", json("{}")),
		// An unknown episode or plan: refused before anything is stored, whoever asks.
		row("POST /api/clients/{clientId}/spasms/{episodeId}/clearance",               "401   404   404   403   403   404   403", json("{}")),
		row("GET /api/clients/{clientId}/re-exposure",                                 "401   200   200   200   404   404   404"),
		row("POST /api/clients/{clientId}/re-exposure",                                "401   400   400   403   403   404   403", json("{}")),
		row("POST /api/clients/{clientId}/re-exposure/{planKey}/attempts",             "401   403   403   404   404   404   404", json("{}")),
		row("PUT /api/clients/{clientId}/re-exposure/{planKey}/goal",                  "401   404   404   403   403   404   403", json("{}")),
		row("GET /clients/{clientId}/re-exposure/{planKey}/goal",                      "login 404   404   403   403   404   403"),
		row("POST /clients/{clientId}/re-exposure/{planKey}/goal",                     "login 404   404   403   403   404   403", form("goalFingertipToFloorCm=")),
		row("GET /api/clients/{clientId}/outcomes",                                    "401   200   200   200   404   404   404"),
		row("POST /api/clients/{clientId}/outcomes",                                   "401   400   400   400   404   404   404", json("{}")),
		row("GET /api/clients/{clientId}/progress",                                    "401   200   200   200   404   404   404"),
		row("GET /api/practice/feedback-settings",                                     "401   200   200   403   403   200   403"),
		row("PUT /api/practice/feedback-settings",                                     "401   200   403   403   403   403   403", json("{practiceSettings}")),
		row("GET /api/practice/marker-settings",                                       "401   200   200   403   403   200   403"),
		row("PUT /api/practice/marker-settings",                                       "401   200   403   403   403   403   403", json("{\"markerColour\":\"detect\"}")),
		row("GET /api/openapi",                                                        "401   200   200   200   200   200   200"),
		row("GET /api/openapi.yaml",                                                   "401   200   200   200   200   200   200"),
		row("GET /api/openapi/swagger-config",                                         "401   200   200   200   200   200   200"),
		row("GET /api/docs",                                                           "401   302   302   302   302   302   302"),
		row("GET /actuator",                                                           "login 200   200   200   200   200   200"),
		row("GET /actuator/health",                                                    "200   200   200   200   200   200   200"),
		row("GET /actuator/health/**",                                                 "200   200   200   200   200   200   200").at("/actuator/health/liveness"),
		row("GET /actuator/info",                                                      "login 200   200   200   200   200   200"),
		// Prometheus scrapes without signing in on MANAGEMENT_SERVER_PORT only; on the app's port, as info
		row("GET /actuator/prometheus",                                                "login 200   200   200   200   200   200"),
		row("GET /actuator/sbom",                                                      "login 200   200   200   200   200   200"),
		row("GET /actuator/sbom/{id}",                                                 "login 200   200   200   200   200   200").at("/actuator/sbom/application"),
		row("GET /clients/{id}/outcomes",                                              "login 200   200   403   403   404   403"),
		row("POST /clients/{id}/outcomes",                                             "login 400   400   403   403   404   403", form("measureId=no-such-measure&date=2026-01-01&point=intake")),
		row("GET /clients/{id}/journal",                                               "login 200   200   404   404   404   404"),
		row("GET /me/journal",                                                         "login 404   404   200   200   404   200"),
		row("POST /me/journal",                                                        "login 404   404   400   400   404   400", form("kind=")),
		row("GET /api/clients/{clientId}/journal",                                     "401   200   200   200   404   404   404"),
		row("POST /api/clients/{clientId}/journal",                                    "401   403   403   400   404   404   404", json("{}")),
		row("PUT /api/clients/{clientId}/journal/{entryId}",                           "401   403   403   400   404   404   404", json("{}")),
		row("GET /api/clients/{clientId}/journal/{entryId}/versions",                  "401   200   200   200   404   404   404"),
		row("GET /clients/{clientId}/assessments/compare",                             "login 200   200   403   403   404   403").at("/clients/{clientId}/assessments/compare?a={firstAssessmentId}&b={assessmentId}"),
		row("GET /clients/{clientId}/privacy/export.fhir.json",                        "login 200   200   200   404   404   404"),
		row("GET /api/clients/{clientId}/export.fhir",                                 "401   200   200   200   404   404   404"),
		row("GET /account/password",                                                   "login 200   200   200   200   200   200"),
		row("POST /account/password",                                                  "login 400   400   400   400   400   400", form("currentPassword=wrong&newPassword=&confirmPassword=")),
		row("GET /reset",                                                              "200   200   200   200   200   200   200"),
		row("POST /reset",                                                             "400   400   400   400   400   400   400", form("code=&username=&password=&confirmPassword=")),
		row("GET /clients/{id}/password-reset",                                        "login 200   200   403   403   404   403"),
		row("POST /clients/{id}/password-reset",                                       "login 302   302   403   403   404   403", form("")),
		row("GET /practice/people",                                                    "login 200   404   404   404   404   404"),
		row("GET /practice/people/{userId}/password-reset",                            "login 200   404   404   404   404   404"),
		row("POST /practice/people/{userId}/password-reset",                           "login 302   404   404   404   404   404", form("")),
		row("POST /practice/people/invitations",                                       "login 400   404   404   404   404   404", form("displayName=&role=PRACTITIONER")),
		row("POST /practice/people/{userId}/role",                                     "login 400   404   404   404   404   404", form("role=ADMIN")),
		row("POST /practice/people/{userId}/deactivation",                             "login 400   404   404   404   404   404", form("")).at("/practice/people/{ownerUserId}/deactivation"),
		row("POST /practice/people/{userId}/reactivation",                             "login 302   404   404   404   404   404", form("")),
		row("POST /practice/people/{userId}/hand-over",                                "login 400   404   404   404   404   404", form("to={userId}")),
		row("GET /account/tokens",                                                     "login 200   200   404   404   200   404"),
		row("POST /account/tokens",                                                    "login 400   400   404   404   400   404", form("name=")),
		row("POST /account/tokens/{tokenId}/revocation",                               "login 404   404   404   404   404   404", form("")).at("/account/tokens/999999/revocation"),
		row("GET /practice/feedback-settings",                                         "login 200   404   404   404   404   404"),
		row("POST /practice/feedback-settings",                                        "login 400   404   404   404   404   404", form("reExposureCalmAttempts=0")),
		row("GET /practice/marker-settings",                                           "login 200   404   404   404   404   404"),
		row("POST /practice/marker-settings",                                          "login 400   404   404   404   404   404", form("markerColour=tartan")),
		row("GET /practice/profile",                                                   "login 200   404   404   404   404   404"),
		row("POST /practice/profile",                                                  "login 400   404   404   404   404   404", form("name=&address=&contact=")),
		row("POST /practice/profile/logo",                                             "login 422   404   404   404   404   404", multipart()),
		row("POST /practice/profile/logo/removal",                                     "login 302   404   404   404   404   404", form("")),
		row("GET /practice/logo",                                                      "login 404   404   404   404   404   404"),
		row("GET /setup",                                                              "login login login login login login login"),
		row("POST /setup",                                                             "login login login login login login login", form("code=&practiceName=&ownerName=&email=&password=&confirmPassword=")),
		row("ANY /error",                                                              "500   500   500   500   500   500   500")
	// @formatter:on
	);

	private static final Path MATRIX = Path.of("target", "authorization-matrix.md");

	private static final String PASSWORD = "realign-demo";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	PracticeDirectory directory;

	@Autowired
	Clients clients;

	@Autowired
	Assessments assessments;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	JdbcClient jdbc;

	@Value("${realign.data-dir}")
	Path dataDir;

	private final Map<Who, Browserless> agents = new EnumMap<>(Who.class);

	/** What the paths' and bodies' {placeholders} stand for: Sam's data. */
	private final Map<String, String> values = new LinkedHashMap<>();

	private long demoPractice;

	private long owner;

	private long sam;

	/**
	 * The client each caller may reach, for paths that pair it with a record of Sam's.
	 */
	private final Map<Who, Long> ownClient = new EnumMap<>(Who.class);

	/**
	 * The callers signed in, and the data the paths point at: Sam's client id, his latest
	 * assessment and its view, a session log and an open proposal of his (from a session
	 * with a wake-up cramp that Sam logs here).
	 */
	@BeforeAll
	void signInEveryoneAndFindSamsData() {
		String hash = this.passwordEncoder.encode(PASSWORD);
		this.demoPractice = this.directory.findAccount("practitioner@demo.realign").orElseThrow().practiceId();
		this.owner = this.directory.findAccount("practitioner@demo.realign").orElseThrow().id();
		long colleague = this.directory.createUser(this.demoPractice, "colleague@matrix.test", hash, "Colleague Matrix",
				Role.PRACTITIONER);
		long elsewhere = this.directory.createPractice("Elsewhere Matrix Studio");
		long stranger = this.directory.createUser(elsewhere, "practitioner@elsewhere.test", hash, "Other Practitioner",
				Role.PRACTITIONER);
		long otherClientUser = this.directory.createUser(elsewhere, "client@elsewhere.test", hash, "Other Client",
				Role.CLIENT);
		long otherClient = this.directory.createClient(elsewhere, stranger, otherClientUser, "Other Client");

		this.agents.put(Who.ANONYMOUS, Browserless.notFollowingRedirects(this.port));
		this.agents.put(Who.OWNER, signIn("practitioner@demo.realign"));
		this.agents.put(Who.COLLEAGUE, signIn("colleague@matrix.test"));
		this.agents.put(Who.SAM, signIn("sam@demo.realign"));
		this.agents.put(Who.JO, signIn("jo@demo.realign"));
		this.agents.put(Who.OTHER_PRACTITIONER, signIn("practitioner@elsewhere.test"));
		this.agents.put(Who.OTHER_CLIENT, signIn("client@elsewhere.test"));

		// Every client has a menu, so that a client's own pages answer 200, not "no menu
		// yet".
		String menu = "{\"exercises\":[\"static-back\"]}";
		long jo = DemoClients.id(this.directory, "Jo Rivera");
		assertCreated(this.agents.get(Who.OWNER).sendJson("POST", "/api/clients/" + jo + "/menu", menu));
		assertCreated(this.agents.get(Who.OTHER_PRACTITIONER)
			.sendJson("POST", "/api/clients/" + otherClient + "/menu", menu));

		this.sam = DemoClients.id(this.directory, "Sam Taylor");
		this.ownClient.put(Who.OWNER, jo);
		this.ownClient.put(Who.JO, jo);
		this.ownClient.put(Who.OTHER_PRACTITIONER, otherClient);
		this.ownClient.put(Who.OTHER_CLIENT, otherClient);
		Assessments.StoredAssessment assessment = this.assessments
			.find(this.sam,
					this.assessments.list(this.sam).stream().mapToLong(Assessments.Summary::id).max().orElseThrow())
			.orElseThrow();
		Assessments.StoredView view = assessment.views().get(0);
		String proposal = proposalFromAWakeUpCramp();
		this.values.put("id", String.valueOf(this.sam));
		this.values.put("clientId", String.valueOf(this.sam));
		this.values.put("assessmentId", String.valueOf(assessment.id()));
		this.values.put("view", view.view().id());
		this.values.put("firstAssessmentId", String
			.valueOf(this.assessments.list(this.sam).stream().mapToLong(Assessments.Summary::id).min().orElseThrow()));
		this.values.put("userId", String.valueOf(colleague));
		this.values.put("episodeId", "spasm-no-such-episode");
		this.values.put("planKey", "plan-no-such-plan");
		this.values.put("ownerUserId",
				String.valueOf(this.directory.findAccount("practitioner@demo.realign").orElseThrow().id()));
		HttpResponse<String> journal = this.agents.get(Who.SAM)
			.sendJson("POST", "/api/clients/" + this.sam + "/journal", "{\"kind\":\"cramp\",\"date\":\""
					+ LocalDate.now(ZoneOffset.UTC) + "\",\"where\":\"calf\",\"setting\":\"after-exertion\"}");
		assertCreated(journal);
		this.values.put("entryId", JSON.readTree(journal.body()).get("entry").get("id").asString());
		this.values.put("logId",
				this.jdbc.sql("SELECT MIN(log_id) FROM session_log WHERE client_id = ?")
					.param(this.sam)
					.query(String.class)
					.single());
		this.values.put("proposalId", URLEncoder.encode(proposal, StandardCharsets.UTF_8));
		this.values.put("landmarkFile", LandmarkFile.write(List.of(view.landmarks())));
		this.values.put("samProfile",
				profileForm(this.clients.find(this.demoPractice, this.sam).orElseThrow().profile()));
		this.values.put("practiceSettings", this.agents.get(Who.OWNER).get("/api/practice/feedback-settings").body());
		// The check that refusals change nothing must see the data it guards.
		assertThat(stateOfTheData()).contains("session_log").contains("Sam Taylor").contains(proposal);
	}

	@Test
	void everyEndpointHasARow_andEveryRowIsAnEndpoint() {
		Set<String> mapped = mappedEndpoints();
		Set<String> listed = new TreeSet<>();
		List<String> duplicates = new ArrayList<>();
		TABLE.forEach((row) -> {
			if (!listed.add(row.endpoint())) {
				duplicates.add(row.endpoint());
			}
		});

		Set<String> unlisted = new TreeSet<>(mapped);
		unlisted.removeAll(listed);
		Set<String> gone = new TreeSet<>(listed);
		gone.removeAll(mapped);

		assertThat(duplicates).as("rows listed twice").isEmpty();
		assertThat(unlisted)
			.as("endpoints without an authorisation decision: add a row to %s.TABLE for each, e.g.%n%s",
					getClass().getSimpleName(),
					unlisted.stream()
						.map((endpoint) -> "row(\"" + endpoint
								+ "\", \"anon owner colleague Sam Jo other-pr other-cl\"),")
						.collect(Collectors.joining("\n")))
			.isEmpty();
		assertThat(gone).as("rows naming endpoints the app no longer has: remove them").isEmpty();
	}

	@Test
	void everyCallerGetsWhatTheTableSays_andRefusalsChangeNothing() throws IOException {
		List<Cell> cells = new ArrayList<>();
		for (Row row : TABLE) {
			for (Who who : Who.values()) {
				cells.add(request(row, who));
			}
		}
		writeMatrix(cells);

		List<Cell> failures = cells.stream().filter((cell) -> cell.problem() != null).toList();
		assertThat(failures).withFailMessage(() -> String.format(
				"%d of %d requests did not get what the table says (the matrix: %s):%n%s", failures.size(),
				cells.size(), MATRIX.toAbsolutePath(),
				failures.stream()
					.map((cell) -> String.format("  %-72s %-30s expected %-6s got %-22s %s", cell.row().endpoint(),
							cell.who().title, cell.expected(), cell.got(), cell.problem()))
					.collect(Collectors.joining("\n"))))
			.isEmpty();
	}

	/**
	 * A path that pairs a client the caller may reach with a record of Sam's (his
	 * assessment, session log or proposal) is refused: every lookup is by client and
	 * record together, so a guessed id reaches nothing.
	 */
	@Test
	void samsRecordsBehindAnotherClientsId_areRefused_andChangeNothing() {
		List<String> failures = new ArrayList<>();
		int requests = 0;
		for (Row row : TABLE) {
			boolean pairsWithASamRecord = Stream.of("{assessmentId}", "{logId}", "{proposalId}")
				.anyMatch(row.pattern()::contains);
			if (!pairsWithASamRecord) {
				continue;
			}
			for (Map.Entry<Who, Long> caller : this.ownClient.entrySet()) {
				Map<String, String> vars = new LinkedHashMap<>(this.values);
				vars.put("id", String.valueOf(caller.getValue()));
				vars.put("clientId", String.valueOf(caller.getValue()));
				String path = expand(row.pattern(), vars);
				String before = stateOfTheData();
				HttpResponse<String> response = this.agents.get(caller.getKey())
					.send(row.method(), path, row.body().contentType(), expand(row.body().text(), vars));
				requests++;
				String problem = null;
				if (response.statusCode() != 403 && response.statusCode() != 404) {
					problem = "should be refused (403 or 404)";
				}
				else if (!before.equals(stateOfTheData())) {
					problem = "refused, but the data changed";
				}
				else if (response.body() != null && response.body().contains("Sam Taylor")) {
					problem = "the answer names Sam";
				}
				if (problem != null) {
					failures.add(String.format("  %-6s %-60s %-30s got %-22s %s", row.method(), path,
							caller.getKey().title, describe(response), problem));
				}
			}
		}
		assertThat(requests).as("requests that pair another client with Sam's records").isGreaterThan(20);
		assertThat(failures)
			.withFailMessage(() -> "Sam's records reached through another client's id:\n" + String.join("\n", failures))
			.isEmpty();
	}

	/**
	 * Bodies an allowed caller may send by mistake or on purpose: an unknown field, the
	 * wrong type at the top and deeper down, deep nesting, values out of range, text
	 * where JSON is due. Each gets 400 (or 404 where the record is unknown), an
	 * {@code application/problem+json} with the {@code errors} list naming no Java type,
	 * and leaves every row and file as it was.
	 */
	static final List<String> INVALID_BODIES = List.of("{\"noSuchField\":1,\"alsoUnknown\":{\"x\":[1]}}",
			"\"just text\"", "[1,2,3]", "42", "null", "{\"clientId\":[],\"date\":{},\"entries\":\"many\"}",
			"{\"date\":\"9999-99-99\",\"intensity\":-1,\"value\":1e308,\"effort\":99}",
			"{\"measureId\":\"nprs\",\"date\":\"2026-01-01\",\"point\":\"intake\",\"value\":11}",
			"{\"views\":[{\"view\":\"anterior\",\"image\":{\"width\":-5,\"height\":1e400},\"landmarks\":[]}]}",
			"{\"a\":".repeat(300) + "1" + "}".repeat(300), "not json at all", "");

	private static final Pattern JAVA_NAMES = Pattern
		.compile("(java|javax|jakarta|org\\.springframework|tools\\.jackson|com\\.fasterxml|org\\.realign)\\.[a-z]"
				+ "|Exception|\\bat [a-z]+\\.|\\b(String|Integer|Long|Double|LocalDate|Map|List)\\b");

	@Test
	void allowedButInvalidBodies_areRefusedAsProblems_andChangeNothing() {
		List<String> failures = new ArrayList<>();
		int requests = 0;
		for (Row row : TABLE) {
			if (!row.pattern().startsWith("/api/") || row.method().equals("GET") || row.erases()
					|| !row.body().contentType().equals("application/json")) {
				continue;
			}
			Who who = firstAllowed(row);
			if (who == null) {
				continue;
			}
			String path = expand(row.at() != null ? row.at() : row.pattern(), this.values);
			for (String body : INVALID_BODIES) {
				String before = stateOfTheData();
				HttpResponse<String> response = this.agents.get(who).send(row.method(), path, "application/json", body);
				requests++;
				String problem = invalidBodyProblem(response);
				if (problem == null && !before.equals(stateOfTheData())) {
					problem = "refused, but the data changed";
				}
				if (problem != null) {
					failures.add(String.format("  %-6s %-60s %-10s %-40.40s got %d %s%n      %.300s", row.method(),
							row.pattern(), who.title, body, response.statusCode(), problem, response.body()));
				}
			}
		}
		assertThat(requests).as("invalid bodies sent to the API's write endpoints").isGreaterThan(150);
		assertThat(failures).withFailMessage(() -> "allowed callers' invalid bodies:\n" + String.join("\n", failures))
			.isEmpty();
	}

	/** The first caller, in the table's order, whom the row lets through. */
	private static Who firstAllowed(Row row) {
		for (Who who : Who.values()) {
			Expected expected = row.expected().get(who.ordinal());
			if (!expected.refused() && expected.status() != 302) {
				return who;
			}
		}
		return null;
	}

	private static String invalidBodyProblem(HttpResponse<String> response) {
		int status = response.statusCode();
		if (status != 400 && status != 404 && status != 413 && status != 415 && status != 422) {
			return "should be refused with 400";
		}
		if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
			return "not application/problem+json";
		}
		JsonNode problem = JSON.readTree(response.body());
		if (problem.path("status").asInt() != status || problem.path("errors").isEmpty()) {
			return "no errors list";
		}
		for (JsonNode error : problem.path("errors")) {
			if (error.path("field").asString("").isEmpty() || error.path("code").asString("").isEmpty()
					|| error.path("message").asString("").isEmpty()) {
				return "an error without field, code and message";
			}
		}
		if (JAVA_NAMES.matcher(response.body()).find()) {
			return "names a Java type: " + JAVA_NAMES.matcher(response.body()).results().findFirst().get().group();
		}
		return null;
	}

	/**
	 * Every status the table expects from an endpoint under {@code /api} (and so has seen
	 * it answer) is in the endpoint's OpenAPI description, 4xx as
	 * {@code application/problem+json}: the description's statuses are real ones.
	 */
	@Test
	void everyStatusTheApiAnswers_isInItsOpenApiDescription() {
		JsonNode paths = JSON.readTree(this.agents.get(Who.OWNER).get("/api/openapi").body()).path("paths");
		List<String> missing = new ArrayList<>();
		for (Row row : TABLE) {
			if (!row.pattern().startsWith("/api/") || row.pattern().startsWith("/api/openapi")
					|| row.pattern().startsWith("/api/docs")) {
				continue;
			}
			JsonNode responses = paths.path(row.pattern())
				.path(row.method().toLowerCase(Locale.ROOT))
				.path("responses");
			for (Expected expected : row.expected()) {
				String status = String.valueOf(expected.status());
				if (responses.path(status).isMissingNode()) {
					missing.add(row.endpoint() + ": " + status);
				}
				else if (expected.status() >= 400
						&& responses.path(status).path("content").path("application/problem+json").isMissingNode()) {
					missing.add(row.endpoint() + ": " + status + " not as application/problem+json");
				}
			}
		}
		assertThat(new TreeSet<>(missing)).as("statuses the API answers but does not describe").isEmpty();
	}

	/**
	 * The other way round: a 404 the description promises, or a 403 for a read, is one
	 * some caller of the table gets (a write's 403 also covers a missing CSRF token,
	 * which {@code ApiErrorContractIT} asks for).
	 */
	@Test
	void everyRefusalTheOpenApiDescriptionPromises_isOneTheApiAnswers() {
		JsonNode paths = JSON.readTree(this.agents.get(Who.OWNER).get("/api/openapi").body()).path("paths");
		List<String> unseen = new ArrayList<>();
		for (Row row : TABLE) {
			JsonNode responses = paths.path(row.pattern())
				.path(row.method().toLowerCase(Locale.ROOT))
				.path("responses");
			if (!row.pattern().startsWith("/api/") || responses.isMissingNode()) {
				continue;
			}
			Set<Integer> seen = row.expected().stream().map(Expected::status).collect(Collectors.toSet());
			if (responses.has("404") && !seen.contains(404)) {
				unseen.add(row.endpoint() + ": 404");
			}
			if (row.method().equals("GET") && responses.has("403") && !seen.contains(403)) {
				unseen.add(row.endpoint() + ": 403");
			}
		}
		assertThat(unseen).as("refusals described but never answered").isEmpty();
	}

	/** One request and what came of it. */
	private Cell request(Row row, Who who) {
		Expected expected = row.expected().get(who.ordinal());
		boolean erasesAClient = row.erases() && !expected.refused();
		// An erasure that is allowed really erases: it gets a client made for the
		// purpose.
		long target = erasesAClient
				? this.directory.createClient(this.demoPractice, this.owner, null, "Erasable " + who.name()) : this.sam;
		Map<String, String> vars = new LinkedHashMap<>(this.values);
		vars.put("id", String.valueOf(target));
		vars.put("clientId", String.valueOf(target));
		String path = expand(row.at() != null ? row.at() : row.pattern(), vars);
		String method = row.method().equals("ANY") ? "GET" : row.method();
		String before = expected.refused() ? stateOfTheData() : null;

		HttpResponse<String> response = this.agents.get(who)
			.send(method, path, row.body().contentType(), expand(row.body().text(), vars));

		String got = describe(response);
		String problem = null;
		if (!expected.matches(response)) {
			problem = expected.refused() ? "should be refused" : "should be allowed";
		}
		else if (before != null && !before.equals(stateOfTheData())) {
			problem = "refused, but the data changed";
		}
		else if (!mayReadSam(who) && response.body() != null && response.body().contains("Sam Taylor")) {
			problem = "the answer names Sam";
		}
		else if (erasesAClient && this.clients.findAny(target).isPresent()) {
			problem = "allowed, but the client was not erased";
		}
		return new Cell(row, who, expected.token(), got, problem);
	}

	private static boolean mayReadSam(Who who) {
		return who == Who.OWNER || who == Who.COLLEAGUE || who == Who.SAM;
	}

	private static String describe(HttpResponse<String> response) {
		String location = response.headers().firstValue("Location").orElse(null);
		return location == null ? String.valueOf(response.statusCode())
				: response.statusCode() + " -> " + URI.create(location).getPath();
	}

	/**
	 * Every row of every table and every file of the data directory ({@link DataState}):
	 * what a refused request must leave as it was.
	 */
	private String stateOfTheData() {
		return DataState.of(this.jdbc, this.dataDir);
	}

	/**
	 * "METHOD pattern" for every mapping of every request-mapping handler mapping:
	 * controllers and springdoc in Spring MVC's own, actuator endpoints in theirs.
	 */
	private Set<String> mappedEndpoints() {
		Set<String> endpoints = new TreeSet<>();
		for (RequestMappingInfoHandlerMapping mapping : this.context
			.getBeansOfType(RequestMappingInfoHandlerMapping.class)
			.values()) {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				for (String pattern : info.getPatternValues()) {
					if (methods.isEmpty()) {
						endpoints.add("ANY " + pattern);
					}
					methods.forEach((method) -> endpoints.add(method.name() + " " + pattern));
				}
			}
		}
		return endpoints;
	}

	private void writeMatrix(List<Cell> cells) throws IOException {
		StringBuilder md = new StringBuilder();
		md.append("# Authorisation matrix\n\n")
			.append("Written by `EndpointAuthorizationIT`: every endpoint of the app (read from Spring's handler ")
			.append("mappings) requested by every kind of caller, with path variables pointing at the demo client ")
			.append("Sam's data. `login` is a redirect to the login page; 400 means the caller was let through ")
			.append("and the body, invalid on purpose, was refused. Each cell is what the table expects; a ")
			.append("mismatch shows what the app answered.\n\n| endpoint |");
		for (Who who : Who.values()) {
			md.append(' ').append(who.title).append(" |");
		}
		md.append("\n| --- |");
		md.append(" --- |".repeat(Who.values().length));
		int columns = Who.values().length;
		for (int i = 0; i < cells.size(); i += columns) {
			md.append("\n| `").append(cells.get(i).row().endpoint()).append("` |");
			for (Cell cell : cells.subList(i, i + columns)) {
				md.append(' ')
					.append(cell.problem() == null ? cell.expected()
							: "**FAIL** expected " + cell.expected() + ", got " + cell.got() + " (" + cell.problem()
									+ ")")
					.append(" |");
			}
		}
		md.append('\n');
		Files.createDirectories(MATRIX.getParent());
		Files.writeString(MATRIX, md);
	}

	private Browserless signIn(String username) {
		Browserless agent = Browserless.notFollowingRedirects(this.port);
		HttpResponse<String> login = agent.logIn(username, PASSWORD);
		assertThat(describe(login)).as("sign-in of " + username).isEqualTo("302 -> /");
		return agent;
	}

	/**
	 * Sam logs a session with a wake-up cramp in the exercise of his menu that expects
	 * one; the rules answer with a proposal (chase the cramp) for his practitioner to
	 * decide.
	 */
	private String proposalFromAWakeUpCramp() {
		Browserless sam = this.agents.get(Who.SAM);
		long id = DemoClients.id(this.directory, "Sam Taylor");
		JsonNode menu = JSON.readTree(sam.get("/api/clients/" + id + "/menu").body());
		JsonNode crampy = null;
		for (JsonNode item : menu.get("items")) {
			if (item.path("expectsWakeUpCramp").asBoolean() && !item.path("targetMuscles").isEmpty()) {
				crampy = item;
				break;
			}
		}
		assertThat(crampy).as("Sam's menu has an exercise that expects a wake-up cramp: " + menu).isNotNull();
		String session = "{\"clientId\":\"x\",\"menuId\":\"x\",\"date\":\"" + LocalDate.now(ZoneOffset.UTC)
				+ "\",\"entries\":[{\"exerciseId\":\"" + crampy.get("exerciseId").asString()
				+ "\",\"done\":true,\"performed\":{\"amount\":10},\"effort\":5,\"feedback\":[{\"type\":\"cramp\","
				+ "\"where\":\"" + crampy.get("targetMuscles").get(0).asString()
				+ "\",\"intensity\":4,\"onset\":\"DURING\",\"minutesToEase\":1,"
				+ "\"easedBy\":\"STRETCHING\",\"context\":[]}]}],\"standaloneCramps\":[],"
				+ "\"newOrWorseSymptoms\":false,\"notes\":\"\"}";
		HttpResponse<String> logged = sam.sendJson("POST", "/api/clients/" + id + "/sessions", session);
		assertCreated(logged);
		JsonNode proposals = JSON.readTree(logged.body()).get("proposals");
		assertThat(proposals).as("proposals from Sam's session: " + logged.body()).isNotEmpty();
		return proposals.get(0).get("id").asString();
	}

	private static void assertCreated(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isEqualTo(201);
	}

	private static String profileForm(ClientProfile profile) {
		return Stream
			.of(Map.entry("displayName", profile.displayName()), Map.entry("ageBand", profile.ageBand()),
					Map.entry("goals", profile.goals()), Map.entry("painfulAreas", profile.painfulAreas()),
					Map.entry("constraints", profile.constraints()), Map.entry("equipment", profile.equipment()))
			.map((field) -> field.getKey() + "="
					+ URLEncoder.encode(field.getValue() == null ? "" : field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\*?(\\w+)}");

	/** Fills {name} (and Spring's {*name}) with the values known; leaves other braces. */
	private static String expand(String template, Map<String, String> vars) {
		Matcher placeholder = PLACEHOLDER.matcher(template);
		StringBuilder out = new StringBuilder();
		while (placeholder.find()) {
			String value = vars.get(placeholder.group(1));
			placeholder.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : placeholder.group()));
		}
		placeholder.appendTail(out);
		return out.toString();
	}

	/* The table's vocabulary. */

	private static Row row(String endpoint, String outcomes) {
		return row(endpoint, outcomes, new Body("application/x-www-form-urlencoded", ""));
	}

	private static Row row(String endpoint, String outcomes, Body body) {
		String[] methodAndPattern = endpoint.split(" ", 2);
		List<Expected> expected = Arrays.stream(outcomes.trim().split("\\s+")).map(Expected::parse).toList();
		if (expected.size() != Who.values().length) {
			throw new IllegalArgumentException(endpoint + ": one outcome per caller (" + Who.values().length + "), got "
					+ expected.size() + ": " + outcomes);
		}
		return new Row(methodAndPattern[0], methodAndPattern[1], expected, body, null, false);
	}

	private static Body form(String text) {
		return new Body("application/x-www-form-urlencoded", text);
	}

	private static Body json(String text) {
		return new Body("application/json", text);
	}

	/** A multipart form without files, as a browser sends one when none was chosen. */
	private static Body multipart() {
		return new Body("multipart/form-data; boundary=matrix", "--matrix--\r\n");
	}

	record Body(String contentType, String text) {
	}

	/**
	 * An endpoint and what each caller gets.
	 *
	 * @param at the path to request, when the pattern's variables are not Sam's data
	 * @param erases an allowed request really erases a client, so it is pointed at one
	 * made for the purpose (refused ones still point at Sam)
	 */
	record Row(String method, String pattern, List<Expected> expected, Body body, String at, boolean erases) {

		String endpoint() {
			return this.method + " " + this.pattern;
		}

		Row at(String path) {
			return new Row(this.method, this.pattern, this.expected, this.body, path, this.erases);
		}

		Row erasing() {
			return new Row(this.method, this.pattern, this.expected, this.body, this.at, true);
		}

	}

	/** One outcome from the table: "login", or a status code. */
	record Expected(String token, int status, boolean refused) {

		static Expected parse(String token) {
			if (token.equals("login")) {
				return new Expected(token, 302, true);
			}
			int status = Integer.parseInt(token);
			return new Expected(token, status, status == 401 || status == 403 || status == 404);
		}

		boolean matches(HttpResponse<String> response) {
			if (response.statusCode() != this.status) {
				return false;
			}
			if (this.status != 302) {
				return true;
			}
			boolean toLogin = response.headers()
				.firstValue("Location")
				.map((location) -> URI.create(location).getPath().equals("/login"))
				.orElse(false);
			return toLogin == this.token.equals("login");
		}

	}

	record Cell(Row row, Who who, String expected, String got, String problem) {
	}

}
