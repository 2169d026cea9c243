package org.realign.app.safety;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.realign.app.progression.JdbcPracticeSettings;
import org.realign.core.feedback.FieldError;
import org.realign.core.feedback.PracticeSettings;
import org.realign.core.feedback.spasm.ReExposureAttempt;
import org.realign.core.feedback.spasm.ReExposurePlan;
import org.realign.core.feedback.spasm.ReExposurePlans;
import org.realign.core.feedback.spasm.ReExposureProgress;
import org.realign.core.feedback.spasm.ReExposureStep;
import org.realign.core.feedback.spasm.Speed;
import org.realign.core.feedback.spasm.ReExposureTracker;
import org.realign.core.feedback.spasm.SpasmEpisode;
import org.realign.core.feedback.spasm.SpasmTrigger;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Graded re-exposure as a tracked plan: a plan starts when a spasm episode brings one (or
 * when the practitioner starts it), the client logs each attempt, and replaying the
 * attempts gives the current step, the moves between steps, the reach trend and the
 * milestone "function regained". A spasm during an attempt is a spasm like any other: it
 * opens an episode.
 */
@Service
public class ReExposureTracking {

	private final JdbcReExposure store;

	private final SpasmRecords outOfSession;

	private final JdbcPracticeSettings settings;

	private final Clock clock;

	private final ReExposureTracker tracker;

	ReExposureTracking(JdbcReExposure store, SpasmRecords outOfSession, JdbcPracticeSettings settings, Clock clock) {
		this.store = store;
		this.outOfSession = outOfSession;
		this.settings = settings;
		this.clock = clock;
		this.tracker = new ReExposureTracker(clock);
	}

	/**
	 * A client's plan as replayed.
	 *
	 * @param stored the plan as started
	 * @param progress where the client stands
	 * @param calmAttemptsToAdvance the practice's number of calm attempts that advance
	 */
	public record TrackedPlan(JdbcReExposure.StoredPlan stored, ReExposureProgress progress,
			int calmAttemptsToAdvance) {

		/** The plan still runs: the goal is not reached yet. */
		public boolean active() {
			return this.progress.functionRegained().isEmpty();
		}

	}

	/**
	 * Starts the plan an episode brought, unless the client already follows it and has
	 * not reached its goal.
	 */
	@Transactional
	public Optional<TrackedPlan> startFor(long clientId, long practiceId, SpasmEpisode episode, ReExposurePlan plan,
			String by) {
		boolean running = plans(clientId, practiceId).stream()
			.anyMatch((tracked) -> tracked.active() && tracked.stored().planId().equals(plan.id()));
		if (running) {
			return Optional.empty();
		}
		return Optional.of(start(clientId, practiceId, plan, Optional.of(episode.id()), Optional.empty(), by));
	}

	@Transactional
	public TrackedPlan start(long clientId, long practiceId, ReExposurePlan plan, Optional<String> episodeId,
			Optional<Double> goalCm, String by) {
		JdbcReExposure.StoredPlan stored = new JdbcReExposure.StoredPlan("plan-" + UUID.randomUUID(), plan.id(),
				episodeId, goalCm, LocalDate.now(this.clock), by);
		this.store.start(clientId, stored, this.clock.instant());
		return track(stored, this.settings.forPractice(practiceId));
	}

	/** Every plan of the client, oldest first. */
	public List<TrackedPlan> plans(long clientId, long practiceId) {
		PracticeSettings settings = this.settings.forPractice(practiceId);
		return this.store.plans(clientId).stream().map((stored) -> track(stored, settings)).toList();
	}

