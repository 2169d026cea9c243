package org.realign.app.assessment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.realign.app.identity.PracticeDirectory;
import org.realign.app.testsupport.Browser;
import org.realign.app.testsupport.DemoClients;
import org.realign.app.testsupport.EmbeddedApp;
import org.realign.app.testsupport.MarkedPhotos;
import org.realign.core.landmark.LandmarkId;
import org.realign.core.landmark.LandmarkSource;
import org.realign.core.landmark.View;
import org.realign.pose.marker.MarkerColour;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real Chromium, on a side photo with skin markers (real model, real detector): the
 * named markers are drawn as skin markers, apart from estimated and marked points, with a
 * legend; pelvic tilt rests on them. The practitioner drags the ASIS marker (it becomes
 * marked and the tilt changes), confirms the PSIS marker (the tilt is now marked),
 * removes the marker that fits no point, and saves: all three changes are stored.
 */
@EmbeddedApp
class SkinMarkerEditorBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	PracticeDirectory directory;

	@Autowired
	AssessmentService service;

	@Autowired
	Assessments assessments;

	@TempDir
	Path dir;

	@Test
	void draggingAMarker_makesItMarked_andTheUnnamedMarkerCanBeRemoved() throws Exception {
		MarkedPhotos.Marked photo = MarkedPhotos.draw("pose_squats_frames/frame_000.jpg", View.LEFT_LATERAL, 14,
				0x2255DD, this.dir.resolve("side.jpg"), 14);
		long jo = DemoClients.id(this.directory, "Jo Rivera");
		long practitioner = this.directory.findAccount("practitioner@demo.realign").orElseThrow().id();
		long assessment = this.service.create(jo, practitioner, LocalDate.now(),
				Map.of(View.LEFT_LATERAL, new AssessmentService.Upload("side.jpg", Files.readAllBytes(photo.file()))),
				true, true, MarkerColour.parse("blue"));

		try (Browser browser = Browser.open(this.port, 1000, 1600)) {
			browser.logIn("practitioner@demo.realign", "realign-demo");
			browser.go("/clients/" + jo + "/assessments/" + assessment);
			var driver = browser.driver();
			By asis = By.cssSelector("#photo-left-lateral circle[data-id='left-asis']");
			By psis = By.cssSelector("#photo-left-lateral circle[data-id='left-psis']");
			By unnamed = By.cssSelector("#photo-left-lateral circle.unassigned-marker");
			By tilt = By.cssSelector("tr[data-id='sagittal-pelvic-tilt'] td.value");
			By tiltBasis = By.cssSelector("tr[data-id='sagittal-pelvic-tilt'] td.basis");
			browser.assertAccessible();
			browser.screenshot("skin-markers-before");

			assertThat(driver.findElement(By.id("point-legend")).isDisplayed()).isTrue();
			assertThat(driver.findElement(By.id("point-legend")).getText()).contains("skin marker found on the photo")
				.contains("not named");
			assertThat(driver.findElement(asis).getAttribute("data-source")).isEqualTo("marker");
			assertThat(driver.findElement(asis).getAttribute("class")).contains("marker");
			assertThat(driver.findElement(asis).getAttribute("aria-label")).endsWith("skin marker");
			assertThat(driver.findElement(tiltBasis).getText()).isEqualTo("skin marker");
			assertThat(driver.findElements(unnamed)).hasSize(1);

			// Dragged: the ASIS marker is now marked, and the tilt changes at once; the
			// PSIS is still a marker, so the reading still rests on one.
			String before = driver.findElement(tilt).getText();
			browser.dragBy(asis, 0, -25);
			browser.waitUntil(Duration.ofSeconds(10), () -> !driver.findElement(tilt).getText().equals(before));
			assertThat(driver.findElement(asis).getAttribute("data-source")).isEqualTo("manual");
			assertThat(driver.findElement(asis).getAttribute("class")).contains("marked").doesNotContain("marker");
			assertThat(driver.findElement(tiltBasis).getText()).isEqualTo("skin marker");

			// Confirmed like an estimated point: the PSIS is marked, and so is the tilt.
			driver.findElement(psis).click();
			driver.findElement(By.cssSelector("#photo-left-lateral button.confirm-point")).click();
			browser.waitUntil(Duration.ofSeconds(10), () -> driver.findElement(tiltBasis).getText().equals("marked"));
			assertThat(driver.findElement(psis).getAttribute("data-source")).isEqualTo("manual");

			// The marker that fits no point: selected, then removed.
			driver.findElement(unnamed).click();
			driver.findElement(By.cssSelector("#photo-left-lateral button.remove-marker")).click();
			assertThat(driver.findElements(unnamed)).isEmpty();
			assertThat(driver.findElement(By.cssSelector("#photo-left-lateral .marker-tools")).isDisplayed()).isFalse();
			browser.screenshot("skin-markers-after");
			driver.findElement(By.id("save-landmarks")).click();
			browser.waitUntil(Duration.ofSeconds(10),
					() -> driver.findElement(By.id("editor-status")).getText().contains("Saved"));
		}

		// The owner's marker-colour page, in the same browser.
		try (Browser browser = Browser.open(this.port, 1000, 1200)) {
			browser.logIn("practitioner@demo.realign", "realign-demo");
			browser.go("/practice/marker-settings");
			browser.assertAccessible();
			assertThat(browser.driver().findElement(By.cssSelector("input[value='detect']")).isSelected()).isTrue();
		}

		Assessments.StoredView saved = this.assessments.find(jo, assessment)
			.orElseThrow()
			.view(View.LEFT_LATERAL)
			.orElseThrow();
		for (String id : new String[] { "left-asis", "left-psis" }) {
			assertThat(saved.landmarks().find(LandmarkId.fromId(id).orElseThrow()).orElseThrow().source()).as(id)
				.isEqualTo(LandmarkSource.MANUAL);
		}
		assertThat(saved.landmarks().find(LandmarkId.C7).orElseThrow().source()).isEqualTo(LandmarkSource.MARKER);
		assertThat(saved.unassignedMarkers()).isEqualTo("[]");
	}

}
