package org.realign.app.progression;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.realign.app.api.FeedbackJson;
import org.realign.core.feedback.PracticeSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A practice's thresholds for the progression rules (migration V26). A practice that
 * never set them gets {@link PracticeSettings#defaults()}, auto-apply off; saving adds a
 * row, the newest is in force.
 */
@Repository
public class JdbcPracticeSettings {

	private final FeedbackJson json = new FeedbackJson();

	private final JdbcClient jdbc;

	public JdbcPracticeSettings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public PracticeSettings forPractice(long practiceId) {
		return this.jdbc
			.sql("SELECT settings_json FROM practice_feedback_settings WHERE practice_id = :practice "
					+ "ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
			.param("practice", practiceId)
			.query(String.class)
			.optional()
			.map(JdbcPracticeSettings::read)
			.orElseGet(PracticeSettings::defaults);
	}

	/**
	 * Settings as JSON; a row or request from before a setting existed takes its default
	 * (re-exposure calm attempts: 2). A row saved while the API still took open-ended
	 * values above today's limits is read at the nearest limit, which is what the
	 * settings page then shows and the rules use.
	 */
	static PracticeSettings read(String text) {
		JsonNode tree = FeedbackJson.MAPPER.readTree(text);
		if (tree instanceof ObjectNode object) {
			if (!object.has("reExposureCalmAttempts")) {
				object.put("reExposureCalmAttempts", PracticeSettings.DEFAULT_RE_EXPOSURE_CALM_ATTEMPTS);
			}
			for (PracticeSettings.Limit limit : PracticeSettings.LIMITS) {
				JsonNode value = object.get(limit.name());
				if (value != null && value.isIntegralNumber() && !limit.allows(value.asLong())) {
					object.put(limit.name(), limit.nearest(value.asLong()));
				}
			}
			return FeedbackJson.MAPPER.treeToValue(object, PracticeSettings.class);
		}
		return FeedbackJson.MAPPER.readValue(text, PracticeSettings.class);
	}

	public void save(long practiceId, PracticeSettings settings, String by, Instant at) {
		this.jdbc
			.sql("INSERT INTO practice_feedback_settings (practice_id, settings_json, recorded_at, recorded_by) "
					+ "VALUES (:practice, :json, :at, :by)")
			.param("practice", practiceId)
			.param("json", this.json.write(settings))
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.param("by", by)
			.update();
	}

}
