package org.realign.app.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client's session page at {@code /today} as a person uses it, for the browser tests
 * that walk a session: the hold timer run to its end in real time, the body map by
 * keyboard, finishing and waiting for the sync.
 */
public final class SessionPage {

	private static final Duration WAIT = Duration.ofSeconds(20);

	private final Browser browser;

	private final WebDriver driver;

	public SessionPage(Browser browser) {
		this.browser = browser;
		this.driver = browser.driver();
	}

	public String text(String id) {
		return this.driver.findElement(By.id(id)).getText();
	}

	/** Waits until the page shows "Exercise {number} of {total}". */
	public SessionPage atExercise(int number, int total) {
		this.browser.waitUntil(WAIT, () -> text("session-progress").equals("Exercise " + number + " of " + total));
		return this;
	}

	/**
	 * Starts the hold timer and watches it to its end; answers each distinct phase and
	 * number the display showed, in order, e.g. "ready 3", "hold 4", "done 0" (recorded
	 * in the page as the display changes, since polling from here can miss a second on a
	 * busy machine). Fails if the timer ran out sooner than the three seconds to get
	 * ready plus the hold.
	 */
	@SuppressWarnings("unchecked")
	public List<String> runHoldTimer(int holdSeconds) {
		JavascriptExecutor js = (JavascriptExecutor) this.driver;
		js.executeScript("const display = document.getElementById('timer-display');" + "window.timerSeen = [];"
				+ "const note = () => { const state = display.dataset.phase + ' ' + display.textContent;"
				+ "  if (window.timerSeen[window.timerSeen.length - 1] !== state) { window.timerSeen.push(state); } };"
				+ "new MutationObserver(note).observe(display, { attributes: true, childList: true, characterData: true, subtree: true });");
		long started = System.nanoTime();
		this.driver.findElement(By.id("timer-start")).click();
		this.browser.waitUntil(Duration.ofSeconds(holdSeconds + 20),
				() -> "done".equals(this.driver.findElement(By.id("timer-display")).getAttribute("data-phase")));
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis((3 + holdSeconds) * 1000L - 100));
		return new ArrayList<>(new LinkedHashSet<>((List<String>) js.executeScript("return window.timerSeen;")));
	}

	/** Toggles a body-map region as a keyboard user does: focus it, press Space. */
	public WebElement toggleRegionByKeyboard(String region) {
		WebElement element = this.driver.findElement(By.cssSelector("#bodymap [data-region='" + region + "']"));
		String before = element.getAttribute("aria-checked");
		((JavascriptExecutor) this.driver).executeScript("arguments[0].focus()", element);
		this.driver.switchTo().activeElement().sendKeys(Keys.SPACE);
		this.browser.waitUntil(WAIT, () -> !before.equals(element.getAttribute("aria-checked")));
		return element;
	}

	/** Goes from the last exercise to the finish section. */
	public SessionPage review() {
		this.driver.findElement(By.id("review")).click();
		this.browser.waitUntil(WAIT, () -> this.driver.findElement(By.id("finish-button")).isDisplayed());
		return this;
	}

	/** Finishes the session; answers once the sync status reads as the state given. */
	public SessionPage finishAndWaitFor(String syncState) {
		this.driver.findElement(By.id("finish-button")).click();
		return waitForSync(syncState);
	}

	public SessionPage waitForSync(String syncState) {
		this.browser.waitUntil(WAIT,
				() -> syncState.equals(this.driver.findElement(By.id("sync-status")).getAttribute("data-state")));
		return this;
	}

	/** How many finished sessions wait in the phone's queue for this client. */
	public long queued(long clientId) {
		return (Long) ((JavascriptExecutor) this.driver).executeScript(
				"return JSON.parse(localStorage.getItem('realign.session-queue.' + arguments[0]) || '[]').length;",
				String.valueOf(clientId));
	}

}
