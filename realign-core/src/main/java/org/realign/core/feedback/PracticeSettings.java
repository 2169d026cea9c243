package org.realign.core.feedback;

import java.util.List;

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

	/**
	 * The range a setting accepts, by its JSON and form name.
	 *
	 * @param name the setting's name, as in JSON and the settings form
	 * @param min the smallest value
	 * @param max the largest value
	 */
	public record Limit(String name, int min, int max) {

		public boolean allows(long value) {
			return value >= this.min && value <= this.max;
		}

		/** The value moved to the nearest end of the range when outside it. */
		public int nearest(long value) {
			return (int) Math.max(this.min, Math.min(this.max, value));
		}

	}

	/**
	 * Every setting's range, in the order the settings page asks for them: the one place
	 * the API and the page check against. The open-ended counts and durations have an
	 * upper end a practice never needs to pass (an hour for a cramp to ease, 60 sessions,
	 * a year for the recurrence window), so that no setting can switch a rule off by
	 * overflowing a date or a count.
	 */
	public static final List<Limit> LIMITS = List.of(new Limit("reExposureCalmAttempts", 1, 14),
			new Limit("painThresholdNprs", 0, 10), new Limit("doseIncreasePercent", 0, 50),
			new Limit("wakeUpEaseMinutes", 0, 60), new Limit("wokenUpQuietSessions", 1, 60),
			new Limit("noEffortSessions", 1, 60), new Limit("lowEffortMax", 0, 10),
			new Limit("recurringSpontaneousCramps", 1, 60), new Limit("recurrenceWindowDays", 1, 365));

	public PracticeSettings {
		check("painThresholdNprs", painThresholdNprs);
		check("doseIncreasePercent", doseIncreasePercent);
		check("wakeUpEaseMinutes", wakeUpEaseMinutes);
		check("wokenUpQuietSessions", wokenUpQuietSessions);
		check("noEffortSessions", noEffortSessions);
		check("lowEffortMax", lowEffortMax);
		check("recurringSpontaneousCramps", recurringSpontaneousCramps);
		check("recurrenceWindowDays", recurrenceWindowDays);
		check("reExposureCalmAttempts", reExposureCalmAttempts);
	}

	/** The range of the named setting. */
	public static Limit limit(String name) {
		return LIMITS.stream()
			.filter((limit) -> limit.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no setting " + name));
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

	/** Refuses a value outside the setting's range, naming the setting first. */
	private static void check(String name, int value) {
		Limit limit = limit(name);
		if (!limit.allows(value)) {
			throw new IllegalArgumentException(name + " must be " + limit.min() + ".." + limit.max());
		}
	}

}
