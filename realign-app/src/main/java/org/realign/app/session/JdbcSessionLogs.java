package org.realign.app.session;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.realign.core.feedback.SessionDraft;
import org.realign.core.feedback.SessionLog;
import org.realign.core.feedback.SessionLogHistory;
import org.realign.core.feedback.SessionLogs;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Session logs in the {@code session_log} table (migration V20). Insert and select only:
 * the table is append-only. Client ids are the {@code client} table's numeric ids.
 */
@Repository
public class JdbcSessionLogs implements SessionLogs {

	private static final String COLUMNS = "log_id, log_version, replaces_version, session_json, recorded_at, "
			+ "recorded_by, correction_reason";

	private final JdbcClient jdbc;

	private final SessionLogJson json = new SessionLogJson();

	public JdbcSessionLogs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void append(SessionLog log) {
		try {
			this.jdbc.sql(
					"INSERT INTO session_log (log_id, log_version, replaces_version, client_id, menu_id, session_date, "
							+ "session_json, recorded_at, recorded_by, correction_reason) VALUES (:logId, :version, "
							+ ":replaces, :client, :menu, :date, :json, :at, :by, :reason)")
				.param("logId", log.logId())
				.param("version", log.version())
				.param("replaces", log.replacesVersion().orElse(null))
				.param("client", clientKey(log.clientId()))
				.param("menu", log.session().menuId())
				.param("date", log.date())
				.param("json", this.json.write(log.session()))
				.param("at", OffsetDateTime.ofInstant(log.recordedAt(), ZoneOffset.UTC))
				.param("by", log.recordedBy())
				.param("reason", log.correctionReason().orElse(null))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new IllegalStateException("version " + log.version() + " of log " + log.logId() + " already exists",
					ex);
		}
	}

	@Override
	public Optional<SessionLogHistory> history(String logId) {
		List<SessionLog> versions = this.jdbc
			.sql("SELECT " + COLUMNS + " FROM session_log WHERE log_id = :logId ORDER BY log_version")
			.param("logId", logId)
			.query(this::map)
			.list();
		return versions.isEmpty() ? Optional.empty() : Optional.of(new SessionLogHistory(logId, versions));
	}

	@Override
	public List<SessionLog> currentVersions(String clientId) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM session_log s WHERE s.client_id = :client AND s.log_version = "
					+ "(SELECT MAX(l.log_version) FROM session_log l WHERE l.log_id = s.log_id) "
					+ "ORDER BY s.session_date, s.recorded_at, s.log_id")
			.param("client", clientKey(clientId))
			.query(this::map)
			.list();
	}

	private SessionLog map(ResultSet rs, int row) throws SQLException {
		SessionDraft session = this.json.read(rs.getString("session_json"));
		int replaces = rs.getInt("replaces_version");
		Optional<Integer> replacesVersion = rs.wasNull() ? Optional.empty() : Optional.of(replaces);
		return new SessionLog(rs.getString("log_id"), rs.getInt("log_version"), replacesVersion, session,
				rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("recorded_by"),
				Optional.ofNullable(rs.getString("correction_reason")));
	}

	private static long clientKey(String clientId) {
		try {
			return Long.parseLong(clientId);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("client ids are numeric in the app: " + clientId, ex);
		}
	}

}
