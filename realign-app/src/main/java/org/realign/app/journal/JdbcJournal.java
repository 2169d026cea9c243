package org.realign.app.journal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Cramp and pain entries of the journal (migration V43): insert and select only; a
 * correction is a new version and the earlier ones stay.
 */
@Repository
class JdbcJournal {

	private final JdbcClient jdbc;

	JdbcJournal(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A first version of an entry. */
	void append(long clientId, JournalLine line, String by) {
		insert(clientId, line, 1, null, null, by);
	}

	/**
	 * A correction: the next version of the entry, pointing to the version it replaces;
	 * the earlier versions stay.
	 */
	void appendCorrection(long clientId, JournalLine line, String reason, String by) {
		insert(clientId, line, line.version(), line.version() - 1, reason, by);
	}

	/** One version of an entry; a first version replaces nothing and gives no reason. */
	private void insert(long clientId, JournalLine line, int version, Integer replaces, String reason, String by) {
		this.jdbc
			.sql("INSERT INTO journal_entry (entry_id, entry_version, replaces_version, client_id, kind, "
					+ "occurred_on, body_region, intensity, cramp_setting, cramp_context, reading, note, recorded_at, "
					+ "recorded_by, correction_reason) VALUES (:id, :version, :replaces, :client, :kind, :on, :where, "
					+ ":intensity, :setting, :context, :reading, :note, :at, :by, :reason)")
			.param("id", line.id())
			.param("version", version)
			.param("replaces", replaces)
			.param("client", clientId)
			.param("kind", line.kind())
			.param("on", line.date())
			.param("where", line.where())
			.param("intensity", line.intensity())
			.param("setting", line.setting())
			.param("context", line.context().isEmpty() ? null : String.join(",", line.context()))
			.param("reading", line.reading())
			.param("note", line.note())
			.param("at", OffsetDateTime.ofInstant(line.recordedAt(), ZoneOffset.UTC))
			.param("by", by)
			.param("reason", reason)
			.update();
	}

	/** The current version of one of the client's entries. */
	Optional<JournalLine> current(long clientId, String entryId) {
		return this.jdbc
			.sql("SELECT * FROM journal_entry e WHERE e.client_id = :client AND e.entry_id = :id "
					+ "ORDER BY e.entry_version DESC FETCH FIRST 1 ROWS ONLY")
			.param("client", clientId)
			.param("id", entryId)
			.query(JdbcJournal::line)
			.optional();
	}

	/** Every version of one of the client's entries, oldest first. */
	List<JournalLine> versions(long clientId, String entryId) {
		return this.jdbc
			.sql("SELECT * FROM journal_entry e WHERE e.client_id = :client AND e.entry_id = :id "
					+ "ORDER BY e.entry_version")
			.param("client", clientId)
			.param("id", entryId)
			.query(JdbcJournal::line)
			.list();
	}

	/** The current version of each entry, oldest day first. */
	List<JournalLine> lines(long clientId) {
		return this.jdbc
			.sql("SELECT * FROM journal_entry e WHERE e.client_id = :client AND e.entry_version = "
					+ "(SELECT MAX(v.entry_version) FROM journal_entry v WHERE v.entry_id = e.entry_id) "
					+ "ORDER BY e.occurred_on, e.id")
			.param("client", clientId)
			.query(JdbcJournal::line)
			.list();
	}

	/**
	 * Cramps without an exercise cause (night, rest, other) noted between the days given,
	 * for the classifier's recurrence rule.
	 */
	int spontaneousCramps(long clientId, LocalDate from, LocalDate to, String exceptEntryId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM journal_entry e WHERE e.client_id = :client AND e.kind = 'cramp' "
				+ "AND e.cramp_setting IN ('night', 'rest', 'other') AND e.occurred_on BETWEEN :from AND :to "
				+ "AND e.entry_id <> :except "
				+ "AND e.entry_version = (SELECT MAX(v.entry_version) FROM journal_entry v WHERE v.entry_id = e.entry_id)")
			.param("client", clientId)
			.param("except", exceptEntryId)
			.param("from", from)
			.param("to", to)
			.query(Integer.class)
			.single();
	}

	private static JournalLine line(ResultSet rs, int row) throws SQLException {
		int intensity = rs.getInt("intensity");
		Integer maybeIntensity = rs.wasNull() ? null : intensity;
		String context = rs.getString("cramp_context");
		return new JournalLine(rs.getString("entry_id"), rs.getInt("entry_version"), rs.getString("kind"),
				rs.getObject("occurred_on", LocalDate.class), rs.getString("body_region"), maybeIntensity,
				rs.getString("cramp_setting"), context == null ? List.of() : Arrays.asList(context.split(",")),
				rs.getString("reading"), null, null, rs.getString("note"), recordedAt(rs));
	}

	private static Instant recordedAt(ResultSet rs) throws SQLException {
		return rs.getObject("recorded_at", OffsetDateTime.class).toInstant();
	}

}
