package org.realign.core.prescription;

import java.util.ArrayList;
import java.util.List;

/**
 * How much of an exercise: a hold of {@code seconds}, or {@code sets} of {@code reps};
 * per side or not. The one dose of the codebase: the exercise catalogue, the menu
 * generator, the menu editor, the published menu, the daily session and the progression
 * rules all use it, so a prescription of 3 x 10 stays 3 x 10 everywhere. Built straight
 * from data and never rejects values itself, so that the knowledge base validator can
 * report a malformed dose instead of the loader failing on the first one; a prescribed
 * item refuses a malformed one ({@link PrescribedItem}).
 * <p>
 * Its JSON (the knowledge base's, the API's and the stored menus') is written and read by
 * {@link DoseJson}.
 *
 * @param type {@code hold} or {@code reps}
 * @param sets sets of reps (reps only)
 * @param reps repetitions per set (reps only)
 * @param seconds hold time (hold only)
 * @param perSide whether the dose is done once for each side
 */
public record Dose(String type, int sets, int reps, int seconds, boolean perSide) {

	/**
	 * Hold times above this are a typo, not a prescription (Egoscue holds reach 20 min).
	 */
	public static final int MAX_HOLD_SECONDS = 1800;

	/** Seconds one repetition takes, for the time estimate. */
	public static final int SECONDS_PER_REP = 4;

	/** Rest between sets, for the time estimate. */
	public static final int REST_BETWEEN_SETS_SECONDS = 20;

	/** Changing to the other side, for the time estimate. */
	public static final int SIDE_SWITCH_SECONDS = 10;

	public static Dose hold(int seconds, boolean perSide) {
		return new Dose("hold", 0, 0, seconds, perSide);
	}

	public static Dose reps(int sets, int reps, boolean perSide) {
		return new Dose("reps", sets, reps, 0, perSide);
	}

	/** A hold of {@code seconds}, once. */
	public static Dose holdSeconds(int seconds) {
		return hold(seconds, false);
	}

	/** A hold of {@code seconds} on each side. */
	public static Dose holdSecondsPerSide(int seconds) {
		return hold(seconds, true);
	}

	/** One set of {@code reps}. */
	public static Dose reps(int reps) {
		return reps(1, reps, false);
	}

	/** One set of {@code reps} on each side. */
	public static Dose repsPerSide(int reps) {
		return reps(1, reps, true);
	}

	public boolean isHold() {
		return "hold".equals(this.type);
	}

	/** What {@link #amount()} counts: seconds of a hold or repetitions of a set. */
	public DoseUnit unit() {
		return isHold() ? DoseUnit.SECONDS : DoseUnit.REPS;
	}

	/**
	 * The number a practitioner edits: the seconds of a hold, or the repetitions of one
	 * set (the sets stay as they are).
	 */
	public int amount() {
		return isHold() ? this.seconds : this.reps;
	}

	/**
	 * The same dose with another {@link #amount()}: a hold of {@code amount} seconds, or
	 * the same number of sets of {@code amount} repetitions.
	 */
	public Dose withAmount(int amount) {
		return isHold() ? new Dose(this.type, 0, 0, amount, this.perSide)
				: new Dose(this.type, this.sets, amount, 0, this.perSide);
	}

	/**
	 * The same dose with {@code sets} sets (a hold has none and is returned unchanged).
	 */
	public Dose withSets(int sets) {
		return isHold() ? this : new Dose(this.type, sets, this.reps, 0, this.perSide);
	}

	/**
	 * The next dose when a rule raises it gently: {@code percent} more of the
	 * {@link #amount()} (seconds of a hold, repetitions of each set; the sets stay),
	 * rounded up, and never less than one more second or repetition.
	 */
	public Dose raisedBy(int percent) {
		if (percent < 0) {
			throw new IllegalArgumentException("percent must not be negative: " + percent);
		}
		int extra = Math.max(1, (int) Math.ceil(amount() * percent / 100.0));
		return withAmount(amount() + extra);
	}

	/** What is wrong with this dose, empty when it is well formed. */
	public List<String> problems() {
		List<String> problems = new ArrayList<>();
		if ("hold".equals(this.type)) {
			if (this.seconds <= 0 || this.seconds > MAX_HOLD_SECONDS) {
				problems.add("hold seconds must be 1.." + MAX_HOLD_SECONDS + ", was " + this.seconds);
			}
			if (this.reps != 0 || this.sets != 0) {
				problems.add("a hold has no sets or reps");
			}
		}
		else if ("reps".equals(this.type)) {
			if (this.sets <= 0 || this.reps <= 0) {
				problems.add("reps need sets >= 1 and reps >= 1, were " + this.sets + " x " + this.reps);
			}
			if (this.seconds != 0) {
				problems.add("a reps dose has no hold seconds");
			}
		}
		else {
			problems.add("dose type must be hold or reps, was " + this.type);
		}
		return problems;
	}

	/**
	 * Estimated working time in seconds. A hold takes its seconds; a set of reps takes
	 * {@value #SECONDS_PER_REP} s per rep with {@value #REST_BETWEEN_SETS_SECONDS} s rest
	 * between sets; a per-side dose is done twice with {@value #SIDE_SWITCH_SECONDS} s to
	 * change sides. Transitions between exercises are added by the menu.
	 */
	public int estimatedSeconds() {
		int once = isHold() ? this.seconds
				: this.sets * this.reps * SECONDS_PER_REP + Math.max(0, this.sets - 1) * REST_BETWEEN_SETS_SECONDS;
		return this.perSide ? 2 * once + SIDE_SWITCH_SECONDS : once;
	}

	/**
	 * The same kind of dose scaled by {@code factor}, holds rounded down to whole 15 s,
	 * never below 30 s for a hold or 5 reps, so that a shortened menu still does
	 * something.
	 */
	public Dose scaled(double factor) {
		if (isHold()) {
			// whole quarter-minutes read better on a menu than 165 s
			int seconds = (int) (this.seconds * factor / 15) * 15;
			return new Dose(this.type, 0, 0, Math.max(30, Math.min(this.seconds, seconds)), this.perSide);
		}
		return new Dose(this.type, this.sets, Math.max(5, (int) Math.round(this.reps * factor)), 0, this.perSide);
	}

	/**
	 * A hold lengthened by {@code factor} (at most {@value #MAX_LENGTHENING}x, rounded
	 * down to whole 15 s, never shorter than now); a reps dose is returned unchanged.
	 */
	public Dose lengthened(double factor) {
		if (!isHold() || factor <= 1) {
			return this;
		}
		int seconds = (int) (this.seconds * Math.min(factor, MAX_LENGTHENING) / 15) * 15;
		return new Dose(this.type, 0, 0, Math.max(this.seconds, seconds), this.perSide);
	}

	/** How far a menu with time to spare may lengthen a default hold. */
	public static final double MAX_LENGTHENING = 2.0;

	/** For people: "3 min", "45 s per side", "1 x 10 per side". */
	public String describe() {
		String amount;
		if (isHold()) {
			amount = (this.seconds >= 60 && this.seconds % 60 == 0) ? (this.seconds / 60) + " min"
					: this.seconds + " s";
		}
		else {
			amount = this.sets + " x " + this.reps;
		}
		return this.perSide ? amount + " per side" : amount;
	}

}
