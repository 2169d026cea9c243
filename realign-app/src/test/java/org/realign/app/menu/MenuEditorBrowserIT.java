package org.realign.app.menu;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.realign.app.practice.PracticeDirectory;
import org.realign.app.testsupport.Browser;
import org.realign.app.testsupport.EmbeddedApp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In real Chromium: the practitioner opens the menu editor from the client page, moves an
 * exercise down, changes a dose, publishes and sees that it is published.
 */
@EmbeddedApp
class MenuEditorBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	PracticeDirectory directory;

	@Test
	void practitionerReordersChangesADoseAndPublishes() {
		long practice = this.directory.findAccount("practitioner@demo.realign").orElseThrow().practiceId();
		long jo = this.directory.clientsOf(practice)
			.stream()
			.filter((c) -> c.displayName().equals("Jo Rivera"))
			.findFirst()
			.orElseThrow()
			.id();
		try (Browser browser = Browser.open(this.port, 1200, 1400)) {
			browser.logIn("practitioner@demo.realign", "realign-demo");
			browser.go("/clients/" + jo);
			WebDriver driver = browser.driver();
			driver.findElement(By.id("menu-editor-link")).click();
			browser.waitUntil(Duration.ofSeconds(10), () -> !driver.findElements(By.id("publish-button")).isEmpty());
			browser.assertAccessible();
			browser.screenshot("menu-editor");
			String first = driver.findElement(By.cssSelector("#menu-item-0 input[name=exercise]"))
				.getAttribute("value");
			driver.findElement(By.id("down-0")).click();
			browser.waitUntil(Duration.ofSeconds(10), () -> first
				.equals(driver.findElement(By.cssSelector("#menu-item-1 input[name=exercise]")).getAttribute("value")));
			WebElement dose = driver.findElement(By.id("amount-0"));
			dose.clear();
			dose.sendKeys("17");
			driver.findElement(By.id("publish-button")).click();
			browser.waitUntil(Duration.ofSeconds(10), () -> !driver.findElements(By.id("menu-published")).isEmpty());
			assertThat(driver.findElement(By.id("menu-published")).getText()).contains("Published");
			assertThat(driver.findElement(By.id("amount-0")).getAttribute("value")).isEqualTo("17");
			browser.screenshot("menu-editor-published");
		}
	}

}
