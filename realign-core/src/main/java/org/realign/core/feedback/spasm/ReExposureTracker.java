package org.realign.core.feedback.spasm;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.realign.core.feedback.FieldError;
import org.realign.core.feedback.PracticeSettings;
import org.realign.core.feedback.spasm.ReExposureProgress.FunctionRegained;
import org.realign.core.feedback.spasm.ReExposureProgress.LoggedAttempt;
import org.realign.core.feedback.spasm.ReExposureProgress.StepChange;
import org.realign.core.feedback.spasm.ReExposureProgress.Verdict;

/**
 * Replays the attempts of a graded re-exposure plan (Vlaeyen and Linton 2000): the
 * practice's number of calm attempts in a row at a step moves the client to the next one;
 * pain above the practice's NPRS threshold, or a spasm, takes them one step back; an
 * attempt not done, or done slower than the step asks, breaks the run without stepping
 * back. The last step done calmly the same number of times, at its speed and (for a
 * forward bend) within the reach goal, is the milestone "function regained". Counting the
 * runs this way is our own reading of graded exposure, set per practice.
 */
public final class ReExposureTracker {

	/** The furthest a fingertip-to-floor distance can sensibly be, in cm. */
	static final double MAX_REACH_CM = 100;

	/** The longest "what was felt" note. */
	static final int MAX_FELT = 1000;

	private final Clock clock;

	public ReExposureTracker(Clock clock) {
		this.clock = Objects.requireNonNull(clock, "clock");
	}

	/** Every problem with an attempt, each naming its field; empty when it is valid. */
	public List<FieldError> validate(ReExposurePlan plan, ReExposureAttempt attempt) {
		List<FieldError> errors = new ArrayList<>();
		LocalDate today = LocalDate.now(this.clock);
		if (attempt.date().isAfter(today)) {
			errors.add(new FieldError("date", "in-future",
					"the attempt's date " + attempt.date() + " is after today (" + today + ")"));
		}
		if (attempt.pain() < 0 || attempt.pain() > 10) {
			errors.add(new FieldError("pain", "out-of-range", "pain must be between 0 and 10, was " + attempt.pain()));
		}
		attempt.fingertipToFloorCm().ifPresent((cm) -> {
			if (!plan.measuresReach()) {
				errors.add(new FieldError("fingertipToFloorCm", "not-measured",
						"the plan for " + plan.movement() + " does not measure fingertip-to-floor distance"));
			}
			else if (cm.isNaN() || cm < 0 || cm > MAX_REACH_CM) {
				errors.add(new FieldError("fingertipToFloorCm", "out-of-range",
						"fingertip-to-floor distance must be between 0 and " + (int) MAX_REACH_CM + " cm, was " + cm));
			}
		});
		if (!attempt.done() && (attempt.fingertipToFloorCm().isPresent() || attempt.speed().isPresent())) {
			errors.add(new FieldError("done", "not-done-but-measured",
					"an attempt that was not done has no distance or speed"));
		}
		if (attempt.felt().length() > MAX_FELT) {
			errors.add(new FieldError("felt", "too-long", "what was felt is at most " + MAX_FELT + " characters"));
		}
		return List.copyOf(errors);
	}

	/** Replays the attempts in the order they happened (day, then when logged). */
	public static ReExposureProgress replay(ReExposurePlan plan, PracticeSettings settings, Optional<Double> goalCm,
			List<ReExposureAttempt> attempts) {
		int needed = settings.reExposureCalmAttempts();
		int limit = settings.painThresholdNprs();
		Optional<Double> goal = goalCm.or(plan::fingertipToFloorGoalCm);
		int step = 1;
		int calm = 0;
		List<LoggedAttempt> logged = new ArrayList<>();
		List<StepChange> changes = new ArrayList<>();
		Optional<FunctionRegained> regained = Optional.empty();
		List<ReExposureAttempt> ordered = attempts.stream()
			.sorted(Comparator.comparing(ReExposureAttempt::date).thenComparing(ReExposureAttempt::recordedAt))
			.toList();
		for (ReExposureAttempt attempt : ordered) {
			ReExposureStep at = plan.step(step);
			if (attempt.spasm() || attempt.pain() > limit) {
				String why = attempt.spasm() ? "a spasm came" : "pain " + attempt.pain() + " is above " + limit;
				logged.add(new LoggedAttempt(attempt, step, Verdict.STEP_BACK, why + ": one step back"));
				int back = Math.max(1, step - 1);
				changes.add(new StepChange(attempt.date(), attempt.id(), step, back, why));
				step = back;
				calm = 0;
				continue;
			}
			if (!attempt.done()) {
				logged.add(new LoggedAttempt(attempt, step, Verdict.NOT_DONE, "not done: the run starts again"));
				calm = 0;
				continue;
			}
			if (at.speed().isPresent() && !attempt.speed().map((s) -> s.atLeast(at.speed().get())).orElse(false)) {
				logged.add(new LoggedAttempt(attempt, step, Verdict.SLOWER_THAN_ASKED,
						"the step asks for " + at.speed().get().id() + " speed, done "
								+ attempt.speed().map(Speed::id).orElse("at an unsaid speed")));
				calm = 0;
				continue;
			}
			calm++;
			logged.add(new LoggedAttempt(attempt, step, Verdict.CALM,
					"calm (" + calm + " of " + needed + " in a row at step " + step + ")"));
			if (calm < needed) {
				continue;
			}
			if (step < plan.lastStep()) {
				changes.add(new StepChange(attempt.date(), attempt.id(), step, step + 1,
						needed + " calm attempts in a row"));
				step++;
				calm = 0;
			}
			else if (regained.isEmpty() && withinGoal(attempt, goal)) {
				regained = Optional.of(new FunctionRegained(attempt.date(), plan.id(), plan.movement(),
						attempt.fingertipToFloorCm(), attempt.speed()));
			}
		}
		return new ReExposureProgress(plan, step, calm, logged, changes, regained);
	}

	private static boolean withinGoal(ReExposureAttempt attempt, Optional<Double> goal) {
		return goal.map((cm) -> attempt.fingertipToFloorCm().map((reach) -> reach <= cm).orElse(false)).orElse(true);
	}

}
