package org.realign.core.feedback;

import java.util.List;
import java.util.Objects;

/**
 * How a cramp was read and why.
 *
 * @param cramp the cramp
 * @param exerciseId the exercise it came with, or empty for a night or rest cramp
 * @param kind the class
 * @param reasons one readable sentence per reason, for the practitioner
 * @param sourceIds the sources the reasons rest on
 */
public record CrampClassification(CrampReport cramp, String exerciseId, CrampClass kind, List<String> reasons,
		List<String> sourceIds) {

	public CrampClassification {
		Objects.requireNonNull(cramp, "cramp");
		exerciseId = exerciseId == null ? "" : exerciseId;
		Objects.requireNonNull(kind, "kind");
		reasons = List.copyOf(reasons);
		sourceIds = List.copyOf(sourceIds);
	}

	public boolean needsMedicalReview() {
		return this.kind == CrampClass.NEEDS_MEDICAL_REVIEW;
	}

}
