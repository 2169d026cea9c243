package org.realign.app.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} with its {@code chromium-driver}),
 * for the tests that walk the pages as a person would. The flags keep Chromium off the
 * network: this machine reaches nothing but the package registries. Screenshots go to
 * {@code target/screenshots}.
 */
public final class Browser implements AutoCloseable {

	private final WebDriver driver;

	private final String base;

	private Browser(WebDriver driver, int port) {
		this.driver = driver;
		this.base = "http://localhost:" + port;
	}

	public static Browser open(int port, int width, int height) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=" + width + "," + height);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
			.build();
		return new Browser(new ChromeDriver(service, options), port);
	}

	public WebDriver driver() {
		return this.driver;
	}

	public Browser go(String path) {
		this.driver.get(this.base + path);
		return this;
	}

	public Browser logIn(String username, String password) {
		go("/login");
		this.driver.findElement(By.id("username")).sendKeys(username);
		this.driver.findElement(By.id("password")).sendKeys(password);
		this.driver.findElement(By.cssSelector("button[type=submit]")).click();
		// A failed sign-in lands on /login?error: wait for either page, then fail loudly
		// on the login page, so a test never goes on signed out by mistake.
		waitUntil(Duration.ofSeconds(10), () -> !this.driver.getCurrentUrl().endsWith("/login"));
		String landed = this.driver.getCurrentUrl();
		if (URI.create(landed).getPath().equals("/login")) {
			throw new AssertionError("signing in as " + username + " failed: the browser is at " + landed);
		}
		return this;
	}

	/**
	 * Polls the condition until it holds. A form post reloads the page while the
	 * condition reads it, so an element found just before the reload goes stale: that
	 * poll counts as "not yet", not as a failure.
	 */
	public void waitUntil(Duration timeout, BooleanSupplier condition) {
		new WebDriverWait(this.driver, timeout).ignoring(StaleElementReferenceException.class)
			.until((d) -> condition.getAsBoolean());
	}

	/**
	 * Runs axe-core on the current page against the WCAG 2.0/2.1 A and AA rules and fails
	 * with each violation, its rule and the elements it found, when there is any.
	 */
	public Browser assertAccessible() {
		JavascriptExecutor js = (JavascriptExecutor) this.driver;
		js.executeScript(axeSource());
		this.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		Object result = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
				+ "axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })"
				+ ".then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '"
				+ " + v.nodes.map(n => n.target.join(' ')).join(', '))))" + ".catch(e => done(['axe failed: ' + e]));");
		List<?> violations = (List<?>) result;
		if (!violations.isEmpty()) {
			throw new AssertionError("WCAG violations on " + this.driver.getCurrentUrl() + ":\n  "
					+ String.join("\n  ", violations.stream().map(String::valueOf).toList()));
		}
		return this;
	}

	private static String axeSource() {
		try (InputStream in = Browser.class
			.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
			if (in == null) {
				throw new IllegalStateException("axe-core is not on the test classpath");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Drags an element by an offset with the mouse, as a practitioner drags a landmark.
	 */
	public Browser dragBy(By element, int dx, int dy) {
		new Actions(this.driver).clickAndHold(this.driver.findElement(element))
			.moveByOffset(dx, dy)
			.release()
			.perform();
		return this;
	}

	/**
	 * Drags an estimated point by its ring (three quarters of its radius from the
	 * centre), as a practitioner grabs it where it is drawn over the keypoint it comes
	 * from: the centre belongs to that keypoint's dot, drawn on top.
	 */
	public Browser dragByRing(By element, int dx, int dy) {
		WebElement point = this.driver.findElement(element);
		int ring = (int) Math.round(0.75 * point.getRect().getWidth() / 2.0);
		new Actions(this.driver).moveToElement(point, ring, 0).clickAndHold().moveByOffset(dx, dy).release().perform();
		return this;
	}

	/**
	 * Downloads a path with this browser's session cookie, as following a download link
	 * would, for files the headless browser does not show (a PDF).
	 */
	public HttpResponse<byte[]> download(String path) {
		String cookies = String.join("; ",
				this.driver.manage().getCookies().stream().map((c) -> c.getName() + "=" + c.getValue()).toList());
		try {
			return HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(this.base + path)).header("Cookie", cookies).GET().build(),
						HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public Path screenshot(String name) {
		try {
			Path dir = Path.of("target", "screenshots");
			Files.createDirectories(dir);
			Path file = dir.resolve(name + ".png");
			Files.write(file, ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}
