package org.realign.app.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.SimpleQuantity;
import org.hl7.fhir.r4.model.StringType;
import org.realign.app.assessment.Assessments;
import org.realign.app.client.ClientProfile;
import org.realign.app.client.Clients;
import org.realign.app.menu.PublishedMenus;
import org.realign.app.outcome.JdbcOutcomeRecords;
import org.realign.app.outcome.OutcomeRecording;
import org.realign.app.safety.SafetyScreenings;
import org.realign.core.assessment.Assessor;
import org.realign.core.feedback.outcome.OutcomeMeasure;
import org.realign.core.feedback.outcome.OutcomeMeasures;
import org.realign.core.feedback.outcome.OutcomeRecord;
import org.realign.core.feedback.safety.RedFlagQuestion;
import org.realign.core.feedback.safety.RedFlagQuestionnaire;
import org.realign.core.knowledge.KnowledgeBase;
import org.realign.core.measure.Measurement;
import org.realign.core.measure.MeasurementDefinition;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's clinical record as a FHIR R4 {@code collection} Bundle, for another system
 * to import: a Patient, an Observation per measurement per assessment, a
 * QuestionnaireResponse per red-flag screening and per outcome measure, and a CarePlan
 * for the menu in force.
 * <p>
 * Codes: posture measurements have no LOINC codes, so they carry Realign's own code
 * system (the measurement id from the knowledge base); only NPRS has an honest LOINC code
 * (72514-3). Realign has no canonical web address, so its code systems and extensions are
 * URNs under {@code urn:realign:}. The STarT Back Tool is licensed for non-commercial use
 * only: its answers are exported by item number, never with the item wording.
 */
@Component
public class FhirExport {

	/** Realign's code systems, identifiers and extensions. */
	static final String MEASUREMENT_SYSTEM = "urn:realign:measurement";

	static final String EXERCISE_SYSTEM = "urn:realign:exercise";

	static final String OUTCOME_SYSTEM = "urn:realign:outcome-measure";

	static final String CLIENT_IDENTIFIER = "urn:realign:client";

	static final String AGE_BAND_EXTENSION = "urn:realign:fhir:StructureDefinition:age-band";

	static final String LOINC = "http://loinc.org";

	static final String UCUM = "http://unitsofmeasure.org";

	/** LOINC 72514-3: Pain severity - 0-10 verbal numeric rating [Score] - Reported. */
	static final String NPRS_LOINC = "72514-3";

	/**
	 * Thread-safe and costly to create (about 2 s of start-up when it was a plain static
	 * field): one per application, made on the first export, not at start.
	 */
	private static final class Fhir {

		static final FhirContext R4 = FhirContext.forR4();

	}

	private final Clients clients;

	private final Assessments assessments;

	private final Assessor assessor;

	private final PublishedMenus menus;

	private final SafetyScreenings screenings;

	private final OutcomeRecording outcomes;

	private final KnowledgeBase knowledge;

	private final Clock clock;

	private final RedFlagQuestionnaire redFlags = RedFlagQuestionnaire.load();

	FhirExport(Clients clients, Assessments assessments, Assessor assessor, PublishedMenus menus,
			SafetyScreenings screenings, OutcomeRecording outcomes, KnowledgeBase knowledge, Clock clock) {
		this.clients = clients;
		this.assessments = assessments;
		this.assessor = assessor;
		this.menus = menus;
		this.screenings = screenings;
		this.outcomes = outcomes;
		this.knowledge = knowledge;
		this.clock = clock;
	}

	/** The FHIR context the export is written with (R4). */
	public static FhirContext context() {
		return Fhir.R4;
	}

