package org.realign.app.journey;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.realign.app.testsupport.Browser;
import org.realign.app.testsupport.CommandRun;
import org.realign.app.testsupport.EmbeddedApp;
import org.realign.app.testsupport.MenuEditorPage;
import org.realign.app.testsupport.SessionPage;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole journey of issue 7 in real Chromium, one screenshot per step: a practitioner
 * creates a client, uploads a side photo (the real pose model places the landmarks and
 * the estimated anatomical points), drags the estimated tragus off the ear keypoint,
 * drags the ear and sees the ear-shoulder angle change, downloads the PDF report and
 * publishes a menu with a short hold; the client joins with the invitation code, does the
 * session on a phone-sized screen with the hold timer and logs a cramp; the practitioner
 * sees the cramp on the progress dashboard.
 */
@EmbeddedApp
class JourneyBrowserIT {

	private static final Duration WAIT = Duration.ofSeconds(20);

	/** The pose model on a shared CPU. */
	private static final Duration MODEL_WAIT = Duration.ofSeconds(120);

	private static final By EAR_SHOULDER_ANGLE = By
		.cssSelector("tr[data-id='ear-shoulder-angle-proxy'][data-view='left-lateral'] td.value");

	@LocalServerPort
	int port;

	@Test
	void practitionerAssessesAndPrescribes_clientDoesTheSession_practitionerSeesTheCramp() {
		try (Browser practitioner = Browser.open(this.port, 1000, 1600)) {
			WebDriver desk = practitioner.driver();
			practitioner.logIn("practitioner@demo.realign", "realign-demo");

			// 1. A new client through the client form.
			practitioner.go("/clients/new");
			desk.findElement(By.id("displayName")).sendKeys("Alex Journey");
			new Select(desk.findElement(By.id("ageBand"))).selectByIndex(3);
			desk.findElement(By.id("goals")).sendKeys("Sit at the desk without neck ache");
			desk.findElement(By.cssSelector("main form button[type=submit]")).click();
			practitioner.waitUntil(WAIT, () -> desk.getCurrentUrl().matches(".*/clients/\\d+$"));
			long clientId = Long.parseLong(desk.getCurrentUrl().replaceAll(".*/clients/(\\d+)$", "$1"));
			assertThat(desk.findElement(By.id("client-name")).getText()).isEqualTo("Alex Journey");
			practitioner.screenshot("journey-01-client-created");

			// 2. A side photo; the pose model places the landmarks and the angle is
			// measured.
			desk.findElement(By.id("new-assessment")).click();
			practitioner.waitUntil(WAIT, () -> !desk.findElements(By.id("left-lateral")).isEmpty());
			desk.findElement(By.id("left-lateral"))
				.sendKeys(CommandRun.reference("pose.jpg").toAbsolutePath().toString());
			// The reference photo is a front view in a lunge: kept despite the capture
			// check.
			desk.findElement(By.id("acceptCapture")).click();
			desk.findElement(By.cssSelector("main form button[type=submit]")).click();
			practitioner.waitUntil(MODEL_WAIT, () -> !desk.findElements(EAR_SHOULDER_ANGLE).isEmpty());
			assertThat(desk
				.findElements(By.cssSelector("#photo-left-lateral circle.landmark[data-source='blazepose-full']")))
				.hasSize(33);
			String before = desk.findElement(EAR_SHOULDER_ANGLE).getText();
			assertThat(before).endsWith("deg");
			practitioner.screenshot("journey-02-landmarks-placed");

			// 3. The estimated tragus starts on the ear keypoint it is estimated from and
			// is drawn around it: grabbing its ring moves the tragus, which becomes
			// manual, and leaves the ear-shoulder angle alone. The ear keypoint (the dot
			// drawn on top) drags too and changes the angle.
			By tragus = By.cssSelector("#photo-left-lateral circle[data-id='left-tragus']");
			assertThat(desk.findElement(tragus).getAttribute("data-source")).isEqualTo("estimated");
			practitioner.dragByRing(tragus, 0, -40);
			practitioner.waitUntil(WAIT, () -> "manual".equals(desk.findElement(tragus).getAttribute("data-source")));
			assertThat(desk.findElement(EAR_SHOULDER_ANGLE).getText()).isEqualTo(before);
			practitioner.dragBy(By.cssSelector("#photo-left-lateral circle[data-id='left-ear']"), 0, -40);
			practitioner.waitUntil(WAIT, () -> !desk.findElement(EAR_SHOULDER_ANGLE).getText().equals(before));
			assertThat(desk.findElement(EAR_SHOULDER_ANGLE).getText()).endsWith("deg").isNotEqualTo(before);
			practitioner.screenshot("journey-03-landmark-dragged");

			// 4. The PDF report for the client.
			String report = desk.findElement(By.id("report-pdf"))
				.getAttribute("href")
				.replaceFirst("^https?://[^/]+", "");
			HttpResponse<byte[]> pdf = practitioner.download(report);
			assertThat(pdf.statusCode()).isEqualTo(200);
			assertThat(new String(Arrays.copyOf(pdf.body(), 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
			assertThat(pdf.body().length).isGreaterThan(20_000);

			// 5. The menu: the first exercise is a long hold; a 4 s hold for today.
			MenuEditorPage editor = new MenuEditorPage(practitioner).open(clientId);
			// the draft is the menu generated from the assessment: its length is the
			// generator's to choose
			assertThat(editor.exerciseAt(0)).isEqualTo("static-back");
			int exercises = editor.size();
			editor.setDose(0, 4).publish();
			practitioner.screenshot("journey-04-menu-published");

			// 6. The invitation code.
			practitioner.go("/clients/" + clientId);
			desk.findElement(By.cssSelector("form[action$='/invitation'] button[type=submit]")).click();
			practitioner.waitUntil(WAIT, () -> !desk.findElements(By.id("invitation-code")).isEmpty());
			String code = desk.findElement(By.id("invitation-code")).getText();
			practitioner.screenshot("journey-05-invitation");

			// 7. The client joins on their phone and does today's session.
			try (Browser phone = Browser.open(this.port, 390, 844)) {
				WebDriver hand = phone.driver();
				phone.go("/join");
				hand.findElement(By.id("code")).sendKeys(code);
				hand.findElement(By.id("email")).sendKeys("alex.journey@example.org");
				hand.findElement(By.id("password")).sendKeys("correct-horse-7");
				hand.findElement(By.id("confirmPassword")).sendKeys("correct-horse-7");
				hand.findElement(By.cssSelector("main form button[type=submit]")).click();
				phone.waitUntil(WAIT, () -> hand.getCurrentUrl().contains("/login"));
				phone.logIn("alex.journey@example.org", "correct-horse-7");
				hand.findElement(By.id("start-session")).click();
				SessionPage session = new SessionPage(phone);
				session.atExercise(1, exercises);
				phone.screenshot("journey-06-session-start");
				assertThat(session.runHoldTimer(4)).containsSubsequence("ready 3", "hold 4", "done 0");
				hand.findElement(By.id("feel-cramp")).click();
				session.toggleRegionByKeyboard("low-back");
				new Select(hand.findElement(By.id("cramp-muscle-low-back"))).selectByValue("lumbar-erector-spinae");
				phone.screenshot("journey-07-cramp-logged");
				for (int exercise = 2; exercise <= exercises; exercise++) {
					hand.findElement(By.id("next")).click();
					session.atExercise(exercise, exercises);
				}
				session.review().finishAndWaitFor("synced");
				assertThat(session.text("verdict-list")).isNotBlank();
				phone.screenshot("journey-08-session-synced");
			}

			// 8. The practitioner sees the cramp on the progress dashboard.
			practitioner.go("/clients/" + clientId + "/progress");
			practitioner.waitUntil(WAIT, () -> !desk.findElements(By.id("progress-cramps")).isEmpty());
			// the cramp grid names the muscle; the table of numbers under it is folded
			// away
			assertThat(
					desk.findElement(By.cssSelector("section[aria-labelledby=cramps-heading] .chart-scroll")).getText())
				.contains("Lumbar erector spinae");
			assertThat(desk.findElement(By.id("progress-cramps")).getAttribute("textContent"))
				.contains("lumbar-erector-spinae");
			practitioner.screenshot("journey-09-progress");
		}
	}

}
