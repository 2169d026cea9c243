package org.realign.app.assessment;

import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.realign.app.identity.PracticeDirectory;
import org.realign.app.testsupport.Browser;
import org.realign.app.testsupport.CommandRun;
import org.realign.app.testsupport.DemoClients;
import org.realign.app.testsupport.EmbeddedApp;
import org.realign.core.landmark.Landmark;
import org.realign.core.landmark.LandmarkSet;
import org.realign.core.landmark.LandmarkSource;
import org.realign.core.landmark.View;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * In a real Chromium, on a side view whose landmarks came from the pose model only: the
 * practitioner zooms in and a drag moves the point by the screen distance over the zoomed
 * scale (half what it moves at 1x); the arrow keys take finer steps; adding the tragus
 * and C7 by hand turns the craniovertebral angle from "not measured" into a value;
 * deleting C7 brings the gap back naming it; removing a point with the button does the
 * same for what needed it; saving and reloading shows the edited set, with the old set
 * kept.
 */
@EmbeddedApp
class LandmarkEditorZoomAddRemoveBrowserIT {

	private static final By CVA_VALUE = By
		.cssSelector("tr[data-id='craniovertebral-angle'][data-view='left-lateral'] td.value");

	private static final By GAPS = By.cssSelector("#gaps li");

	@LocalServerPort
	int port;

	@Autowired
	PracticeDirectory directory;

	@Autowired
	AssessmentService service;

	@Autowired
	Assessments assessments;

