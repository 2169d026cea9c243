package org.realign.app.session;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
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
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily loop on a phone-sized screen in a real Chromium (issue 16): the client rates
 * the effort of each exercise with one tap, places a cramp on the left back of the thigh,
 * and logs a re-exposure attempt; what the phone sent is what the server stored.
 */
@EmbeddedApp
class DailyLoopBrowserIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Duration WAIT = Duration.ofSeconds(20);

	@LocalServerPort
	int port;

	@Autowired
	PracticeDirectory directory;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void effortGiven_leftSideCrampPlaced_andReExposureAttemptLogged_onAPhone() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		PracticeDirectory.Account owner = this.directory.findAccount("practitioner@demo.realign").orElseThrow();
		String username = "loop-" + tag + "@example.org";
		long user = this.directory.createUser(owner.practiceId(), username, this.passwordEncoder.encode("realign-demo"),
				"Loop " + tag, Role.CLIENT);
		long clientId = this.directory.createClient(owner.practiceId(), owner.id(), user, "Loop " + tag);
		Browserless practitioner = Browserless.signedIn(this.port, "practitioner@demo.realign", "realign-demo");
		HttpResponse<String> published = practitioner.sendJson("POST", "/api/clients/" + clientId + "/menu",
				"{\"exercises\":[\"static-wall\",\"standing-gluteal-contractions\"],\"amounts\":[3,2]}");
		assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
		// A back spasm after a quick forward bend starts the forward-bend plan.
		HttpResponse<String> spasm = Browserless.signedIn(this.port, username, "realign-demo")
			.sendJson("POST", "/api/clients/" + clientId + "/spasms",
					"{\"date\":\"" + LocalDate.now(ZoneOffset.UTC) + "\",\"region\":\"low-back\","
							+ "\"trigger\":\"bending-forward-quickly\",\"severity\":5,\"duration\":\"PT20M\"}");
		assertThat(spasm.statusCode()).as(spasm.body()).isEqualTo(201);

		try (Browser browser = Browser.open(this.port, 390, 844)) {
			WebDriver driver = browser.driver();
			SessionPage page = new SessionPage(browser);
			browser.logIn(username, "realign-demo");
			browser.go("/today");
			page.atExercise(1, 2);

			// Static wall: effort 2 with one tap, a cramp in the left back of the thigh.
			effort(driver, 2);
			driver.findElement(By.id("feel-cramp")).click();
			WebElement leftThigh = driver
				.findElement(By.cssSelector("#bodymap [data-region='back-of-thigh'][data-side='left']"));
			leftThigh.click();
			assertThat(leftThigh.getAttribute("aria-label")).isEqualTo("Back of the thigh, left");
			assertThat(leftThigh.getAttribute("aria-checked")).isEqualTo("true");
			assertThat(driver.findElement(By.cssSelector("#bodymap [data-region='back-of-thigh'][data-side='right']"))
				.getAttribute("aria-checked")).isEqualTo("false");
			new Select(driver.findElement(By.id("cramp-muscle-back-of-thigh-left"))).selectByValue("hamstrings");
			browser.assertAccessible();
			browser.screenshot("loop-1-effort-and-left-cramp");

			driver.findElement(By.id("next")).click();
			page.atExercise(2, 2);
			effort(driver, 7);
			page.review();
			page.finishAndWaitFor("synced");
			assertThat(page.text("verdict-list")).contains("stretches or lets go rather than works");

			// The re-exposure plan's current step, and today's try.
			WebElement plan = driver.findElement(By.cssSelector("section.reexposure"));
			assertThat(plan.getText()).contains("Step 1 of 10");
			plan.findElement(By.name("reach")).sendKeys("31.5");
			plan.findElement(By.cssSelector("input[name='speed'][value='slow']")).click();
			plan.findElement(By.name("felt")).sendKeys("tight behind the knees");
			browser.assertAccessible();
			browser.screenshot("loop-2-re-exposure-attempt");
			plan.findElement(By.cssSelector("button[type='submit']")).click();
			browser.waitUntil(WAIT, () -> "logged"
				.equals(plan.findElement(By.cssSelector(".reexposure-status")).getAttribute("data-state")));
			assertThat(plan.findElement(By.cssSelector(".reexposure-status")).getText())
				.isEqualTo("Saved. You are on step 1.");
		}

		JsonNode logs = JSON.readTree(practitioner.get("/api/clients/" + clientId + "/sessions").body());
		assertThat(logs).hasSize(1);
		JsonNode entries = logs.get(0).get("session").get("entries");
		assertThat(entries.get(0).get("effort").asInt()).isEqualTo(2);
		assertThat(entries.get(1).get("effort").asInt()).isEqualTo(7);
		JsonNode cramp = entries.get(0).get("feedback").get(0);
		assertThat(cramp.get("where").asString()).isEqualTo("hamstrings");
		assertThat(cramp.get("side").asString()).isEqualTo("LEFT");
		JsonNode plans = JSON.readTree(practitioner.get("/api/clients/" + clientId + "/re-exposure").body());
		JsonNode attempt = plans.get(0).get("attempts").get(0);
		assertThat(attempt.get("fingertipToFloorCm").asDouble()).isEqualTo(31.5);
		assertThat(attempt.get("speed").asString()).isEqualTo("slow");
		assertThat(attempt.get("felt").asString()).isEqualTo("tight behind the knees");
		assertThat(practitioner.get("/clients/" + clientId + "/progress").body()).contains("Re-exposure plans")
			.contains("tight behind the knees");
	}

	private static void effort(WebDriver driver, int value) {
		driver.findElement(By.xpath("//input[@id='effort-" + value + "']/..")).click();
		assertThat(driver.findElement(By.id("effort-" + value)).isSelected()).isTrue();
	}

}
