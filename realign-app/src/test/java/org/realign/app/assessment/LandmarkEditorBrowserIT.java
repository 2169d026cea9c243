package org.realign.app.assessment;

import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
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
 * In a real Chromium: the practitioner opens an assessment whose estimated acromion
 * starts exactly on the shoulder keypoint it comes from, drags the acromion by its ring
 * and sees the acromion measurement change, drags the shoulder keypoint by the dot drawn
 * on top and sees its proxy change, then nudges another point with the keyboard and
 * saves; the saved landmarks are in force, marked, and the previous set is kept.
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
		long assessment = this.service.create(jo.id(), practitioner, LocalDate.now(),
				Map.of(View.ANTERIOR,
						new AssessmentService.Upload("pose.jpg", Files.readAllBytes(CommandRun.reference("pose.jpg")))),
				true);

		int stored = this.assessments.find(jo.id(), assessment)
			.orElseThrow()
			.view(View.ANTERIOR)
			.orElseThrow()
			.landmarks()
			.landmarks()
			.size();

		try (Browser browser = Browser.open(this.port, 1000, 1600)) {
			browser.logIn("practitioner@demo.realign", "realign-demo");
			browser.go("/clients/" + jo.id() + "/assessments/" + assessment);
			var driver = browser.driver();
			By acromions = By.cssSelector("tr[data-id='shoulder-height-asymmetry'] td.value");
			By shoulders = By.cssSelector("tr[data-id='shoulder-height-asymmetry-proxy'] td.value");
			By leftAcromion = By.cssSelector("#photo-anterior circle[data-id='left-acromion']");
			By leftShoulder = By.cssSelector("#photo-anterior circle[data-id='left-shoulder']");
			String acromionsBefore = driver.findElement(acromions).getText();
			String shouldersBefore = driver.findElement(shoulders).getText();
			browser.screenshot("assessment-before-drag");
			browser.assertAccessible();

			// The banner counts the anatomical points estimated from the keypoints (tragi
			// and acromions), and the keypoints apart.
			assertThat(driver.findElement(By.id("estimated-points")).getText())
				.contains("4 anatomical points estimated from the pose model")
				.contains("33 pose-model keypoints");

			// The estimated acromion starts exactly on the shoulder keypoint it is
			// estimated from. Both can be grabbed there: the keypoint is a dot drawn on
			// top, the acromion the ring around it.
			assertThat(driver.findElement(leftAcromion).getAttribute("data-source")).isEqualTo("estimated");
			assertThat(driver.findElement(leftAcromion).getAttribute("cx"))
				.isEqualTo(driver.findElement(leftShoulder).getAttribute("cx"));
			assertThat(topmostAt(driver, leftAcromion, 0)).isEqualTo("left-shoulder");
			assertThat(topmostAt(driver, leftAcromion, 0.75)).isEqualTo("left-acromion");

			// Grabbing the ring moves the acromion, which becomes marked, and the
			// acromion line's angle changes at once; the keypoint stays.
			String shoulderX = driver.findElement(leftShoulder).getAttribute("cx");
			browser.dragByRing(leftAcromion, 0, -40);
			browser.waitUntil(Duration.ofSeconds(10),
					() -> !driver.findElement(acromions).getText().equals(acromionsBefore));
			assertThat(driver.findElement(acromions).getText()).isNotEqualTo(acromionsBefore).endsWith("deg");
			assertThat(driver.findElement(leftAcromion).getAttribute("data-source")).isEqualTo("manual");
			assertThat(driver.findElement(leftShoulder).getAttribute("data-source")).isEqualTo("blazepose-full");
			assertThat(driver.findElement(leftShoulder).getAttribute("cx")).isEqualTo(shoulderX);
			assertThat(driver.findElement(shoulders).getText()).isEqualTo(shouldersBefore);

			// The dot, where both started, grabs the shoulder keypoint and changes its
			// proxy.
			browser.dragBy(leftShoulder, 0, 30);
			browser.waitUntil(Duration.ofSeconds(10),
					() -> !driver.findElement(shoulders).getText().equals(shouldersBefore));
			String after = driver.findElement(shoulders).getText();
			browser.screenshot("assessment-after-drag");
			assertThat(after).isNotEqualTo(shouldersBefore).endsWith("deg");

			WebElement rightHip = driver.findElement(By.cssSelector("#photo-anterior circle[data-id='right-hip']"));
			rightHip.sendKeys(Keys.chord(Keys.SHIFT, Keys.ARROW_UP));
			driver.findElement(By.id("save-landmarks")).click();
			browser.waitUntil(Duration.ofSeconds(10),
					() -> driver.findElement(By.id("editor-status")).getText().contains("Saved"));
		}

		Assessments.StoredView saved = this.assessments.find(jo.id(), assessment)
			.orElseThrow()
			.view(View.ANTERIOR)
			.orElseThrow();
		for (String moved : List.of("left-acromion", "left-shoulder", "right-hip")) {
			var landmark = saved.landmarks()
				.landmarks()
				.stream()
				.filter((l) -> l.id().id().equals(moved))
				.findFirst()
				.orElseThrow();
			assertThat(landmark.source().id()).as(moved).isEqualTo("manual");
		}
		assertThat(this.assessments.revisions(assessment, View.ANTERIOR)).isEqualTo(1);
		// the 33 model keypoints and the 4 estimated points (tragi, acromions) are all
		// kept
		assertThat(List.of(saved.landmarks().landmarks().size())).containsExactly(stored);
		assertThat(stored).isEqualTo(37);
	}

	/**
	 * The data-id of the landmark the mouse would hit at the given point's centre,
	 * shifted right by a fraction of its radius on screen.
	 */
	private static String topmostAt(WebDriver driver, By circle, double radii) {
		return (String) ((JavascriptExecutor) driver).executeScript(
				"const r = arguments[0].getBoundingClientRect();"
						+ "const hit = document.elementFromPoint(r.left + r.width / 2 + arguments[1] * r.width / 2,"
						+ " r.top + r.height / 2);" + "return hit && hit.dataset ? hit.dataset.id : null;",
				driver.findElement(circle), radii);
	}

}
