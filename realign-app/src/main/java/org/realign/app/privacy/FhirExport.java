package org.realign.app.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.hl7.fhir.r4.model.StringType;
import org.realign.app.assessment.Assessments;
import org.realign.app.menu.PublishedMenus;
import org.realign.core.assessment.Assessor;
import org.realign.core.feedback.outcome.OutcomeMeasure;
import org.realign.core.feedback.outcome.OutcomeMeasures;
import org.realign.core.feedback.safety.RedFlagQuestion;
import org.realign.core.feedback.safety.RedFlagQuestionnaire;
import org.realign.core.knowledge.KnowledgeBase;
import org.realign.core.measure.Measurement;
import org.realign.core.measure.MeasurementDefinition;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
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

	private final JdbcClient jdbc;

	private final Assessments assessments;

	private final Assessor assessor;

	private final PublishedMenus menus;

	private final KnowledgeBase knowledge;

	private final Clock clock;

	private final RedFlagQuestionnaire redFlags = RedFlagQuestionnaire.load();

	private final JsonMapper json = JsonMapper.builder().build();

	FhirExport(JdbcClient jdbc, Assessments assessments, Assessor assessor, PublishedMenus menus,
			KnowledgeBase knowledge, Clock clock) {
		this.jdbc = jdbc;
		this.assessments = assessments;
		this.assessor = assessor;
		this.menus = menus;
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
		Map<String, Object> client = this.jdbc
			.sql("SELECT display_name, age_band, created_at FROM client WHERE id = :client")
			.param("client", clientId)
			.query()
			.singleRow();
		String patientUrl = urn();
		add(bundle, patientUrl, patient(clientId, client));
		Reference subject = new Reference(patientUrl).setDisplay((String) client.get("display_name"));
		List<Assessments.Summary> oldestFirst = new java.util.ArrayList<>(this.assessments.list(clientId));
		java.util.Collections.reverse(oldestFirst);
		for (Assessments.Summary summary : oldestFirst) {
			this.assessments.find(clientId, summary.id()).ifPresent((stored) -> measurements(bundle, subject, stored));
		}
		screenings(bundle, subject, clientId);
		outcomes(bundle, subject, clientId);
		this.menus.currentPublication(clientId)
			.ifPresent((menu) -> add(bundle, urn(), FhirCarePlan.of(subject, menu, this.knowledge)));
		return bundle;
	}

	private Patient patient(long clientId, Map<String, Object> client) {
		Patient patient = new Patient();
		patient.addIdentifier().setSystem(CLIENT_IDENTIFIER).setValue(String.valueOf(clientId));
		patient.addName(new HumanName().setText((String) client.get("display_name")));
		Object ageBand = client.get("age_band");
		if (ageBand != null && !ageBand.toString().isBlank()) {
			// Realign records an age band, never a birth date: an extension says exactly
			// that, where Patient.birthDate would invent precision.
			patient.addExtension(new Extension(AGE_BAND_EXTENSION, new StringType(ageBand.toString())));
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
		this.jdbc
			.sql("SELECT screened_on, occasion, questionnaire_version, answers_json, safety_level, recorded_at, "
					+ "recorded_by FROM red_flag_screening WHERE client_id = :client ORDER BY id")
			.param("client", clientId)
			.query()
			.listOfRows()
			.forEach((row) -> {
				QuestionnaireResponse response = response(subject,
						"urn:realign:questionnaire:red-flags|" + row.get("questionnaire_version"),
						row.get("recorded_at"), (String) row.get("recorded_by"));
				response.setIdentifier(new Identifier().setSystem("urn:realign:red-flag-screening")
					.setValue(row.get("screened_on") + "/" + row.get("occasion")));
				JsonNode answers = this.json.readTree((String) row.get("answers_json"));
				answers.properties().forEach((answer) -> {
					QuestionnaireResponse.QuestionnaireResponseItemComponent item = response.addItem()
						.setLinkId(answer.getKey());
					this.redFlags.question(answer.getKey()).map(RedFlagQuestion::question).ifPresent(item::setText);
					item.addAnswer().setValue(new BooleanType(answer.getValue().asBoolean()));
				});
				response.addItem()
					.setLinkId("safety-level")
					.setText("Safety level Realign derived from the answers")
					.addAnswer()
					.setValue(new StringType((String) row.get("safety_level")));
				add(bundle, urn(), response);
			});
	}

	private void outcomes(Bundle bundle, Reference subject, long clientId) {
		this.jdbc
			.sql("SELECT measure_id, measured_on, assessment_point, measured_value, detail_json, recorded_at, "
					+ "recorded_by FROM outcome_record WHERE client_id = :client ORDER BY measured_on, id")
			.param("client", clientId)
			.query()
			.listOfRows()
			.forEach((row) -> {
				String measureId = (String) row.get("measure_id");
				Optional<OutcomeMeasure> measure = OutcomeMeasures.find(measureId);
				QuestionnaireResponse response = response(subject, "urn:realign:questionnaire:" + measureId,
						row.get("recorded_at"), (String) row.get("recorded_by"));
				response.setIdentifier(new Identifier().setSystem(OUTCOME_SYSTEM)
					.setValue(measureId + "/" + row.get("measured_on") + "/"
							+ row.get("assessment_point").toString().toLowerCase(Locale.ROOT)));
				String detail = (String) row.get("detail_json");
				if (detail != null) {
					items(response, measureId, this.json.readTree(detail));
				}
				double value = ((Number) row.get("measured_value")).doubleValue();
				QuestionnaireResponse.QuestionnaireResponseItemComponent score = response.addItem()
					.setLinkId("score")
					.setText(measure.map(OutcomeMeasure::name).orElse(measureId) + " ("
							+ row.get("assessment_point").toString().toLowerCase(Locale.ROOT) + ", "
							+ row.get("measured_on") + ")");
				score.addAnswer().setValue(quantity(value, measure.map(OutcomeMeasure::unit).orElse("1")));
				String responseUrl = urn();
				add(bundle, responseUrl, response);
				if ("nprs".equals(measureId)) {
					// The one outcome with a LOINC code: also an Observation, which is
					// what other systems chart pain from.
					Observation pain = new Observation();
					pain.setStatus(Observation.ObservationStatus.FINAL);
					pain.addCategory(new CodeableConcept(new Coding(
							"http://terminology.hl7.org/CodeSystem/observation-category", "survey", "Survey")));
					pain.setCode(new CodeableConcept(new Coding(LOINC, NPRS_LOINC,
							"Pain severity - 0-10 verbal numeric rating [Score] - Reported")));
					pain.setSubject(subject);
					pain.setEffective(day(localDate(row.get("measured_on"))));
					pain.setValue(quantity(value, "{score}"));
					pain.addDerivedFrom(new Reference(responseUrl));
					add(bundle, urn(), pain);
				}
			});
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

	private static QuestionnaireResponse response(Reference subject, String questionnaire, Object recordedAt,
			String recordedBy) {
		QuestionnaireResponse response = new QuestionnaireResponse();
		response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
		response.setQuestionnaire(questionnaire);
		response.setSubject(subject);
		response.setAuthored(date(recordedAt));
		response.setAuthor(new Reference().setDisplay(recordedBy));
		return response;
	}

	private static Quantity quantity(double value, String ucum) {
		return new Quantity().setValue(value).setUnit(ucum).setSystem(UCUM).setCode(ucum);
	}

	private static org.hl7.fhir.r4.model.SimpleQuantity simpleQuantity(double value, String ucum) {
		org.hl7.fhir.r4.model.SimpleQuantity quantity = new org.hl7.fhir.r4.model.SimpleQuantity();
		quantity.setValue(value).setUnit(ucum).setSystem(UCUM).setCode(ucum);
		return quantity;
	}

	private static DateTimeType day(LocalDate date) {
		return new DateTimeType(date.toString());
	}

	private static LocalDate localDate(Object date) {
		if (date instanceof LocalDate day) {
			return day;
		}
		if (date instanceof java.sql.Date day) {
			return day.toLocalDate();
		}
		return LocalDate.parse(date.toString());
	}

	private static Date date(Object timestamp) {
		if (timestamp instanceof OffsetDateTime at) {
			return Date.from(at.toInstant());
		}
		if (timestamp instanceof java.sql.Timestamp at) {
			return new Date(at.getTime());
		}
		return Date.from(OffsetDateTime.parse(timestamp.toString()).toInstant());
	}

	private static void add(Bundle bundle, String fullUrl, Resource resource) {
		bundle.addEntry().setFullUrl(fullUrl).setResource(resource);
	}

	private static String urn() {
		return "urn:uuid:" + UUID.randomUUID();
	}

}
