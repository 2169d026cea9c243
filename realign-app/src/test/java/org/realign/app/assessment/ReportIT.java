package org.realign.app.assessment;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;
import org.realign.app.client.ClientAccess;
import org.realign.app.client.Clients;
import org.realign.app.identity.PracticeDirectory;
import org.realign.app.identity.Role;
import org.realign.app.practice.PracticeIdentity;
import org.realign.app.testsupport.Browserless;
import org.realign.app.testsupport.DemoClients;
import org.realign.app.testsupport.EmbeddedApp;
import org.realign.core.assessment.AssessmentReport;
import org.realign.core.assessment.Assessor;
import org.realign.core.knowledge.ClientConstraints;
import org.realign.core.knowledge.Hypothesis;
import org.realign.core.knowledge.KnowledgeBase;
import org.realign.core.measure.Measurement;
import org.realign.core.measure.MeasurementDefinition;
import org.realign.core.prescription.PrescribedItem;
import org.realign.core.program.Advisor;
import org.realign.core.source.Source;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

@EmbeddedApp
class ReportIT {

	@Autowired
	Clock clock;

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

	@Autowired
	PracticeIdentity practices;

	@Autowired
	MenuInForce menus;

	@Autowired
	ClientReportContent content;

	@Autowired
	ClientReportPdf pdfs;

	@Autowired
	ClientAccess access;

	@Autowired
	MessageSource messages;

	@Test
	void samsReport_isAPdfForThePractitionerAndSam_andNotForJoOrAnonymous() throws Exception {
		long sam = DemoClients.id(this.directory, "Sam Taylor");
		long assessment = demoAssessments(sam).get(0).id();
		String path = "/clients/" + sam + "/assessments/" + assessment + "/report.pdf";
		for (String who : new String[] { "practitioner@demo.realign", "sam@demo.realign" }) {
			Browserless browser = Browserless.signedIn(this.port, who, "realign-demo");
			HttpResponse<byte[]> pdf = browser.getBytes(path + "?blurFaces=true");
			assertThat(pdf.statusCode()).isEqualTo(200);
			assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
			try (PDDocument document = Loader.loadPDF(pdf.body())) {
				String text = new PDFTextStripper().getText(document);
				assertThat(text).contains("Sam Taylor").contains("All measurements").contains("Your exercise menu");
				assertThat(document.getNumberOfPages()).isGreaterThan(1);
			}
		}
		Browserless jo = Browserless.signedIn(this.port, "jo@demo.realign", "realign-demo");
		assertThat(jo.getBytes(path).statusCode()).isEqualTo(404);
		assertThat(new Browserless(this.port).get(path).uri().getPath()).isEqualTo("/login");
	}

