package org.realign.app.outcome;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.realign.app.api.FeedbackJson;
import org.realign.core.feedback.outcome.OutcomeRecord;
import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Outcome measure values (migration V24), insert and select only. */
@Repository
public class JdbcOutcomeRecords {

	private final FeedbackJson json = new FeedbackJson();

	private final JdbcClient jdbc;

	public JdbcOutcomeRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A stored value.
	 *
	 * @param id the row id
	 * @param record the value
	 * @param detail the answers it was scored from (PSFS activities, STarT Back items),
	 * null when the value was entered directly
	 * @param recordedAt when it was recorded
	 * @param recordedBy who recorded it
	 */
	public record Stored(long id, OutcomeRecord record,
			@Schema(implementation = OutcomeDetail.class, nullable = true) JsonNode detail, Instant recordedAt,
			String recordedBy) {
	}

	public long append(long clientId, OutcomeRecord record, Object detail, String by, Instant at) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO outcome_record (client_id, measure_id, measured_on, assessment_point, measured_value, "
					+ "detail_json, recorded_at, recorded_by) VALUES (:client, :measure, :date, :point, :value, "
					+ ":detail, :at, :by)")
			.param("client", clientId)
			.param("measure", record.measureId())
			.param("date", record.date())
			.param("point", record.point().name())
			.param("value", record.value())
			.param("detail", detail == null ? null : this.json.write(detail))
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.param("by", by)
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	/** Oldest first, by the day measured. */
	public List<Stored> records(long clientId) {
		return this.jdbc
			.sql("SELECT id, measure_id, measured_on, assessment_point, measured_value, detail_json, recorded_at, "
					+ "recorded_by FROM outcome_record WHERE client_id = :client ORDER BY measured_on, id")
			.param("client", clientId)
			.query((rs, row) -> {
				String detail = rs.getString("detail_json");
				return new Stored(rs.getLong("id"),
						new OutcomeRecord(String.valueOf(clientId), rs.getString("measure_id"),
								rs.getObject("measured_on", LocalDate.class),
								OutcomeRecord.AssessmentPoint.valueOf(rs.getString("assessment_point")),
								rs.getDouble("measured_value")),
						detail == null ? null : this.json.tree(detail), instant(rs, "recorded_at"),
						rs.getString("recorded_by"));
			})
			.list();
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

}
