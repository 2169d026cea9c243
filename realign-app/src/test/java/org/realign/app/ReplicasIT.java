package org.realign.app;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
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
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.AfterAll;

import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.realign.app.testsupport.Browserless;
import org.realign.app.testsupport.CommandRun;
import org.realign.app.testsupport.TestPostgres;
import org.realign.app.testsupport.TestS3;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two servers, as a practice group runs them behind a load balancer: two processes of the
 * built jar on one real PostgreSQL and one real S3-compatible bucket (S3Proxy),
 * configured through environment variables only, as the README's "Running more than one
 * server" says. What a user does on one server holds on the other: the session, photos,
 * session logs, idempotency keys, the lockout, the sign-out-everywhere of a password
 * change. Then one server is killed with SIGKILL in the middle of writes, and the other
 * still serves everything that was acknowledged.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicasIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Path JAR = Path.of("target", "realign.jar");

	private static final Path PHOTO = CommandRun.reference("pose.jpg");

	private static final String BUCKET = "realign-photos";

	private static final String PASSWORD = "realign-demo";

	private final List<Process> started = new ArrayList<>();

	private TestS3 s3;

	private String jdbcUrl;

	private Path work;

	private int portA;

	private int portB;

	private int managementPortB;

	private Process serverA;

	private long sam;

	private String exercise;

	/**
	 * @param work the servers' data folders, logs and the backup: JUnit deletes it after
	 * the class (and fails the run if it cannot), so no run leaves a folder in the temp
	 * directory
	 */
	@BeforeAll
	void startTwoServers(@TempDir Path work) throws Exception {
		this.work = work;
		assertThat(JAR).as("the app jar (built by the package phase before failsafe runs)").exists();
		this.s3 = TestS3.start(BUCKET);
		this.jdbcUrl = TestPostgres.shared().createDatabase("replicas");
		this.portA = freePort();
		this.portB = freePort();
		this.managementPortB = freePort();
		// The first server migrates the database and creates the demo practice. The
		// second joins a database that is ready, with its probes and metrics on a
		// management port of their own, as the README's deployment has them.
		this.serverA = start("a", this.portA, -1, true);
		start("b", this.portB, this.managementPortB, false);

		Browserless practitioner = Browserless.signedIn(this.portA, "practitioner@demo.realign", PASSWORD);
		this.sam = clientId(practitioner, "Sam Taylor");
		this.exercise = JSON.readTree(practitioner.get("/api/clients/" + this.sam + "/menu").body())
			.get("items")
			.get(0)
			.get("exerciseId")
			.asString();
	}

	@AfterAll
	void stopEverything() throws InterruptedException {
		for (Process process : this.started) {
			// Gone before their folders are deleted: a live server still writes its log.
			process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
		if (this.s3 != null) {
			this.s3.close();
			assertThat(this.s3.directory()).as("the bucket's folder, deleted with the server").doesNotExist();
		}
	}

	@Test
	@Order(1)
	void signedInOnOne_theSessionContinuesOnTheOther() {
		Browserless onA = Browserless.signedIn(this.portA, "practitioner@demo.realign", PASSWORD);
		Browserless onB = onA.onPort(this.portB);

		HttpResponse<String> clients = onB.get("/api/clients");

		assertThat(clients.statusCode()).as(clients.body()).isEqualTo(200);
		assertThat(clients.body()).contains("Sam Taylor");
		// and a form posted to B with the CSRF token of the shared session is accepted
		HttpResponse<String> page = onB.get("/clients/" + this.sam);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.uri().getPath()).isEqualTo("/clients/" + this.sam);
	}

	@Test
	@Order(0)
	void probesAndPrometheus_onTheManagementPort_withoutSigningIn() {
		Browserless scraper = new Browserless(this.managementPortB);

		HttpResponse<String> metrics = scraper.get("/actuator/prometheus");

		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
		assertThat(scraper.get("/actuator/health/liveness").body()).contains("\"UP\"");
		assertThat(scraper.get("/actuator/health/readiness").body()).contains("\"UP\"");
		// on the app's own port, metrics are not for anonymous callers
		HttpResponse<String> anonymous = Browserless.notFollowingRedirects(this.portA).get("/actuator/prometheus");
		assertThat(anonymous.statusCode()).isEqualTo(302);
	}

	@Test
	@Order(2)
	void aPhotoUploadedToOne_isServedByTheOther_fromTheBucket() throws Exception {
		Browserless onA = Browserless.signedIn(this.portA, "practitioner@demo.realign", PASSWORD);
		List<String> keysBefore = this.s3.keys(BUCKET);

		HttpResponse<String> page = onA.postFiles("/clients/" + this.sam + "/assessments?acceptCapture=true",
				Map.of("left-lateral", Map.entry("side.jpg", Files.readAllBytes(PHOTO))));

		assertThat(page.uri().getPath()).as(page.body()).matches("/clients/\\d+/assessments/\\d+");
		String photoPath = photoUrl(page.body());
		HttpResponse<byte[]> fromA = onA.getBytes(photoPath);
		HttpResponse<byte[]> fromB = onA.onPort(this.portB).getBytes(photoPath);
		assertThat(fromA.statusCode()).isEqualTo(200);
		assertThat(fromB.statusCode()).isEqualTo(200);
		assertThat(fromB.headers().firstValue("Content-Type")).hasValue("image/jpeg");
		assertThat(fromB.body()).isEqualTo(fromA.body());
		// in the bucket under a name nobody can guess, and on neither server's disk
		List<String> added = new ArrayList<>(this.s3.keys(BUCKET));
		added.removeAll(keysBefore);
		assertThat(added).singleElement().asString().matches("photos/[0-9a-f-]{36}\\.jpg");
		assertThat(this.work.resolve("a/photos")).doesNotExist();
		assertThat(this.work.resolve("b/photos")).doesNotExist();
	}

	@Test
	@Order(3)
	void aSessionLoggedOnOne_isReadOnTheOther() {
		Browserless client = Browserless.signedIn(this.portA, "sam@demo.realign", PASSWORD);

		HttpResponse<String> logged = client.sendJson("POST", "/api/clients/" + this.sam + "/sessions", session());

		assertThat(logged.statusCode()).as(logged.body()).isEqualTo(201);
		String logId = JSON.readTree(logged.body()).get("log").get("logId").asString();
		HttpResponse<String> read = client.onPort(this.portB).get("/api/clients/" + this.sam + "/sessions");
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(read.body()).contains(logId);
	}

	@Test
	@Order(4)
	void theSameIdempotencyKeySentToBoth_storesOnce() throws Exception {
		Browserless onA = Browserless.signedIn(this.portA, "sam@demo.realign", PASSWORD);
		Browserless onB = onA.onPort(this.portB);
		String key = "phone-replicas-" + System.nanoTime();
		String session = session();
		long before = count("SELECT COUNT(*) FROM session_log WHERE client_id = ?", this.sam);

		ExecutorService phones = Executors.newFixedThreadPool(2);
		try {
			List<Future<HttpResponse<String>>> sends = phones.invokeAll(List.<Callable<HttpResponse<String>>>of(
					() -> onA.sendJson("POST", "/api/clients/" + this.sam + "/sessions", session, "Idempotency-Key",
							key),
					() -> onB.sendJson("POST", "/api/clients/" + this.sam + "/sessions", session, "Idempotency-Key",
							key)));
			Set<String> logIds = new HashSet<>();
			for (Future<HttpResponse<String>> send : sends) {
				HttpResponse<String> answer = send.get();
				assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
				logIds.add(JSON.readTree(answer.body()).get("log").get("logId").asString());
			}
			assertThat(logIds).as("both servers answer with the one stored log").hasSize(1);
		}
		finally {
			phones.shutdownNow();
		}
		assertThat(count("SELECT COUNT(*) FROM session_log WHERE client_id = ?", this.sam)).isEqualTo(before + 1);
		// and a retry later, to either server, is answered from the stored answer
		HttpResponse<String> retry = onB.sendJson("POST", "/api/clients/" + this.sam + "/sessions", session,
				"Idempotency-Key", key);
		assertThat(retry.statusCode()).isEqualTo(201);
		assertThat(count("SELECT COUNT(*) FROM session_log WHERE client_id = ?", this.sam)).isEqualTo(before + 1);
	}

	@Test
	@Order(5)
	void aPasswordChangedOnOne_signsTheLoginOutOnTheOther() {
		Browserless elsewhere = Browserless.signedIn(this.portA, "jo@demo.realign", PASSWORD);
		Browserless here = Browserless.signedIn(this.portB, "jo@demo.realign", PASSWORD);
		assertThat(elsewhere.get("/today").uri().getPath()).isEqualTo("/today");

		HttpResponse<String> changed = here.postForm("/account/password", "currentPassword=" + PASSWORD
				+ "&newPassword=a-new-long-passphrase-2026" + "&confirmPassword=a-new-long-passphrase-2026");

		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
		HttpResponse<String> next = elsewhere.get("/today");
		assertThat(next.uri().getPath()).isEqualTo("/login");
		assertThat(next.uri().getQuery()).isEqualTo("expired");
		assertThat(here.get("/today").uri().getPath()).as("the session that changed it stays").isEqualTo("/today");
	}

	@Test
	@Order(6)
	void fiveWrongPasswordsSpreadOverBoth_lockTheAccount() throws Exception {
		String login = "jo@demo.realign";
		for (int attempt = 0; attempt < 5; attempt++) {
			int port = (attempt % 2 == 0) ? this.portA : this.portB;
			HttpResponse<String> wrong = new Browserless(port).logIn(login, "wrong-guess-" + attempt);
			assertThat(wrong.uri().getPath()).isEqualTo("/login");
		}

		HttpResponse<String> right = new Browserless(this.portB).logIn(login, "a-new-long-passphrase-2026");

		assertThat(right.uri().getPath()).as("locked: even the right password is refused").isEqualTo("/login");
		assertThat(right.uri().getQuery()).isEqualTo("error");
		assertThat(count("SELECT COUNT(*) FROM app_user WHERE username = ? AND locked_until IS NOT NULL", login))
			.isOne();
		assertThat(count("SELECT COUNT(*) FROM failed_attempt WHERE kind = ?", "login"))
			.as("the address's failures, counted by both servers in one table")
			.isGreaterThanOrEqualTo(6);
	}

	@Test
	@Order(7)
	void oneServerKilledMidWrites_losesNothingItAcknowledged() throws Exception {
		Set<String> acknowledged = ConcurrentHashMap.newKeySet();
		Set<String> uploaded = ConcurrentHashMap.newKeySet();
		AtomicBoolean killed = new AtomicBoolean();
		ExecutorService load = Executors.newFixedThreadPool(3);
		for (int thread = 0; thread < 2; thread++) {
			Browserless client = Browserless.signedIn(this.portA, "sam@demo.realign", PASSWORD);
			load.submit(() -> {
				while (!killed.get()) {
					try {
						HttpResponse<String> logged = client.sendJson("POST", "/api/clients/" + this.sam + "/sessions",
								session());
						if (logged.statusCode() == 201) {
							acknowledged.add(JSON.readTree(logged.body()).get("log").get("logId").asString());
						}
					}
					catch (RuntimeException ex) {
						// the connection died with the server: not acknowledged
					}
				}
			});
		}
		Browserless practitioner = Browserless.signedIn(this.portA, "practitioner@demo.realign", PASSWORD);
		byte[] photo = Files.readAllBytes(PHOTO);
		load.submit(() -> {
			while (!killed.get()) {
				try {
					HttpResponse<String> page = practitioner.postFiles(
							"/clients/" + this.sam + "/assessments?acceptCapture=true",
							Map.of("left-lateral", Map.entry("side.jpg", photo)));
					if (page.uri().getPath().matches("/clients/\\d+/assessments/\\d+")) {
						uploaded.add(photoUrl(page.body()));
					}
				}
				catch (RuntimeException ex) {
					// as above
				}
			}
		});
		waitFor(Duration.ofSeconds(120), () -> acknowledged.size() >= 20 && !uploaded.isEmpty());
		new ProcessBuilder("kill", "-KILL", Long.toString(this.serverA.pid())).start().waitFor();
		this.serverA.waitFor(30, TimeUnit.SECONDS);
		killed.set(true);
		load.shutdown();
		assertThat(load.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

		// The other server, still running, serves every acknowledged log and photo.
		Browserless client = Browserless.signedIn(this.portB, "sam@demo.realign", PASSWORD);
		Set<String> stored = new HashSet<>();
		for (JsonNode log : JSON.readTree(client.get("/api/clients/" + this.sam + "/sessions").body())) {
			stored.add(log.get("logId").asString());
		}
		assertThat(stored).containsAll(acknowledged);
		Browserless onB = Browserless.signedIn(this.portB, "practitioner@demo.realign", PASSWORD);
		for (String path : uploaded) {
			HttpResponse<byte[]> image = onB.getBytes(path);
			assertThat(image.statusCode()).as(path).isEqualTo(200);
			assertThat(ImageIO.read(new ByteArrayInputStream(image.body()))).as(path).isNotNull();
		}
		// No row without its photo: every photo a row names is whole in the bucket.
		Set<String> keys = new HashSet<>(this.s3.keys(BUCKET));
		try (Connection db = database();
				ResultSet rows = db.createStatement().executeQuery("SELECT photo_path FROM assessment_view")) {
			while (rows.next()) {
				assertThat(keys).contains("photos/" + rows.getString(1));
			}
		}
	}

	@Test
	@Order(8)
	void aBackupTakenWhileTheOtherServerRuns_holdsEveryPhotoFromTheBucket() throws Exception {
		Path archive = this.work.resolve("backup.zip");
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-jar", JAR.toString(), "backup", "--out", archive.toString());
		configure(builder.environment(), "backup", false);
		builder.redirectErrorStream(true).redirectOutput(this.work.resolve("backup.log").toFile());
		Process backup = builder.start();
		assertThat(backup.waitFor(180, TimeUnit.SECONDS)).isTrue();
		assertThat(backup.exitValue()).as(Files.readString(this.work.resolve("backup.log"))).isZero();

		Set<String> archived = new HashSet<>();
		try (ZipFile zip = new ZipFile(archive.toFile())) {
			zip.stream()
				.map(ZipEntry::getName)
				.filter((entry) -> entry.startsWith("photos/"))
				.forEach((entry) -> archived.add(entry.substring("photos/".length())));
		}
		Set<String> named = new HashSet<>();
		try (Connection db = database();
				ResultSet rows = db.createStatement().executeQuery("SELECT DISTINCT photo_path FROM assessment_view")) {
			while (rows.next()) {
				named.add(rows.getString(1));
			}
		}
		assertThat(named).isNotEmpty();
		assertThat(archived).isEqualTo(named);
	}

	private Process start(String name, int port, int managementPort, boolean demo)
			throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx768m", "-jar", JAR.toString(), "serve");
		configure(builder.environment(), name, demo);
		builder.environment().put("SERVER_PORT", Integer.toString(port));
		if (managementPort > 0) {
			builder.environment().put("MANAGEMENT_SERVER_PORT", Integer.toString(managementPort));
		}
		builder.redirectErrorStream(true).redirectOutput(this.work.resolve(name + ".log").toFile());
		Process process = builder.start();
		this.started.add(process);
		Browserless probe = new Browserless(managementPort > 0 ? managementPort : port);
		waitFor(Duration.ofSeconds(180), () -> {
			assertThat(process.isAlive()).as("server %s exited; see %s", name, this.work.resolve(name + ".log"))
				.isTrue();
			try {
				return probe.get("/actuator/health/readiness").body().contains("\"UP\"");
			}
			catch (RuntimeException ex) {
				return false;
			}
		});
		return process;
	}

	/** The settings of a server of the group: environment variables only, as deployed. */
	private void configure(Map<String, String> env, String name, boolean demo) throws IOException {
		Path dataDir = Files.createDirectories(this.work.resolve(name));
		env.put("SPRING_PROFILES_ACTIVE", "postgres");
		env.put("REALIGN_DB_URL", this.jdbcUrl);
		env.put("REALIGN_DB_USER", "postgres");
		env.put("REALIGN_DB_PASSWORD", "");
		env.put("REALIGN_DATA_DIR", dataDir.toString());
		env.put("REALIGN_DEMO_ENABLED", Boolean.toString(demo));
		// The group runs as the demo practice in a throwaway database: not production,
		// which refuses demo logins (DemoLoginsInProduction).
		env.put("REALIGN_PRODUCTION", "false");
		env.put("REALIGN_PHOTOS_STORE", "s3");
		env.put("REALIGN_PHOTOS_S3_BUCKET", BUCKET);
		env.put("REALIGN_PHOTOS_S3_ENDPOINT", this.s3.endpoint());
		env.put("REALIGN_PHOTOS_S3_REGION", "us-east-1");
		env.put("REALIGN_PHOTOS_S3_PATHSTYLE", "true");
		env.put("REALIGN_PHOTOS_S3_ACCESSKEY", TestS3.ACCESS_KEY);
		env.put("REALIGN_PHOTOS_S3_SECRETKEY", TestS3.SECRET_KEY);
	}

	private Connection database() throws Exception {
		return DriverManager.getConnection(this.jdbcUrl, "postgres", "");
	}

	private long count(String sql, Object parameter) throws Exception {
		try (Connection db = database(); PreparedStatement statement = db.prepareStatement(sql)) {
			statement.setObject(1, parameter);
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	private static String photoUrl(String assessmentPage) {
		Matcher photo = Pattern.compile("(/clients/\\d+/assessments/\\d+/photos/[a-z-]+)").matcher(assessmentPage);
		assertThat(photo.find()).as("the assessment page shows its photo").isTrue();
		return photo.group(1);
	}

	/** A session as the phone sends it: one exercise done, with a wake-up cramp. */
	private String session() {
		return "{\"clientId\":\"x\",\"menuId\":\"x\",\"date\":\"" + LocalDate.now(ZoneOffset.UTC)
				+ "\",\"entries\":[{\"exerciseId\":\"" + this.exercise
				+ "\",\"done\":true,\"performed\":{\"amount\":10},\"effort\":5,\"feedback\":[{\"type\":\"cramp\","
				+ "\"where\":\"left-buttock\",\"intensity\":4,\"onset\":\"DURING\",\"minutesToEase\":1,"
				+ "\"easedBy\":\"STRETCHING\",\"context\":[]}]}],\"standaloneCramps\":[],"
				+ "\"newOrWorseSymptoms\":false,\"notes\":\"\"}";
	}

	private static long clientId(Browserless practitioner, String name) {
		for (JsonNode client : JSON.readTree(practitioner.get("/api/clients").body())) {
			if (client.toString().contains(name)) {
				return client.get("id").asLong();
			}
		}
		throw new AssertionError("no client " + name);
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
