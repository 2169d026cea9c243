package org.realign.app.privacy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.realign.app.identity.PracticeDirectory;
import org.realign.app.testsupport.Browserless;
import org.realign.app.testsupport.DemoClients;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Export and erasure of a client's record against the real app with the demo practice,
 * run on each database the product supports (ClientPrivacyIT on H2,
 * ClientPrivacyPostgresIT on PostgreSQL).
 */
abstract class ClientPrivacyChecks {

	@LocalServerPort
	int port;

	@Autowired
	PracticeDirectory directory;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Value("${realign.data-dir}")
	Path dataDir;

	@Test
	void everyTableWithAClientIdColumn_isInTheExportersList() throws SQLException {
		assertThat(ClientData.tableNames()).containsAll(tablesWithClientId());
	}

	@Test
	void practitionerAndClientDownloadTheRecord_strangersDoNot_andErasureLeavesNothing() throws Exception {
		long sam = clientNamed("Sam Taylor");
		Browserless practitioner = Browserless.signedIn(this.port, "practitioner@demo.realign", "realign-demo");
		assertThat(practitioner.get("/clients/" + sam).body()).contains("/clients/" + sam + "/privacy");
		assertThat(practitioner.get("/clients/" + sam + "/privacy").body()).contains("Download JSON");

		var fhir = practitioner.get("/api/clients/" + sam + "/export.fhir");
		assertThat(fhir.statusCode()).isEqualTo(200);
		assertThat(fhir.body()).contains("\"resourceType\": \"Bundle\"").contains("Sam Taylor");

		// A skin marker found on a photo but not named (V90) is the client's data too:
		// exported with the view, and erased with it.
		String unnamed = "[{\"x\":123.456,\"y\":654.321,\"diameter\":14.0,\"confidence\":0.91,"
				+ "\"uncertainty\":0.4,\"rgb\":\"#2255dd\"}]";
		long markedView = this.jdbc
			.sql("SELECT MIN(v.id) FROM assessment_view v JOIN assessment a ON a.id = v.assessment_id "
					+ "WHERE a.client_id = :c")
			.param("c", sam)
			.query(Long.class)
			.single();
		assertThat(this.jdbc.sql("UPDATE assessment_view SET unassigned_markers_json = :m WHERE id = :v")
			.param("m", unnamed)
			.param("v", markedView)
			.update()).isEqualTo(1);
		var export = practitioner.getBytes("/api/clients/" + sam + "/export");
		assertThat(export.statusCode()).isEqualTo(200);
		List<String> entries = new ArrayList<>();
		String clientJson = null;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(export.body()))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				entries.add(entry.getName());
				if (entry.getName().equals("client.json")) {
					clientJson = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		}
		assertThat(entries).contains("client.json");
		assertThat(clientJson).contains("Sam Taylor").contains("\"session_log\"").contains("\"assessment_view\"");
		assertThat(clientJson).doesNotContain("code_hash").doesNotContain("password_hash");
		assertThat(clientJson).contains("unassigned_markers_json").contains("123.456").contains("654.321");
		List<String> photos = this.jdbc.sql(
				"SELECT v.photo_path FROM assessment_view v JOIN assessment a ON a.id = v.assessment_id WHERE a.client_id = :c")
			.param("c", sam)
			.query(String.class)
			.list();
		for (String photo : photos) {
			assertThat(entries).contains("photos/" + photo);
		}

		Browserless samSelf = Browserless.signedIn(this.port, "sam@demo.realign", "realign-demo");
		assertThat(samSelf.getBytes("/api/clients/" + sam + "/export").statusCode()).isEqualTo(200);
		assertThat(samSelf.sendJson("POST", "/api/clients/" + sam + "/erasure", "{}").statusCode()).isIn(403, 404);
		Browserless jo = Browserless.signedIn(this.port, "jo@demo.realign", "realign-demo");
		assertThat(jo.getBytes("/api/clients/" + sam + "/export").statusCode()).isEqualTo(404);

		practitioner.postForm("/clients/" + sam + "/erasure", "confirmName=Someone+Else");
		assertThat(rowsReferencing(sam)).isNotEmpty();

		practitioner.postForm("/clients/" + sam + "/erasure", "confirmName=Sam+Taylor");
		assertThat(rowsReferencing(sam)).isEmpty();
		assertThat(
				this.jdbc.sql("SELECT COUNT(*) FROM assessment_view WHERE id = :v OR unassigned_markers_json LIKE :m")
					.param("v", markedView)
					.param("m", "%123.456%")
					.query(Long.class)
					.single())
			.isZero();
		for (String photo : photos) {
			assertThat(Files.exists(this.dataDir.resolve("photos").resolve(photo))).isFalse();
		}
		assertThat(this.directory.findAccount("sam@demo.realign")).isEmpty();
		List<Map<String, Object>> audit = this.jdbc.sql("SELECT * FROM audit_event WHERE client_id = :c")
			.param("c", sam)
			.query()
			.listOfRows();
		// What stays: the erasure event, and the interceptor's record of the erasure
		// request (who, when, which path); nothing about the client's health.
		assertThat(audit).allSatisfy(
				(event) -> assertThat(event.get("PATH").toString()).endsWith(sam + "/erasure").matches((path) -> true));
		assertThat(audit).anySatisfy((event) -> {
			assertThat(event.get("ACTION")).isEqualTo("erasure");
			assertThat(event.get("ACTOR")).isEqualTo("practitioner@demo.realign");
		});
		assertThat(practitioner.get("/clients/" + sam).statusCode()).isEqualTo(404);
	}

	private long clientNamed(String name) {
		return DemoClients.id(this.directory, name);
	}

	private List<String> tablesWithClientId() throws SQLException {
		List<String> tables = new ArrayList<>();
		// The application's own schema: not H2's INFORMATION_SCHEMA, not PostgreSQL's
		// pg_catalog.
		try (Connection connection = this.dataSource.getConnection();
				ResultSet columns = connection.getMetaData().getColumns(null, connection.getSchema(), "%", "%")) {
			while (columns.next()) {
				if (columns.getString("COLUMN_NAME").equalsIgnoreCase("client_id")) {
					tables.add(columns.getString("TABLE_NAME").toLowerCase());
				}
			}
		}
		return tables;
	}

	/** Rows that still reference the client, apart from the erasure event itself. */
	private List<String> rowsReferencing(long clientId) throws SQLException {
		List<String> found = new ArrayList<>();
		for (String table : tablesWithClientId()) {
			int rows = this.jdbc
				.sql("SELECT COUNT(*) FROM " + table + " WHERE client_id = :c"
						+ (table.equals("audit_event") ? " AND action <> 'erasure' AND path NOT LIKE '%/erasure'" : ""))
				.param("c", clientId)
				.query(Integer.class)
				.single();
			if (rows > 0) {
				found.add(table);
			}
		}
		if (this.jdbc.sql("SELECT COUNT(*) FROM client WHERE id = :c")
			.param("c", clientId)
			.query(Integer.class)
			.single() > 0) {
			found.add("client");
		}
		return found;
	}

}
