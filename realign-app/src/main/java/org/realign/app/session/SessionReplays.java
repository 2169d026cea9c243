package org.realign.app.session;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The first answer to each idempotent session post, so that a phone retrying a session it
 * queued offline gets the original outcome and the session is stored once.
 */
@Repository
public class SessionReplays {

	/** Keys are client-generated (a UUID in practice); anything else is refused. */
	private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{8,100}");

	private final JdbcClient jdbc;

	SessionReplays(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored answer: its HTTP status and JSON body. */
	public record Replay(int status, String body) {

		public HttpStatus httpStatus() {
			return HttpStatus.valueOf(this.status);
		}

	}

	public static boolean isWellFormed(String key) {
		return key != null && KEY.matcher(key).matches();
	}

	public Optional<Replay> find(long clientId, String key) {
		return this.jdbc
			.sql("SELECT status, answer_json FROM session_replay WHERE client_id = ? AND idempotency_key = ?")
			.params(clientId, key)
			.query((rs, row) -> new Replay(rs.getInt("status"), rs.getString("answer_json")))
			.optional();
	}

	/**
	 * Keeps the answer. Runs in the caller's transaction: if a concurrent retry stored
	 * the same key first, the unique constraint fails this one and its log is rolled back
	 * with it.
	 */
	public void remember(long clientId, String key, String logId, int status, String body, Instant at) {
		this.jdbc
			.sql("INSERT INTO session_replay (client_id, idempotency_key, log_id, status, answer_json, recorded_at)"
					+ " VALUES (?, ?, ?, ?, ?, ?)")
			.params(clientId, key, logId, status, body, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update();
	}

}
