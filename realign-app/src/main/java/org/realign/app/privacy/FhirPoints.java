package org.realign.app.privacy;

import java.util.Locale;

import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.realign.app.assessment.Assessments;
import org.realign.core.landmark.Landmark;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One photo's points in the FHIR export: an Observation with a component per point (its
 * landmark id, where it lies, where it came from) and per skin marker found but not
 * named.
 */
final class FhirPoints {

	/** The points on one photo of an assessment, one Observation per photo. */
	static final String POINTS_SYSTEM = "urn:realign:assessment-points";

	/** A point on a photo: its landmark id, or an unnamed skin marker. */
	static final String LANDMARK_SYSTEM = "urn:realign:landmark";

	static final String UNNAMED_MARKER = "unnamed-skin-marker";

	private FhirPoints() {
	}

	/**
	 * The points on a photo, where they are and where each came from, and the skin
	 * markers found but not named: the practitioner's record as much as the measurements
	 * that rest on them, and health data to be handed out in full.
	 */
	static Observation of(Reference subject, Assessments.StoredAssessment stored, Assessments.StoredView view) {
		Observation points = new Observation();
		points.setStatus(Observation.ObservationStatus.FINAL);
		points.addIdentifier().setSystem(POINTS_SYSTEM).setValue(stored.id() + "/" + view.view().id());
		points.addCategory(new CodeableConcept(
				new Coding("http://terminology.hl7.org/CodeSystem/observation-category", "exam", "Exam")));
		String name = "Points on the " + view.view().id() + " photo";
		points.setCode(new CodeableConcept(new Coding(POINTS_SYSTEM, view.view().id(), name)).setText(name));
		points.setSubject(subject);
		points.setEffective(new DateTimeType(stored.takenOn().toString()));
		points.addNote(new Annotation().setText(String.format(Locale.ROOT,
				"Pixel coordinates on the photo (%.0f x %.0f), origin top-left; uncertainty is one SD in pixels",
				view.landmarks().image().width(), view.landmarks().image().height())));
		for (Landmark landmark : view.landmarks().landmarks()) {
			points.addComponent()
				.setCode(new CodeableConcept(new Coding(LANDMARK_SYSTEM, landmark.id().id(), landmark.id().id())))
				.setValue(new StringType(String.format(Locale.ROOT, "x %.2f, y %.2f; source %s%s", landmark.x(),
						landmark.y(), landmark.source().id(),
						landmark.uncertainty().isPresent()
								? String.format(Locale.ROOT, "; uncertainty %.2f", landmark.uncertainty().getAsDouble())
								: "")));
		}
		if (view.unassignedMarkers() != null) {
			for (JsonNode marker : UNASSIGNED.readTree(view.unassignedMarkers())) {
				points.addComponent()
					.setCode(new CodeableConcept(
							new Coding(LANDMARK_SYSTEM, UNNAMED_MARKER, "Skin marker found but not named")))
					.setValue(new StringType(String.format(Locale.ROOT,
							"x %.2f, y %.2f; diameter %.1f; confidence %.3f; uncertainty %.2f; colour %s",
							marker.path("x").asDouble(), marker.path("y").asDouble(),
							marker.path("diameter").asDouble(), marker.path("confidence").asDouble(),
							marker.path("uncertainty").asDouble(), marker.path("rgb").asString(""))));
			}
		}
		return points;
	}

	private static final JsonMapper UNASSIGNED = JsonMapper.builder().build();

}