	@Test
	void zoomAddAndRemove_keepPhotoCoordinates_andTurnGapsIntoValuesAndBack() throws Exception {
		long jo = DemoClients.id(this.directory, "Jo Rivera");
		long practitioner = this.directory.findAccount("practitioner@demo.realign").orElseThrow().id();
		long assessment = this.service.create(jo, practitioner, LocalDate.now(),
				Map.of(View.LEFT_LATERAL,
						new AssessmentService.Upload("side.jpg", Files.readAllBytes(CommandRun.reference("pose.jpg")))),
				true);
		// This test adds the tragus by hand: start from the model's keypoints alone,
		// without the anatomical points estimated from them.
		var estimated = this.assessments.find(jo, assessment)
			.orElseThrow()
			.view(View.LEFT_LATERAL)
			.orElseThrow()
			.landmarks();
		this.assessments.replaceLandmarks(assessment, View.LEFT_LATERAL,
				LandmarkSet.of(View.LEFT_LATERAL, estimated.image(),
						estimated.landmarks().stream().filter((l) -> l.source() != LandmarkSource.ESTIMATED).toList()),
				practitioner);
		int detected = landmarks(jo, assessment).size();
		// setting up without the estimated points kept the uploaded set as one revision
		int revisionsBefore = this.assessments.revisions(assessment, View.LEFT_LATERAL);
		assertThat(revisionsBefore).isEqualTo(1);
		double movedX;
		double movedY;
		double imageWidth = this.assessments.find(jo, assessment)
			.orElseThrow()
			.view(View.LEFT_LATERAL)
			.orElseThrow()
			.landmarks()
			.image()
			.width();

		try (Browser browser = Browser.open(this.port, 1000, 1600)) {
			browser.logIn("practitioner@demo.realign", "realign-demo");
			browser.go("/clients/" + jo + "/assessments/" + assessment);
			var driver = browser.driver();
			JavascriptExecutor js = (JavascriptExecutor) driver;
			browser.waitUntil(Duration.ofSeconds(15),
					() -> driver.findElement(By.cssSelector("#photo-left-lateral .editor-tools")).isDisplayed());
			assertThat(gapOf(browser, "craniovertebral-angle")).contains("c7").contains("left-tragus");
			assertThat(driver.findElements(CVA_VALUE)).isEmpty();

			// Zoom 2x: the photo and its overlay are twice as wide; a drag of 40 screen
			// pixels moves the point 40 / (2 x the 1x scale) photo pixels.
			double widthAt1x = svgWidth(js);
			WebElement zoomIn = driver.findElement(By.cssSelector("#photo-left-lateral [data-zoom-step='1']"));
			zoomIn.click();
			zoomIn.click();
			assertThat(driver.findElement(By.cssSelector("#photo-left-lateral .zoom-level")).getText())
				.isEqualTo("200%");
			double widthAt2x = svgWidth(js);
			assertThat(widthAt2x).isCloseTo(2 * widthAt1x, within(1.0));
			By shoulder = By.cssSelector("#photo-left-lateral circle[data-id='left-shoulder']");
			js.executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'center'})",
					driver.findElement(shoulder));
			double x0 = Double.parseDouble(driver.findElement(shoulder).getAttribute("cx"));
			double y0 = Double.parseDouble(driver.findElement(shoulder).getAttribute("cy"));
			browser.dragBy(shoulder, 40, -30);
			browser.waitUntil(Duration.ofSeconds(10),
					() -> Double.parseDouble(driver.findElement(shoulder).getAttribute("cx")) != x0);
			double photoPixelsPerScreenPixelAt1x = imageWidth / widthAt1x;
			double x1 = Double.parseDouble(driver.findElement(shoulder).getAttribute("cx"));
			double y1 = Double.parseDouble(driver.findElement(shoulder).getAttribute("cy"));
			assertThat(x1 - x0).isCloseTo(40 / 2.0 * photoPixelsPerScreenPixelAt1x, within(1.0));
			assertThat(y1 - y0).isCloseTo(-30 / 2.0 * photoPixelsPerScreenPixelAt1x, within(1.0));
			movedY = y1;
			// At 2x an arrow key moves half a photo pixel.
			driver.findElement(shoulder).sendKeys(Keys.ARROW_RIGHT);
			movedX = Double.parseDouble(driver.findElement(shoulder).getAttribute("cx"));
			assertThat(movedX).isCloseTo(x1 + 0.5, within(0.06));
			browser.screenshot("editor-zoomed-2x");

			// Add the tragus, move it up with the keyboard, then add C7: the angle is
			// measured.
			Select picker = new Select(driver.findElement(By.id("add-left-lateral")));
			picker.selectByValue("left-tragus");
			driver.findElement(By.cssSelector("#photo-left-lateral button.add-point")).click();
			By tragus = By.cssSelector("#photo-left-lateral circle[data-id='left-tragus']");
			browser.waitUntil(Duration.ofSeconds(10), () -> !driver.findElements(tragus).isEmpty());
			assertThat(driver.switchTo().activeElement().getAttribute("data-id")).isEqualTo("left-tragus");
			assertThat(driver.findElement(By.id("editor-announce")).getText()).startsWith("Added Left tragus");
			assertThat(driver.findElement(By.cssSelector("#add-left-lateral option[value='left-tragus']")).isEnabled())
				.isFalse();
			for (int i = 0; i < 8; i++) {
				driver.switchTo().activeElement().sendKeys(Keys.chord(Keys.SHIFT, Keys.ARROW_UP));
			}
			picker.selectByValue("c7");
			driver.findElement(By.cssSelector("#photo-left-lateral button.add-point")).click();
			browser.waitUntil(Duration.ofSeconds(10), () -> !driver.findElements(CVA_VALUE).isEmpty());
			assertThat(driver.findElement(CVA_VALUE).getText()).endsWith("deg");
			assertThat(gapOf(browser, "craniovertebral-angle")).isNull();
			browser.screenshot("editor-added-tragus-and-c7");
			browser.assertAccessible();

			// Delete C7 with the keyboard: the angle is a gap again, naming C7 alone.
			By c7 = By.cssSelector("#photo-left-lateral circle[data-id='c7']");
			assertThat(driver.switchTo().activeElement().getAttribute("data-id")).isEqualTo("c7");
			driver.switchTo().activeElement().sendKeys(Keys.DELETE);
			browser.waitUntil(Duration.ofSeconds(10), () -> driver.findElements(CVA_VALUE).isEmpty());
			assertThat(driver.findElements(c7)).isEmpty();
			assertThat(gapOf(browser, "craniovertebral-angle")).endsWith("c7");
			assertThat(driver.findElement(By.id("editor-announce")).getText()).startsWith("Removed C7");

			// Add C7 again, and remove the ear with the button: the ear's measurement
			// becomes a gap.
			picker.selectByValue("c7");
			driver.findElement(By.cssSelector("#photo-left-lateral button.add-point")).click();
			browser.waitUntil(Duration.ofSeconds(10), () -> !driver.findElements(CVA_VALUE).isEmpty());
			By earProxy = By.cssSelector("tr[data-id='ear-shoulder-angle-proxy'][data-view='left-lateral'] td.value");
			assertThat(driver.findElements(earProxy)).isNotEmpty();
			By ear = By.cssSelector("#photo-left-lateral circle[data-id='left-ear']");
			js.executeScript("arguments[0].focus()", driver.findElement(ear));
			driver.findElement(By.cssSelector("#photo-left-lateral button.remove-point")).click();
			browser.waitUntil(Duration.ofSeconds(10), () -> driver.findElements(earProxy).isEmpty());
			assertThat(driver.findElements(ear)).isEmpty();
			assertThat(gapOf(browser, "ear-shoulder-angle-proxy")).contains("left-ear");
			browser.screenshot("editor-removed-ear");

			driver.findElement(By.id("save-landmarks")).click();
			browser.waitUntil(Duration.ofSeconds(10),
					() -> driver.findElement(By.id("editor-status")).getText().contains("Saved"));

			browser.go("/clients/" + jo + "/assessments/" + assessment);
			assertThat(driver.findElements(By.cssSelector("#photo-left-lateral circle[data-id='c7']"))).hasSize(1);
			assertThat(driver.findElements(tragus)).hasSize(1);
			assertThat(driver.findElements(ear)).isEmpty();
			assertThat(driver.findElement(CVA_VALUE).getText()).endsWith("deg");
			assertThat(gapOf(browser, "ear-shoulder-angle-proxy")).contains("left-ear");
		}

		List<Landmark> saved = landmarks(jo, assessment);
		assertThat(saved).hasSize(detected + 1);
		assertThat(saved.stream().filter((l) -> l.id().id().equals("c7") || l.id().id().equals("left-tragus")))
			.hasSize(2)
			.allSatisfy((l) -> assertThat(l.source().id()).isEqualTo("manual"));
		assertThat(saved.stream().map((l) -> l.id().id())).doesNotContain("left-ear");
		Landmark shoulder = saved.stream().filter((l) -> l.id().id().equals("left-shoulder")).findFirst().orElseThrow();
		assertThat(shoulder.x()).isCloseTo(movedX, within(0.06));
		assertThat(shoulder.y()).isCloseTo(movedY, within(0.06));
		assertThat(shoulder.source().id()).isEqualTo("manual");
		// saving in the editor kept the set it replaced as one more revision
		assertThat(this.assessments.revisions(assessment, View.LEFT_LATERAL)).isEqualTo(revisionsBefore + 1);
	}

	private List<Landmark> landmarks(long client, long assessment) {
		return List.copyOf(this.landmarkSet(client, assessment));
	}

	private Collection<Landmark> landmarkSet(long client, long assessment) {
		return this.assessments.find(client, assessment)
			.orElseThrow()
			.view(View.LEFT_LATERAL)
			.orElseThrow()
			.landmarks()
			.landmarks();
	}

	private static double svgWidth(JavascriptExecutor js) {
		return ((Number) js.executeScript(
				"return document.querySelector('#photo-left-lateral svg.overlay').getBoundingClientRect().width"))
			.doubleValue();
	}

	/**
	 * The "not measured" line of a left-lateral measurement, or null when it is measured.
	 */
	private static String gapOf(Browser browser, String measurement) {
		String prefix = measurement + " (left-lateral):";
		return browser.driver()
			.findElements(GAPS)
			.stream()
			.map((li) -> li.getAttribute("textContent").trim())
			.filter((text) -> text.startsWith(prefix))
			.findFirst()
			.orElse(null);
	}

}
