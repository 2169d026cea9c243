package org.realign.app.menu;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.realign.app.identity.PracticeDirectory;
import org.realign.app.testsupport.Browser;
import org.realign.app.testsupport.EmbeddedApp;
import org.realign.app.testsupport.MenuEditorPage;

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
			MenuEditorPage editor = new MenuEditorPage(browser);
			String first = editor.exerciseAt(0);
			driver.findElement(By.id("down-0")).click();
			browser.waitUntil(Duration.ofSeconds(10), () -> first.equals(editor.exerciseAt(1)));
			editor.setDose(0, 17).publish();
			assertThat(editor.publishedNotice()).contains("Published");
			assertThat(editor.doseAt(0)).isEqualTo("17");
			browser.screenshot("menu-editor-published");
		}
	}

}
