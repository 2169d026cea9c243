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
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;

import org.realign.core.assessment.AssessmentReport;
import org.realign.core.landmark.Landmark;
import org.realign.core.measure.Construction;

import org.springframework.stereotype.Component;

/**
 * The report's photos as images: with their landmarks and measurement lines drawn as on
 * the assessment page, or plain for before and after, and with the face blurred when
 * asked. Photos are scaled down to print size and encoded as JPEG.
 */
@Component
class ReportPhotos {

	/** Long side in pixels: about 200 dpi at the size the report prints a photo. */
	static final int PRINT_PIXELS = 1400;

	private final PhotoStore photos;

	private final FaceBlur faceBlur;

	private final MeasurementDrawings drawings;

	ReportPhotos(PhotoStore photos, FaceBlur faceBlur, MeasurementDrawings drawings) {
		this.photos = photos;
		this.faceBlur = faceBlur;
		this.drawings = drawings;
	}

	/**
	 * A photo with its construction lines (only those the page shows by default) and
	 * landmarks, and the legend of what is drawn; empty when the photo cannot be read.
	 */
	Optional<Drawn> annotated(Assessments.StoredView view, AssessmentReport report, boolean blurFaces) {
		Optional<BufferedImage> read = read(view);
		if (read.isEmpty()) {
			return Optional.empty();
		}
		BufferedImage image = blurFaces ? this.faceBlur.blur(read.get(), view.landmarks()) : rgb(read.get());
		// Colours go by place in the full list, as on the page, so that a measurement
		// has the same colour on screen and on paper.
		List<MeasurementDrawings.Drawing> all = this.drawings.of(view.landmarks(), report.measurements());
		drawConstructions(image, view, all);
		drawLandmarks(image, view);
		List<Legend> legend = all.stream()
			.filter(MeasurementDrawings.Drawing::shown)
			.map((d) -> new Legend(hex(COLOURS[all.indexOf(d) % COLOURS.length]), d.name() + ": " + label(d)))
			.toList();
		return Optional.of(new Drawn(jpeg(image), legend));
	}

	/**
	 * The photo with its face blurred and nothing drawn on it, for before and after;
	 * empty when it cannot be read or the face cannot be located to blur it (never an
	 * unblurred face where blurred was promised, as in the blurred export).
	 */
	Optional<byte[]> blurred(Assessments.StoredView view) {
		return read(view)
			.filter((image) -> this.faceBlur.locatesTheFace(view.landmarks(), image.getWidth(), image.getHeight()))
			.map((image) -> jpeg(this.faceBlur.blur(image, view.landmarks())));
	}

	/**
	 * One line of a photo's legend.
	 *
	 * @param colour its line colour, as CSS hex
	 * @param text the measurement and its value
	 */
	record Legend(String colour, String text) {
	}

	/**
	 * A drawn photo.
	 *
	 * @param jpeg the image
	 * @param legend what its coloured lines are
	 */
	record Drawn(byte[] jpeg, List<Legend> legend) {
	}

	private Optional<BufferedImage> read(Assessments.StoredView view) {
		try {
			return Optional.ofNullable(ImageIO.read(new ByteArrayInputStream(this.photos.read(view.photo()))));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Scaled to print size and encoded as JPEG, which keeps the PDF small. */
	private static byte[] jpeg(BufferedImage image) {
		double scale = Math.min(1, (double) PRINT_PIXELS / Math.max(image.getWidth(), image.getHeight()));
		BufferedImage out = image;
		if (scale < 1) {
			out = new BufferedImage((int) Math.round(image.getWidth() * scale),
					(int) Math.round(image.getHeight() * scale), BufferedImage.TYPE_INT_RGB);
			Graphics2D g = out.createGraphics();
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			g.drawImage(image, 0, 0, out.getWidth(), out.getHeight(), null);
			g.dispose();
		}
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			ImageIO.write(out, "jpg", bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String hex(Color colour) {
		return String.format(Locale.ROOT, "#%06x", colour.getRGB() & 0xffffff);
	}

	/** The same colours, in the same order, as the page's lines (assessment.css). */
	static final Color[] COLOURS = { new Color(0x0b5c7a), new Color(0xb3261e), new Color(0x6a1b9a), new Color(0x1b5e20),
			new Color(0x8a4b00), new Color(0x283593) };

	static String label(MeasurementDrawings.Drawing d) {
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

}
