package org.realign.core.feedback;

import java.util.Optional;

/**
 * What the client actually did: hold seconds or repetitions, in the unit of the
 * prescribed dose.
 *
 * @param amount the amount, or the left side's amount for a per-side dose; 0 or more
 * @param rightSide the right side's amount for a per-side dose, empty otherwise
 */
public record Performed(int amount, Optional<Integer> rightSide) {

	public Performed {
		rightSide = rightSide == null ? Optional.empty() : rightSide;
	}

	public static Performed of(int amount) {
		return new Performed(amount, Optional.empty());
	}

	public static Performed perSide(int left, int right) {
		return new Performed(left, Optional.of(right));
	}

}
