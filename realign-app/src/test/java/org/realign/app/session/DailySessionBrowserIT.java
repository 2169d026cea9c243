package org.realign.app.session;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.openqa.selenium.support.ui.Select;
import org.realign.app.identity.PracticeDirectory;
import org.realign.app.identity.Role;
import org.realign.app.testsupport.Browser;
import org.realign.app.testsupport.Browserless;
import org.realign.app.testsupport.EmbeddedApp;
import org.realign.app.testsupport.SessionPage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real Chromium on a phone-sized screen: a client steps through today's menu, runs a
 * real hold timer to its end, counts repetitions per side, logs a cramp on the body map
 * and finishes; the session is stored with that cramp and the verdict is shown. Offline,
 * the finished session waits on the phone and is stored once when the connection is back.
 */
@EmbeddedApp
class DailySessionBrowserIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	PracticeDirectory directory;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	JdbcClient jdbc;

	/** A fresh client of the demo practice with a published two-exercise menu. */
	private record Client(long id, String username) {
	}

	private Client clientWithShortMenu() {
		Client client = clientWithoutMenu();
		// A 4 s hold so that the test sees the timer really run out, then a per-side
		// exercise that expects wake-up cramps in the buttock.
		HttpResponse<String> published = practitioner().sendJson("POST", "/api/clients/" + client.id() + "/menu",
				"{\"exercises\":[\"static-back\",\"single-leg-glute-bridge\"],\"amounts\":[4,3]}");
		assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
		return client;
	}

	private Client clientWithoutMenu() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		PracticeDirectory.Account owner = this.directory.findAccount("practitioner@demo.realign").orElseThrow();
		String username = "session-" + tag + "@example.org";
		long user = this.directory.createUser(owner.practiceId(), username, this.passwordEncoder.encode("realign-demo"),
				"Session " + tag, Role.CLIENT);
		long id = this.directory.createClient(owner.practiceId(), owner.id(), user, "Session " + tag);
		return new Client(id, username);
	}

	private Browserless practitioner() {
		return Browserless.signedIn(this.port, "practitioner@demo.realign", "realign-demo");
	}

	private JsonNode storedSessions(long clientId) {
		return JSON.readTree(practitioner().get("/api/clients/" + clientId + "/sessions").body());
	}

	@Test
	void clientStepsThroughTheSession_runsTheTimer_logsACramp_andSeesTheVerdict() {
		Client client = clientWithShortMenu();
		try (Browser browser = Browser.open(this.port, 390, 844)) {
			WebDriver driver = browser.driver();
			SessionPage page = new SessionPage(browser);
			browser.logIn(client.username(), "realign-demo");
			browser.go("/today");
			page.atExercise(1, 2);
			assertThat(driver.findElement(By.cssSelector("#step-0 .pictogram")).getAttribute("aria-label"))
				.isEqualTo("Starting position: lying on your back");
			assertThat(driver.findElement(By.id("step-1")).isDisplayed()).isFalse();
			browser.assertAccessible();
			browser.screenshot("session-1-first-exercise");

			List<String> seen = page.runHoldTimer(4);
			assertThat(seen).containsSubsequence("ready 3", "hold 4", "hold 1", "done 0");
			assertThat(page.text("timer-phase")).isEqualTo("Done: you held 4 seconds.");
			assertThat(page.text("timer-held")).isEqualTo("Held: 4 s");
			browser.screenshot("session-2-timer-done");

			driver.findElement(By.id("next")).click();
			page.atExercise(2, 2);
			for (int i = 0; i < 3; i++) {
				driver.findElement(By.id("count-left-more")).click();
				driver.findElement(By.id("count-right-more")).click();
			}
			driver.findElement(By.id("count-right-more")).click();
			driver.findElement(By.id("count-right-less")).click();
			assertThat(page.text("count-left-value")).isEqualTo("3");
			assertThat(page.text("count-right-value")).isEqualTo("3");

			driver.findElement(By.id("feel-cramp")).click();
			WebElement buttock = page.toggleRegionByKeyboard("buttock");
			assertThat(buttock.getAttribute("aria-label")).isEqualTo("Buttock");
			assertThat(buttock.getAttribute("aria-checked")).isEqualTo("true");
			Select muscle = new Select(driver.findElement(By.id("cramp-muscle-buttock")));
			// The buttock's one muscle that this exercise targets is suggested.
			assertThat(muscle.getFirstSelectedOption().getAttribute("value")).isEqualTo("gluteus-maximus");
			new Select(driver.findElement(By.id("cramp-intensity"))).selectByValue("4");
			browser.assertAccessible();
			browser.screenshot("session-3-cramp-on-body-map");

			page.review();
			browser.assertAccessible();
			page.finishAndWaitFor("synced");
			assertThat(page.text("sync-status")).isEqualTo("Synced: your practitioner can see this session.");
			assertThat(page.text("verdict-list")).contains("wake-up cramp")
				.contains("Chase the cramp: your practitioner may raise the dose of Single-leg glute bridge");
			browser.assertAccessible();
			browser.screenshot("session-4-verdict");
		}

		JsonNode logs = storedSessions(client.id());
		assertThat(logs).hasSize(1);
		JsonNode entries = logs.get(0).get("session").get("entries");
		assertThat(entries.get(0).get("exerciseId").asString()).isEqualTo("static-back");
		assertThat(entries.get(0).get("performed").get("amount").asInt()).isEqualTo(4);
		assertThat(entries.get(1).get("performed").get("amount").asInt()).isEqualTo(3);
		assertThat(entries.get(1).get("performed").get("rightSide").asInt()).isEqualTo(3);
		JsonNode cramp = entries.get(1).get("feedback").get(0);
		assertThat(cramp.get("type").asString()).isEqualTo("cramp");
		assertThat(cramp.get("where").asString()).isEqualTo("gluteus-maximus");
		assertThat(cramp.get("intensity").asInt()).isEqualTo(4);
		assertThat(cramp.get("onset").asString()).isEqualTo("DURING");
	}

	@Test
	void offlineSession_waitsOnThePhone_andIsStoredOnceWhenBackOnline() {
		Client client = clientWithShortMenu();
		try (Browser browser = Browser.open(this.port, 390, 844)) {
			WebDriver driver = browser.driver();
			SessionPage page = new SessionPage(browser);
			browser.logIn(client.username(), "realign-demo");
			browser.go("/today");
			page.atExercise(1, 2);

			HasNetworkConditions network = (HasNetworkConditions) driver;
			ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
			offline.setOffline(true);
			network.setNetworkConditions(offline);

			driver.findElement(By.id("next")).click();
			driver.findElement(By.id("count-left-more")).click();
			driver.findElement(By.id("count-right-more")).click();
			page.review().finishAndWaitFor("queued");
			assertThat(page.text("sync-status"))
				.isEqualTo("Saved on this phone; it will sync when the connection is back.");
			assertThat(page.queued(client.id())).isEqualTo(1);
			assertThat(storedSessions(client.id())).isEmpty();
			browser.screenshot("session-offline-queued");

			network.deleteNetworkConditions();
			page.waitForSync("synced");
			assertThat(page.queued(client.id())).isZero();
			browser.screenshot("session-offline-synced");

			// A reload finds nothing left to send.
			browser.go("/today");
			page.atExercise(1, 2);
			assertThat(page.queued(client.id())).isZero();
		}
		assertThat(storedSessions(client.id())).hasSize(1);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM session_log WHERE client_id = ?")
			.param(client.id())
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void noMenuOrAPausedProgramme_saysSoAndOffersNoSession() {
		Client waiting = clientWithoutMenu();
		String noMenu = Browserless.signedIn(this.port, waiting.username(), "realign-demo").get("/today").body();
		assertThat(noMenu).contains("id=\"no-menu\"")
			.contains("Your practitioner has not published a menu yet.")
			.doesNotContain("id=\"steps\"");

		Client paused = clientWithShortMenu();
		Browserless client = Browserless.signedIn(this.port, paused.username(), "realign-demo");
		JsonNode questionnaire = JSON
			.readTree(client.get("/api/clients/" + paused.id() + "/safety/questionnaire").body());
		Map<String, Boolean> answers = new LinkedHashMap<>();
		// Every question no, the urgent ones (cauda equina) yes: the programme pauses.
		questionnaire.get("questions").forEach((q) -> answers.put(q.get("id").asString(), q.get("urgent").asBoolean()));
		HttpResponse<String> screened = client.sendJson("POST", "/api/clients/" + paused.id() + "/safety/screenings",
				JSON.writeValueAsString(Map.of("date", LocalDate.now(ZoneOffset.UTC).toString(), "occasion", "intake",
						"questionnaireVersion", questionnaire.get("version").asInt(), "answers", answers)));
		assertThat(screened.statusCode()).as(screened.body()).isEqualTo(201);

		String today = client.get("/today").body();
		assertThat(today).contains("id=\"paused\"")
			.contains("Your exercise programme is paused")
			.doesNotContain("id=\"steps\"")
			.doesNotContain("data-exercise-id");
	}

}
