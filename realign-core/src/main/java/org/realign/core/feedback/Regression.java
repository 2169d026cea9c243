package org.realign.core.feedback;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A step back the menu took: an exercise swapped for its easier version, or its dose
 * lowered (then {@code fromExerciseId} and {@code toExerciseId} are the same). The
 * woken-up rule reads it so that a cramp that stopped because the exercise became easier
 * is not taken for a muscle that woke up.
 *
 * @param date the day the easier menu took effect
 * @param fromExerciseId the exercise before
 * @param toExerciseId the exercise after
 */
public record Regression(LocalDate date, String fromExerciseId, String toExerciseId) {

	public Regression {
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(fromExerciseId, "fromExerciseId");
		Objects.requireNonNull(toExerciseId, "toExerciseId");
	}

}