	/**
	 * Logs an attempt at the plan's current step.
	 * @return the invalid fields (nothing stored), or empty when it was logged
	 */
	@Transactional
	public List<FieldError> log(long clientId, TrackedPlan plan, ReExposureAttempt attempt, String by) {
		List<FieldError> errors = this.tracker.validate(plan.progress().plan(), attempt);
		if (!errors.isEmpty()) {
			return errors;
		}
		this.store.add(plan.stored().planKey(), attempt, by);
		if (attempt.spasm()) {
			// One spasm, one episode: alert, re-screen, and every raise waits.
			ReExposurePlan catalogued = plan.progress().plan();
			SpasmTrigger trigger = catalogued.triggers()
				.stream()
				.sorted()
				.findFirst()
				.orElse(SpasmTrigger.NO_CLEAR_TRIGGER);
			SpasmEpisode episode = new SpasmEpisode("spasm-" + UUID.randomUUID(), 1, Optional.empty(),
					String.valueOf(clientId), attempt.date(), region(catalogued), trigger, Math.max(attempt.pain(), 1),
					Duration.ZERO, List.of(), List.of(), false, false,
					"A spasm during step " + plan.progress().currentStep() + " of the plan for " + catalogued.movement()
							+ ". " + attempt.felt());
			this.outOfSession.reportSpasm(clientId, episode, by);
		}
		return List.of();
	}

	/**
	 * A reach goal the practitioner set for a running plan.
	 *
	 * @param goalCm fingertip-to-floor, cm
	 * @param setAt when
	 * @param setBy who
	 */
	public record GoalChange(double goalCm, Instant setAt, String setBy) {
	}

	/** The highest reach goal a practitioner may set, cm (as for an attempt's reach). */
	static final double MAX_GOAL_CM = 100;

	/**
	 * Sets the client's reach goal (fingertip-to-floor) of a plan that measures reach;
	 * the plan is replayed against it. The earlier goals stay in the plan's history.
	 * @return the invalid fields (nothing stored), or empty when it was set
	 */
	@Transactional
	public List<FieldError> setGoal(long clientId, TrackedPlan plan, Double goalCm, String by) {
		List<FieldError> errors = new ArrayList<>();
		if (goalCm == null) {
			errors.add(new FieldError("goalFingertipToFloorCm", "required",
					"the reach goal is required, in cm from the middle fingertip to the floor (0 for a toe touch)"));
		}
		else if (goalCm.isNaN() || goalCm < 0 || goalCm > MAX_GOAL_CM) {
			errors.add(new FieldError("goalFingertipToFloorCm", "out-of-range",
					"the reach goal must be between 0 and " + (int) MAX_GOAL_CM + " cm, was " + goalCm));
		}
		if (!plan.progress().plan().measuresReach()) {
			errors.add(new FieldError("goalFingertipToFloorCm", "not-measured", "the plan for "
					+ plan.progress().plan().movement() + " does not measure fingertip-to-floor distance"));
		}
		if (!errors.isEmpty()) {
			return errors;
		}
		this.store.setGoal(plan.stored().planKey(), goalCm, by, this.clock.instant());
		return List.of();
	}

	/**
	 * One attempt as the plan's history shows it.
	 *
	 * @param id the attempt
	 * @param date the day
	 * @param step the step it was at
	 * @param done whether the step was done
	 * @param fingertipToFloorCm the reach, for a forward bend
	 * @param speed slow, steady, everyday or quick
	 * @param pain NPRS 0..10
	 * @param spasm whether a spasm came
	 * @param felt in the client's words
	 * @param verdict calm, not-calm or step-back
	 * @param reason why, in words
	 */
	public record AttemptView(String id, LocalDate date, int step, boolean done, Double fingertipToFloorCm,
			String speed, int pain, boolean spasm, String felt, String verdict, String reason) {
	}

