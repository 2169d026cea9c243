package org.realign.core.program;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an exercise asks of one muscle: to work (contract, hold, lift), to lengthen (be
 * stretched) or to release (let go, rest). The feedback loop reads a cramp by it: only a
 * cramp in a muscle the exercise asks to work can be a wake-up cramp; a cramp in a muscle
 * being stretched or let go is never chased.
 *
 * @param muscle kebab-case muscle id
 * @param demand works, lengthens or releases
 * @param sources where the reading comes from: the sources of the exercise it belongs to
 * (an empty list means the catalogue's own description, written from general practice)
 * @param basis in words, what in the exercise makes this the reading
 */
public record MuscleDemand(String muscle, Demand demand, List<String> sources, String basis) {

	public MuscleDemand {
		Objects.requireNonNull(muscle, "muscle");
		Objects.requireNonNull(demand, "demand");
		sources = List.copyOf(sources);
		basis = basis == null ? "" : basis;
	}

	/** What an exercise asks of a muscle. */
	public enum Demand {

		/** The muscle contracts or holds against load: the place of a wake-up cramp. */
		WORKS("works"),
		/** The muscle is put on a stretch. */
		LENGTHENS("lengthens"),
		/** The muscle is asked to let go and rest, without a stretch. */
		RELEASES("releases");

		private final String id;

		Demand(String id) {
			this.id = id;
		}

		public String id() {
			return this.id;
		}

		public static Optional<Demand> fromId(String id) {
			return Arrays.stream(values()).filter((d) -> d.id.equals(id)).findFirst();
		}

		/** The demand a target implies when the catalogue does not say more. */
		public static Demand of(Target.Change change) {
			return change == Target.Change.ACTIVATE ? WORKS : RELEASES;
		}

	}

}
