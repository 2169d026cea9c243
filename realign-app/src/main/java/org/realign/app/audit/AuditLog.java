package org.realign.app.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The audit trail of client records: who looked at or changed what, when, and whether it
 * was allowed.
 */
@Repository
public class AuditLog {

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public record Event(OffsetDateTime occurredAt, String actor, String action, String method, String path,
			int status) {
	}

	void record(String actor, long clientId, String method, String path, int status) {
		this.jdbc
			.sql("INSERT INTO audit_event (occurred_at, actor, client_id, action, http_method, path, status) "
					+ "VALUES (:at, :actor, :client, :action, :method, :path, :status)")
			.param("at", OffsetDateTime.now(this.clock))
			.param("actor", actor)
			.param("client", clientId)
			.param("action", "GET".equals(method) || "HEAD".equals(method) ? "view" : "change")
			.param("method", method)
			.param("path", path.length() > 500 ? path.substring(0, 500) : path)
			.param("status", status)
			.update();
	}

	/**
	 * Records a change to a login's password: who did it, to whose login (the client, if
	 * the login is a client's; none for a practitioner's), what.
	 * @param action e.g. {@code password-changed}, {@code password-reset-issued},
	 * {@code password-reset-redeemed}
	 * @param subject the login whose password it concerns, kept in the path column
	 */
	public void recordAccountEvent(String actor, Long clientId, String action, String path, String subject) {
		String described = path + " (" + subject + ")";
		this.jdbc
			.sql("INSERT INTO audit_event (occurred_at, actor, client_id, action, http_method, path, status) "
					+ "VALUES (:at, :actor, :client, :action, 'POST', :path, 200)")
			.param("at", OffsetDateTime.now(this.clock))
			.param("actor", actor)
			.param("client", clientId)
			.param("action", action)
			.param("path", described.length() > 500 ? described.substring(0, 500) : described)
			.update();
	}

	/** The account events about a login, newest first, for tests and the owner's view. */
	public List<Event> forSubject(String subject) {
		return this.jdbc
			.sql("SELECT occurred_at, actor, action, http_method, path, status FROM audit_event "
					+ "WHERE action LIKE 'password-%' AND path LIKE :subject ORDER BY occurred_at DESC, id DESC")
			.param("subject", "% (" + subject + ")")
			.query((rs, row) -> new Event(rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("actor"),
					rs.getString("action"), rs.getString("http_method"), rs.getString("path"), rs.getInt("status")))
			.list();
	}

	public List<Event> forClient(long clientId) {
		return this.jdbc
			.sql("SELECT occurred_at, actor, action, http_method, path, status FROM audit_event "
					+ "WHERE client_id = :client ORDER BY occurred_at DESC, id DESC")
			.param("client", clientId)
			.query((rs, row) -> new Event(rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("actor"),
					rs.getString("action"), rs.getString("http_method"), rs.getString("path"), rs.getInt("status")))
			.list();
	}

}
