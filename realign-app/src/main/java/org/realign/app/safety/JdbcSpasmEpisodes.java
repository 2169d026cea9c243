package org.realign.app.safety;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.realign.app.api.FeedbackJson;
import org.realign.core.feedback.spasm.SpasmAssessment;
import org.realign.core.feedback.spasm.SpasmEpisode;
import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Spasm episodes with the advice given at the time (migration V23), insert and select
 * only.
 */
@Repository
public class JdbcSpasmEpisodes {

	private final FeedbackJson json = new FeedbackJson();

	private final JdbcClient jdbc;

	public JdbcSpasmEpisodes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A stored episode.
	 *
	 * @param episode the episode as reported
	 * @param assessment what the advisor answered
	 * @param date the day it started
	 * @param recordedAt when it was recorded
	 * @param recordedBy who recorded it
	 * @param session the session log it came from and the spasm's key there, if any
	 */
	public record Stored(JsonNode episode, JsonNode assessment, LocalDate date, Instant recordedAt, String recordedBy,
			Optional<SessionSpasmLink> session) {
	}

	public void append(long clientId, SpasmEpisode episode, SpasmAssessment.Assessed assessment, String by,
			Instant at) {
		append(clientId, episode, assessment, by, at, Optional.empty());
	}

	/**
	 * @param session the session log and the spasm's key in it (migration V86), when the
	 * episode came from a session
	 */
	void append(long clientId, SpasmEpisode episode, SpasmAssessment.Assessed assessment, String by, Instant at,
			Optional<SessionSpasmLink> session) {
		this.jdbc
			.sql("INSERT INTO spasm_episode (episode_id, episode_version, client_id, episode_date, episode_json, "
					+ "assessment_json, recorded_at, recorded_by, session_log_id, session_spasm_key) VALUES (:id, "
					+ ":version, :client, :date, :episode, :assessment, :at, :by, :log, :key)")
			.param("log", session.map(SessionSpasmLink::logId).orElse(null))
			.param("key", session.map(SessionSpasmLink::spasmKey).orElse(null))
			.param("id", episode.id())
			.param("version", episode.version())
			.param("client", clientId)
			.param("date", episode.date())
			.param("episode", this.json.write(episode))
			.param("assessment", this.json.write(assessment))
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.param("by", by)
			.update();
	}

	/**
	 * Where an episode from a session came from.
	 *
	 * @param logId the session log (any version)
	 * @param spasmKey the spasm in it: exercise, side and region
	 * ({@code SessionSpasms.SessionSpasm#key})
	 */
	public record SessionSpasmLink(String logId, String spasmKey) {
	}

	/** The spasm keys of the episodes a session log opened, oldest first. */
	List<String> openedBy(long clientId, String logId) {
		return this.jdbc
			.sql("SELECT session_spasm_key FROM spasm_episode WHERE client_id = :client AND session_log_id = :log "
					+ "AND episode_version = 1 ORDER BY id")
			.param("client", clientId)
			.param("log", logId)
			.query(String.class)
			.list();
	}

	/** The episode ids a session log opened for a spasm key, oldest first. */
	List<String> episodeIds(long clientId, String logId, String spasmKey) {
		return this.jdbc
			.sql("SELECT episode_id FROM spasm_episode WHERE client_id = :client AND session_log_id = :log "
					+ "AND session_spasm_key = :key AND episode_version = 1 ORDER BY id")
			.param("client", clientId)
			.param("log", logId)
			.param("key", spasmKey)
			.query(String.class)
			.list();
	}

	/** Oldest first, by the day the spasm started. */
	public List<Stored> episodes(long clientId) {
		return this.jdbc
			.sql("SELECT episode_json, assessment_json, episode_date, recorded_at, recorded_by, session_log_id, "
					+ "session_spasm_key FROM spasm_episode WHERE client_id = :client ORDER BY episode_date, id")
			.param("client", clientId)
			.query((rs, row) -> {
				String log = rs.getString("session_log_id");
				String key = rs.getString("session_spasm_key");
				return new Stored(this.json.tree(rs.getString("episode_json")),
						this.json.tree(rs.getString("assessment_json")), rs.getObject("episode_date", LocalDate.class),
						JdbcScreenings.instant(rs, "recorded_at"), rs.getString("recorded_by"),
						Optional.ofNullable(log).map((id) -> new SessionSpasmLink(id, key)));
			})
			.list();
	}

}
