package org.realign.app.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.realign.app.assessment.Assessments;
import org.realign.app.assessment.PhotoStore;
import org.realign.app.client.ClientAccess;
import org.realign.app.client.Clients;
import org.realign.app.practice.PracticeAccess;
import org.realign.core.assessment.AssessmentReport;
import org.realign.core.assessment.Assessor;
import org.realign.core.finding.Finding;
import org.realign.core.knowledge.Hypothesis;
import org.realign.core.landmark.Landmark;
import org.realign.core.measure.Measurement;
import org.realign.core.program.Advice;
import org.realign.core.program.Advisor;
import org.realign.core.program.ClientConstraints;
import org.realign.core.program.MenuItem;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An assessment as a PDF, for the practitioner of the practice and for the client: the
 * photos with their landmarks, measurements, findings, hypotheses and the menu. Faces can
 * be blurred.
 */
@RestController
class ReportController {

	private final ClientAccess access;

	private final Assessments assessments;

	private final PhotoStore photos;

	private final Assessor assessor;

	private final Advisor advisor;

	private final FaceBlur faceBlur;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	ReportController(ClientAccess access, Assessments assessments, PhotoStore photos, Assessor assessor,
			Advisor advisor, FaceBlur faceBlur, MessageSource messages, JdbcClient jdbc) {
		this.access = access;
		this.assessments = assessments;
		this.photos = photos;
		this.assessor = assessor;
		this.advisor = advisor;
		this.faceBlur = faceBlur;
		this.messages = messages;
		this.jdbc = jdbc;
	}

	@GetMapping("/clients/{clientId}/assessments/{assessmentId}/report.pdf")
	ResponseEntity<byte[]> report(@PathVariable long clientId, @PathVariable long assessmentId,
			@RequestParam(defaultValue = "false") boolean blurFaces, Principal principal) {
		Clients.ClientRecord client = this.access.readable(principal, clientId);
		Assessments.StoredAssessment stored = this.assessments.find(clientId, assessmentId)
			.orElseThrow(PracticeAccess::notFound);
		AssessmentReport report = this.assessor.assess(stored.landmarks());
		Advice advice = this.advisor.advise(report.findings(),
				ClientConstraints.parse(ClientConstraints.DEFAULT_MINUTES, List.of()));
		String practice = this.jdbc.sql("SELECT name FROM practice WHERE id = :id")
			.param("id", client.practiceId())
			.query(String.class)
			.optional()
			.orElse("");
		Locale locale = LocaleContextHolder.getLocale();
		List<String> lines = new ArrayList<>();
		lines.add(msg("report.title", locale) + ": " + client.profile().displayName());
		lines.add(practice + " · " + stored.takenOn());
		lines.add(msg("report.disclaimer", locale));
		lines.add("");
		lines.add(msg("report.measurements", locale));
		for (Measurement m : report.measurements()) {
			if (m instanceof Measurement.Measured measured) {
				String range = this.assessor.catalog()
					.find(measured.id())
					.map((d) -> " (" + msg("report.normal", locale) + " " + d.normal().low().orElse(Double.NaN) + " .. "
							+ d.normal().high().orElse(Double.NaN) + ", ± " + d.error().value() + ")")
					.orElse("");
				lines.add("  " + measured.view().id() + " "
						+ this.assessor.catalog().find(measured.id()).map((d) -> d.name()).orElse(measured.id()) + ": "
						+ String.format(Locale.ROOT, "%.1f %s", measured.value(), measured.unit()) + range);
			}
		}
		lines.add("");
		lines.add(msg("report.findings", locale));
		for (Finding f : report.findings()) {
			lines.add("  " + f.id() + " · " + f.severity().id() + f.side().map((s) -> " · " + s.id()).orElse(""));
		}
		lines.add("");
		lines.add(msg("report.hypotheses", locale));
		for (Hypothesis h : advice.hypotheses().items()) {
			lines.add("  " + h.muscle() + h.side().map((s) -> " (" + s.id() + ")").orElse("") + " · " + h.state().id()
					+ " · " + h.confidence().id() + " · " + String.join(", ", h.sources()));
		}
		lines.add("");
		lines.add(msg("report.menu", locale));
		for (MenuItem item : advice.menu().items()) {
			lines.add("  " + item.name() + " · " + item.dose().describe());
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.cacheControl(CacheControl.noStore().cachePrivate())
			.body(pdf(stored, lines, blurFaces));
	}

	private String msg(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	private byte[] pdf(Assessments.StoredAssessment stored, List<String> lines, boolean blurFaces) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			PDPageContentStream content = new PDPageContentStream(document, page);
			float y = 800;
			for (String line : lines) {
				if (y < 60) {
					content.close();
					page = new PDPage(PDRectangle.A4);
					document.addPage(page);
					content = new PDPageContentStream(document, page);
					y = 800;
				}
				content.beginText();
				content.setFont(font, 10);
				content.newLineAtOffset(40, y);
				content.showText(printable(line));
				content.endText();
				y -= 14;
			}
			content.close();
			for (Assessments.StoredView view : stored.views()) {
				BufferedImage image = ImageIO.read(new ByteArrayInputStream(this.photos.read(view.photo())));
				if (image == null) {
					continue;
				}
				if (blurFaces) {
					image = this.faceBlur.blur(image, view.landmarks());
				}
				drawLandmarks(image, view);
				PDPage photoPage = new PDPage(PDRectangle.A4);
				document.addPage(photoPage);
				PDImageXObject xobject = LosslessFactory.createFromImage(document, image);
				float scale = Math.min(515f / image.getWidth(), 740f / image.getHeight());
				try (PDPageContentStream photo = new PDPageContentStream(document, photoPage)) {
					photo.drawImage(xobject, 40, 800 - image.getHeight() * scale, image.getWidth() * scale,
							image.getHeight() * scale);
					photo.beginText();
					photo.setFont(font, 10);
					photo.newLineAtOffset(40, 815);
					photo.showText(view.view().id());
					photo.endText();
				}
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void drawLandmarks(BufferedImage image, Assessments.StoredView view) {
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(0, 120, 255));
		g.setStroke(new BasicStroke(Math.max(1, image.getWidth() / 300f)));
		int r = Math.max(3, image.getWidth() / 150);
		for (Landmark l : view.landmarks().landmarks()) {
			g.fillOval((int) l.x() - r, (int) l.y() - r, 2 * r, 2 * r);
		}
		g.dispose();
	}

	/** Standard 14 fonts cover WinAnsi only. */
	private static String printable(String text) {
		return text.replaceAll("[^\\x20-\\x7E\\u00A0-\\u00FF\\u00B7]", "?");
	}

}
