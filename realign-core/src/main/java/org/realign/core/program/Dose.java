package org.realign.core.program;

import java.util.ArrayList;
import java.util.List;

/**
 * How much of an exercise: a hold of {@code seconds}, or {@code sets} of {@code reps};
 * per side or not. Built straight from data and never rejects values itself, so that the
 * validator can report a malformed dose instead of the loader failing on the first one.
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

	public boolean isHold() {
		return "hold".equals(this.type);
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
