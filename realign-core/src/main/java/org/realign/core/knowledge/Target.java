package org.realign.core.knowledge;

import org.realign.core.prescription.ExerciseDemand;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A muscle an exercise works on and the change it intends: release a short, overactive
 * muscle or activate (wake up) a long, underactive one; and what the exercise asks of the
 * muscle to get there (an activated muscle works; a released one is stretched or let go).
 *
 * @param muscle kebab-case muscle id
 * @param change the intended change
 * @param demand what the exercise asks of the muscle
 */
public record Target(String muscle, Change change, ExerciseDemand.Kind demand) {

	public Target {
		Objects.requireNonNull(muscle, "muscle");
		Objects.requireNonNull(change, "change");
		Objects.requireNonNull(demand, "demand");
	}

	/**
	 * A target whose demand follows from its change: activate works, release releases.
	 */
	public Target(String muscle, Change change) {
		this(muscle, change, (change == Change.ACTIVATE) ? ExerciseDemand.Kind.WORKS : ExerciseDemand.Kind.RELEASES);
	}

	/** Whether this target answers a hypothesis of {@code state} about {@code muscle}. */
	public boolean addresses(String muscle, MuscleState state) {
		return this.muscle.equals(muscle) && this.change.addresses() == state;
	}

	public enum Change {

		RELEASE("release", MuscleState.SHORT_OVERACTIVE), ACTIVATE("activate", MuscleState.LONG_UNDERACTIVE);

		private final String id;

		private final MuscleState addresses;

		Change(String id, MuscleState addresses) {
			this.id = id;
			this.addresses = addresses;
		}

		public String id() {
			return this.id;
		}

		public MuscleState addresses() {
			return this.addresses;
		}

		public static Optional<Change> fromId(String id) {
			return Arrays.stream(values()).filter((c) -> c.id.equals(id)).findFirst();
		}

	}

}
