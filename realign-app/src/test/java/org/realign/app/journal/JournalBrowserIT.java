package org.realign.app.journal;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.realign.app.identity.PracticeDirectory;
import org.realign.app.identity.Role;
import org.realign.app.testsupport.Browser;
import org.realign.app.testsupport.EmbeddedApp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In real Chromium on a phone-sized window: a client opens the journal from their home
 * page, notes a night cramp and a back spasm, reads the advice for each (the cramp is not
 * a wake-up cramp; the spasm comes with its re-exposure steps) and sees both listed; the
 * page passes axe-core before and after.
 */
@EmbeddedApp
class JournalBrowserIT {

	private static final String PASSWORD = "journal-browser-1";

	@LocalServerPort
	int port;

	@Autowired
	PracticeDirectory directory;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void clientAddsNightCrampAndSpasm_onAPhone_seesBothListed() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		PracticeDirectory.Account practitioner = this.directory.findAccount("practitioner@demo.realign").orElseThrow();
		String username = "journal-browser-" + tag + "@example.org";
		long user = this.directory.createUser(practitioner.practiceId(), username,
				this.passwordEncoder.encode(PASSWORD), "Journal " + tag, Role.CLIENT);
		this.directory.createClient(practitioner.practiceId(), practitioner.id(), user, "Journal " + tag);
		try (Browser browser = Browser.open(this.port, 390, 844)) {
			browser.logIn(username, PASSWORD);
			WebDriver driver = browser.driver();
			driver.findElement(By.id("journal-link")).click();
			browser.waitUntil(Duration.ofSeconds(15), () -> !driver.findElements(By.id("journal-form")).isEmpty());
			assertThat(driver.findElement(By.id("journal-empty")).getText()).contains("Nothing noted yet");
			browser.assertAccessible();

			driver.findElement(By.id("kind-cramp")).click();
			browser.waitUntil(Duration.ofSeconds(10), () -> driver.findElement(By.id("setting")).isDisplayed());
			assertThat(driver.findElement(By.id("trigger")).isDisplayed()).as("spasm fields hidden for a cramp")
				.isFalse();
			new Select(driver.findElement(By.id("where"))).selectByValue("calf");
			driver.findElement(By.id("intensity")).sendKeys("6");
			new Select(driver.findElement(By.id("setting"))).selectByValue("night");
			driver.findElement(By.id("note")).sendKeys("Woke me at 3 am");
			driver.findElement(By.id("journal-submit")).click();
			browser.waitUntil(Duration.ofSeconds(15), () -> !driver.findElements(By.id("journal-added")).isEmpty());
			assertThat(driver.findElement(By.id("journal-added")).getText())
				.contains("Night and rest cramps are common")
				.contains("not wake-up cramps");

			driver.findElement(By.id("kind-spasm")).click();
			browser.waitUntil(Duration.ofSeconds(10), () -> driver.findElement(By.id("trigger")).isDisplayed());
			new Select(driver.findElement(By.id("where"))).selectByValue("low-back");
			driver.findElement(By.id("intensity")).sendKeys("7");
			new Select(driver.findElement(By.id("trigger"))).selectByValue("lifting");
			driver.findElement(By.id("minutes")).sendKeys("30");
			driver.findElement(By.id("journal-submit")).click();
			browser.waitUntil(Duration.ofSeconds(15),
					() -> driver.findElements(By.cssSelector("#journal-list > li")).size() == 2);
			assertThat(driver.findElement(By.id("journal-added")).getText()).contains("guard reflex");
			assertThat(driver.findElement(By.id("journal-plan")).findElements(By.tagName("li"))).isNotEmpty();
			String list = driver.findElement(By.id("journal-list")).getText();
			assertThat(list).contains("Night cramp")
				.contains("in the calf")
				.contains("6/10")
				.contains("Woke me at 3 am")
				.contains("Not counted as progress")
				.contains("Spasm")
				.contains("in the low back")
				.contains("Set off by Lifting; lasted 30 min");
			browser.assertAccessible();
			browser.screenshot("journal-phone");
		}
	}

}
