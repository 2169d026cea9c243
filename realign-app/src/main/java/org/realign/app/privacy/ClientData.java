package org.realign.app.privacy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Clob;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.realign.app.assessment.PhotoStorage;
import org.realign.app.assessment.PhotoStore;
import org.realign.core.json.JsonLimits;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything the database holds about one client, found by one list of tables: the same
 * list exports the record (GDPR access) and erases it (GDPR erasure), and a test compares
 * it with the database's own list of tables that have a {@code client_id} column, so a
 * new table cannot be forgotten.
 */
@Component
public class ClientData {

	/**
	 * A table and how to find the client's rows in it, in an order that deletes children
	 * before parents.
	 */
	record Table(String name, String where, Set<String> secretColumns) {
	}

	/** Secrets that are not the client's data and must not leave the server. */
	private static final Set<String> NONE = Set.of();

	static final List<Table> TABLES = List.of(new Table("assessment_view_revision",
			"assessment_view_id IN (SELECT v.id FROM assessment_view v JOIN assessment a ON a.id = v.assessment_id WHERE a.client_id = :client)",
			NONE),
			new Table("capture_override", "assessment_id IN (SELECT id FROM assessment WHERE client_id = :client)",
					NONE),
			new Table(
					"assessment_view", "assessment_id IN (SELECT id FROM assessment WHERE client_id = :client)", NONE),
			new Table("assessment", "client_id = :client", NONE),
			new Table("proposal_decision",
					"proposal_id IN (SELECT proposal_id FROM progression_proposal WHERE client_id = :client)", NONE),
			new Table("progression_proposal", "client_id = :client", NONE),
			new Table("feedback_alert", "client_id = :client", NONE),
			new Table("feedback_milestone", "client_id = :client", NONE),
			new Table("session_replay", "client_id = :client", NONE),
			new Table("session_log", "client_id = :client", NONE),
			new Table("client_menu", "client_id = :client", NONE),
			new Table("red_flag_screening", "client_id = :client", NONE),
			new Table("safety_clearance", "client_id = :client", NONE),
			new Table("re_exposure_goal",
					"plan_key IN (SELECT plan_key FROM re_exposure_plan WHERE client_id = :client)", NONE),
			new Table("re_exposure_attempt",
					"plan_key IN (SELECT plan_key FROM re_exposure_plan WHERE client_id = :client)", NONE),
			new Table("re_exposure_plan", "client_id = :client", NONE),
			new Table("spasm_clearance", "client_id = :client", NONE),
			new Table("spasm_episode", "client_id = :client", NONE),
			new Table("journal_entry", "client_id = :client", NONE),
			new Table("outcome_record", "client_id = :client", NONE),
			new Table("invitation", "client_id = :client", Set.of("code_hash")),
			new Table("password_reset", "client_id = :client", Set.of("code_hash")),
			new Table("audit_event", "client_id = :client", NONE), new Table("client", "id = :client", NONE));

	private final JdbcClient jdbc;

	private final PhotoStore photos;

	private final Clock clock;

	private final JsonMapper json = JsonLimits.mapperBuilder().build();

	ClientData(JdbcClient jdbc, PhotoStore photos, Clock clock) {
		this.jdbc = jdbc;
		this.photos = photos;
		this.clock = clock;
	}

	/** The tables holding a client's rows, as the exporter and the eraser know them. */
	static List<String> tableNames() {
		return TABLES.stream().map(Table::name).toList();
	}

	/** Every row about the client, table by table, without secrets. */
	@Transactional(readOnly = true)
	public Map<String, Object> rows(long clientId) {
		Map<String, Object> all = new LinkedHashMap<>();
		all.put("exportedAt", OffsetDateTime.now(this.clock).toString());
		all.put("clientId", clientId);
		List<Table> parentsFirst = new ArrayList<>(TABLES);
		Collections.reverse(parentsFirst);
		for (Table table : parentsFirst) {
			List<Map<String, Object>> rows = this.jdbc.sql("SELECT * FROM " + table.name() + " WHERE " + table.where())
				.param("client", clientId)
				.query()
				.listOfRows()
				.stream()
				.map((row) -> withoutSecrets(row, table.secretColumns()))
				.toList();
			all.put(table.name(), rows);
		}
		all.put("login", login(clientId));
		return all;
	}

	private List<Map<String, Object>> login(long clientId) {
		return this.jdbc
			.sql("SELECT u.username, u.display_name, u.created_at FROM app_user u JOIN client c ON c.user_id = u.id "
					+ "WHERE c.id = :client")
			.param("client", clientId)
			.query()
			.listOfRows();
	}

