package org.realign.app.progress;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.realign.app.identity.PracticeDirectory;
import org.realign.app.identity.Role;
import org.realign.app.testsupport.Browser;
import org.realign.app.testsupport.Browserless;
import org.realign.app.testsupport.DemoClients;
import org.realign.app.testsupport.EmbeddedApp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The progress dashboard on the demo client's three weeks of logs: what the practitioner
 * and the client see, and that nobody else sees it. A context of its own: classes sharing
 * the default one add assessments to Sam Taylor today (e.g. AssessmentJourneyIT), which
 * the charts would show beside the demo's two.
 */
@EmbeddedApp(properties = "realign.test.context=progress-dashboard")
class ProgressDashboardIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	PracticeDirectory directory;

	@Autowired
	PasswordEncoder passwordEncoder;

	private Browserless signedIn(String username, String password) {
		return Browserless.signedIn(this.port, username, password);
	}

	private long clientId(String name) {
		return DemoClients.id(this.directory, name);
	}

	@Test
	void practitioner_seesTheDemoClientsCrampsAdherenceAndMeasurements() {
		HttpResponse<String> page = signedIn("practitioner@demo.realign", "realign-demo")
			.get("/clients/" + clientId("Sam Taylor") + "/progress");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"progress-cramps\"")
			.contains("gluteus-maximus")
			.contains("id=\"progress-adherence\"")
			.contains("id=\"progress-measurements\"");
	}

	@Test
	void client_seesTheirOwnProgress_andNobodyElses() {
		Browserless sam = signedIn("sam@demo.realign", "realign-demo");

		HttpResponse<String> own = sam.get("/me/progress");
		assertThat(own.statusCode()).isEqualTo(200);
		assertThat(own.body()).contains("id=\"progress-cramps\"").contains("gluteus-maximus");
		assertThat(sam.get("/clients/" + clientId("Jo Rivera") + "/progress").statusCode()).isEqualTo(403);
		assertThat(sam.get("/clients/" + clientId("Sam Taylor") + "/progress").statusCode()).isEqualTo(403);
	}

	@Test
	void anotherPractice_getsNotFound_andAnonymousIsSentToSignIn() {
		long other = this.directory.createPractice("Progress Elsewhere");
		this.directory.createUser(other, "progress-elsewhere@example.org",
				this.passwordEncoder.encode("elsewhere-pass"), "Progress Elsewhere", Role.PRACTITIONER);

		HttpResponse<String> stranger = signedIn("progress-elsewhere@example.org", "elsewhere-pass")
			.get("/clients/" + clientId("Sam Taylor") + "/progress");
		assertThat(stranger.statusCode()).isEqualTo(404);
		assertThat(stranger.body()).doesNotContain("gluteus-maximus");
		HttpResponse<String> anonymous = new Browserless(this.port).get("/me/progress");
		assertThat(anonymous.uri().getPath()).isEqualTo("/login");
	}

	@Test
	void beforeAMenuIsPublished_theDashboardSaysSo_whileTheApiStillAnswersConflict() {
		long practice = this.directory.createPractice("Progress No Menu");
		long practitioner = this.directory.createUser(practice, "progress-nomenu-pr@example.org",
				this.passwordEncoder.encode("nomenu-pass"), "No Menu Practitioner", Role.PRACTITIONER);
		long user = this.directory.createUser(practice, "progress-nomenu@example.org",
				this.passwordEncoder.encode("nomenu-pass"), "No Menu Client", Role.CLIENT);
		long client = this.directory.createClient(practice, practitioner, user, "No Menu Client");

		Browserless own = signedIn("progress-nomenu@example.org", "nomenu-pass");
		HttpResponse<String> page = own.get("/me/progress");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"progress-no-menu\"").doesNotContain("<svg");
		assertThat(signedIn("progress-nomenu-pr@example.org", "nomenu-pass").get("/clients/" + client + "/progress")
			.body()).contains("id=\"progress-no-menu\"");
		assertThat(own.get("/api/clients/" + client + "/progress").statusCode()).isEqualTo(409);
	}

	@Test
	void measurementCharts_haveAPointPerAssessment_atTheValuesTheApiGives() {
		Browserless practitioner = signedIn("practitioner@demo.realign", "realign-demo");
		long sam = clientId("Sam Taylor");
		String page = practitioner.get("/clients/" + sam + "/progress").body();
		JsonNode api = JSON.readTree(practitioner.get("/api/clients/" + sam + "/progress").body());

		int charted = 0;
		for (JsonNode series : api.get("measurements")) {
			String id = "chart-measurement-" + series.get("measurementId").asString().replaceAll("[^a-z0-9-]", "-");
			assertThat(series.get("points")).as("the demo's two assessments").hasSize(2);
			String svg = svg(page, id);
			List<String> dates = attributes(svg, "circle", "data-date");
			List<String> apiDates = new ArrayList<>();
			series.get("points").forEach((point) -> apiDates.add(point.get("date").asString()));
			assertThat(dates).as(id).isEqualTo(apiDates);
			List<Double> values = attributes(svg, "circle", "data-value").stream().map(Double::valueOf).toList();
			for (int i = 0; i < values.size(); i++) {
				assertThat(values.get(i)).isCloseTo(series.get("points").get(i).get("value").asDouble(),
						Offset.offset(0.01));
			}
			assertThat(svg).contains("class=\"error-band\"")
				.contains("aria-labelledby=\"" + id + "-title " + id + "-desc\"");
			charted++;
		}
		assertThat(charted).isGreaterThan(0);
		assertThat(svg(page, "chart-measurement-craniovertebral-angle-left-lateral"))
			.as("the craniovertebral angle has a normal range in the knowledge base")
			.contains("class=\"normal-range\"");
	}

	@Test
	void crampGrid_cellsCarryTheApisCounts_andTheWeekTheCrampsStoppedShowsZero() {
		Browserless sam = signedIn("sam@demo.realign", "realign-demo");
		String page = sam.get("/me/progress").body();
		JsonNode api = JSON.readTree(sam.get("/api/clients/" + clientId("Sam Taylor") + "/progress").body());
		String grid = svg(page, "chart-cramps");

		int cells = 0;
		for (Map.Entry<String, JsonNode> muscle : api.get("crampsPerMuscle").properties()) {
			for (JsonNode week : muscle.getValue()) {
				assertThat(grid).contains("data-muscle=\"" + muscle.getKey() + "\" data-week=\""
						+ week.get("weekStart").asString() + "\" data-count=\"" + week.get("count").asInt() + "\"");
				cells++;
			}
		}
		assertThat(cells).isGreaterThan(0);
		JsonNode adherence = api.get("adherence");
		String thisWeek = adherence.get(adherence.size() - 1).get("weekStart").asString();
		assertThat(grid).as("the demo's cramps fade: none in the last week")
			.contains("data-muscle=\"gluteus-maximus\" data-week=\"" + thisWeek + "\" data-count=\"0\"");
		assertThat(attributes(grid, "g", "data-count")).hasSize(adherence.size());
		assertThat(page).contains("id=\"waking-up-note\"").contains("[fb-chase-the-cramp-lore]");
	}

	@Test
	void painAndAdherenceCharts_haveAMarkPerDayAndPerWeekOfTheApi() {
		Browserless sam = signedIn("sam@demo.realign", "realign-demo");
		String page = sam.get("/me/progress").body();
		JsonNode api = JSON.readTree(sam.get("/api/clients/" + clientId("Sam Taylor") + "/progress").body());

		assertThat(attributes(svg(page, "chart-pain"), "circle", "data-value")).hasSize(api.get("pain").size());
		List<String> done = attributes(svg(page, "chart-adherence"), "g", "data-done");
		List<String> apiDone = new ArrayList<>();
		api.get("adherence").forEach((week) -> apiDone.add(String.valueOf(week.get("sessionsDone").asInt())));
		assertThat(done).isEqualTo(apiDone);
	}

	@Test
	void dashboard_isAccessibleInARealBrowser_onAPhoneAndOnADesktop() {
		try (Browser browser = Browser.open(this.port, 390, 844)) {
			browser.logIn("sam@demo.realign", "realign-demo").go("/me/progress");
			browser.waitUntil(Duration.ofSeconds(20),
					() -> !browser.driver().findElements(By.id("chart-cramps")).isEmpty());
			browser.screenshot("progress-dashboard-client-phone");
			JavascriptExecutor js = (JavascriptExecutor) browser.driver();
			assertThat((Boolean) js
				.executeScript("return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
				.as("nothing overflows the phone's width")
				.isTrue();
			for (String heading : List.of("cramps-heading", "pain-heading", "adherence-heading")) {
				js.executeScript("document.getElementById(arguments[0]).scrollIntoView()", heading);
				browser.screenshot("progress-dashboard-client-phone-" + heading.replace("-heading", ""));
			}
			browser.assertAccessible();
		}
		try (Browser browser = Browser.open(this.port, 1280, 2400)) {
			browser.logIn("practitioner@demo.realign", "realign-demo")
				.go("/clients/" + clientId("Sam Taylor") + "/progress");
			browser.waitUntil(Duration.ofSeconds(20),
					() -> !browser.driver().findElements(By.id("chart-adherence")).isEmpty());
			browser.screenshot("progress-dashboard-practitioner-desktop");
			browser.assertAccessible();
		}
	}

	/** The inline SVG element with the given id, from its start tag to its end tag. */
	private static String svg(String page, String id) {
		int at = page.indexOf("id=\"" + id + "\"");
		assertThat(at).as("chart " + id + " on the page").isPositive();
		int start = page.lastIndexOf("<svg", at);
		return page.substring(start, page.indexOf("</svg>", at) + "</svg>".length());
	}

	private static List<String> attributes(String svg, String element, String attribute) {
		Matcher tag = Pattern.compile("<" + element + "\\b[^>]*\\b" + attribute + "=\"([^\"]*)\"").matcher(svg);
		List<String> values = new ArrayList<>();
		while (tag.find()) {
			values.add(tag.group(1));
		}
		return values;
	}

}
