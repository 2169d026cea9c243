package org.realign.core.prescription;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an exercise of the menu asks of one muscle, as the cramp classifier reads it: only
 * a muscle the exercise asks to work can give a wake-up cramp. A cramp in a muscle being
 * lengthened or let go is read differently and never chased.
 *
 * @param muscle kebab-case muscle id
 * @param kind works, lengthens or releases
 * @param sourceIds where the reading comes from (the exercise's sources); empty when the
 * catalogue's own description, written from general practice, is the only basis
 * @param basis in words, what in the exercise makes this the reading
 */
public record ExerciseDemand(String muscle, Kind kind, List<String> sourceIds, String basis) {

	public ExerciseDemand {
		Objects.requireNonNull(muscle, "muscle");
		Objects.requireNonNull(kind, "kind");
		sourceIds = List.copyOf(sourceIds);
		basis = basis == null ? "" : basis;
	}

	public static ExerciseDemand works(String muscle) {
		return new ExerciseDemand(muscle, Kind.WORKS, List.of(), "");
	}

	public static ExerciseDemand lengthens(String muscle) {
		return new ExerciseDemand(muscle, Kind.LENGTHENS, List.of(), "");
	}

	public static ExerciseDemand releases(String muscle) {
		return new ExerciseDemand(muscle, Kind.RELEASES, List.of(), "");
	}

	/** Where the reading comes from, in words for the practitioner. */
	public String shownSource() {
		return this.sourceIds.isEmpty() ? "the catalogue's own description (no published source)"
				: String.join(", ", this.sourceIds);
	}

	/** What an exercise asks of a muscle. */
	public enum Kind {

		/** Contract or hold against load. */
		WORKS("works"),
		/** Be put on a stretch. */
		LENGTHENS("lengthens"),
		/** Let go and rest, without a stretch. */
		RELEASES("releases");

		private final String id;

		Kind(String id) {
			this.id = id;
		}

		public String id() {
			return this.id;
		}

		public static Optional<Kind> fromId(String id) {
			return Arrays.stream(values()).filter((kind) -> kind.id.equals(id)).findFirst();
		}

	}

}
