package org.realign.app.session;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;

import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.realign.app.testsupport.Browserless;
import org.realign.app.testsupport.CommandRun;
import org.realign.core.feedback.CrampContext;
import org.realign.core.feedback.CrampOnset;
import org.realign.core.feedback.CrampReport;
import org.realign.core.feedback.EasedBy;
import org.realign.core.feedback.ExerciseEntry;
import org.realign.core.feedback.Performed;
import org.realign.core.feedback.SessionDraft;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app as it is deployed (the built jar in a process of its own, embedded H2) is
 * killed with SIGKILL while a client posts session feedback in a loop and the
 * practitioner uploads photos. After a restart on the same data directory every log that
 * was acknowledged (201) is there and complete, and photo files and database rows agree:
 * no row without its photo, no photo without its row, no half-written file.
 */
class CrashDurabilityIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Kill once this many logs have been acknowledged: deterministic, not timed. */
	private static final int ACKNOWLEDGED_BEFORE_KILL = 30;

	private static final Path JAR = Path.of("target", "realign.jar");

	private static final Path PHOTO = CommandRun.reference("pose.jpg");

	private final List<Process> started = new ArrayList<>();

	@AfterEach
	void stopEverything() throws InterruptedException {
		for (Process process : this.started) {
			// Waited for, so that the data folder is deleted after the app has let go of
			// it.
			process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
	}

	@Test
	void acknowledgedLogsSurviveASigkill_andPhotosAgreeWithRows(@TempDir(cleanup = CleanupMode.ON_SUCCESS) Path dataDir)
			throws Exception {
		assertThat(JAR).as("the app jar (built by the package phase before failsafe runs)").exists();
		assertThat(PHOTO).as("the reference photo beside the checkout").exists();
		int port = freePort();
		Process app = start(dataDir, port);

		Browserless practitioner = signedIn(port, "practitioner@demo.realign");
		long sam = clientId(practitioner, "Sam Taylor");
		String exercise = JSON.readTree(practitioner.get("/api/clients/" + sam + "/menu").body())
			.get("items")
			.get(0)
			.get("exerciseId")
			.asString();

		Set<String> acknowledged = ConcurrentHashMap.newKeySet();
		AtomicInteger uploads = new AtomicInteger();
		AtomicBoolean killed = new AtomicBoolean();
		ExecutorService load = Executors.newFixedThreadPool(3);
		for (int thread = 0; thread < 2; thread++) {
			Browserless client = signedIn(port, "sam@demo.realign");
			load.submit(() -> {
				while (!killed.get()) {
					try {
						HttpResponse<String> logged = client.sendJson("POST", "/api/clients/" + sam + "/sessions",
								session(exercise));
						if (logged.statusCode() == 201) {
							acknowledged.add(JSON.readTree(logged.body()).get("log").get("logId").asString());
						}
					}
					catch (RuntimeException ex) {
						// The connection died with the app: whatever was not answered was
						// not acknowledged.
					}
				}
			});
		}
		byte[] photo = Files.readAllBytes(PHOTO);
		load.submit(() -> {
			while (!killed.get()) {
				try {
					HttpResponse<String> page = practitioner.postFiles(
							"/clients/" + sam + "/assessments?acceptCapture=true",
							Map.of("left-lateral", Map.entry("side.jpg", photo)));
					if (page.uri().getPath().matches("/clients/\\d+/assessments/\\d+")) {
						uploads.incrementAndGet();
					}
				}
				catch (RuntimeException ex) {
					// As above.
				}
			}
		});
		waitFor(Duration.ofSeconds(120), () -> acknowledged.size() >= ACKNOWLEDGED_BEFORE_KILL && uploads.get() >= 1);
		// SIGKILL: no shutdown hook, no graceful stop, no flush.
		new ProcessBuilder("kill", "-KILL", Long.toString(app.pid())).start().waitFor();
		app.waitFor(30, TimeUnit.SECONDS);
		killed.set(true);
		load.shutdown();
		assertThat(load.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
		Set<String> beforeRestart = Set.copyOf(acknowledged);

		Process restarted = start(dataDir, port);
		Browserless afterwards = signedIn(port, "sam@demo.realign");
		JsonNode logs = JSON.readTree(afterwards.get("/api/clients/" + sam + "/sessions").body());
		Set<String> stored = new HashSet<>();
		for (JsonNode log : logs) {
			String logId = log.get("logId").asString();
			stored.add(logId);
			if (beforeRestart.contains(logId)) {
				JsonNode entry = log.get("session").get("entries").get(0);
				assertThat(entry.get("exerciseId").asString()).as("a complete log %s", log).isEqualTo(exercise);
				assertThat(entry.get("feedback").get(0).get("where").asString()).as("a complete log %s", log)
					.isEqualTo("gluteus-maximus");
			}
		}
		assertThat(stored).containsAll(beforeRestart);

		// Stop the app (SIGTERM, graceful) so that the test can open its database file.
		restarted.destroy();
		assertThat(restarted.waitFor(60, TimeUnit.SECONDS)).isTrue();
		Set<String> rows = new HashSet<>();
		try (Connection db = DriverManager.getConnection("jdbc:h2:file:"
				+ dataDir.resolve("db/realign").toAbsolutePath() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "realign",
				""); ResultSet photos = db.createStatement().executeQuery("SELECT photo_path FROM assessment_view")) {
			while (photos.next()) {
				rows.add(photos.getString(1));
			}
		}
		Set<String> files;
		try (Stream<Path> listing = Files.list(dataDir.resolve("photos"))) {
			files = listing.map((file) -> file.getFileName().toString()).collect(Collectors.toSet());
		}
		assertThat(rows).as("photos of the acknowledged uploads").hasSizeGreaterThanOrEqualTo(uploads.get());
		assertThat(files).as("photo files agree with the rows that name them").isEqualTo(rows);
		for (String name : files) {
			assertThat(ImageIO.read(dataDir.resolve("photos").resolve(name).toFile())).as("photo %s is whole", name)
				.isNotNull();
		}
	}

	private Process start(Path dataDir, int port) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx1g", "-jar", JAR.toString(), "serve", "--demo");
		builder.environment().put("REALIGN_DATA_DIR", dataDir.toString());
		builder.environment().put("SERVER_PORT", Integer.toString(port));
		builder.redirectErrorStream(true)
			.redirectOutput(dataDir.resolve("app-" + this.started.size() + ".log").toFile());
		Process process = builder.start();
		this.started.add(process);
		Browserless probe = new Browserless(port);
		waitFor(Duration.ofSeconds(120), () -> {
			assertThat(process.isAlive()).as("the app exited; see %s", dataDir).isTrue();
			try {
				return probe.get("/actuator/health").body().contains("\"UP\"");
			}
			catch (RuntimeException ex) {
				return false;
			}
		});
		return process;
	}

	private static Browserless signedIn(int port, String username) {
		Browserless browser = new Browserless(port);
		browser.logIn(username, "realign-demo");
		return browser;
	}

	private static long clientId(Browserless practitioner, String name) {
		for (JsonNode client : JSON.readTree(practitioner.get("/api/clients").body())) {
			if (client.toString().contains(name)) {
				return client.get("id").asLong();
			}
		}
		throw new AssertionError("no client " + name);
	}

	private static String session(String exercise) {
		SessionDraft draft = new SessionDraft("ignored", "ignored", LocalDate.now(ZoneOffset.UTC),
				List.of(ExerciseEntry.done(exercise, Performed.of(10), 5, new CrampReport("gluteus-maximus", 3,
						CrampOnset.DURING, 1, EasedBy.STRETCHING, Set.<CrampContext>of()))),
				List.of(), false, "");
		return new SessionLogJson().write(draft);
	}

	private static void waitFor(Duration timeout, BooleanSupplier condition) throws InterruptedException {
		Instant deadline = Instant.now().plus(timeout);
		while (!condition.getAsBoolean()) {
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("not reached within " + timeout);
			}
			Thread.sleep(100);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
