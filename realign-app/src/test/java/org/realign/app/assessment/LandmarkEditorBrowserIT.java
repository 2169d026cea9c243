package org.realign.app.assessment;

import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.realign.app.identity.PracticeDirectory;
import org.realign.app.testsupport.Browser;
import org.realign.app.testsupport.CommandRun;
import org.realign.app.testsupport.EmbeddedApp;
import org.realign.core.landmark.View;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real Chromium: the practitioner opens an assessment, drags a landmark on the photo
 * and sees the measurement change, then nudges another with the keyboard and saves; the
 * saved landmarks are in force and the previous set is kept.
 */
@EmbeddedApp
class LandmarkEditorBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	PracticeDirectory directory;

	@Autowired
	AssessmentService service;

	@Autowired
	Assessments assessments;

	@Test
	void draggingALandmark_changesTheMeasurement_andSavingKeepsTheOldSet() throws Exception {
		long practice = this.directory.findAccount("practitioner@demo.realign").orElseThrow().practiceId();
		PracticeDirectory.ClientSummary jo = this.directory.clientsOf(practice)
			.stream()
			.filter((c) -> c.displayName().equals("Jo Rivera"))
			.findFirst()
			.orElseThrow();
		long practitioner = this.directory.findAccount("practitioner@demo.realign").orElseThrow().id();
		long assessment = this.service.create(jo.id(), practitioner, LocalDate.now(), java.util.Map.of(View.ANTERIOR,
				new AssessmentService.Upload("pose.jpg", Files.readAllBytes(CommandRun.reference("pose.jpg")))));

		try (Browser browser = Browser.open(this.port, 1000, 1600)) {
			browser.logIn("practitioner@demo.realign", "realign-demo");
			browser.go("/clients/" + jo.id() + "/assessments/" + assessment);
			By shoulders = By.cssSelector("tr[data-id='shoulder-height-asymmetry-proxy'] td.value");
			String before = browser.driver().findElement(shoulders).getText();
			browser.screenshot("assessment-before-drag");
			browser.assertAccessible();

			browser.dragBy(By.cssSelector("#photo-anterior circle[data-id='left-shoulder']"), 0, -40);
			browser.waitUntil(Duration.ofSeconds(10),
					() -> !browser.driver().findElement(shoulders).getText().equals(before));
			String after = browser.driver().findElement(shoulders).getText();
			browser.screenshot("assessment-after-drag");
			assertThat(after).isNotEqualTo(before).endsWith("deg");

			WebElement rightHip = browser.driver()
				.findElement(By.cssSelector("#photo-anterior circle[data-id='right-hip']"));
			rightHip.sendKeys(Keys.chord(Keys.SHIFT, Keys.ARROW_UP));
			browser.driver().findElement(By.id("save-landmarks")).click();
			browser.waitUntil(Duration.ofSeconds(10),
					() -> browser.driver().findElement(By.id("editor-status")).getText().contains("Saved"));
		}

		Assessments.StoredView saved = this.assessments.find(jo.id(), assessment)
			.orElseThrow()
			.view(View.ANTERIOR)
			.orElseThrow();
		var leftShoulder = saved.landmarks()
			.landmarks()
			.stream()
			.filter((l) -> l.id().id().equals("left-shoulder"))
			.findFirst()
			.orElseThrow();
		assertThat(leftShoulder.source().id()).isEqualTo("manual");
		assertThat(this.assessments.revisions(assessment, View.ANTERIOR)).isEqualTo(1);
		assertThat(List.of(saved.landmarks().landmarks().size())).containsExactly(33);
	}

}
