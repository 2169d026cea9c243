package org.realign.app.assessment;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.realign.core.assessment.AssessmentReport;
import org.realign.core.landmark.Landmark;
import org.realign.core.measure.Construction;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Lays out an assessment report as an A4 PDF: its lines of text, then each photo with its
 * landmarks and measurement lines (faces blurred when asked), in an embedded Unicode
 * font.
 */
@Component
class ReportPdf {

	private final PhotoStore photos;

	private final FaceBlur faceBlur;

	private final MeasurementDrawings drawings;

	private final MessageSource messages;

	ReportPdf(PhotoStore photos, FaceBlur faceBlur, MeasurementDrawings drawings, MessageSource messages) {
		this.photos = photos;
		this.faceBlur = faceBlur;
		this.drawings = drawings;
		this.messages = messages;
	}

	private String msg(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	/**
	 * Liberation Sans, the TrueType font PDFBox ships in its own jar for font fallback: a
	 * Unicode font with no download and no font file of ours (SIL Open Font License).
	 */
	static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

	private static final float MARGIN = 40;

	private static final float FONT_SIZE = 10;

	private static final float LEADING = 14;

	private static final float TEXT_WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

	/**
	 * What heads the report: its title (the document's metadata), the practice on every
	 * page's foot, and the practice's logo at the top of the first page.
	 */
	record Heading(String title, String practiceName, java.util.Optional<byte[]> logo) {
	}

	byte[] render(Assessments.StoredAssessment stored, List<String> lines, boolean blurFaces, AssessmentReport report,
			Locale locale, Heading heading) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.getDocumentInformation().setTitle(heading.title());
			document.getDocumentInformation().setAuthor(heading.practiceName());
			document.getDocumentCatalog().setLanguage(locale.toLanguageTag());
			PDType0Font font = font(document);
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			PDPageContentStream content = new PDPageContentStream(document, page);
			float y = 800;
			if (heading.logo().isPresent()) {
				// The practice's logo at the top right, the text below it.
				PDImageXObject logo = PDImageXObject.createFromByteArray(document, heading.logo().get(), "logo");
				float scale = Math.min(140f / logo.getWidth(), 60f / logo.getHeight());
				content.drawImage(logo, PDRectangle.A4.getWidth() - MARGIN - logo.getWidth() * scale,
						822 - logo.getHeight() * scale, logo.getWidth() * scale, logo.getHeight() * scale);
				y = 750;
			}
			for (String paragraph : lines) {
				for (String line : wrap(font, printable(font, paragraph))) {
					if (y < 60) {
						content.close();
						page = new PDPage(PDRectangle.A4);
						document.addPage(page);
						content = new PDPageContentStream(document, page);
						y = 800;
					}
					content.beginText();
					content.setFont(font, FONT_SIZE);
					content.newLineAtOffset(MARGIN, y);
					content.showText(line);
					content.endText();
					y -= LEADING;
				}
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
				image = rgb(image);
				// Colours go by place in the full list, as on the page, so that a
				// measurement
				// has the same colour on screen and on paper.
				List<MeasurementDrawings.Drawing> all = this.drawings.of(view.landmarks(), report.measurements());
				List<MeasurementDrawings.Drawing> drawn = all.stream()
					.filter(MeasurementDrawings.Drawing::shown)
					.toList();
				drawConstructions(image, view, all);
				drawLandmarks(image, view);
				PDPage photoPage = new PDPage(PDRectangle.A4);
				document.addPage(photoPage);
				PDImageXObject xobject = LosslessFactory.createFromImage(document, image);
				float scale = Math.min(515f / image.getWidth(), 700f / image.getHeight());
				try (PDPageContentStream photo = new PDPageContentStream(document, photoPage)) {
					photo.drawImage(xobject, MARGIN, 790 - image.getHeight() * scale, image.getWidth() * scale,
							image.getHeight() * scale);
					photo.beginText();
					photo.setFont(font, 12);
					photo.newLineAtOffset(MARGIN, 805);
					photo.showText(printable(font, msg("view." + view.view().id(), locale)));
					photo.endText();
					float legendY = 790 - image.getHeight() * scale - 16;
					for (int i = 0; i < drawn.size() && legendY > 20; i++) {
						MeasurementDrawings.Drawing d = drawn.get(i);
						Color colour = COLOURS[all.indexOf(d) % COLOURS.length];
						photo.setNonStrokingColor(colour);
						photo.addRect(MARGIN, legendY, 14, 4);
						photo.fill();
						photo.setNonStrokingColor(Color.BLACK);
						photo.beginText();
						photo.setFont(font, 9);
						photo.newLineAtOffset(MARGIN + 20, legendY - 1);
						photo.showText(printable(font, d.name() + ": " + label(d)));
						photo.endText();
						legendY -= 13;
					}
				}
			}
			footers(document, font, heading.practiceName(), locale);
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** "Practice · page 2 of 5" at the foot of every page. */
	private void footers(PDDocument document, PDType0Font font, String practiceName, Locale locale) throws IOException {
		int pages = document.getNumberOfPages();
		for (int i = 0; i < pages; i++) {
			String footer = printable(font, practiceName + " · "
					+ this.messages.getMessage("report.page", new Object[] { i + 1, pages }, locale));
			try (PDPageContentStream foot = new PDPageContentStream(document, document.getPage(i),
					PDPageContentStream.AppendMode.APPEND, true, true)) {
				foot.beginText();
				foot.setFont(font, 8);
				foot.newLineAtOffset(MARGIN, 24);
				foot.showText(footer);
				foot.endText();
			}
		}
	}

	private static PDType0Font font(PDDocument document) throws IOException {
		try (InputStream in = ReportController.class.getResourceAsStream(FONT)) {
			if (in == null) {
				throw new IllegalStateException(FONT + " is missing from the PDFBox jar");
			}
			return PDType0Font.load(document, in);
		}
	}

	/** The same colours, in the same order, as the page's lines (assessment.css). */
	static final Color[] COLOURS = { new Color(0x0b5c7a), new Color(0xb3261e), new Color(0x6a1b9a), new Color(0x1b5e20),
			new Color(0x8a4b00), new Color(0x283593) };

	private static String label(MeasurementDrawings.Drawing d) {
		return "deg".equals(d.unit()) ? String.format(Locale.ROOT, "%.1f°", d.value())
				: String.format(Locale.ROOT, "%.1f %s", d.value(), d.unit());
	}

	/**
	 * The measurements' constructions, as on the assessment page: solid lines between
	 * landmarks, dashed references, the arc, and the value.
	 */
	private void drawConstructions(BufferedImage image, Assessments.StoredView view,
			List<MeasurementDrawings.Drawing> drawn) {
		// drawn: every drawing of the photo; those shown by default are drawn.
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		float width = Math.max(2, image.getWidth() / 250f);
		Font labelFont = new Font(Font.SANS_SERIF, Font.BOLD, Math.max(14, image.getWidth() / 40));
		for (int i = 0; i < drawn.size(); i++) {
			MeasurementDrawings.Drawing d = drawn.get(i);
			if (!d.shown()) {
				continue;
			}
			Construction.Figure figure = this.drawings.figure(d, view.landmarks());
			g.setColor(COLOURS[i % COLOURS.length]);
			for (Construction.Line line : figure.lines()) {
				g.setStroke(line.reference()
						? new BasicStroke(width * 0.7f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10,
								new float[] { width * 3, width * 2 }, 0)
						: new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
				g.draw(new Line2D.Double(line.from().x(), line.from().y(), line.to().x(), line.to().y()));
			}
			figure.arc().ifPresent((arc) -> {
				g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
				Path2D path = new Path2D.Double();
				List<Construction.Point> points = arc.polyline(16);
				path.moveTo(points.get(0).x(), points.get(0).y());
				points.stream().skip(1).forEach((p) -> path.lineTo(p.x(), p.y()));
				g.draw(path);
			});
			String text = label(d);
			g.setFont(labelFont);
			FontMetrics metrics = g.getFontMetrics();
			Construction.Point at = valuePosition(figure, labelFont.getSize());
			float x = (float) at.x() - metrics.stringWidth(text) / 2f;
			float y = (float) at.y() + metrics.getAscent() / 2f;
			Color colour = g.getColor();
			// A white halo keeps the value readable on any photo.
			TextLayout layout = new TextLayout(text, labelFont, g.getFontRenderContext());
			Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(x, y));
			g.setColor(Color.WHITE);
			g.setStroke(new BasicStroke(labelFont.getSize() / 5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
			g.draw(outline);
			g.setColor(colour);
			g.fill(outline);
		}
		g.dispose();
	}

	/**
	 * For an angle, beyond the middle of its arc, away from the vertex, far enough for
	 * text of this size to clear the arc (the same rule as measurement-drawing.js).
	 */
	private static Construction.Point valuePosition(Construction.Figure figure, double fontSize) {
		if (figure.arc().isEmpty()) {
			return figure.label();
		}
		Construction.Point centre = figure.arc().get().centre();
		double dx = figure.label().x() - centre.x();
		double dy = figure.label().y() - centre.y();
		double length = Math.hypot(dx, dy);
		if (length == 0) {
			return figure.label();
		}
		double push = fontSize * 1.6;
		return new Construction.Point(figure.label().x() + dx / length * push, figure.label().y() + dy / length * push);
	}

	private static void drawLandmarks(BufferedImage image, Assessments.StoredView view) {
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		int r = Math.max(3, image.getWidth() / 150);
		for (Landmark l : view.landmarks().landmarks()) {
			g.setColor(new Color(0xf2b705));
			g.fillOval((int) l.x() - r, (int) l.y() - r, 2 * r, 2 * r);
			g.setColor(new Color(0x1d2430));
			g.drawOval((int) l.x() - r, (int) l.y() - r, 2 * r, 2 * r);
		}
		g.dispose();
	}

	/** A copy without alpha or a palette, so that coloured lines draw as drawn. */
	private static BufferedImage rgb(BufferedImage image) {
		if (image.getType() == BufferedImage.TYPE_INT_RGB) {
			return image;
		}
		BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = copy.createGraphics();
		g.drawImage(image, 0, 0, null);
		g.dispose();
		return copy;
	}

	/**
	 * The text with any character the font has no glyph for replaced by '?', so that a
	 * name in a script Liberation Sans does not cover prints as '?' instead of failing
	 * the report. Liberation Sans covers Latin, Greek and Cyrillic.
	 */
	static String printable(PDType0Font font, String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach((cp) -> {
			String ch = new String(Character.toChars(cp));
			if (Character.isISOControl(cp)) {
				out.append(' ');
				return;
			}
			try {
				font.encode(ch);
				out.append(ch);
			}
			catch (IllegalArgumentException | IOException ex) {
				out.append('?');
			}
		});
		return out.toString();
	}

	/** Breaks a paragraph into lines that fit the page, at spaces. */
	static List<String> wrap(PDType0Font font, String text) throws IOException {
		List<String> lines = new ArrayList<>();
		String indent = text.startsWith("  ") ? "    " : "";
		StringBuilder line = new StringBuilder();
		for (String word : text.split(" ", -1)) {
			String candidate = (line.length() == 0) ? word : line + " " + word;
			if (line.length() > 0 && font.getStringWidth(candidate) / 1000 * FONT_SIZE > TEXT_WIDTH) {
				lines.add(line.toString());
				line = new StringBuilder(indent + word);
			}
			else {
				line = new StringBuilder(candidate);
			}
		}
		lines.add(line.toString());
		return lines;
	}

}
