package org.realign.app.client;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class JdbcClients implements Clients {

	private static final String COLUMNS = "id, practice_id, user_id, display_name, age_band, goals, painful_areas, "
			+ "client_constraints, equipment";

	private final JdbcClient jdbc;

	private final Clock clock;

	JdbcClients(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public List<ClientRow> search(long practiceId, String query) {
		String pattern = "%" + escapeLike(query == null ? "" : query.strip().toLowerCase(Locale.ROOT)) + "%";
		return this.jdbc
			.sql("SELECT id, display_name, user_id FROM client WHERE practice_id = :practice "
					+ "AND LOWER(display_name) LIKE :pattern ESCAPE '\\' ORDER BY LOWER(display_name), id")
			.param("practice", practiceId)
			.param("pattern", pattern)
			.query((rs, row) -> new ClientRow(rs.getLong("id"), rs.getString("display_name"),
					rs.getObject("user_id") != null))
			.list();
	}

	@Override
	public Optional<ClientRecord> find(long practiceId, long clientId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM client WHERE id = :id AND practice_id = :practice")
			.param("id", clientId)
			.param("practice", practiceId)
			.query(JdbcClients::record)
			.optional();
	}

	@Override
	public Optional<ClientRecord> findAny(long clientId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM client WHERE id = :id")
			.param("id", clientId)
			.query(JdbcClients::record)
			.optional();
	}

	@Override
	public Optional<ClientRecord> findByUser(long userId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM client WHERE user_id = :user")
			.param("user", userId)
			.query(JdbcClients::record)
			.optional();
	}

	@Override
	public long create(long practiceId, long practitionerId, ClientProfile profile) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO client (practice_id, practitioner_id, display_name, age_band, goals, painful_areas, "
					+ "client_constraints, equipment, created_at) VALUES (:practice, :practitioner, :name, :age, "
					+ ":goals, :pain, :constraints, :equipment, :now)")
			.params(profileParameters(profile))
			.param("practice", practiceId)
			.param("practitioner", practitionerId)
			.param("now", OffsetDateTime.now(this.clock))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	@Override
	public void update(long practiceId, long clientId, ClientProfile profile) {
		this.jdbc
			.sql("UPDATE client SET display_name = :name, age_band = :age, goals = :goals, painful_areas = :pain, "
					+ "client_constraints = :constraints, equipment = :equipment "
					+ "WHERE id = :id AND practice_id = :practice")
			.params(profileParameters(profile))
			.param("id", clientId)
			.param("practice", practiceId)
			.update();
	}

	@Override
	public void linkUser(long clientId, long userId) {
		this.jdbc.sql("UPDATE client SET user_id = :user WHERE id = :id AND user_id IS NULL")
			.param("user", userId)
			.param("id", clientId)
			.update();
	}

	@Override
	public void saveInvitation(long clientId, String codeHash, long createdBy, Instant expiresAt) {
		this.jdbc
			.sql("INSERT INTO invitation (client_id, code_hash, created_by, created_at, expires_at) "
					+ "VALUES (:client, :hash, :by, :now, :expires)")
			.param("client", clientId)
			.param("hash", codeHash)
			.param("by", createdBy)
			.param("now", OffsetDateTime.now(this.clock))
			.param("expires", OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC))
			.update();
	}

	@Override
	public Optional<Long> clientForInvitation(String codeHash, Instant now) {
		return this.jdbc
			.sql("SELECT client_id FROM invitation WHERE code_hash = :hash AND used_at IS NULL AND expires_at > :now")
			.param("hash", codeHash)
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.query(Long.class)
			.optional();
	}

	@Override
	public void markInvitationUsed(String codeHash, Instant now) {
		this.jdbc.sql("UPDATE invitation SET used_at = :now WHERE code_hash = :hash")
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.param("hash", codeHash)
			.update();
	}

	/**
	 * The named parameters :name, :age, :goals, :pain, :constraints and :equipment of a
	 * profile.
	 */
	private static Map<String, Object> profileParameters(ClientProfile profile) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("name", profile.displayName().strip());
		parameters.put("age", blankToNull(profile.ageBand()));
		parameters.put("goals", blankToNull(profile.goals()));
		parameters.put("pain", blankToNull(profile.painfulAreas()));
		parameters.put("constraints", blankToNull(profile.constraints()));
		parameters.put("equipment", blankToNull(profile.equipment()));
		return parameters;
	}

	private static ClientRecord record(ResultSet rs, int row) throws SQLException {
		return new ClientRecord(rs.getLong("id"), rs.getLong("practice_id"), rs.getObject("user_id", Long.class),
				new ClientProfile(rs.getString("display_name"), nullToBlank(rs.getString("age_band")),
						nullToBlank(rs.getString("goals")), nullToBlank(rs.getString("painful_areas")),
						nullToBlank(rs.getString("client_constraints")), nullToBlank(rs.getString("equipment"))));
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static String nullToBlank(String text) {
		return text == null ? "" : text;
	}

}
