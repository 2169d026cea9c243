package org.realign.app.outcome;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.realign.app.identity.PracticeDirectory;
import org.realign.app.testsupport.Browser;
import org.realign.app.testsupport.EmbeddedApp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In real Chromium: the practitioner opens the outcome measures from the client page,
 * records a PSFS by keyboard-reachable fields and sees it recorded; the page passes
 * axe-core before and after.
 */
@EmbeddedApp
class OutcomesBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	PracticeDirectory directory;

	@Test
	void practitionerRecordsAPsfs_andSeesItInTheHistory() {
		PracticeDirectory.Account practitioner = this.directory.findAccount("practitioner@demo.realign").orElseThrow();
		long client = this.directory.createClient(practitioner.practiceId(), practitioner.id(), null,
				"Outcomes " + UUID.randomUUID().toString().substring(0, 8));
		try (Browser browser = Browser.open(this.port, 1200, 1400)) {
			browser.logIn("practitioner@demo.realign", "realign-demo");
			browser.go("/clients/" + client);
			WebDriver driver = browser.driver();
			driver.findElement(By.id("outcomes-link")).click();
			browser.waitUntil(Duration.ofSeconds(20), () -> !driver.findElements(By.id("form-psfs")).isEmpty());
			browser.assertAccessible();
			driver.findElement(By.id("psfs-activity-1")).sendKeys("Putting on socks");
			driver.findElement(By.id("psfs-rating-1")).sendKeys("3");
			driver.findElement(By.id("psfs-activity-2")).sendKeys("Carrying shopping");
			driver.findElement(By.id("psfs-rating-2")).sendKeys("5");
			driver.findElement(By.id("psfs-activity-3")).sendKeys("Driving an hour");
			driver.findElement(By.id("psfs-rating-3")).sendKeys("7");
			driver.findElement(By.id("submit-psfs")).click();
			browser.waitUntil(Duration.ofSeconds(20), () -> !driver.findElements(By.id("outcomes-recorded")).isEmpty());
			assertThat(driver.findElement(By.id("outcomes-recorded")).getText())
				.contains("Patient-Specific Functional Scale 5.0");
			assertThat(driver.findElement(By.id("outcomes-history")).getText()).contains("practitioner@demo.realign");
			browser.assertAccessible();
			browser.screenshot("outcomes-recorded");
		}
	}

}
