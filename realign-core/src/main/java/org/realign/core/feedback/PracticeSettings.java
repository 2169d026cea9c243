package org.realign.core.feedback;

/**
 * Thresholds a practice sets for the progression rules and the cramp classifier. The
 * defaults are starting points, not evidence-based values: "chase the cramp" has no
 * published evidence base (field research §3.1, §5.3).
 *
 * @param painThresholdNprs pain above this NPRS regresses or replaces the exercise and
 * alerts the practitioner
 * @param doseIncreasePercent how much a gentle raise adds (at least one second or rep)
 * @param wakeUpEaseMinutes a wake-up cramp eases within this many minutes
 * @param wokenUpQuietSessions sessions without a cramp, after an exercise used to cramp,
 * before the muscle counts as "woken up"
 * @param noEffortSessions consecutive sessions without cramp, pain or effort before the
 * exercise is progressed
 * @param lowEffortMax effort at or below this counts as "no effort", on the client's
 * 0..10 effort rating (a category-ratio scale after Borg 1982: 0 nothing, 2 light, 5
 * hard, 10 maximal)
 * @param recurringSpontaneousCramps night or rest cramps within the window that count as
 * recurring and need medical review
 * @param recurrenceWindowDays the window for recurring night or rest cramps
 * @param autoApply whether proposals apply themselves instead of waiting for the
 * practitioner (safety alerts are never auto-dismissed)
 * @param reExposureCalmAttempts calm attempts in a row (done, no spasm, pain not above
 * the threshold, at the step's speed) that move a re-exposure plan to its next step
 */
public record PracticeSettings(int painThresholdNprs, int doseIncreasePercent, int wakeUpEaseMinutes,
		int wokenUpQuietSessions, int noEffortSessions, int lowEffortMax, int recurringSpontaneousCramps,
		int recurrenceWindowDays, boolean autoApply, int reExposureCalmAttempts) {

	/** The default number of calm attempts that advance a re-exposure step. */
	public static final int DEFAULT_RE_EXPOSURE_CALM_ATTEMPTS = 2;

	public PracticeSettings {
		require(painThresholdNprs >= 0 && painThresholdNprs <= 10, "painThresholdNprs must be 0..10");
		require(doseIncreasePercent >= 0 && doseIncreasePercent <= 50, "doseIncreasePercent must be 0..50");
		require(wakeUpEaseMinutes >= 0, "wakeUpEaseMinutes must not be negative");
		require(wokenUpQuietSessions >= 1, "wokenUpQuietSessions must be at least 1");
		require(noEffortSessions >= 1, "noEffortSessions must be at least 1");
		require(lowEffortMax >= 0 && lowEffortMax <= 10, "lowEffortMax must be 0..10");
		require(recurringSpontaneousCramps >= 1, "recurringSpontaneousCramps must be at least 1");
		require(recurrenceWindowDays >= 1, "recurrenceWindowDays must be at least 1");
		require(reExposureCalmAttempts >= 1 && reExposureCalmAttempts <= 14, "reExposureCalmAttempts must be 1..14");
	}

	/** Settings from before re-exposure plans were tracked: two calm attempts advance. */
	public PracticeSettings(int painThresholdNprs, int doseIncreasePercent, int wakeUpEaseMinutes,
			int wokenUpQuietSessions, int noEffortSessions, int lowEffortMax, int recurringSpontaneousCramps,
			int recurrenceWindowDays, boolean autoApply) {
		this(painThresholdNprs, doseIncreasePercent, wakeUpEaseMinutes, wokenUpQuietSessions, noEffortSessions,
				lowEffortMax, recurringSpontaneousCramps, recurrenceWindowDays, autoApply,
				DEFAULT_RE_EXPOSURE_CALM_ATTEMPTS);
	}

	/**
	 * Conservative defaults: regress above NPRS 3, raise by 10 %, a wake-up cramp eases
	 * within 5 minutes, 5 quiet sessions wake a muscle up, 3 effortless sessions
	 * progress, 2 night or rest cramps in 14 days need review, nothing applies itself, 2
	 * calm re-exposure attempts in a row advance a step (the "two days in a row" of the
	 * plans' own wording).
	 */
	public static PracticeSettings defaults() {
		return new PracticeSettings(3, 10, 5, 5, 3, 2, 2, 14, false);
	}

	public PracticeSettings withAutoApply(boolean autoApply) {
		return new PracticeSettings(this.painThresholdNprs, this.doseIncreasePercent, this.wakeUpEaseMinutes,
				this.wokenUpQuietSessions, this.noEffortSessions, this.lowEffortMax, this.recurringSpontaneousCramps,
				this.recurrenceWindowDays, autoApply, this.reExposureCalmAttempts);
	}

	public PracticeSettings withReExposureCalmAttempts(int attempts) {
		return new PracticeSettings(this.painThresholdNprs, this.doseIncreasePercent, this.wakeUpEaseMinutes,
				this.wokenUpQuietSessions, this.noEffortSessions, this.lowEffortMax, this.recurringSpontaneousCramps,
				this.recurrenceWindowDays, this.autoApply, attempts);
	}

	public PracticeSettings withPainThreshold(int nprs) {
		return new PracticeSettings(nprs, this.doseIncreasePercent, this.wakeUpEaseMinutes, this.wokenUpQuietSessions,
				this.noEffortSessions, this.lowEffortMax, this.recurringSpontaneousCramps, this.recurrenceWindowDays,
				this.autoApply, this.reExposureCalmAttempts);
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new IllegalArgumentException(message);
		}
	}

}
