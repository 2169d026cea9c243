package org.realign.core.feedback;

import java.util.ArrayList;
import java.util.List;

import org.realign.core.prescription.PrescribedItem;

/**
 * The hard stops on "chase the cramp" and on progressing an exercise (field research
 * §5.3): any pain with the exercise, an open red flag, a cramp awaiting medical review, a
 * cramp outside the muscles the exercise asks to work; and a spasm: one reported in the
 * session stops every raise of that session, and an episode not yet cleared by the
 * practitioner stops every raise until it is (a spasm is guarding, Hodges and Tucker
 * 2011; holding the dose still meanwhile is our own conservative reading).
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
			if (!item.works(cramp.where())) {
				reasons.add(item.demandOn(cramp.where())
					.map((demand) -> "a cramp came in the " + cramp.place() + ", which " + item.exerciseId() + " "
							+ demand.kind().id() + " rather than works")
					.orElse("a cramp came outside the target muscles (" + cramp.place() + ")"));
			}
		}
		for (SpasmReport spasm : input.latestSpasms()) {
			reasons.add(
					"a spasm (" + spasm.region() + ", severity " + spasm.severity() + ") was reported in this session");
		}
		for (OpenSpasm open : input.openSpasms()) {
			reasons.add("a spasm episode in the " + open.region() + " since " + open.date()
					+ " is open until you clear it");
		}
		return reasons;
	}

}