	/**
	 * The demo client's report, as Sam gets it: the practice's name and logo, headings in
	 * the structure tree, each finding explained with its error in words, the published
	 * menu with the practitioner's doses and a drawing of each exercise, before and after
	 * photos, page numbers, and the sources spelled out; tagged for PDF/UA (marked, a
	 * language, a title shown as the window's title, every figure with alt text, every
	 * font embedded). Pages are kept as PNGs in target/screenshots for a look.
	 */
	@Test
	void samsReport_explainsFindingsAndError_printsThePublishedMenuWithPictures_beforeAndAfter_tagged()
			throws Exception {
		long sam = DemoClients.id(this.directory, "Sam Taylor");
		List<Assessments.Summary> list = demoAssessments(sam);
		assertThat(list).as("the demo gives Sam two assessments").hasSizeGreaterThanOrEqualTo(2);
		long latest = list.get(0).id();
		Browserless owner = Browserless.signedIn(this.port, "practitioner@demo.realign", "realign-demo");
		assertThat(
				owner.postFiles("/practice/profile/logo", Map.of("logo", Map.entry("logo.png", logo()))).statusCode())
			.isEqualTo(200);
		byte[] pdf;
		long millis;
		try {
			Browserless samBrowser = Browserless.signedIn(this.port, "sam@demo.realign", "realign-demo");
			String path = "/clients/" + sam + "/assessments/" + latest + "/report.pdf";
			samBrowser.getBytes(path);
			long start = System.nanoTime();
			HttpResponse<byte[]> response = samBrowser.getBytes(path);
			millis = (System.nanoTime() - start) / 1_000_000;
			assertThat(response.statusCode()).isEqualTo(200);
			pdf = response.body();
		}
		finally {
			// The shared demo context has no logo otherwise (EndpointAuthorizationIT).
			owner.postForm("/practice/profile/logo/removal", "");
		}
		// CPU time of the same report made in this thread: wall clock means little on a
		// loaded machine. Printed for docs/benchmarks.md, not asserted.
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		Clients.ClientRecord record = this.access.readable(() -> "practitioner@demo.realign", sam);
		Assessments.StoredAssessment stored = this.assessments.find(sam, latest).orElseThrow();
		long cpu = threads.getCurrentThreadCpuTime();
		ClientReport content = this.content.of(record, stored, false, Locale.UK);
		long contentCpu = threads.getCurrentThreadCpuTime() - cpu;
		this.pdfs.render(content, Locale.UK);
		long renderCpu = threads.getCurrentThreadCpuTime() - cpu - contentCpu;
		System.out.printf("client report: %d bytes, %d ms wall (second request); in-thread CPU: content %d ms, "
				+ "layout and PDF %d ms%n", pdf.length, millis, contentCpu / 1_000_000, renderCpu / 1_000_000);
		Path dir = Path.of("target", "screenshots");
		Files.createDirectories(dir);
		Files.write(dir.resolve("sam-report.pdf"), pdf);
		String practiceName = this.practices
			.of(this.directory.findAccount("sam@demo.realign").orElseThrow().practiceId())
			.name();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			int pages = document.getNumberOfPages();
			PDFRenderer renderer = new PDFRenderer(document);
			for (int i = 0; i < pages; i++) {
				ImageIO.write(renderer.renderImageWithDPI(i, 70), "png",
						dir.resolve("sam-report-page" + (i + 1) + ".png").toFile());
			}

			// The practice, the page numbers.
			assertThat(text).contains(practiceName, "page 1 of " + pages, "page " + pages + " of " + pages);
			// Each finding in words, with the error in words.
			var findings = this.assessor.assess(this.assessments.find(sam, latest).orElseThrow().landmarks())
				.findings();
			assertThat(findings).isNotEmpty();
			assertThat(text).contains("How sure these numbers are", "could be the photo, not you")
				.containsPattern("measured -?[0-9.]+° ± [0-9.]+°");
			assertThat(text).contains("Anterior pelvic tilt", "Your pelvis tips forward");
			// Muscle hypotheses by name, never by id.
			List<Hypothesis> hypotheses = this.advisor
				.advise(findings, ClientConstraints.parse(ClientConstraints.DEFAULT_MINUTES, List.of()))
				.hypotheses()
				.items();
			assertThat(hypotheses).isNotEmpty();
			for (Hypothesis h : hypotheses) {
				assertThat(text).contains(this.knowledge.muscle(h.muscle()).orElseThrow().name())
					.doesNotContain(" " + h.muscle() + " ");
			}
			// The published menu, with the practitioner's doses in the printed menu's
			// words, in order.
			List<PrescribedItem> published = this.menus.current(sam).orElseThrow().items();
			String printed = Browserless.signedIn(this.port, "sam@demo.realign", "realign-demo")
				.get("/me/menu/print")
				.body();
			int from = text.indexOf("Your exercise menu");
			for (PrescribedItem item : published) {
				String name = this.knowledge.exercises().find(item.exerciseId()).orElseThrow().name();
				String dose = (item.dose().sets() > 1 ? item.dose().sets() + " × " : "") + item.dose().amount() + " "
						+ item.dose().unit().id();
				int at = text.indexOf(name + " " + dose, from);
				assertThat(at).as("%s · %s after the previous exercise", name, dose).isGreaterThan(from);
				assertThat(printed).contains(dose);
				from = at;
			}
			// No internal ids, no Java names, no unexplained statistics.
			assertThat(text).doesNotContain("NaN", "org.realign", "Exception", " SEM", "MDC", "forward-head-posture",
					"anterior-pelvic-tilt");
			for (Source source : this.knowledge.sources().all()) {
				assertThat(text).doesNotContain(source.id());
			}
			// The sources, spelled out and numbered at the end.
			int sources = text.lastIndexOf("Sources");
			assertThat(sources).isPositive();
			String references = text.substring(sources);
			long cited = this.knowledge.sources()
				.all()
				.stream()
				.filter((s) -> references.contains(s.citation().replaceAll("\\s+", " ")))
				.count();
			assertThat(cited).as("sources spelled out").isGreaterThanOrEqualTo(3);
			assertThat(text).containsPattern("\\[[0-9]+(, [0-9]+)*\\]");
			// Before and after.
			assertThat(text).contains("Before and after", "What changed");
			whatChanged_listsOnlyChangesBeyondTheError(content.comparison(), list.get(1).id(), stored, sam, text);

			// Tagged: PDF/UA's catalogue entries and metadata.
			PDDocumentCatalog catalog = document.getDocumentCatalog();
			assertThat(catalog.getMarkInfo()).isNotNull();
			assertThat(catalog.getMarkInfo().isMarked()).isTrue();
			assertThat(catalog.getLanguage()).startsWith("en");
			assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Assessment report: Sam Taylor");
			String xmpText = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
			assertThat(xmpText).as("PDF/UA identification in the XMP metadata").containsPattern("pdfuaid:part(>|=\")1");
			DomXmpParser xmp = new DomXmpParser();
			xmp.setStrictParsing(false);
			XMPMetadata metadata = xmp.parse(catalog.getMetadata().toByteArray());
			assertThat(metadata.getDublinCoreSchema().getTitle()).isEqualTo("Assessment report: Sam Taylor");
			PDStructureTreeRoot tree = catalog.getStructureTreeRoot();
			assertThat(tree).isNotNull();
			List<PDStructureElement> elements = new ArrayList<>();
			collect(tree.getKids(), elements);
			Map<String, Long> types = elements.stream()
				.collect(Collectors.groupingBy(PDStructureElement::getStructureType, Collectors.counting()));
			assertThat(types).containsKeys("H1", "H2", "H3", "L", "LI", "Table", "TH", "TD", "Figure");
			assertThat(types.get("H1")).isEqualTo(1);
			List<PDStructureElement> figures = elements.stream()
				.filter((e) -> "Figure".equals(e.getStructureType()))
				.toList();
			for (PDStructureElement figure : figures) {
				assertThat(figure.getAlternateDescription()).as("alt text of a figure").isNotBlank();
			}
			List<String> alts = figures.stream().map(PDStructureElement::getAlternateDescription).toList();
			assertThat(alts).contains("Logo of " + practiceName);
			for (PrescribedItem item : published) {
				String name = this.knowledge.exercises().find(item.exerciseId()).orElseThrow().name();
				assertThat(alts).contains("Drawing of the starting position for " + name);
			}
			assertThat(alts.stream().filter((alt) -> alt.contains("face blurred") && alt.contains("photo,")))
				.as("before and after photos")
				.hasSizeGreaterThanOrEqualTo(2);
			// The logo is an image on the first page.
			boolean imageOnFirstPage = false;
			for (COSName name : document.getPage(0).getResources().getXObjectNames()) {
				imageOnFirstPage |= document.getPage(0).getResources().getXObject(name) instanceof PDImageXObject;
			}
			assertThat(imageOnFirstPage).as("the logo is drawn on the first page").isTrue();
			// Every font embedded, also those inside drawn forms (the SVG drawings).
			List<PDFont> fonts = new ArrayList<>();
			for (PDPage page : document.getPages()) {
				fonts(page.getResources(), fonts);
			}
			assertThat(fonts).isNotEmpty();
			for (PDFont font : fonts) {
				assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
			}
			// The photo pages keep their measurement lines in the first construction
			// colour.
			BufferedImage photoPage = renderer.renderImageWithDPI(pageWith(document, "Your photos with"), 80);
			assertThat(pixelsNear(photoPage, 0x0b5c7a)).as("pixels in the first construction colour").isGreaterThan(50);
		}
	}

	private static void fonts(PDResources resources, List<PDFont> into) throws IOException {
		if (resources == null) {
			return;
		}
		for (COSName name : resources.getFontNames()) {
			into.add(resources.getFont(name));
		}
		for (COSName name : resources.getXObjectNames()) {
			if (resources.getXObject(name) instanceof PDFormXObject form) {
				fonts(form.getResources(), into);
			}
		}
	}

	private static void collect(List<Object> kids, List<PDStructureElement> into) {
		for (Object kid : kids) {
			if (kid instanceof PDStructureElement element) {
				into.add(element);
				collect(element.getKids(), into);
			}
		}
	}

	/** The index of the first page whose text contains the phrase. */
	private static int pageWith(PDDocument document, String phrase) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		for (int i = 0; i < document.getNumberOfPages(); i++) {
			stripper.setStartPage(i + 1);
			stripper.setEndPage(i + 1);
			if (stripper.getText(document).contains(phrase)) {
				return i;
			}
		}
		throw new AssertionError("no page says " + phrase);
	}

	/** A small two-colour logo. */
	private static byte[] logo() throws IOException {
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

	/** Names outside Latin-1 print as they are. */
	@Test
	void report_clientNamedOutsideLatin1_printsTheName() throws Exception {
		long practice = this.directory.findAccount("practitioner@demo.realign").orElseThrow().practiceId();
		long practitioner = this.directory.findAccount("practitioner@demo.realign").orElseThrow().id();
		long client = this.directory.createClient(practice, null, null, "Łucja Đorđević");
		long sam = DemoClients.id(this.directory, "Sam Taylor");
		Assessments.StoredView view = this.assessments.find(sam, demoAssessments(sam).get(0).id())
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

	/**
	 * The demo's own assessments of a client, newest first. They lie in the past; other
	 * tests sharing this application add photo assessments dated today, which are not the
	 * demo's story (their photos show no finding).
	 */
	/**
	 * "What changed" names a measurement only when its change passes the minimal
	 * detectable change (the least its error can be); a smaller difference, of which the
	 * demo has several, is never listed, and the rest is said in one sentence.
	 */
	private void whatChanged_listsOnlyChangesBeyondTheError(ClientReport.Comparison comparison, long earlierId,
			Assessments.StoredAssessment later, long client, String pdfText) {
		ReportWords.Words words = new ReportWords.Words(this.messages, Locale.UK);
		AssessmentReport before = this.assessor
			.assess(this.assessments.find(client, earlierId).orElseThrow().landmarks());
		AssessmentReport after = this.assessor.assess(later.landmarks());
		int withinError = 0;
		int beyondError = 0;
		for (Measurement m : after.measurements()) {
			if (!(m instanceof Measurement.Measured b)) {
				continue;
			}
			Optional<Measurement.Measured> a = before.measured(b.id(), b.view());
			if (a.isEmpty()) {
				continue;
			}
			MeasurementDefinition definition = this.assessor.catalog().get(b.id());
			String line = definition.name() + ", " + words.view(b.view()) + ":";
			OptionalDouble mdc = definition.error().minimalDetectableChange();
			double change = Math.abs(b.value() - a.get().value());
			boolean listed = comparison.changes().stream().anyMatch((c) -> c.startsWith(line));
			if (mdc.isEmpty() || change <= mdc.getAsDouble()) {
				withinError++;
				assertThat(listed).as("%s changed by %.2f, not beyond its error", line, change).isFalse();
			}
			else if (listed) {
				beyondError++;
				// In the client's words: toward or away from the usual range, where one
				// is published.
				boolean ranged = definition.normal().published()
						&& (definition.normal().low().isPresent() || definition.normal().high().isPresent());
				String said = comparison.changes().stream().filter((c) -> c.startsWith(line)).findFirst().orElseThrow();
				assertThat(said.contains("the usual range (")).as(said).isEqualTo(ranged);
			}
		}
		assertThat(withinError).as("the demo's two assessments differ within the error somewhere").isPositive();
		assertThat(comparison.changes()).hasSize(beyondError);
		if (beyondError == 0) {
			assertThat(pdfText).contains("No change beyond measurement error.");
		}
		assertThat(pdfText).doesNotContain("may not be a real change");
	}

	private List<Assessments.Summary> demoAssessments(long client) {
		LocalDate today = LocalDate.now(this.clock);
		return this.assessments.list(client).stream().filter((summary) -> summary.takenOn().isBefore(today)).toList();
	}

}
