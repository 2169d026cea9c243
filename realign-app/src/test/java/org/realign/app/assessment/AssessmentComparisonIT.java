package org.realign.app.assessment;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.realign.app.identity.PracticeDirectory;
import org.realign.app.identity.Role;
import org.realign.app.testsupport.Browserless;
import org.realign.app.testsupport.DemoClients;
import org.realign.app.testsupport.EmbeddedApp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The side-by-side comparison of two assessments over HTTP: the demo client's two
 * assessments a fortnight apart (craniovertebral angle 42 then 47 deg, pelvic tilt 24
 * then 19 deg), each change judged against the measurement's minimal detectable change.
 */
@EmbeddedApp
class AssessmentComparisonIT {

	@LocalServerPort
	int port;

	@Autowired
	PracticeDirectory directory;

	@Autowired
	Assessments assessments;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void compare_samsTwoAssessments_tableGivesValuesChangesAndVerdicts() {
		long sam = DemoClients.id(this.directory, "Sam Taylor");
		// The demo's two are the oldest (other tests may add newer ones).
		List<Assessments.Summary> list = this.assessments.list(sam);
		long older = list.get(list.size() - 1).id();
		long newer = list.get(list.size() - 2).id();
		assertThat(list.get(list.size() - 1).takenOn().plusDays(14)).isEqualTo(list.get(list.size() - 2).takenOn());
		HttpResponse<String> page = practitioner()
			.get("/clients/" + sam + "/assessments/compare?a=" + older + "&b=" + newer);
		assertThat(page.statusCode()).isEqualTo(200);
		String body = page.body();

		// The craniovertebral angle rose by 5 deg; its MDC is 1.7 deg (given as an MDC).
		String cva = row(body, "craniovertebral-angle");
		assertThat(cell(cva, "value-a")).isEqualTo("42.0 deg");
		assertThat(cell(cva, "value-b")).isEqualTo("47.0 deg");
		assertThat(cell(cva, "change")).isEqualTo("+5.0 deg");
		assertThat(cell(cva, "error")).contains("MDC 1.7 deg");
		assertThat(cva).contains("data-verdict=\"beyond\"");
		assertThat(cell(cva, "verdict")).isEqualTo("Yes: beyond the error");

		// The pelvic tilt fell by 7 deg, just within its MDC95 of 1.96 x sqrt(2) x 2.7 =
		// 7.5 deg.
		String tilt = row(body, "sagittal-pelvic-tilt");
		assertThat(cell(tilt, "value-a")).isEqualTo("34.0 deg");
		assertThat(cell(tilt, "value-b")).isEqualTo("27.0 deg");
		assertThat(cell(tilt, "change")).isEqualTo("-7.0 deg");
		assertThat(cell(tilt, "error")).contains("MDC 7.5 deg").contains("SEM 2.7");
		assertThat(tilt).contains("data-verdict=\"within\"");

		// Every measurement of the side view has a row; both photos are shown with their
		// drawings.
		assertThat(body).contains("data-id=\"body-vertical-alignment\"").contains("data-id=\"knee-flexion-angle\"");
		assertThat(body).contains("id=\"photo-a-left-lateral\"").contains("id=\"photo-b-left-lateral\"");
		assertThat(body).contains("/assessments/" + older + "/photos/left-lateral")
			.contains("/assessments/" + newer + "/photos/left-lateral");
		assertThat(body).contains("data-drawings=\"[{&quot;id&quot;:&quot;craniovertebral-angle&quot;");
	}

	@Test
	void clientPage_offersTheComparisonOfItsAssessments() {
		long sam = DemoClients.id(this.directory, "Sam Taylor");
		String body = practitioner().get("/clients/" + sam).body();
		assertThat(body).contains("id=\"compare-assessments\"")
			.contains("action=\"/clients/" + sam + "/assessments/compare\"")
			.contains("name=\"a\"")
			.contains("name=\"b\"");
	}

