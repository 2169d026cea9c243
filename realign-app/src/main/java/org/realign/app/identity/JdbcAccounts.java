package org.realign.app.identity;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Logins' passwords and their reset codes (migration V44). */
@Repository
class JdbcAccounts {

	private final JdbcClient jdbc;

	JdbcAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A login of the practice.
	 *
	 * @param userId the login's id
	 * @param username the login
	 * @param displayName the person's name
	 * @param role its role
	 */
	record Login(long userId, String username, String displayName, String role) {
	}

	/**
	 * A usable reset code.
	 *
	 * @param id the row
	 * @param userId the login it resets
	 * @param username that login
	 * @param clientId the client, when the login is a client's
	 */
	record UsableCode(long id, long userId, String username, Long clientId) {
	}

	/** The practitioners (not owners, not clients) of the practice. */
	List<Login> practitionersOf(long practiceId) {
		return this.jdbc
			.sql("SELECT id, username, display_name, role FROM app_user WHERE practice_id = :practice "
					+ "AND role = 'PRACTITIONER' ORDER BY display_name, id")
			.param("practice", practiceId)
			.query((rs, row) -> new Login(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
					rs.getString("role")))
			.list();
	}

	Optional<Login> login(long userId) {
		return this.jdbc.sql("SELECT id, username, display_name, role FROM app_user WHERE id = :id")
			.param("id", userId)
			.query((rs, row) -> new Login(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
					rs.getString("role")))
			.optional();
	}

	/** A new code; earlier unused codes of the same login stop working. */
	void saveCode(long userId, Long clientId, String codeHash, long createdBy, Instant now, Instant expiresAt) {
		this.jdbc.sql("UPDATE password_reset SET used_at = :now WHERE user_id = :user AND used_at IS NULL")
			.param("now", utc(now))
			.param("user", userId)
			.update();
		this.jdbc
			.sql("INSERT INTO password_reset (user_id, client_id, code_hash, created_by, created_at, expires_at) "
					+ "VALUES (:user, :client, :hash, :by, :now, :expires)")
			.param("user", userId)
			.param("client", clientId)
			.param("hash", codeHash)
			.param("by", createdBy)
			.param("now", utc(now))
			.param("expires", utc(expiresAt))
			.update();
	}

	/** The code, if it is unused, unexpired and issued for this login. */
	Optional<UsableCode> usableCode(String codeHash, String username, Instant now) {
		return this.jdbc
			.sql("SELECT r.id, r.user_id, u.username, r.client_id FROM password_reset r "
					+ "JOIN app_user u ON u.id = r.user_id WHERE r.code_hash = :hash AND u.username = :username "
					+ "AND r.used_at IS NULL AND r.expires_at > :now")
			.param("hash", codeHash)
			.param("username", username)
			.param("now", utc(now))
			.query((rs, row) -> {
				long clientId = rs.getLong("client_id");
				return new UsableCode(rs.getLong("id"), rs.getLong("user_id"), rs.getString("username"),
						rs.wasNull() ? null : clientId);
			})
			.optional();
	}

	/** Marks the code used; false when another request used it first. */
	boolean markUsed(long id, Instant now) {
		return this.jdbc.sql("UPDATE password_reset SET used_at = :now WHERE id = :id AND used_at IS NULL")
			.param("now", utc(now))
			.param("id", id)
			.update() == 1;
	}

	/** The new password, with the failed-login count and any lock cleared. */
	void setPassword(long userId, String passwordHash) {
		this.jdbc
			.sql("UPDATE app_user SET password_hash = :hash, failed_logins = 0, locked_until = NULL WHERE id = :id")
			.param("hash", passwordHash)
			.param("id", userId)
			.update();
	}

	/** The client whose login this is, if it is a client's. */
	Optional<Long> clientOf(long userId) {
		return this.jdbc.sql("SELECT id FROM client WHERE user_id = :user")
			.param("user", userId)
			.query(Long.class)
			.optional();
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