	private static Map<String, Object> withoutSecrets(Map<String, Object> row, Set<String> secrets) {
		Map<String, Object> kept = new LinkedHashMap<>();
		row.forEach((column, value) -> {
			if (!secrets.contains(column.toLowerCase())) {
				kept.put(column.toLowerCase(), value == null ? null : plain(value));
			}
		});
		return kept;
	}

	private static Object plain(Object value) {
		if (value instanceof Clob || value instanceof Array) {
			return value.toString();
		}
		if (value instanceof Number || value instanceof Boolean || value instanceof String) {
			return value;
		}
		return value.toString();
	}

	/** The photo names the client's assessment views refer to. */
	List<String> photoNames(long clientId) {
		return this.jdbc
			.sql("SELECT v.photo_path FROM assessment_view v JOIN assessment a ON a.id = v.assessment_id "
					+ "WHERE a.client_id = :client")
			.param("client", clientId)
			.query(String.class)
			.list();
	}

	/** The stored photo, or null when the storage no longer has it. */
	private byte[] photo(String name) {
		try {
			return this.photos.read(name);
		}
		catch (PhotoStorage.PhotoMissingException ex) {
			return null;
		}
	}

	/** A zip with {@code client.json} and the photos under {@code photos/}, as stored. */
	public byte[] zip(long clientId) {
		return zip(clientId, (name, stored) -> stored);
	}

	/**
	 * What goes into the zip for a stored photo: the bytes as stored, or a changed copy.
	 */
	@FunctionalInterface
	public interface PhotoCopy {

		byte[] copy(String name, byte[] stored);

	}

	/**
	 * A zip with {@code client.json} and the photos under {@code photos/}, each as the
	 * given copy makes it (a copy with the face blurred, say).
	 */
	public byte[] zip(long clientId, PhotoCopy photoCopy) {
		Map<String, Object> rows = rows(clientId);
		List<String> photoNames = photoNames(clientId);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("client.json"));
			zip.write(this.json.writerWithDefaultPrettyPrinter().writeValueAsBytes(rows));
			zip.closeEntry();
			List<String> leftOut = new ArrayList<>();
			for (String name : photoNames) {
				byte[] stored = photo(name);
				if (stored != null) {
					byte[] copy = photoCopy.copy(name, stored);
					if (copy == null) {
						leftOut.add(name);
						continue;
					}
					zip.putNextEntry(new ZipEntry("photos/" + name));
					zip.write(copy);
					zip.closeEntry();
				}
			}
			if (!leftOut.isEmpty()) {
				zip.putNextEntry(new ZipEntry("photos-left-out.txt"));
				zip.write(("Left out because the face could not be located to blur it:\n" + String.join("\n", leftOut)
						+ "\n")
					.getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the export", ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * Erases the client: every row about them, their login, their photos. The audit trail
	 * keeps one event saying who erased which client id and when, and nothing else.
	 */
	@Transactional
	public void erase(long clientId, String actor) {
		List<String> photoNames = photoNames(clientId);
		Long userId = this.jdbc.sql("SELECT user_id FROM client WHERE id = :client")
			.param("client", clientId)
			.query(Long.class)
			.optional()
			.orElse(null);
		for (Table table : TABLES) {
			this.jdbc.sql("DELETE FROM " + table.name() + " WHERE " + table.where()).param("client", clientId).update();
		}
		if (userId != null) {
			// their sessions too, on every server: an erased login is signed out at once
			this.jdbc.sql(
					"DELETE FROM spring_session WHERE principal_name = (SELECT username FROM app_user WHERE id = :user)")
				.param("user", userId)
				.update();
			this.jdbc.sql("DELETE FROM app_user WHERE id = :user").param("user", userId).update();
		}
		this.jdbc
			.sql("INSERT INTO audit_event (occurred_at, actor, client_id, action, http_method, path, status) "
					+ "VALUES (:at, :actor, :client, 'erasure', 'DELETE', :path, 200)")
			.param("at", OffsetDateTime.now(this.clock))
			.param("actor", actor)
			.param("client", clientId)
			.param("path", "/clients/" + clientId + "/erasure")
			.update();
		List<String> failed = new ArrayList<>();
		for (String name : photoNames) {
			try {
				this.photos.delete(name);
			}
			catch (RuntimeException ex) {
				failed.add(name);
			}
		}
		if (!failed.isEmpty()) {
			throw new UncheckedIOException(new IOException("cannot delete photos " + failed));
		}
	}

}
