package org.realign.app.privacy;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ValidationResult;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.realign.app.assessment.Assessments;
import org.realign.app.identity.PracticeDirectory;
import org.realign.app.identity.Role;
import org.realign.app.menu.PublishedMenus;
import org.realign.app.testsupport.Browserless;
import org.realign.app.testsupport.DemoClients;
import org.realign.app.testsupport.EmbeddedApp;
import org.realign.core.assessment.Assessor;
import org.realign.core.measure.Measurement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The FHIR R4 export of the demo client Sam Taylor, read back with HAPI's strict parser,
 * counted against what the database holds, and validated against the R4 schemas.
 */
// A context of its own: ClientPrivacyIT erases Sam from the shared demo data.
@EmbeddedApp(properties = "realign.test.context=fhir-export")
class FhirExportIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	PracticeDirectory directory;

	@Autowired
	Assessments assessments;

	@Autowired
	Assessor assessor;

	@Autowired
	PublishedMenus menus;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	long sam;

	Browserless practitioner;

	@BeforeEach
	void samHasScreeningAndOutcomes() {
		this.sam = DemoClients.id(this.directory, "Sam Taylor");
		this.practitioner = Browserless.signedIn(this.port, "practitioner@demo.realign", "realign-demo");
		if (this.jdbc.sql("SELECT COUNT(*) FROM outcome_record WHERE client_id = :c")
			.param("c", this.sam)
			.query(Integer.class)
			.single() > 0) {
			return;
		}
		String today = LocalDate.now(ZoneOffset.UTC).toString();
		JsonNode questionnaire = JSON.readTree(this.practitioner.get(path("/safety/questionnaire")).body());
		Map<String, Boolean> noes = new LinkedHashMap<>();
		questionnaire.get("questions").forEach((q) -> noes.put(q.get("id").asString(), false));
		Map<String, Object> screening = new LinkedHashMap<>();
		screening.put("date", today);
		screening.put("occasion", "intake");
		screening.put("questionnaireVersion", questionnaire.get("version").asInt());
		screening.put("answers", noes);
		assertCreated(
				this.practitioner.sendJson("POST", path("/safety/screenings"), JSON.writeValueAsString(screening)));
		assertCreated(this.practitioner.sendJson("POST", path("/outcomes"),
				"{\"measureId\":\"nprs\",\"point\":\"intake\",\"date\":\"" + today + "\",\"value\":6}"));
		assertCreated(this.practitioner.sendJson("POST", path("/outcomes"),
				"{\"measureId\":\"psfs\",\"point\":\"intake\",\"date\":\"" + today + "\",\"psfs\":{\"activities\":"
						+ "[{\"name\":\"tie my shoelaces\",\"rating\":3},{\"name\":\"lift my child\",\"rating\":4},"
						+ "{\"name\":\"sit through a film\",\"rating\":5}]}}"));
		assertCreated(this.practitioner.sendJson("POST", path("/outcomes"),
				"{\"measureId\":\"start-back\",\"point\":\"intake\",\"date\":\"" + today + "\",\"startBack\":"
						+ "{\"agreeItems1to8\":[true,true,false,false,true,true,true,true],"
						+ "\"bothersomeness\":\"very-much\"}}"));
	}

	@Test
	void export_ofTheDemoClient_holdsEveryRecordAsFhirR4() {
		HttpResponse<String> export = this.practitioner.get("/clients/" + this.sam + "/privacy/export.fhir.json");

		assertThat(export.statusCode()).isEqualTo(200);
		assertThat(export.headers().firstValue("Content-Type").orElse("")).startsWith("application/fhir+json");
		assertThat(this.practitioner.get("/clients/" + this.sam + "/privacy").body())
			.contains("/clients/" + this.sam + "/privacy/export.fhir.json");
		Bundle bundle = strictParser().parseResource(Bundle.class, export.body());

		assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
		assertThat(only(bundle, Patient.class)).singleElement()
			.satisfies((patient) -> assertThat(patient.getNameFirstRep().getText()).isEqualTo("Sam Taylor"));
		assertThat(export.body()).doesNotContain("password").doesNotContain("code_hash").doesNotContain("$2a$");

		List<Observation> measurements = only(bundle, Observation.class).stream()
			.filter((o) -> o.getCode().getCodingFirstRep().getSystem().equals(FhirExport.MEASUREMENT_SYSTEM))
			.toList();
		List<Assessments.Summary> stored = this.assessments.list(this.sam);
		assertThat(stored).hasSize(2);
		int measured = 0;
		for (Assessments.Summary summary : stored) {
			measured += (int) this.assessor
				.assess(this.assessments.find(this.sam, summary.id()).orElseThrow().landmarks())
				.measurements()
				.stream()
				.filter(Measurement.Measured.class::isInstance)
				.count();
		}
		assertThat(measurements).hasSize(measured).isNotEmpty();
		assertThat(measurements).allSatisfy((o) -> {
			assertThat(o.getValueQuantity().getSystem()).isEqualTo("http://unitsofmeasure.org");
			assertThat(o.getValueQuantity().getCode()).isIn("deg", "%", "mm", "cm");
			assertThat(o.getEffectiveDateTimeType().getValueAsString()).matches("\\d{4}-\\d{2}-\\d{2}");
			assertThat(o.getNote()).anySatisfy((note) -> assertThat(note.getText()).startsWith("Measurement error ±"));
		});
		// The demo's drawings were made with craniovertebral angles of 42° and then 47°.
		List<Double> craniovertebral = measurements.stream()
			.filter((o) -> o.getCode().getCodingFirstRep().getCode().equals("craniovertebral-angle"))
			.map((o) -> o.getValueQuantity().getValue().doubleValue())
			.toList();
		assertThat(craniovertebral).hasSize(2);
		assertThat(craniovertebral.get(0)).isCloseTo(42, within(0.5));
		assertThat(craniovertebral.get(1)).isCloseTo(47, within(0.5));
		assertThat(measurements)
			.filteredOn((o) -> o.getCode().getCodingFirstRep().getCode().equals("craniovertebral-angle"))
			.allSatisfy(
					(o) -> assertThat(o.getReferenceRangeFirstRep().hasLow() || o.getReferenceRangeFirstRep().hasHigh())
						.isTrue());

		List<QuestionnaireResponse> responses = only(bundle, QuestionnaireResponse.class);
		assertThat(responses).hasSize(4);
		assertThat(responses).filteredOn((r) -> r.getQuestionnaire().startsWith("urn:realign:questionnaire:red-flags"))
			.singleElement()
			.satisfies((r) -> assertThat(r.getItem()).anySatisfy((item) -> assertThat(item.getText()).isNotBlank()));
		QuestionnaireResponse startBack = responses.stream()
			.filter((r) -> r.getQuestionnaire().equals("urn:realign:questionnaire:start-back"))
			.findFirst()
			.orElseThrow();
		assertThat(startBack.getItem()).extracting((item) -> item.getLinkId())
			.containsExactly("item-1", "item-2", "item-3", "item-4", "item-5", "item-6", "item-7", "item-8", "item-9",
					"score");
		// Licensed for non-commercial use only: no item wording leaves Realign.
		assertThat(startBack.getItem()).filteredOn((item) -> !item.getLinkId().equals("score"))
			.allSatisfy((item) -> assertThat(item.hasText()).isFalse());
		QuestionnaireResponse psfs = responses.stream()
			.filter((r) -> r.getQuestionnaire().equals("urn:realign:questionnaire:psfs"))
			.findFirst()
			.orElseThrow();
		assertThat(psfs.getItem()).extracting((item) -> item.getText()).contains("tie my shoelaces");
		assertThat(only(bundle, Observation.class))
			.filteredOn((o) -> o.getCode().getCodingFirstRep().getSystem().equals("http://loinc.org")
					&& o.getCode().getCodingFirstRep().getCode().equals("72514-3"))
			.singleElement()
			.satisfies((o) -> assertThat(o.getValueQuantity().getValue().doubleValue()).isEqualTo(6.0));

		CarePlan plan = only(bundle, CarePlan.class).get(0);
		assertThat(only(bundle, CarePlan.class)).hasSize(1);
		var menu = this.menus.current(this.sam).orElseThrow();
		assertThat(plan.getActivity()).hasSize(menu.items().size());
		assertThat(plan.getActivity()).extracting((a) -> a.getDetail().getCode().getCodingFirstRep().getCode())
			.containsExactlyElementsOf(menu.items().stream().map((i) -> i.exerciseId()).toList());
		assertThat(plan.getActivity())
			.allSatisfy((a) -> assertThat(a.getDetail().getDescription()).matches(".+: \\d+.*"));
		int photos = stored.stream()
			.mapToInt((summary) -> this.assessments.find(this.sam, summary.id()).orElseThrow().views().size())
			.sum();
		int resources = 1 + measured + photos + 4 + 1 + 1;
		assertThat(bundle.getEntry()).hasSize(resources);
	}

	/**
	 * Every point on every photo is in the record, with where it came from, and so is a
	 * skin marker found but not named (V90): health data is handed out in full.
	 */
	@Test
	void export_holdsThePointsOfEveryPhoto_andTheUnnamedSkinMarkers() {
		Assessments.StoredAssessment first = this.assessments
			.find(this.sam, this.assessments.list(this.sam).get(0).id())
			.orElseThrow();
		Assessments.StoredView view = first.views().get(0);
		this.jdbc
			.sql("UPDATE assessment_view SET unassigned_markers_json = :m WHERE assessment_id = :a AND view_id = :v")
			.param("m",
					"[{\"x\":123.456,\"y\":654.321,\"diameter\":14.0,\"confidence\":0.91,"
							+ "\"uncertainty\":0.4,\"rgb\":\"#2255dd\"}]")
			.param("a", first.id())
			.param("v", view.view().id())
			.update();

		Bundle bundle = strictParser().parseResource(Bundle.class,
				this.practitioner.get("/clients/" + this.sam + "/privacy/export.fhir.json").body());

		Observation points = only(bundle, Observation.class).stream()
			.filter((o) -> o.getCode().getCodingFirstRep().getSystem().equals(FhirPoints.POINTS_SYSTEM)
					&& o.getIdentifierFirstRep().getValue().equals(first.id() + "/" + view.view().id()))
			.findFirst()
			.orElseThrow();
		List<String> named = points.getComponent()
			.stream()
			.map((c) -> c.getCode().getCodingFirstRep().getCode())
			.filter((code) -> !code.equals(FhirPoints.UNNAMED_MARKER))
			.toList();
		assertThat(named).containsExactlyInAnyOrderElementsOf(
				view.landmarks().landmarks().stream().map((l) -> l.id().id()).toList());
		assertThat(points.getComponent())
			.filteredOn((c) -> c.getCode().getCodingFirstRep().getCode().equals(FhirPoints.UNNAMED_MARKER))
			.singleElement()
			.satisfies((c) -> assertThat(c.getValueStringType().getValue())
				.isEqualTo("x 123.46, y 654.32; diameter 14.0; confidence 0.910; uncertainty 0.40; colour #2255dd"));
		var landmark = view.landmarks().landmarks().iterator().next();
		assertThat(points.getComponent())
			.filteredOn((c) -> c.getCode().getCodingFirstRep().getCode().equals(landmark.id().id()))
			.singleElement()
			.satisfies((c) -> assertThat(c.getValueStringType().getValue()).startsWith(String.format(Locale.ROOT,
					"x %.2f, y %.2f; source %s", landmark.x(), landmark.y(), landmark.source().id())));
	}

	@Test
	void export_passesTheR4SchemaValidation() {
		String body = this.practitioner.get("/clients/" + this.sam + "/privacy/export.fhir.json").body();
		Bundle bundle = strictParser().parseResource(Bundle.class, body);
		FhirValidator validator = FhirExport.context().newValidator();
		validator.setValidateAgainstStandardSchema(true);
		validator.setValidateAgainstStandardSchematron(false);

		long started = System.nanoTime();
		ValidationResult result = validator.validateWithResult(bundle);
		long seconds = (System.nanoTime() - started) / 1_000_000_000L;

		assertThat(result.getMessages()).as(result.getMessages().toString()).isEmpty();
		assertThat(result.isSuccessful()).isTrue();
		assertThat(seconds).isLessThan(30);
	}

	@Test
	void export_isTheClientsToo_andNobodyElses() {
		Browserless samSelf = Browserless.signedIn(this.port, "sam@demo.realign", "realign-demo");
		HttpResponse<String> own = samSelf.get("/api/clients/" + this.sam + "/export.fhir");
		HttpResponse<String> byFormat = samSelf.get("/api/clients/" + this.sam + "/export?format=fhir");
		assertThat(own.statusCode()).isEqualTo(200);
		assertThat(byFormat.statusCode()).isEqualTo(200);
		assertThat(strictParser().parseResource(Bundle.class, byFormat.body()).getEntry())
			.hasSameSizeAs(strictParser().parseResource(Bundle.class, own.body()).getEntry());

		Browserless jo = Browserless.signedIn(this.port, "jo@demo.realign", "realign-demo");
		assertThat(jo.get("/api/clients/" + this.sam + "/export.fhir").statusCode()).isEqualTo(404);
		assertThat(jo.get("/clients/" + this.sam + "/privacy/export.fhir.json").statusCode()).isEqualTo(404);
		Browserless stranger = strangerFromAnotherPractice();
		assertThat(stranger.get("/clients/" + this.sam + "/privacy/export.fhir.json").statusCode()).isEqualTo(404);
		assertThat(stranger.get("/api/clients/" + this.sam + "/export?format=fhir").statusCode()).isEqualTo(404);
		assertThat(stranger.get("/api/clients/" + this.sam + "/export.fhir").body()).doesNotContain("Sam Taylor");

		List<Map<String, Object>> audit = this.jdbc
			.sql("SELECT actor, path, status FROM audit_event WHERE client_id = :c AND path LIKE '%fhir%' ORDER BY id")
			.param("c", this.sam)
			.query()
			.listOfRows();
		assertThat(audit).anySatisfy((event) -> {
			assertThat(event.get("actor")).isEqualTo("sam@demo.realign");
			assertThat(event.get("path")).isEqualTo("/api/clients/" + this.sam + "/export.fhir");
			assertThat(((Number) event.get("status")).intValue()).isEqualTo(200);
		});
		assertThat(audit).filteredOn((event) -> ((Number) event.get("status")).intValue() == 404).hasSizeGreaterThan(2);
	}

	private Browserless strangerFromAnotherPractice() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		long elsewhere = this.directory.createPractice("Elsewhere " + tag);
		this.directory.createUser(elsewhere, "stranger-" + tag + "@example.org", this.encoder.encode("realign-demo"),
				"Stranger " + tag, Role.OWNER);
		return Browserless.signedIn(this.port, "stranger-" + tag + "@example.org", "realign-demo");
	}

	private static IParser strictParser() {
		return FhirExport.context().newJsonParser().setParserErrorHandler(new StrictErrorHandler());
	}

	private static <T extends Resource> List<T> only(Bundle bundle, Class<T> type) {
		List<T> found = new ArrayList<>();
		bundle.getEntry().forEach((entry) -> {
			if (type.isInstance(entry.getResource())) {
				found.add(type.cast(entry.getResource()));
			}
		});
		return found;
	}

	private String path(String rest) {
		return "/api/clients/" + this.sam + rest;
	}

	private static void assertCreated(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
	}

}