	/**
	 * A client's tracked plan: its steps, where they stand, history and trend.
	 *
	 * @param planKey this client's plan
	 * @param planId the catalogued plan
	 * @param movement the movement re-taught
	 * @param episodeId the spasm episode it answers, if any
	 * @param startedOn the day it started
	 * @param goalFingertipToFloorCm the reach goal in force (the practitioner's, else the
	 * plan's), for a forward bend
	 * @param goalChanges the goals the practitioner set since, oldest first
	 * @param currentStep 1-based
	 * @param step the current step
	 * @param calmInARow calm attempts in a row at the current step
	 * @param calmAttemptsToAdvance the practice's number of calm attempts that advance
	 * @param steps every step
	 * @param advanceWhen when to move on, for the client
	 * @param stepBackWhen when to go back, for the client
	 * @param sourceIds the sources of the plan
	 * @param attempts every attempt, in order
	 * @param changes the moves between steps
	 * @param functionRegained the milestone, once the goal is reached
	 */
	public record PlanView(String planKey, String planId, String movement, String episodeId, LocalDate startedOn,
			Double goalFingertipToFloorCm, List<GoalChange> goalChanges, int currentStep, ReExposureStep step,
			int calmInARow, int calmAttemptsToAdvance, List<ReExposureStep> steps, String advanceWhen,
			String stepBackWhen, List<String> sourceIds, List<AttemptView> attempts,
			List<ReExposureProgress.StepChange> changes, ReExposureProgress.FunctionRegained functionRegained) {
	}

	/**
	 * The plan for a client's JSON answer: its steps, where they stand, history and
	 * trend.
	 */
	PlanView view(TrackedPlan tracked) {
		ReExposureProgress progress = tracked.progress();
		List<AttemptView> attempts = new ArrayList<>();
		for (ReExposureProgress.LoggedAttempt logged : progress.attempts()) {
			ReExposureAttempt attempt = logged.attempt();
			attempts.add(new AttemptView(attempt.id(), attempt.date(), logged.step(), attempt.done(),
					attempt.fingertipToFloorCm().orElse(null), attempt.speed().map(Speed::id).orElse(null),
					attempt.pain(), attempt.spasm(), attempt.felt(), logged.verdict().id(), logged.reason()));
		}
		return new PlanView(tracked.stored().planKey(), progress.plan().id(), progress.plan().movement(),
				tracked.stored().episodeId().orElse(null), tracked.stored().startedOn(), goal(tracked).orElse(null),
				this.store.goalChanges(tracked.stored().planKey()), progress.currentStep(), progress.step(),
				progress.calmInARow(), tracked.calmAttemptsToAdvance(), progress.plan().steps(),
				progress.plan().advanceWhen(), progress.plan().stepBackWhen(), progress.plan().sourceIds(), attempts,
				progress.changes(), progress.functionRegained().orElse(null));
	}

	/** The reach goal in force: the practitioner's, else the plan's own. */
	public static Optional<Double> goal(TrackedPlan tracked) {
		return tracked.stored().goalCm().or(() -> tracked.progress().plan().fingertipToFloorGoalCm());
	}

	/** The client's plan by its key; empty for another client's or an unknown one. */
	public Optional<TrackedPlan> plan(long clientId, long practiceId, String planKey) {
		return plans(clientId, practiceId).stream()
			.filter((tracked) -> tracked.stored().planKey().equals(planKey))
			.findFirst();
	}

	/** The goals set for the plan after it started, oldest first. */
	public List<GoalChange> goalChanges(TrackedPlan tracked) {
		return this.store.goalChanges(tracked.stored().planKey());
	}

	/**
	 * Where a spasm during the plan's movement sits: the neck for the neck plan, else the
	 * low back.
	 */
	private static String region(ReExposurePlan plan) {
		return plan == ReExposurePlans.NECK ? "neck" : "low-back";
	}

	static Optional<ReExposurePlan> catalogued(String planId) {
		return ReExposurePlans.byId(planId);
	}

	private TrackedPlan track(JdbcReExposure.StoredPlan stored, PracticeSettings settings) {
		ReExposurePlan plan = ReExposurePlans.byId(stored.planId())
			.orElseThrow(() -> new IllegalStateException("unknown re-exposure plan " + stored.planId()));
		return new TrackedPlan(stored,
				ReExposureTracker.replay(plan, settings, stored.goalCm(), this.store.attempts(stored.planKey())),
				settings.reExposureCalmAttempts());
	}

}
