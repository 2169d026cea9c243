package org.realign.app.safety;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.realign.core.feedback.SafetyStatus;
import org.realign.core.feedback.safety.ScreeningAnswers;
import org.realign.core.feedback.safety.ScreeningOutcome;
import org.realign.core.json.JsonLimits;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Red-flag screenings and the practitioner's clearances (migration V22), insert and
 * select only.
 * <p>
 * A client's safety status is read from the screenings recorded after the latest red-flag
 * clearance: any paused screening among them pauses the programme, any other flag keeps
 * it under practitioner review. A later screening with every answer "no" does not close a
 * flag; only a practitioner's clearance does, because the flag asked for a clinician's
 * judgement in the first place.
 */
@Repository
public class JdbcScreenings {

	/** What a clearance clears: open red flags, or cramps awaiting medical review. */
	public static final String RED_FLAGS = "red-flags";

	public static final String MEDICAL_REVIEW = "medical-review";

	private final JsonMapper json = JsonLimits.mapperBuilder().build();

	private final JdbcClient jdbc;

	public JdbcScreenings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A stored screening.
	 *
	 * @param id the row id
	 * @param date the day of the screening
	 * @param occasion intake or rescreen
	 * @param questionnaireVersion the version answered
	 * @param answers yes or no per question id
	 * @param level the safety level the answers gave
	 * @param flagged question ids answered yes
	 * @param recordedAt when it was recorded
	 * @param recordedBy who recorded it (the client, or a practitioner at intake)
	 */
	public record Screening(long id, LocalDate date, String occasion, int questionnaireVersion,
			Map<String, Boolean> answers, String level, List<String> flagged, Instant recordedAt, String recordedBy) {
	}

	/**
	 * A practitioner's clearance.
	 *
	 * @param id the row id
	 * @param kind {@value #RED_FLAGS} or {@value #MEDICAL_REVIEW}
	 * @param clearedOn the day
	 * @param note why, in the practitioner's words
	 * @param recordedAt when it was recorded
	 * @param recordedBy who cleared
	 */
	public record Clearance(long id, String kind, LocalDate clearedOn, String note, Instant recordedAt,
			String recordedBy) {
	}

	public long append(long clientId, ScreeningAnswers answers, ScreeningOutcome.Screened outcome, String by,
			Instant at) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO red_flag_screening (client_id, screened_on, occasion, questionnaire_version, "
					+ "answers_json, safety_level, flagged, recorded_at, recorded_by) VALUES (:client, :date, "
					+ ":occasion, :version, :answers, :level, :flagged, :at, :by)")
			.param("client", clientId)
			.param("date", answers.date())
			.param("occasion", answers.occasion().id())
			.param("version", answers.questionnaireVersion())
			.param("answers", this.json.writeValueAsString(answers.answers()))
			.param("level", outcome.status().level().id())
			.param("flagged", String.join(",", outcome.flagged()))
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.param("by", by)
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	/** Oldest first. */
	public List<Screening> screenings(long clientId) {
		return this.jdbc
			.sql("SELECT id, screened_on, occasion, questionnaire_version, answers_json, safety_level, flagged, "
					+ "recorded_at, recorded_by FROM red_flag_screening WHERE client_id = :client ORDER BY id")
			.param("client", clientId)
			.query(this::screening)
			.list();
	}

	public void clear(long clientId, String kind, LocalDate on, String note, String by, Instant at) {
		this.jdbc
			.sql("INSERT INTO safety_clearance (client_id, kind, cleared_on, note, recorded_at, recorded_by) "
					+ "VALUES (:client, :kind, :on, :note, :at, :by)")
			.param("client", clientId)
			.param("kind", kind)
			.param("on", on)
			.param("note", note)
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.param("by", by)
			.update();
	}

	/** Oldest first. */
	public List<Clearance> clearances(long clientId) {
		return this.jdbc
			.sql("SELECT id, kind, cleared_on, note, recorded_at, recorded_by FROM safety_clearance "
					+ "WHERE client_id = :client ORDER BY id")
			.param("client", clientId)
			.query((rs, row) -> new Clearance(rs.getLong("id"), rs.getString("kind"),
					rs.getObject("cleared_on", LocalDate.class), rs.getString("note"), instant(rs, "recorded_at"),
					rs.getString("recorded_by")))
			.list();
	}

	/** The client's safety status: see the class comment. */
	public SafetyStatus status(long clientId) {
		Optional<Clearance> cleared = latest(clearances(clientId), RED_FLAGS);
		List<Screening> open = screenings(clientId).stream()
			.filter((screening) -> cleared.map((c) -> screening.recordedAt().isAfter(c.recordedAt())).orElse(true))
			.toList();
		return statusOf(open);
	}

	/** The day cramps awaiting medical review were last cleared. */
	public Optional<LocalDate> medicalReviewClearedOn(long clientId) {
		return latest(clearances(clientId), MEDICAL_REVIEW).map(Clearance::clearedOn);
	}

	public static SafetyStatus statusOf(List<Screening> open) {
		Set<String> flags = new LinkedHashSet<>();
		boolean paused = false;
		for (Screening screening : open) {
			flags.addAll(screening.flagged());
			paused |= SafetyStatus.Level.PAUSED.id().equals(screening.level());
		}
		if (paused) {
			return new SafetyStatus(SafetyStatus.Level.PAUSED, new ArrayList<>(flags));
		}
		return flags.isEmpty() ? SafetyStatus.clear()
				: new SafetyStatus(SafetyStatus.Level.PRACTITIONER_REVIEW, new ArrayList<>(flags));
	}

	private static Optional<Clearance> latest(List<Clearance> clearances, String kind) {
		return clearances.stream().filter((c) -> c.kind().equals(kind)).reduce((first, second) -> second);
	}

	private Screening screening(ResultSet rs, int row) throws SQLException {
		String flagged = rs.getString("flagged");
		return new Screening(rs.getLong("id"), rs.getObject("screened_on", LocalDate.class), rs.getString("occasion"),
				rs.getInt("questionnaire_version"),
				this.json.readValue(rs.getString("answers_json"), new TypeReference<Map<String, Boolean>>() {
				}), rs.getString("safety_level"), flagged.isEmpty() ? List.of() : Arrays.asList(flagged.split(",")),
				instant(rs, "recorded_at"), rs.getString("recorded_by"));
	}

	public static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

}
