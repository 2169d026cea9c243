package org.realign.app.practice;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.realign.app.assessment.Assessments;
import org.realign.app.identity.PracticeDirectory;
import org.realign.app.menu.PublishedMenus;
import org.realign.app.testsupport.Browserless;
import org.realign.app.testsupport.DemoClients;
import org.realign.app.testsupport.EmbeddedApp;
import org.realign.core.prescription.PrescribedItem;
import org.realign.core.knowledge.KnowledgeBase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The practice's own identity: the owner names the practice, gives its address, contact
 * and logo (checked like a photo), and they appear on its pages, the printed menu and the
 * PDF report, whose menu is the one the practitioner published.
 */
@EmbeddedApp(properties = "realign.test.database=practice-identity")
class PracticeIdentityIT {

	@LocalServerPort
	int port;

	@Autowired
	PracticeDirectory directory;

	@Autowired
	Assessments assessments;

	@Autowired
	PublishedMenus menus;

	@Autowired
	KnowledgeBase knowledge;

	@Autowired
	JdbcClient jdbc;

	@Test
	void nameAddressContactAndLogo_onPagesThePrintedMenuAndThePdf() throws Exception {
		Browserless owner = Browserless.signedIn(this.port, "practitioner@demo.realign", "realign-demo");
		assertThat(owner.postForm("/practice/profile",
				"name=Northside+Posture+Clinic&address=12+Harbour+Lane%0D%0ABristol+BS1+4RN&contact=0117+496+0000+%C2%B7+hello%40northside.example")
			.statusCode()).isEqualTo(200);
		HttpResponse<String> textAsLogo = owner.postFiles("/practice/profile/logo",
				Map.of("logo", Map.entry("logo.png", "not an image at all".getBytes(StandardCharsets.UTF_8))));
		assertThat(textAsLogo.statusCode()).isEqualTo(422);
		assertThat(count("SELECT COUNT(*) FROM practice_logo")).isZero();
		assertThat(
				owner.postFiles("/practice/profile/logo", Map.of("logo", Map.entry("logo.png", logo()))).statusCode())
			.isEqualTo(200);
		assertThat(owner.getBytes("/practice/logo").headers().firstValue("Content-Type")).hasValue("image/png");

		long sam = DemoClients.id(this.directory, "Sam Taylor");
		Browserless samBrowser = Browserless.signedIn(this.port, "sam@demo.realign", "realign-demo");
		assertThat(samBrowser.get("/").body()).contains("Northside Posture Clinic");
		String printed = samBrowser.get("/me/menu/print").body();
		assertThat(printed).contains("Northside Posture Clinic", "12 Harbour Lane", "hello@northside.example",
				"/practice/logo");
		assertThat(Browserless.signedIn(this.port, "jo@demo.realign", "realign-demo")
			.get("/practice/profile")
			.statusCode()).isEqualTo(404);

		List<PrescribedItem> published = this.menus.current(sam).orElseThrow().items();
		long assessment = this.assessments.list(sam).get(0).id();
		byte[] pdf = samBrowser.getBytes("/clients/" + sam + "/assessments/" + assessment + "/report.pdf").body();
		Path out = Path.of("target", "report-demo-client.pdf");
		Files.write(out, pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text)
				.contains("Northside Posture Clinic", "12 Harbour Lane Bristol BS1 4RN",
						"your practitioner published for you")
				.doesNotContain("Demo Alignment Studio");
			for (PrescribedItem item : published) {
				String name = this.knowledge.exercises().find(item.exerciseId()).orElseThrow().name();
				String dose = (item.dose().sets() > 1 ? item.dose().sets() + " × " : "") + item.dose().amount() + " "
						+ item.dose().unit().id();
				assertThat(text).contains(name + " " + dose);
			}
			int pages = document.getNumberOfPages();
			assertThat(text).contains("page 1 of " + pages, "page " + pages + " of " + pages);
			assertThat(document.getDocumentCatalog().getLanguage()).startsWith("en");
			assertThat(document.getDocumentInformation().getTitle()).contains("Sam Taylor");
			boolean logoOnFirstPage = false;
			for (var name : document.getPage(0).getResources().getXObjectNames()) {
				logoOnFirstPage |= document.getPage(0).getResources().getXObject(name) instanceof PDImageXObject;
			}
			assertThat(logoOnFirstPage).as("the logo is drawn on the first page").isTrue();
			ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 60), "png",
					Path.of("target", "report-demo-client-page1.png").toFile());
		}
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	/** A small two-colour logo. */
	private static byte[] logo() throws Exception {
		BufferedImage image = new BufferedImage(320, 120, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(0x0b5c7a));
		g.fillRect(0, 0, 320, 120);
		g.setColor(Color.WHITE);
		g.fillOval(20, 20, 80, 80);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}
