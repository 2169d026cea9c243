package org.realign.app.safety;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.realign.core.feedback.spasm.ReExposureAttempt;
import org.realign.core.feedback.spasm.Speed;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The re-exposure plans clients follow and their attempts (migration V60), insert only.
 */
@Repository
class JdbcReExposure {

	private final JdbcClient jdbc;

	JdbcReExposure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A plan a client follows.
	 *
	 * @param planKey this client's plan, stable id
	 * @param planId the catalogued plan
	 * @param episodeId the spasm episode it answers, if any
	 * @param goalCm the practitioner's reach goal, when it differs from the plan's
	 * @param startedOn the day it started
	 * @param startedBy who started it
	 */
	record StoredPlan(String planKey, String planId, Optional<String> episodeId, Optional<Double> goalCm,
			LocalDate startedOn, String startedBy) {
	}

	void start(long clientId, StoredPlan plan, Instant at) {
		this.jdbc
			.sql("INSERT INTO re_exposure_plan (plan_key, client_id, plan_id, episode_id, goal_cm, started_on, "
					+ "started_at, started_by) VALUES (:key, :client, :plan, :episode, :goal, :on, :at, :by)")
			.param("key", plan.planKey())
			.param("client", clientId)
			.param("plan", plan.planId())
			.param("episode", plan.episodeId().orElse(null))
			.param("goal", plan.goalCm().orElse(null))
			.param("on", plan.startedOn())
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.param("by", plan.startedBy())
			.update();
	}

	/** Oldest first. */
	List<StoredPlan> plans(long clientId) {
		return this.jdbc
			.sql("SELECT p.plan_key, p.plan_id, p.episode_id, COALESCE((SELECT g.goal_cm FROM re_exposure_goal g "
					+ "WHERE g.id = (SELECT MAX(h.id) FROM re_exposure_goal h WHERE h.plan_key = p.plan_key)), "
					+ "p.goal_cm) AS goal_cm, p.started_on, p.started_by FROM re_exposure_plan p "
					+ "WHERE p.client_id = :client ORDER BY p.id")
			.param("client", clientId)
			.query(JdbcReExposure::plan)
			.list();
	}

	/** A new reach goal for the plan; the newest is in force (migration V87). */
	void setGoal(String planKey, double goalCm, String by, Instant at) {
		this.jdbc
			.sql("INSERT INTO re_exposure_goal (plan_key, goal_cm, set_at, set_by) VALUES (:plan, :goal, :at, :by)")
			.param("plan", planKey)
			.param("goal", goalCm)
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.param("by", by)
			.update();
	}

	/** The goals set for the plan after it started, oldest first. */
	List<ReExposureTracking.GoalChange> goalChanges(String planKey) {
		return this.jdbc.sql("SELECT goal_cm, set_at, set_by FROM re_exposure_goal WHERE plan_key = :plan ORDER BY id")
			.param("plan", planKey)
			.query((rs, row) -> new ReExposureTracking.GoalChange(rs.getDouble("goal_cm"),
					JdbcScreenings.instant(rs, "set_at"), rs.getString("set_by")))
			.list();
	}

	void add(String planKey, ReExposureAttempt attempt, String by) {
		this.jdbc
			.sql("INSERT INTO re_exposure_attempt (attempt_id, plan_key, attempt_date, done, reach_cm, speed, pain, "
					+ "spasm, felt, recorded_at, recorded_by) VALUES (:id, :plan, :date, :done, :reach, :speed, "
					+ ":pain, :spasm, :felt, :at, :by)")
			.param("id", attempt.id())
			.param("plan", planKey)
			.param("date", attempt.date())
			.param("done", attempt.done())
			.param("reach", attempt.fingertipToFloorCm().orElse(null))
			.param("speed", attempt.speed().map(Speed::id).orElse(null))
			.param("pain", attempt.pain())
			.param("spasm", attempt.spasm())
			.param("felt", attempt.felt())
			.param("at", OffsetDateTime.ofInstant(attempt.recordedAt(), ZoneOffset.UTC))
			.param("by", by)
			.update();
	}

	List<ReExposureAttempt> attempts(String planKey) {
		return this.jdbc
			.sql("SELECT attempt_id, attempt_date, done, reach_cm, speed, pain, spasm, felt, recorded_at "
					+ "FROM re_exposure_attempt WHERE plan_key = :plan ORDER BY attempt_date, id")
			.param("plan", planKey)
			.query(JdbcReExposure::attempt)
			.list();
	}

	private static StoredPlan plan(ResultSet rs, int row) throws SQLException {
		double goal = rs.getDouble("goal_cm");
		Optional<Double> goalCm = rs.wasNull() ? Optional.empty() : Optional.of(goal);
		return new StoredPlan(rs.getString("plan_key"), rs.getString("plan_id"),
				Optional.ofNullable(rs.getString("episode_id")), goalCm, rs.getObject("started_on", LocalDate.class),
				rs.getString("started_by"));
	}

	private static ReExposureAttempt attempt(ResultSet rs, int row) throws SQLException {
		double reach = rs.getDouble("reach_cm");
		Optional<Double> reachCm = rs.wasNull() ? Optional.empty() : Optional.of(reach);
		return new ReExposureAttempt(rs.getString("attempt_id"), rs.getObject("attempt_date", LocalDate.class),
				JdbcScreenings.instant(rs, "recorded_at"), rs.getBoolean("done"), reachCm,
				Optional.ofNullable(rs.getString("speed")).flatMap(Speed::fromId), rs.getInt("pain"),
				rs.getBoolean("spasm"), rs.getString("felt"));
	}

}
