package org.realign.app.testsupport;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The practitioner's menu editor at {@code /clients/{id}/menu} as a practitioner uses it:
 * change a dose, publish, see that it is published.
 */
public final class MenuEditorPage {

	private static final Duration WAIT = Duration.ofSeconds(20);

	private final Browser browser;

	private final WebDriver driver;

	public MenuEditorPage(Browser browser) {
		this.browser = browser;
		this.driver = browser.driver();
	}

	/** Opens the editor of a client's menu. */
	public MenuEditorPage open(long clientId) {
		this.browser.go("/clients/" + clientId + "/menu");
		return waitForEditor();
	}

	public MenuEditorPage waitForEditor() {
		this.browser.waitUntil(WAIT, () -> !this.driver.findElements(By.id("publish-button")).isEmpty());
		return this;
	}

	/** How many exercises the draft has. */
	public int size() {
		return this.driver.findElements(By.cssSelector("#menu-items input[name=exercise]")).size();
	}

	/** The exercise id of the draft's line at this index. */
	public String exerciseAt(int index) {
		return this.driver.findElement(By.cssSelector("#menu-item-" + index + " input[name=exercise]"))
			.getAttribute("value");
	}

	/** Types a new amount (seconds or repetitions) into the line's dose field. */
	public MenuEditorPage setDose(int index, int amount) {
		WebElement dose = this.driver.findElement(By.id("amount-" + index));
		dose.clear();
		dose.sendKeys(String.valueOf(amount));
		return this;
	}

	public String doseAt(int index) {
		return this.driver.findElement(By.id("amount-" + index)).getAttribute("value");
	}

	/** Publishes the draft and waits for the editor to say so. */
	public MenuEditorPage publish() {
		this.driver.findElement(By.id("publish-button")).click();
		this.browser.waitUntil(WAIT, () -> !this.driver.findElements(By.id("menu-published")).isEmpty());
		return this;
	}

	public String publishedNotice() {
		return this.driver.findElement(By.id("menu-published")).getText();
	}

}
