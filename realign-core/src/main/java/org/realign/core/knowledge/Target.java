package org.realign.core.knowledge;

import java.util.Objects;

/**
 * A muscle an exercise works on and the change it intends: release a short, overactive
 * muscle or activate (wake up) a long, underactive one.
 */
public record Target(String muscle, Change change) {

	public Target {
		Objects.requireNonNull(muscle, "muscle");
		Objects.requireNonNull(change, "change");
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

		public static java.util.Optional<Change> fromId(String id) {
			return java.util.Arrays.stream(values()).filter((c) -> c.id.equals(id)).findFirst();
		}

	}

}
