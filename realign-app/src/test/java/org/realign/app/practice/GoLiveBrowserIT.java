package org.realign.app.practice;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.realign.app.testsupport.Browser;
import org.realign.app.testsupport.Browserless;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A practice goes live, as it would on its own machine: the release jar started with
 * plain {@code serve} on an empty data directory, the setup code read from its console,
 * then in a real browser: the practice and its owner created, a practitioner invited and
 * joined, a client added and invited, the client signed in. The demo logins do not exist
 * there.
 */
class GoLiveBrowserIT {

	private static final Path JAR = Path.of("target", "realign.jar");

	private static final String PASSWORD = "correct horse battery";

	private Process app;

	@AfterEach
	void stop() throws InterruptedException {
		if (this.app != null) {
			// Waited for, so that the data folder is deleted after the app has let go of
			// it.
			this.app.destroy();
			this.app.waitFor(60, TimeUnit.SECONDS);
		}
	}

	@Test
	void setupCodeFromTheConsole_ownerInvitesAPractitioner_whoInvitesAClient_whoSignsIn(
			@TempDir(cleanup = CleanupMode.ON_SUCCESS) Path data) throws Exception {
		assertThat(JAR).as("the app jar (built by the package phase before failsafe runs)").exists();
		Path console = data.resolve("console.log");
		int port = freePort();
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx768m", "-jar", JAR.toString(), "serve");
		builder.environment().put("REALIGN_DATA_DIR", data.resolve("data").toString());
		builder.environment().put("SERVER_PORT", Integer.toString(port));
		this.app = builder.redirectErrorStream(true).redirectOutput(console.toFile()).start();
		waitFor(Duration.ofSeconds(120), () -> {
			assertThat(this.app.isAlive()).as("the app exited; see %s", console).isTrue();
			return read(console).contains("setup code");
		});
		String code = FirstRunIT.setupCode(read(console));

		try (Browser browser = Browser.open(port, 1280, 1000)) {
			WebDriver page = browser.driver();
			browser.go("/");
			browser.waitUntil(Duration.ofSeconds(10), () -> page.getCurrentUrl().endsWith("/setup"));
			browser.assertAccessible();
			type(page, "code", code);
			type(page, "practiceName", "Studio Nord");
			type(page, "ownerName", "Ada Owner");
			type(page, "email", "ada@studio.example");
			type(page, "password", PASSWORD);
			type(page, "confirmPassword", PASSWORD);
			submit(page);
			browser.waitUntil(Duration.ofSeconds(10), () -> page.getCurrentUrl().contains("/login?setup"));

			browser.logIn("ada@studio.example", PASSWORD).go("/practice/people");
			type(page, "displayName", "Pat Practitioner");
			page.findElement(By.cssSelector("#invite-form button[type=submit]")).click();
			browser.waitUntil(Duration.ofSeconds(10),
					() -> !page.findElements(By.cssSelector("#invitation-code .code")).isEmpty());
			String practitionerCode = page.findElement(By.cssSelector("#invitation-code .code")).getText();
			browser.assertAccessible();
			page.manage().deleteAllCookies();

			join(browser, practitionerCode, "pat@studio.example");
			browser.logIn("pat@studio.example", PASSWORD).go("/clients/new");
			type(page, "displayName", "Robin Client");
			submit(page);
			browser.waitUntil(Duration.ofSeconds(10), () -> page.getCurrentUrl().matches(".*/clients/\\d+$"));
			page.findElement(By.cssSelector("form[action$='/invitation'] button[type=submit]")).click();
			browser.waitUntil(Duration.ofSeconds(10), () -> !page.findElements(By.id("invitation-code")).isEmpty());
			String clientCode = page.findElement(By.id("invitation-code")).getText();
			page.manage().deleteAllCookies();

			join(browser, clientCode, "robin@example.org");
			browser.logIn("robin@example.org", PASSWORD);
			assertThat(page.getCurrentUrl()).doesNotContain("/login");
			assertThat(page.getPageSource()).contains("Robin Client");
		}

		Browserless demo = new Browserless(port);
		assertThat(demo.logIn("practitioner@demo.realign", "realign-demo").uri().toString()).contains("/login?error");
		assertThat(demo.logIn("sam@demo.realign", "realign-demo").uri().toString()).contains("/login?error");
		assertThat(read(console)).doesNotContain("Demo practice created");
	}

	private static void join(Browser browser, String code, String email) {
		WebDriver page = browser.driver();
		browser.go("/join?code=" + code);
		type(page, "email", email);
		type(page, "password", PASSWORD);
		type(page, "confirmPassword", PASSWORD);
		submit(page);
		browser.waitUntil(Duration.ofSeconds(10), () -> page.getCurrentUrl().contains("/login?joined"));
	}

	private static void type(WebDriver page, String id, String text) {
		page.findElement(By.id(id)).clear();
		page.findElement(By.id(id)).sendKeys(text);
	}

	/** The page's own form, not the sign-out button in the bar. */
	private static void submit(WebDriver page) {
		page.findElement(By.cssSelector("main form button[type=submit]")).click();
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "";
		}
	}

	private static void waitFor(Duration timeout, BooleanSupplier condition) throws InterruptedException {
		Instant deadline = Instant.now().plus(timeout);
		while (!condition.getAsBoolean()) {
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("not reached within " + timeout);
			}
			Thread.sleep(200);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
