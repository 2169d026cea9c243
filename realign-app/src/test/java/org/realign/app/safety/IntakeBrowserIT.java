package org.realign.app.safety;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.realign.app.identity.PracticeDirectory;
import org.realign.app.testsupport.Browser;
import org.realign.app.testsupport.EmbeddedApp;
import org.realign.core.feedback.safety.RedFlagQuestion;
import org.realign.core.feedback.safety.RedFlagQuestionnaire;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In real Chromium: the practitioner opens the red-flag screen from the client page,
 * answers by keyboard-reachable radio buttons, one urgent yes, and sees the programme
 * paused with the advice to see a doctor; both pages pass axe-core.
 */
@EmbeddedApp
class IntakeBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	PracticeDirectory directory;

	@Test
	void practitionerRecordsAnUrgentYes_andSeesThePause() {
		PracticeDirectory.Account practitioner = this.directory.findAccount("practitioner@demo.realign").orElseThrow();
		// a client of its own, so the pause does not reach other tests' demo clients
		long client = this.directory.createClient(practitioner.practiceId(), practitioner.id(), null,
				"Intake " + UUID.randomUUID().toString().substring(0, 8));
		RedFlagQuestionnaire questionnaire = RedFlagQuestionnaire.load();
		try (Browser browser = Browser.open(this.port, 1200, 1400)) {
			browser.logIn("practitioner@demo.realign", "realign-demo");
			browser.go("/clients/" + client);
			WebDriver driver = browser.driver();
			driver.findElement(By.id("intake-link")).click();
			browser.waitUntil(Duration.ofSeconds(10), () -> !driver.findElements(By.id("intake-form")).isEmpty());
			browser.assertAccessible();
			boolean urgentPicked = false;
			for (RedFlagQuestion question : questionnaire.questions()) {
				boolean yes = question.urgent() && !urgentPicked;
				urgentPicked |= yes;
				driver.findElement(By.id("answer-" + question.id() + (yes ? "-yes" : "-no"))).click();
			}
			driver.findElement(By.id("intake-submit")).click();
			browser.waitUntil(Duration.ofSeconds(10), () -> !driver.findElements(By.id("status-paused")).isEmpty());
			assertThat(driver.findElement(By.id("status-see-doctor")).getText()).contains("see a doctor");
			assertThat(driver.findElement(By.id("intake-advice")).getText()).contains("urgent medical care");
			browser.assertAccessible();
			browser.screenshot("intake-paused");
		}
	}

}
