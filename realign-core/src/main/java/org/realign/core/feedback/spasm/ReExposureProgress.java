package org.realign.core.feedback.spasm;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a client stands in a re-exposure plan after replaying every attempt.
 *
 * @param plan the plan
 * @param currentStep the step the client is on now (1 = first)
 * @param calmInARow calm attempts in a row at the current step
 * @param attempts every attempt with the step it was at and what it did to the plan
 * @param changes every move to another step, oldest first
 * @param functionRegained when the goal was reached, if it was
 */
public record ReExposureProgress(ReExposurePlan plan, int currentStep, int calmInARow, List<LoggedAttempt> attempts,
		List<StepChange> changes, Optional<FunctionRegained> functionRegained) {

	public ReExposureProgress {
		Objects.requireNonNull(plan, "plan");
		attempts = List.copyOf(attempts);
		changes = List.copyOf(changes);
		Objects.requireNonNull(functionRegained, "functionRegained");
	}

	public ReExposureStep step() {
		return this.plan.step(this.currentStep);
	}

	/** The attempts that measured reach, for the trend: oldest first. */
	public List<LoggedAttempt> reachTrend() {
		return this.attempts.stream().filter((logged) -> logged.attempt().fingertipToFloorCm().isPresent()).toList();
	}

	/** What an attempt counted as. */
	public enum Verdict {

		/**
		 * Done at the step's speed, no spasm, pain within the limit: counts towards
		 * moving on.
		 */
		CALM("calm"),
		/**
		 * Done without harm but not at the speed the step asks: neither counts nor steps
		 * back.
		 */
		SLOWER_THAN_ASKED("slower-than-asked"),
		/** Not done: breaks the run of calm attempts, no step back. */
		NOT_DONE("not-done"),
		/** Pain above the limit or a spasm: one step back. */
		STEP_BACK("step-back");

		private final String id;

		Verdict(String id) {
			this.id = id;
		}

		public String id() {
			return this.id;
		}

	}

	/**
	 * An attempt as the plan read it.
	 *
	 * @param attempt the attempt
	 * @param step the step it was made at
	 * @param verdict what it counted as
	 * @param reason why, in words
	 */
	public record LoggedAttempt(ReExposureAttempt attempt, int step, Verdict verdict, String reason) {
	}

	/**
	 * A move to another step.
	 *
	 * @param date the day of the attempt that caused it
	 * @param attemptId that attempt
	 * @param from the step before
	 * @param to the step after
	 * @param reason why
	 */
	public record StepChange(LocalDate date, String attemptId, int from, int to, String reason) {

		public boolean isAdvance() {
			return this.to > this.from;
		}

	}

	/**
	 * The milestone "function regained": the last step done calmly the practice's number
	 * of times, at its speed, and for a forward bend within the reach goal.
	 *
	 * @param date the day of the attempt that completed it
	 * @param planId the plan
	 * @param movement the movement regained, in words
	 * @param fingertipToFloorCm the reach on that attempt, for a forward bend
	 * @param speed the speed on that attempt
	 */
	public record FunctionRegained(LocalDate date, String planId, String movement, Optional<Double> fingertipToFloorCm,
			Optional<Speed> speed) {
	}

}
