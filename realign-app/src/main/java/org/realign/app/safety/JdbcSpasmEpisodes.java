package org.realign.app.safety;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

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
	 */
	public record Stored(JsonNode episode, JsonNode assessment, LocalDate date, Instant recordedAt, String recordedBy) {
	}

	public void append(long clientId, SpasmEpisode episode, SpasmAssessment.Assessed assessment, String by,
			Instant at) {
		this.jdbc
			.sql("INSERT INTO spasm_episode (episode_id, episode_version, client_id, episode_date, episode_json, "
					+ "assessment_json, recorded_at, recorded_by) VALUES (:id, :version, :client, :date, :episode, "
					+ ":assessment, :at, :by)")
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

	/** Oldest first, by the day the spasm started. */
	public List<Stored> episodes(long clientId) {
		return this.jdbc
			.sql("SELECT episode_json, assessment_json, episode_date, recorded_at, recorded_by FROM spasm_episode "
					+ "WHERE client_id = :client ORDER BY episode_date, id")
			.param("client", clientId)
			.query((rs, row) -> new Stored(this.json.tree(rs.getString("episode_json")),
					this.json.tree(rs.getString("assessment_json")), rs.getObject("episode_date", LocalDate.class),
					JdbcScreenings.instant(rs, "recorded_at"), rs.getString("recorded_by")))
			.list();
	}

}
