package org.realign.app.report;

import java.net.http.HttpResponse;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.realign.app.assessment.Assessments;
import org.realign.app.practice.PracticeDirectory;
import org.realign.app.testsupport.Browserless;
import org.realign.app.testsupport.EmbeddedApp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@EmbeddedApp
class ReportIT {

	@LocalServerPort
	int port;

	@Autowired
	PracticeDirectory directory;

	@Autowired
	Assessments assessments;

	@Test
	void samsReport_isAPdfForThePractitionerAndSam_andNotForJoOrAnonymous() throws Exception {
		long practice = this.directory.findAccount("practitioner@demo.realign").orElseThrow().practiceId();
		long sam = this.directory.clientsOf(practice)
			.stream()
			.filter((c) -> c.displayName().equals("Sam Taylor"))
			.findFirst()
			.orElseThrow()
			.id();
		long assessment = this.assessments.list(sam).get(0).id();
		String path = "/clients/" + sam + "/assessments/" + assessment + "/report.pdf";
		for (String who : new String[] { "practitioner@demo.realign", "sam@demo.realign" }) {
			Browserless browser = new Browserless(this.port);
			browser.logIn(who, "realign-demo");
			HttpResponse<byte[]> pdf = browser.getBytes(path + "?blurFaces=true");
			assertThat(pdf.statusCode()).isEqualTo(200);
			assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
			try (PDDocument document = Loader.loadPDF(pdf.body())) {
				String text = new PDFTextStripper().getText(document);
				assertThat(text).contains("Sam Taylor").contains("Measurements").contains("Menu");
				assertThat(document.getNumberOfPages()).isGreaterThan(1);
			}
		}
		Browserless jo = new Browserless(this.port);
		jo.logIn("jo@demo.realign", "realign-demo");
		assertThat(jo.getBytes(path).statusCode()).isEqualTo(404);
		assertThat(new Browserless(this.port).get(path).uri().getPath()).isEqualTo("/login");
	}

}
