package org.realign.app.safety;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.realign.app.progression.JdbcPracticeSettings;
import org.realign.core.feedback.FieldError;
import org.realign.core.feedback.PracticeSettings;
import org.realign.core.feedback.spasm.ReExposureAttempt;
import org.realign.core.feedback.spasm.ReExposurePlan;
import org.realign.core.feedback.spasm.ReExposurePlans;
import org.realign.core.feedback.spasm.ReExposureProgress;
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
	 */
	public record TrackedPlan(JdbcReExposure.StoredPlan stored, ReExposureProgress progress) {

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
					java.time.Duration.ZERO, List.of(), List.of(), false, false,
					"A spasm during step " + plan.progress().currentStep() + " of the plan for " + catalogued.movement()
							+ ". " + attempt.felt());
			this.outOfSession.reportSpasm(clientId, episode, by);
		}
		return List.of();
	}

	/**
	 * The plan for a client's JSON answer: its steps, where they stand, history and
	 * trend.
	 */
	static Map<String, Object> view(TrackedPlan tracked) {
		ReExposureProgress progress = tracked.progress();
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("planKey", tracked.stored().planKey());
		view.put("planId", progress.plan().id());
		view.put("movement", progress.plan().movement());
		view.put("episodeId", tracked.stored().episodeId().orElse(null));
		view.put("startedOn", tracked.stored().startedOn());
		view.put("goalFingertipToFloorCm",
				tracked.stored().goalCm().or(() -> progress.plan().fingertipToFloorGoalCm()).orElse(null));
		view.put("currentStep", progress.currentStep());
		view.put("step", progress.step());
		view.put("calmInARow", progress.calmInARow());
		view.put("steps", progress.plan().steps());
		view.put("advanceWhen", progress.plan().advanceWhen());
		view.put("stepBackWhen", progress.plan().stepBackWhen());
		view.put("sourceIds", progress.plan().sourceIds());
		List<Map<String, Object>> attempts = new ArrayList<>();
		for (ReExposureProgress.LoggedAttempt logged : progress.attempts()) {
			Map<String, Object> row = new LinkedHashMap<>();
			ReExposureAttempt attempt = logged.attempt();
			row.put("id", attempt.id());
			row.put("date", attempt.date());
			row.put("step", logged.step());
			row.put("done", attempt.done());
			row.put("fingertipToFloorCm", attempt.fingertipToFloorCm().orElse(null));
			row.put("speed", attempt.speed().map((speed) -> speed.id()).orElse(null));
			row.put("pain", attempt.pain());
			row.put("spasm", attempt.spasm());
			row.put("felt", attempt.felt());
			row.put("verdict", logged.verdict().id());
			row.put("reason", logged.reason());
			attempts.add(row);
		}
		view.put("attempts", attempts);
		view.put("changes", progress.changes());
		view.put("functionRegained", progress.functionRegained().orElse(null));
		return view;
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
				ReExposureTracker.replay(plan, settings, stored.goalCm(), this.store.attempts(stored.planKey())));
	}

}
