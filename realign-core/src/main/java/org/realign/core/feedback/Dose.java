package org.realign.core.feedback;

import java.util.Objects;

/**
 * How much of an exercise a menu prescribes: a hold in seconds or a number of
 * repetitions, per side or not.
 *
 * @param amount seconds or repetitions, at least 1
 * @param unit seconds or repetitions
 * @param perSide whether the amount applies to each side
 */
public record Dose(int amount, DoseUnit unit, boolean perSide) {

	public Dose {
		Objects.requireNonNull(unit, "unit");
		if (amount < 1) {
			throw new IllegalArgumentException("a dose is at least 1 " + unit.id() + ": " + amount);
		}
	}

	public static Dose holdSeconds(int seconds) {
		return new Dose(seconds, DoseUnit.SECONDS, false);
	}

	public static Dose holdSecondsPerSide(int seconds) {
		return new Dose(seconds, DoseUnit.SECONDS, true);
	}

	public static Dose reps(int reps) {
		return new Dose(reps, DoseUnit.REPS, false);
	}

	public static Dose repsPerSide(int reps) {
		return new Dose(reps, DoseUnit.REPS, true);
	}

	/**
	 * The next dose when a rule raises it gently: {@code percent} more, rounded up, and
	 * never less than one more second or repetition.
	 */
	public Dose raisedBy(int percent) {
		if (percent < 0) {
			throw new IllegalArgumentException("percent must not be negative: " + percent);
		}
		int extra = Math.max(1, (int) Math.ceil(this.amount * percent / 100.0));
		return new Dose(this.amount + extra, this.unit, this.perSide);
	}

}
