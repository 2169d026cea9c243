package org.realign.core.feedback;

import java.util.ArrayList;
import java.util.List;

import org.realign.core.prescription.PrescribedItem;

/**
 * The hard stops on "chase the cramp" and on progressing an exercise (field research
 * §5.3): any pain with the exercise, an open red flag, a cramp awaiting medical review,
 * or a cramp outside the exercise's target muscles.
 */
public final class Guardrails {

	private Guardrails() {
	}

	/** Why a dose must not be raised after this entry; empty when nothing stops it. */
	public static List<String> blockers(RuleInput input, ClassifiedEntry entry, PrescribedItem item) {
		List<String> reasons = new ArrayList<>();
		int pain = entry.entry().worstPain();
		if (pain > 0) {
			reasons.add("pain was reported with the exercise (NPRS " + pain + ")");
		}
		if (!input.safety().isClear()) {
			reasons.add("red-flag screening is " + input.safety().level().id() + " (open: "
					+ String.join(", ", input.safety().openFlags()) + ")");
		}
		for (CrampClassification review : input.openMedicalReviews()) {
			reasons.add("a " + review.cramp().onset().id() + " cramp in the " + review.cramp().where()
					+ " awaits medical review");
		}
		for (CrampReport cramp : entry.entry().cramps()) {
			if (!item.targets(cramp.where())) {
				reasons.add("a cramp came outside the target muscles (" + cramp.where() + ")");
			}
		}
		return reasons;
	}

}
