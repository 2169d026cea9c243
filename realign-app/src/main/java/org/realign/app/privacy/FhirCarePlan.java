package org.realign.app.privacy;

import java.util.Date;

import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Timing;
import org.realign.app.menu.PublishedMenus;
import org.realign.core.knowledge.Exercise;
import org.realign.core.knowledge.KnowledgeBase;
import org.realign.core.prescription.Dose;
import org.realign.core.prescription.PrescribedItem;

/**
 * The menu in force as a FHIR R4 CarePlan: one task per exercise with its dose in words,
 * scheduled as often a week as the menu says.
 */
final class FhirCarePlan {

	private FhirCarePlan() {
	}

	static CarePlan of(Reference subject, PublishedMenus.Publication publication, KnowledgeBase knowledge) {
		CarePlan plan = new CarePlan();
		plan.setStatus(CarePlan.CarePlanStatus.ACTIVE);
		plan.setIntent(CarePlan.CarePlanIntent.PLAN);
		plan.addIdentifier().setSystem("urn:realign:menu").setValue(publication.menu().menuId());
		plan.setTitle("Corrective exercise menu");
		plan.setDescription(publication.menu().sessionsPerWeek() + " sessions a week");
		plan.setSubject(subject);
		plan.setCreated(Date.from(publication.publishedAt().toInstant()));
		plan.setAuthor(new Reference().setDisplay(publication.publishedBy()));
		for (PrescribedItem item : publication.menu().items()) {
			String name = knowledge.exercises().find(item.exerciseId()).map(Exercise::name).orElse(item.exerciseId());
			CarePlan.CarePlanActivityDetailComponent detail = plan.addActivity().getDetail();
			detail.setKind(CarePlan.CarePlanActivityKind.TASK);
			detail.setCode(
					new CodeableConcept(new Coding(FhirExport.EXERCISE_SYSTEM, item.exerciseId(), name)).setText(name));
			detail.setStatus(CarePlan.CarePlanActivityStatus.INPROGRESS);
			detail.setDescription(name + ": " + dose(item));
			Timing timing = new Timing();
			timing.getRepeat()
				.setFrequency(publication.menu().sessionsPerWeek())
				.setPeriod(1)
				.setPeriodUnit(Timing.UnitsOfTime.WK);
			detail.setScheduled(timing);
		}
		return plan;
	}

	private static String dose(PrescribedItem item) {
		Dose dose = item.dose();
		String amount = dose.isHold() ? dose.seconds() + "s hold"
				: (dose.sets() > 1 ? dose.sets() + " x " : "") + dose.reps() + " repetitions";
		return amount + (dose.perSide() ? " per side" : "");
	}

}
