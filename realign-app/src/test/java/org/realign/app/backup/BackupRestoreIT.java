package org.realign.app.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.realign.app.RealignApplication;
import org.realign.app.identity.PracticeDirectory;
import org.realign.app.testsupport.Browserless;
import org.realign.app.testsupport.CommandRun;
import org.realign.app.testsupport.DemoClients;
import org.realign.app.testsupport.EmbeddedApp;
import org.realign.app.testsupport.TestPostgres;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code realign backup} of the embedded demo data and {@code realign restore} into a
 * fresh data directory and into PostgreSQL: the same rows, the same photo bytes, and an
 * app that runs on the result.
 */
// A context of its own: tests that share the demo data (ClientPrivacyIT erases Sam) must
// not change what is backed up.
@EmbeddedApp(properties = "realign.test.context=backup-restore")
class BackupRestoreIT {

	@Autowired
	DataSource dataSource;

	@Autowired
	PracticeDirectory directory;

	@Value("${realign.data-dir}")
	Path dataDir;

	@TempDir
	Path temp;

	@Test
	void backup_restoredIntoAFreshDataDirectory_hasIdenticalRowsAndPhotos_andTheAppRunsOnIt() throws Exception {
		Path archive = this.temp.resolve("realign-backup.zip");
		CommandRun backup = CommandRun.of("backup", "--out", archive.toString(), "--realign.data-dir=" + this.dataDir);
		assertThat(backup.exitCode()).as(backup.err()).isZero();
		assertThat(backup.out()).contains("Backed up").contains("photos");

		Path fresh = this.temp.resolve("restored");
		CommandRun restore = CommandRun.of("restore", "--in", archive.toString(), "--realign.data-dir=" + fresh);
		assertThat(restore.exitCode()).as(restore.err()).isZero();

		Map<String, List<String>> source;
		try (Connection connection = this.dataSource.getConnection()) {
			source = rows(connection);
		}
		try (Connection connection = DriverManager.getConnection(h2Url(fresh), "realign", "")) {
			assertThat(rows(connection)).isEqualTo(source);
		}
		assertThat(source.get("assessment_view")).hasSize(2);
		assertThat(checksums(fresh.resolve("photos"))).isEqualTo(checksums(this.dataDir.resolve("photos"))).hasSize(2);

		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(RealignApplication.class)
			.run("--realign.data-dir=" + fresh, "--server.port=0")) {
			signedInSamReadsAndWrites(app);
		}
	}

	@Test
	void backup_ofTheEmbeddedDatabase_restoresIntoPostgres() throws Exception {
		Path archive = this.temp.resolve("to-postgres.zip");
		assertThat(
				CommandRun.of("backup", "--out", archive.toString(), "--realign.data-dir=" + this.dataDir).exitCode())
			.isZero();
		String url = TestPostgres.shared().createDatabase("restore_target");
		Path photos = this.temp.resolve("pg-data");
		String[] postgres = { "--spring.profiles.active=postgres", "--spring.datasource.url=" + url,
				"--spring.datasource.username=postgres", "--realign.data-dir=" + photos };

		CommandRun restore = CommandRun.of(concat(new String[] { "restore", "--in", archive.toString() }, postgres));
		assertThat(restore.exitCode()).as(restore.err()).isZero();

		Map<String, List<String>> source;
		try (Connection connection = this.dataSource.getConnection()) {
			source = rows(connection);
		}
		try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
			assertThat(rows(connection)).isEqualTo(source);
		}
		assertThat(checksums(photos.resolve("photos"))).isEqualTo(checksums(this.dataDir.resolve("photos")));

		CommandRun again = CommandRun.of(concat(new String[] { "restore", "--in", archive.toString() }, postgres));
		assertThat(again.exitCode()).isEqualTo(2);
		assertThat(again.err()).contains("not empty").contains("practice: ").contains("--force");

		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(RealignApplication.class)
			// The demo's rows, restored into PostgreSQL for this test: production would
			// refuse them.
			.run(concat(postgres, new String[] { "--server.port=0", "--realign.production=false" }))) {
			signedInSamReadsAndWrites(app);
		}
		Path roundTrip = this.temp.resolve("from-postgres.zip");
		CommandRun back = CommandRun.of(concat(new String[] { "backup", "--out", roundTrip.toString() }, postgres));
		assertThat(back.exitCode()).as(back.err()).isZero();
		Path h2Again = this.temp.resolve("h2-again");
		assertThat(CommandRun.of("restore", "--in", roundTrip.toString(), "--realign.data-dir=" + h2Again).exitCode())
			.isZero();
		try (Connection pg = DriverManager.getConnection(url, "postgres", "");
				Connection h2 = DriverManager.getConnection(h2Url(h2Again), "realign", "")) {
			assertThat(rows(h2)).isEqualTo(rows(pg));
		}
	}

	@Test
	void restore_refusesBadArchivesAndANonEmptyDatabase_andChangesNothing() throws Exception {
		Path target = this.temp.resolve("untouched");
		Path garbage = Files.writeString(this.temp.resolve("garbage.zip"), "not a zip at all");
		CommandRun notZip = CommandRun.of("restore", "--in", garbage.toString(), "--realign.data-dir=" + target);
		assertThat(notZip.exitCode()).isEqualTo(2);
		assertThat(notZip.err()).startsWith("realign: ").contains("not a readable backup archive");
		assertThat(notZip.err().lines()).hasSize(1);

		Path good = this.temp.resolve("good.zip");
		assertThat(CommandRun.of("backup", "--out", good.toString(), "--realign.data-dir=" + this.dataDir).exitCode())
			.isZero();
		Path tampered = this.temp.resolve("tampered.zip");
		copyZip(good, tampered,
				(name, bytes) -> name.startsWith("photos/") ? "someone else's photo".getBytes() : bytes);
		CommandRun badPhoto = CommandRun.of("restore", "--in", tampered.toString(), "--realign.data-dir=" + target);
		assertThat(badPhoto.exitCode()).isEqualTo(2);
		assertThat(badPhoto.err()).contains("does not match its checksum");

		Path future = this.temp.resolve("future.zip");
		copyZip(good, future,
				(name, bytes) -> name.equals("manifest.json") ? new String(bytes)
					.replaceFirst("\"schemaVersion\"\\s*:\\s*\"[^\"]+\"", "\"schemaVersion\":\"999\"")
					.getBytes() : bytes);
		CommandRun newer = CommandRun.of("restore", "--in", future.toString(), "--realign.data-dir=" + target);
		assertThat(newer.exitCode()).as(newer.err()).isEqualTo(2);
		assertThat(newer.err()).contains("schema version 999").contains("not one of this Realign's migrations");

		Path missingRows = this.temp.resolve("truncated.zip");
		copyZip(good, missingRows, (name, bytes) -> name.equals("tables/client.jsonl") ? new byte[0] : bytes);
		CommandRun truncated = CommandRun.of("restore", "--in", missingRows.toString(), "--realign.data-dir=" + target);
		assertThat(truncated.exitCode()).isEqualTo(2);
		assertThat(truncated.err()).contains("table client").contains("manifest says 2");
		assertThat(target).satisfiesAnyOf((dir) -> assertThat(dir).doesNotExist(),
				(dir) -> assertThat(dir.resolve("db")).doesNotExist());

		// A row's number that its column cannot hold as written is refused by column,
		// never truncated (1.5 as 1) and never echoed in full.
		for (String id : List.of("1.5", "1" + "5".repeat(400), "\"7\"")) {
			Path damaged = this.temp.resolve("damaged-" + id.length() + ".zip");
			copyZip(good, damaged, (name, bytes) -> name.equals("tables/client.jsonl")
					? new String(bytes).replaceFirst("\"id\"\\s*:\\s*\\d+", "\"id\":" + id).getBytes() : bytes);
			Path into = this.temp.resolve("damaged-target-" + id.length());
			CommandRun refused = CommandRun.of("restore", "--in", damaged.toString(), "--realign.data-dir=" + into);
			assertThat(refused.exitCode()).as(refused.err()).isEqualTo(2);
			assertThat(refused.err()).containsIgnoringCase("for column id ")
				.contains("a damaged archive")
				.doesNotContain("5555555555555555555555555555555555555555555");
			assertThat(refused.err().lines()).hasSize(1);
		}

		Map<String, List<String>> before;
		try (Connection connection = this.dataSource.getConnection()) {
			before = rows(connection);
		}
		CommandRun nonEmpty = CommandRun.of("restore", "--in", good.toString(), "--realign.data-dir=" + this.dataDir);
		assertThat(nonEmpty.exitCode()).isEqualTo(2);
		assertThat(nonEmpty.err()).contains("the target database is not empty").contains("client: 2 rows");
		try (Connection connection = this.dataSource.getConnection()) {
			assertThat(rows(connection)).isEqualTo(before);
		}

		CommandRun exists = CommandRun.of("backup", "--out", good.toString(), "--realign.data-dir=" + this.dataDir);
		assertThat(exists.exitCode()).isEqualTo(2);
		assertThat(exists.err()).contains("already exists");
	}

	@Test
	void backup_ofTheEmbeddedDatabase_fromAnotherProcessWhileTheAppRuns_saysToStopTheApp() throws Exception {
		// The app in this JVM holds H2's file lock, as './realign serve' would.
		Path archive = this.temp.resolve("while-running.zip");
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), "org.realign.app.cli.RealignMain", "backup", "--out",
				archive.toString(), "--realign.data-dir=" + this.dataDir)
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes());
		assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();

		assertThat(process.exitValue()).as(output).isEqualTo(1);
		assertThat(output).contains("realign: the embedded database is in use by a running Realign: stop it");
		assertThat(archive).doesNotExist();
		assertThat(this.temp.resolve("while-running.zip.part")).doesNotExist();
	}

	/** Sam signs in with the restored password hash, reads, and adds a row. */
	private void signedInSamReadsAndWrites(ConfigurableApplicationContext app) {
		int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
		long sam = DemoClients.id(app.getBean(PracticeDirectory.class), "Sam Taylor");
		Browserless client = Browserless.signedIn(port, "sam@demo.realign", "realign-demo");
		HttpResponse<String> export = client.get("/api/clients/" + sam + "/export.fhir");
		assertThat(export.statusCode()).isEqualTo(200);
		assertThat(export.body()).contains("Sam Taylor").contains("craniovertebral-angle");
		// A new row gets an id past the restored ones (identity sequences were reset).
		HttpResponse<String> outcome = client.sendJson("POST", "/api/clients/" + sam + "/outcomes",
				"{\"measureId\":\"nprs\",\"point\":\"intake\",\"date\":\"" + LocalDate.now(ZoneOffset.UTC)
						+ "\",\"value\":4}");
		assertThat(outcome.statusCode()).as(outcome.body()).isEqualTo(201);
		assertThat(client.get("/api/clients/" + sam + "/outcomes").body()).contains("nprs");
	}

	private static String h2Url(Path dataDir) {
		return "jdbc:h2:file:" + dataDir + "/db/realign;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;IFEXISTS=TRUE";
	}

	/** Every row of every table, as comparable text, whatever the database's types. */
	static Map<String, List<String>> rows(Connection connection) throws SQLException {
		Map<String, List<String>> all = new TreeMap<>();
		for (DatabaseArchive.Table table : DatabaseArchive.tables(connection)) {
			List<String> names = table.columns().stream().map(DatabaseArchive.Column::name).sorted().toList();
			List<String> rows = new ArrayList<>();
			try (Statement statement = connection.createStatement();
					ResultSet rs = statement.executeQuery("SELECT * FROM " + table.name())) {
				ResultSetMetaData meta = rs.getMetaData();
				while (rs.next()) {
					StringBuilder row = new StringBuilder();
					for (String name : names) {
						row.append(name).append('=').append(normal(rs, rs.findColumn(name), meta)).append('|');
					}
					rows.add(row.toString());
				}
			}
			rows.sort(null);
			all.put(table.name(), rows);
		}
		return all;
	}

	private static String normal(ResultSet rs, int column, ResultSetMetaData meta) throws SQLException {
		Object value = rs.getObject(column);
		if (value == null) {
			return "null";
		}
		if (value instanceof Clob clob) {
			return clob.getSubString(1, (int) clob.length());
		}
		if (value instanceof Timestamp || value instanceof OffsetDateTime) {
			OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
			return at.toInstant().toString();
		}
		if (value instanceof Date || value instanceof LocalDate) {
			return rs.getObject(column, LocalDate.class).toString();
		}
		if (value instanceof Number number) {
			return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
		}
		return value.toString();
	}

	private static Map<String, String> checksums(Path dir) throws IOException {
		Map<String, String> sums = new TreeMap<>();
		try (Stream<Path> files = Files.list(dir)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				sums.put(file.getFileName().toString(), sha256(Files.readAllBytes(file)));
			}
		}
		return sums;
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private interface Edit {

		byte[] apply(String name, byte[] bytes);

	}

	private static void copyZip(Path from, Path to, Edit edit) throws IOException {
		try (ZipFile in = new ZipFile(from.toFile());
				OutputStream file = Files.newOutputStream(to);
				ZipOutputStream out = new ZipOutputStream(file)) {
			for (ZipEntry entry : in.stream().toList()) {
				byte[] bytes;
				try (InputStream stream = in.getInputStream(entry)) {
					bytes = stream.readAllBytes();
				}
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(edit.apply(entry.getName(), bytes));
				out.closeEntry();
			}
		}
	}

	private static String[] concat(String[] first, String[] second) {
		String[] both = new String[first.length + second.length];
		System.arraycopy(first, 0, both, 0, first.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

}