	@Test
	void compare_badIds_answer400NamingTheParameterAndTheValue() {
		long sam = DemoClients.id(this.directory, "Sam Taylor");
		long newer = this.assessments.list(sam).get(0).id();
		HttpResponse<String> notANumber = practitioner()
			.get("/clients/" + sam + "/assessments/compare?a=first&b=" + newer);
		assertThat(notANumber.statusCode()).isEqualTo(400);
		assertThat(notANumber.body()).contains("Assessment a: &quot;first&quot; is not an assessment number.")
			.doesNotContain("id=\"comparison\"");

		HttpResponse<String> missing = practitioner().get("/clients/" + sam + "/assessments/compare?a=" + newer);
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(missing.body()).contains("Assessment b: choose an assessment.");

		HttpResponse<String> same = practitioner()
			.get("/clients/" + sam + "/assessments/compare?a=" + newer + "&b=" + newer);
		assertThat(same.statusCode()).isEqualTo(400);
		assertThat(same.body()).contains("both number " + newer);
	}

	@Test
	void compare_assessmentOfAnotherClientOrUnknown_answers404() {
		long sam = DemoClients.id(this.directory, "Sam Taylor");
		long jo = DemoClients.id(this.directory, "Jo Rivera");
		List<Assessments.Summary> list = this.assessments.list(sam);
		Assessments.StoredView samsView = this.assessments.find(sam, list.get(0).id()).orElseThrow().views().get(0);
		long practitioner = this.directory.findAccount("practitioner@demo.realign").orElseThrow().id();
		long josAssessment = this.assessments.create(jo, LocalDate.now(ZoneOffset.UTC), practitioner,
				List.of(samsView));

		String samPath = "/clients/" + sam + "/assessments/compare?a=" + list.get(1).id() + "&b=";
		assertThat(practitioner().get(samPath + josAssessment).statusCode()).isEqualTo(404);
		assertThat(practitioner().get(samPath + 987654321).statusCode()).isEqualTo(404);
		assertThat(practitioner()
			.get("/clients/" + jo + "/assessments/compare?a=" + list.get(1).id() + "&b=" + josAssessment)
			.statusCode()).isEqualTo(404);
	}

	@Test
	void compare_practitionerOfAnotherPractice_answers404_andAClient403() {
		long sam = DemoClients.id(this.directory, "Sam Taylor");
		List<Assessments.Summary> list = this.assessments.list(sam);
		String path = "/clients/" + sam + "/assessments/compare?a=" + list.get(1).id() + "&b=" + list.get(0).id();
		long other = this.directory.createPractice("Compare Elsewhere");
		this.directory.createUser(other, "compare-elsewhere@example.org", this.passwordEncoder.encode("elsewhere-pass"),
				"Compare Elsewhere", Role.PRACTITIONER);
		HttpResponse<String> elsewhere = Browserless
			.signedIn(this.port, "compare-elsewhere@example.org", "elsewhere-pass")
			.get(path);
		assertThat(elsewhere.statusCode()).isEqualTo(404);
		assertThat(elsewhere.body()).doesNotContain("42.0 deg");
		// Clients meet the practitioners-only answer of every practitioner page, the same
		// whatever the ids.
		assertThat(Browserless.signedIn(this.port, "jo@demo.realign", "realign-demo").get(path).statusCode())
			.isEqualTo(403);
	}

	private Browserless practitioner() {
		return Browserless.signedIn(this.port, "practitioner@demo.realign", "realign-demo");
	}

	private static String row(String body, String measurementId) {
		Matcher m = Pattern.compile("<tr data-id=\"" + Pattern.quote(measurementId) + "\".*?</tr>", Pattern.DOTALL)
			.matcher(body);
		assertThat(m.find()).as("a row for " + measurementId).isTrue();
		return m.group();
	}

	private static String cell(String row, String cssClass) {
		Matcher m = Pattern.compile("<td class=\"" + Pattern.quote(cssClass) + "[^\"]*\">(.*?)</td>", Pattern.DOTALL)
			.matcher(row);
		assertThat(m.find()).as("a " + cssClass + " cell in " + row).isTrue();
		return m.group(1).strip();
	}

}
