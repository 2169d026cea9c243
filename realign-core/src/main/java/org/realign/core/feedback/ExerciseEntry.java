package org.realign.core.feedback;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One exercise of a session: done or skipped (and why), what was done, how hard it felt,
 * and the feedback.
 *
 * @param exerciseId an exercise of the menu
 * @param done whether the client did it
 * @param skipReason why it was skipped, empty when done
 * @param performed what was done, empty when skipped or not counted
 * @param effort how hard it felt, 0 (nothing) .. 10 (maximal), if the client said
 * @param feedback cramps, pains and spasms; empty for none
 */
public record ExerciseEntry(String exerciseId, boolean done, Optional<String> skipReason, Optional<Performed> performed,
		Optional<Integer> effort, List<Feedback> feedback) {

	public ExerciseEntry {
		Objects.requireNonNull(exerciseId, "exerciseId");
		skipReason = skipReason == null ? Optional.empty() : skipReason;
		performed = performed == null ? Optional.empty() : performed;
		effort = effort == null ? Optional.empty() : effort;
		feedback = List.copyOf(feedback);
	}

	public static ExerciseEntry done(String exerciseId, Performed performed, int effort, Feedback... feedback) {
		return new ExerciseEntry(exerciseId, true, Optional.empty(), Optional.of(performed), Optional.of(effort),
				List.of(feedback));
	}

	public static ExerciseEntry skipped(String exerciseId, String reason) {
		return new ExerciseEntry(exerciseId, false, Optional.of(reason), Optional.empty(), Optional.empty(), List.of());
	}

	public List<CrampReport> cramps() {
		return this.feedback.stream().filter(CrampReport.class::isInstance).map(CrampReport.class::cast).toList();
	}

	public List<PainReport> pains() {
		return this.feedback.stream().filter(PainReport.class::isInstance).map(PainReport.class::cast).toList();
	}

	public List<SpasmReport> spasms() {
		return this.feedback.stream().filter(SpasmReport.class::isInstance).map(SpasmReport.class::cast).toList();
	}

	/** The worst pain reported for this exercise, 0 when none. */
	public int worstPain() {
		return pains().stream().mapToInt(PainReport::nprs).max().orElse(0);
	}

}
