package org.realign.app.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class JdbcPracticeDirectory implements PracticeDirectory {

	private final JdbcClient jdbc;

	private final Clock clock;

	JdbcPracticeDirectory(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public long countPractices() {
		return this.jdbc.sql("SELECT COUNT(*) FROM practice").query(Long.class).single();
	}

	@Override
	public Optional<String> practiceName(long practiceId) {
		return this.jdbc.sql("SELECT name FROM practice WHERE id = :id")
			.param("id", practiceId)
			.query(String.class)
			.optional();
	}

	@Override
	public long createPractice(String name) {
		return insert(this.jdbc.sql("INSERT INTO practice (name, created_at) VALUES (:name, :now)")
			.param("name", name)
			.param("now", now()));
	}

	@Override
	public long createUser(long practiceId, String username, String passwordHash, String displayName, Role role) {
		return insert(this.jdbc
			.sql("INSERT INTO app_user (practice_id, username, password_hash, display_name, role, created_at) "
					+ "VALUES (:practice, :username, :hash, :name, :role, :now)")
			.param("practice", practiceId)
			.param("username", username)
			.param("hash", passwordHash)
			.param("name", displayName)
			.param("role", role.name())
			.param("now", now()));
	}

	@Override
	public long createClient(long practiceId, Long practitionerId, Long userId, String displayName) {
		return insert(this.jdbc
			.sql("INSERT INTO client (practice_id, practitioner_id, user_id, display_name, created_at) "
					+ "VALUES (:practice, :practitioner, :user, :name, :now)")
			.param("practice", practiceId)
			.param("practitioner", practitionerId)
			.param("user", userId)
			.param("name", displayName)
			.param("now", now()));
	}

	@Override
	public Optional<Account> findAccount(String username) {
		return this.jdbc.sql(
				"SELECT id, practice_id, username, password_hash, display_name, role, enabled, locked_until FROM app_user "
						+ "WHERE username = :username")
			.param("username", username)
			.query((rs, row) -> new Account(rs.getLong("id"), rs.getLong("practice_id"), rs.getString("username"),
					rs.getString("password_hash"), rs.getString("display_name"), Role.valueOf(rs.getString("role")),
					rs.getBoolean("enabled"), instant(rs.getObject("locked_until", OffsetDateTime.class))))
			.optional();
	}

	@Override
	public List<ClientSummary> clientsOf(long practiceId) {
		return this.jdbc
			.sql("SELECT id, display_name, user_id FROM client WHERE practice_id = :practice ORDER BY display_name, id")
			.param("practice", practiceId)
			.query((rs, row) -> new ClientSummary(rs.getLong("id"), rs.getString("display_name"),
					(Long) rs.getObject("user_id", Long.class)))
			.list();
	}

	@Override
	public int recordFailedLogin(String username) {
		this.jdbc.sql("UPDATE app_user SET failed_logins = failed_logins + 1 WHERE username = :username")
			.param("username", username)
			.update();
		return this.jdbc.sql("SELECT failed_logins FROM app_user WHERE username = :username")
			.param("username", username)
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	@Override
	public void lockUntil(String username, Instant until) {
		this.jdbc.sql("UPDATE app_user SET locked_until = :until WHERE username = :username")
			.param("until", OffsetDateTime.ofInstant(until, ZoneOffset.UTC))
			.param("username", username)
			.update();
	}

	@Override
	public void recordSuccessfulLogin(String username) {
		this.jdbc.sql("UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE username = :username")
			.param("username", username)
			.update();
	}

	private static Instant instant(OffsetDateTime time) {
		return time == null ? null : time.toInstant();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

	private static long insert(JdbcClient.StatementSpec statement) {
		KeyHolder keys = new GeneratedKeyHolder();
		statement.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

}
