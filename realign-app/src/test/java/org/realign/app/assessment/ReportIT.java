package org.realign.app.assessment;

import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.realign.app.identity.PracticeDirectory;
import org.realign.app.identity.Role;
import org.realign.app.testsupport.Browserless;
import org.realign.app.testsupport.DemoClients;
import org.realign.app.testsupport.EmbeddedApp;
import org.realign.core.assessment.Assessor;
import org.realign.core.knowledge.ClientConstraints;
import org.realign.core.knowledge.Hypothesis;
import org.realign.core.knowledge.KnowledgeBase;
import org.realign.core.program.Advisor;

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

	@Autowired
	Assessor assessor;

	@Autowired
	Advisor advisor;

	@Autowired
	KnowledgeBase knowledge;

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
				assertThat(text).contains("Sam Taylor").contains("Measurements").contains("exercise menu");
				assertThat(document.getNumberOfPages()).isGreaterThan(1);
			}
		}
		Browserless jo = new Browserless(this.port);
		jo.logIn("jo@demo.realign", "realign-demo");
		assertThat(jo.getBytes(path).statusCode()).isEqualTo(404);
		assertThat(new Browserless(this.port).get(path).uri().getPath()).isEqualTo("/login");
	}

	/**
	 * The report printed finding and muscle ids instead of names, "NaN" for a normal
	 * range with one bound, and used a Latin-1 font.
	 */
	@Test
	void samsReport_namesFindingsAndMuscles_andPrintsOneSidedRangesInWords() throws Exception {
		long sam = DemoClients.id(this.directory, "Sam Taylor");
		List<Assessments.Summary> list = this.assessments.list(sam);
		long first = list.get(list.size() - 1).id();
		String text;
		byte[] pdf = Browserless.signedIn(this.port, "practitioner@demo.realign", "realign-demo")
			.getBytes("/clients/" + sam + "/assessments/" + first + "/report.pdf")
			.body();
		// Kept for a look with a PDF viewer or pdftoppm.
		Files.createDirectories(Path.of("target", "screenshots"));
		Files.write(Path.of("target", "screenshots", "sam-report.pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			// Wrapped lines join again, so that a phrase reads the same wherever the line
			// broke.
			text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(fontNames(document.getPage(0))).anyMatch((name) -> name.contains("LiberationSans"));
			Path png = Path.of("target", "screenshots", "report-photo-page.png");
			Files.createDirectories(png.getParent());
			BufferedImage photoPage = new PDFRenderer(document).renderImageWithDPI(document.getNumberOfPages() - 1, 80);
			ImageIO.write(photoPage, "png", png.toFile());
			// The craniovertebral angle's lines are drawn in the first construction
			// colour.
			assertThat(pixelsNear(photoPage, 0x0b5c7a)).as("pixels in the craniovertebral angle's colour")
				.isGreaterThan(50);
		}
		assertThat(text).doesNotContain("NaN");
		assertThat(text)
			.contains("Craniovertebral angle: 42.0 deg (normal at least 46.5 deg; measurement error 1.7 deg (MDC))");
		assertThat(text).contains("no normal range established");
		assertThat(text).contains("Forward head posture").doesNotContain("forward-head-posture ·");
		assertThat(text).contains("Craniovertebral angle: 42.0°");
		var findings = this.assessor.assess(this.assessments.find(sam, first).orElseThrow().landmarks()).findings();
		List<Hypothesis> hypotheses = this.advisor
			.advise(findings, ClientConstraints.parse(ClientConstraints.DEFAULT_MINUTES, List.of()))
			.hypotheses()
			.items();
		assertThat(hypotheses).isNotEmpty();
		for (Hypothesis h : hypotheses) {
			String name = this.knowledge.muscle(h.muscle()).orElseThrow().name();
			assertThat(text).contains(name).doesNotContain("  " + h.muscle() + " ");
		}
	}

	/** Names outside Latin-1 print as they are. */
	@Test
	void report_clientNamedOutsideLatin1_printsTheName() throws Exception {
		long practice = this.directory.findAccount("practitioner@demo.realign").orElseThrow().practiceId();
		long practitioner = this.directory.findAccount("practitioner@demo.realign").orElseThrow().id();
		long client = this.directory.createClient(practice, null, null, "Łucja Đorđević");
		long sam = DemoClients.id(this.directory, "Sam Taylor");
		Assessments.StoredView view = this.assessments.find(sam, this.assessments.list(sam).get(0).id())
			.orElseThrow()
			.views()
			.get(0);
		long assessment = this.assessments.create(client, LocalDate.now(ZoneOffset.UTC), practitioner, List.of(view));
		try (PDDocument document = Loader
			.loadPDF(Browserless.signedIn(this.port, "practitioner@demo.realign", "realign-demo")
				.getBytes("/clients/" + client + "/assessments/" + assessment + "/report.pdf")
				.body())) {
			assertThat(new PDFTextStripper().getText(document)).contains("Assessment report: Łucja Đorđević");
		}
	}

	private static List<String> fontNames(PDPage page) throws java.io.IOException {
		List<String> names = new java.util.ArrayList<>();
		for (COSName name : page.getResources().getFontNames()) {
			names.add(page.getResources().getFont(name).getName());
		}
		return names;
	}

	private static int pixelsNear(BufferedImage image, int rgb) {
		int count = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int p = image.getRGB(x, y);
				if (Math.abs(((p >> 16) & 0xff) - ((rgb >> 16) & 0xff)) < 30
						&& Math.abs(((p >> 8) & 0xff) - ((rgb >> 8) & 0xff)) < 30
						&& Math.abs((p & 0xff) - (rgb & 0xff)) < 30) {
					count++;
				}
			}
		}
		return count;
	}

}