	/** The client's record as FHIR R4 JSON. */
	@Transactional(readOnly = true)
	public String json(long clientId) {
		return Fhir.R4.newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle(clientId));
	}

	/** The client's record as a FHIR R4 collection Bundle. */
	@Transactional(readOnly = true)
	public Bundle bundle(long clientId) {
		Bundle bundle = new Bundle();
		bundle.setType(Bundle.BundleType.COLLECTION);
		bundle.setIdentifier(new Identifier().setSystem("urn:ietf:rfc:3986").setValue(urn()));
		bundle.setTimestamp(Date.from(this.clock.instant()));
		ClientProfile client = this.clients.findAny(clientId)
			.orElseThrow(() -> new IllegalArgumentException("no client " + clientId))
			.profile();
		String patientUrl = urn();
		add(bundle, patientUrl, patient(clientId, client));
		Reference subject = new Reference(patientUrl).setDisplay(client.displayName());
		List<Assessments.Summary> oldestFirst = new ArrayList<>(this.assessments.list(clientId));
		Collections.reverse(oldestFirst);
		for (Assessments.Summary summary : oldestFirst) {
			this.assessments.find(clientId, summary.id()).ifPresent((stored) -> {
				measurements(bundle, subject, stored);
				stored.views().forEach((view) -> add(bundle, urn(), FhirPoints.of(subject, stored, view)));
			});
		}
		screenings(bundle, subject, clientId);
		outcomes(bundle, subject, clientId);
		this.menus.currentPublication(clientId)
			.ifPresent((menu) -> add(bundle, urn(), FhirCarePlan.of(subject, menu, this.knowledge)));
		return bundle;
	}

	private Patient patient(long clientId, ClientProfile client) {
		Patient patient = new Patient();
		patient.addIdentifier().setSystem(CLIENT_IDENTIFIER).setValue(String.valueOf(clientId));
		patient.addName(new HumanName().setText(client.displayName()));
		String ageBand = client.ageBand();
		if (ageBand != null && !ageBand.isBlank()) {
			// Realign records an age band, never a birth date: an extension says exactly
			// that, where Patient.birthDate would invent precision.
			patient.addExtension(new Extension(AGE_BAND_EXTENSION, new StringType(ageBand)));
		}
		return patient;
	}

	private void measurements(Bundle bundle, Reference subject, Assessments.StoredAssessment stored) {
		for (Measurement measurement : this.assessor.assess(stored.landmarks()).measurements()) {
			if (measurement instanceof Measurement.Measured measured) {
				add(bundle, urn(), observation(subject, stored, measured));
			}
		}
	}

	private Observation observation(Reference subject, Assessments.StoredAssessment stored,
			Measurement.Measured measured) {
		Optional<MeasurementDefinition> definition = this.assessor.catalog().find(measured.id());
		Observation observation = new Observation();
		observation.setStatus(Observation.ObservationStatus.FINAL);
		observation.addIdentifier()
			.setSystem("urn:realign:assessment-measurement")
			.setValue(stored.id() + "/" + measured.view().id() + "/" + measured.id());
		observation.addCategory(new CodeableConcept(
				new Coding("http://terminology.hl7.org/CodeSystem/observation-category", "exam", "Exam")));
		String name = definition.map(MeasurementDefinition::name).orElse(measured.id());
		observation.setCode(new CodeableConcept(new Coding(MEASUREMENT_SYSTEM, measured.id(), name)).setText(name));
		observation.setSubject(subject);
		observation.setEffective(day(stored.takenOn()));
		observation.setValue(quantity(measured.value(), measured.unit()));
		observation.addNote(new Annotation().setText("View: " + measured.view().id()
				+ (measured.proxy() ? "; a proxy computed from pose-model keypoints" : "")));
		definition.ifPresent((d) -> {
			observation
				.addNote(new Annotation().setText("Measurement error ± " + d.error().value() + " " + measured.unit()
						+ " (" + d.error().kind() + ")" + (d.error().note().isBlank() ? "" : ": " + d.error().note())));
			if (d.normal().low().isPresent() || d.normal().high().isPresent()) {
				Observation.ObservationReferenceRangeComponent range = observation.addReferenceRange();
				d.normal().low().ifPresent((low) -> range.setLow(simpleQuantity(low, measured.unit())));
				d.normal().high().ifPresent((high) -> range.setHigh(simpleQuantity(high, measured.unit())));
				if (!d.normal().note().isBlank()) {
					range.setText(d.normal().note());
				}
			}
		});
		return observation;
	}

	private void screenings(Bundle bundle, Reference subject, long clientId) {
		for (SafetyScreenings.Entry screening : this.screenings.history(clientId)) {
			QuestionnaireResponse response = response(subject,
					"urn:realign:questionnaire:red-flags|" + screening.questionnaireVersion(), screening.recordedAt(),
					screening.recordedBy());
			response.setIdentifier(new Identifier().setSystem("urn:realign:red-flag-screening")
				.setValue(screening.date() + "/" + screening.occasion()));
			screening.answers().forEach((question, yes) -> {
				QuestionnaireResponse.QuestionnaireResponseItemComponent item = response.addItem().setLinkId(question);
				this.redFlags.question(question).map(RedFlagQuestion::question).ifPresent(item::setText);
				item.addAnswer().setValue(new BooleanType(yes));
			});
			response.addItem()
				.setLinkId("safety-level")
				.setText("Safety level Realign derived from the answers")
				.addAnswer()
				.setValue(new StringType(screening.level()));
			add(bundle, urn(), response);
		}
	}

	private void outcomes(Bundle bundle, Reference subject, long clientId) {
		for (JdbcOutcomeRecords.Stored stored : this.outcomes.history(clientId)) {
			OutcomeRecord record = stored.record();
			String measureId = record.measureId();
			String point = record.point().name().toLowerCase(Locale.ROOT);
			Optional<OutcomeMeasure> measure = OutcomeMeasures.find(measureId);
			QuestionnaireResponse response = response(subject, "urn:realign:questionnaire:" + measureId,
					stored.recordedAt(), stored.recordedBy());
			response.setIdentifier(
					new Identifier().setSystem(OUTCOME_SYSTEM).setValue(measureId + "/" + record.date() + "/" + point));
			if (stored.detail() != null) {
				items(response, measureId, stored.detail());
			}
			QuestionnaireResponse.QuestionnaireResponseItemComponent score = response.addItem()
				.setLinkId("score")
				.setText(measure.map(OutcomeMeasure::name).orElse(measureId) + " (" + point + ", " + record.date()
						+ ")");
			score.addAnswer().setValue(quantity(record.value(), measure.map(OutcomeMeasure::unit).orElse("1")));
			String responseUrl = urn();
			add(bundle, responseUrl, response);
			if ("nprs".equals(measureId)) {
				// The one outcome with a LOINC code: also an Observation, which is what
				// other systems chart pain from.
				Observation pain = new Observation();
				pain.setStatus(Observation.ObservationStatus.FINAL);
				pain.addCategory(new CodeableConcept(
						new Coding("http://terminology.hl7.org/CodeSystem/observation-category", "survey", "Survey")));
				pain.setCode(new CodeableConcept(new Coding(LOINC, NPRS_LOINC,
						"Pain severity - 0-10 verbal numeric rating [Score] - Reported")));
				pain.setSubject(subject);
				pain.setEffective(day(record.date()));
				pain.setValue(quantity(record.value(), "{score}"));
				pain.addDerivedFrom(new Reference(responseUrl));
				add(bundle, urn(), pain);
			}
		}
	}

	/** The answers a score was computed from. */
	private void items(QuestionnaireResponse response, String measureId, JsonNode detail) {
		if ("psfs".equals(measureId) && detail.has("activities")) {
			int number = 1;
			for (JsonNode activity : detail.get("activities")) {
				// The activities are the client's own words: PSFS asks them to name them.
				response.addItem()
					.setLinkId("activity-" + number++)
					.setText(activity.get("name").asString())
					.addAnswer()
					.setValue(new IntegerType(activity.get("rating").asInt()));
			}
		}
		else if ("start-back".equals(measureId) && detail.has("answers")) {
			// Licensed for non-commercial use only: answers by item number, no wording.
			JsonNode answers = detail.get("answers");
			int number = 1;
			for (JsonNode agree : answers.path("agreeItems1to8")) {
				response.addItem()
					.setLinkId("item-" + number++)
					.addAnswer()
					.setValue(new BooleanType(agree.asBoolean()));
			}
			if (answers.hasNonNull("bothersomeness")) {
				response.addItem()
					.setLinkId("item-9")
					.addAnswer()
					.setValue(new StringType(answers.get("bothersomeness").asString()));
			}
		}
	}

	private static QuestionnaireResponse response(Reference subject, String questionnaire, Instant recordedAt,
			String recordedBy) {
		QuestionnaireResponse response = new QuestionnaireResponse();
		response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
		response.setQuestionnaire(questionnaire);
		response.setSubject(subject);
		response.setAuthored(Date.from(recordedAt));
		response.setAuthor(new Reference().setDisplay(recordedBy));
		return response;
	}

	private static Quantity quantity(double value, String ucum) {
		return new Quantity().setValue(value).setUnit(ucum).setSystem(UCUM).setCode(ucum);
	}

	private static SimpleQuantity simpleQuantity(double value, String ucum) {
		SimpleQuantity quantity = new SimpleQuantity();
		quantity.setValue(value).setUnit(ucum).setSystem(UCUM).setCode(ucum);
		return quantity;
	}

	private static DateTimeType day(LocalDate date) {
		return new DateTimeType(date.toString());
	}

	private static void add(Bundle bundle, String fullUrl, Resource resource) {
		bundle.addEntry().setFullUrl(fullUrl).setResource(resource);
	}

	private static String urn() {
		return "urn:uuid:" + UUID.randomUUID();
	}

}
