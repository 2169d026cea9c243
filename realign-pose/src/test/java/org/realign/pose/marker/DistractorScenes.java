package org.realign.pose.marker;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;

import org.realign.core.landmark.View;
import org.realign.pose.PoseLandmark;

/**
 * Hard negatives: things a marker detector could take for markers, drawn on the person in
 * a reference photo where markers would go: soft highlights on skin, small bright specks
 * (jewellery), buttons with holes and a rim, hoop earrings, a chain of beads, a striped
 * patch of clothing and eye-like shapes. Sizes, colours and places vary with the seed;
 * the photo is then blurred a little and JPEG-compressed.
 */
final class DistractorScenes {

	private static final int[] COLOURS = { 0xF4F4F2, 0x1FB84A, 0x2255DD, 0xF2DC28, 0x22C8D8, 0xD8C070 };

	private DistractorScenes() {
	}

	/** A photo with distractors and no marker, and its keypoints. */
	record Scene(String name, BufferedImage image, List<PoseLandmark> keypoints) {
	}

	/** The kinds of distractor, one per scene. */
	static final List<String> KINDS = List.of("highlight", "button", "hoop", "beads", "stripes", "eye", "speck");

	static Scene make(String photo, View view, double size, String kind, long seed) {
		Random random = new Random(seed);
		// Made like a marker scene (same crop and scale), then painted over with
		// distractors at the view's marker sites instead of markers.
		MarkerScenes.Scene base = MarkerScenes.make(
				new MarkerScenes.Recipe(photo, view, size, 0xF4F4F2, false, 0, 0, 1f, false, false, seed),
				MarkerScenes.photo(photo), MarkerScenes.keypoints(photo), false);
		BufferedImage image = base.image();
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		int kindIndex = KINDS.indexOf(kind);
		for (MarkerSites.Site site : MarkerSites.predict(view, base.keypoints())) {
			double d = size * (0.6 + 0.8 * random.nextDouble());
			double x = site.x() + (random.nextDouble() - 0.5) * site.tolerance();
			double y = site.y() + (random.nextDouble() - 0.5) * site.tolerance();
			Color colour = new Color(COLOURS[random.nextInt(COLOURS.length)]);
			switch (kindIndex) {
				case 0 -> highlight(image, x, y, d / 3, 60 + random.nextInt(50));
				case 1 -> {
					// A button: a disc with a darker rim and two or four holes.
					g.setColor(colour);
					g.fill(new Ellipse2D.Double(x - d / 2, y - d / 2, d, d));
					g.setColor(colour.darker().darker());
					g.setStroke(new BasicStroke((float) Math.max(1, d / 8)));
					g.draw(new Ellipse2D.Double(x - d / 2, y - d / 2, d, d));
					double h = Math.max(1.2, d / 7);
					int holes = random.nextBoolean() ? 2 : 4;
					for (int k = 0; k < holes; k++) {
						double a = Math.PI * 2 * k / holes + random.nextDouble();
						g.fill(new Ellipse2D.Double(x + d / 5 * Math.cos(a) - h / 2, y + d / 5 * Math.sin(a) - h / 2, h,
								h));
					}
				}
				case 2 -> {
					// A hoop earring or a ring: an outline, no inside.
					g.setColor(colour);
					g.setStroke(new BasicStroke((float) Math.max(1.2, d / 9)));
					g.draw(new Ellipse2D.Double(x - d / 2, y - d / 2, d, d));
				}
				case 3 -> {
					// A chain of beads.
					g.setColor(colour);
					double b = Math.max(2.5, d / 3);
					double a = random.nextDouble() * Math.PI;
					for (int k = -3; k <= 3; k++) {
						g.fill(new Ellipse2D.Double(x + k * b * Math.cos(a) - b / 2, y + k * b * Math.sin(a) - b / 2, b,
								b));
					}
				}
				case 4 -> {
					// A striped patch of clothing.
					g.setColor(colour);
					double stripe = Math.max(2, d / 4);
					for (int k = 0; k < 4; k++) {
						g.fill(new java.awt.geom.Rectangle2D.Double(x - 2 * d + 2 * k * stripe, y - d, stripe, 2 * d));
					}
				}
				case 5 -> {
					// An eye: a white almond with a dark iris.
					g.setColor(new Color(0xF0F0EC));
					g.fill(new Ellipse2D.Double(x - d, y - d / 3, 2 * d, 2 * d / 3));
					g.setColor(new Color(0x3A2A20));
					g.fill(new Ellipse2D.Double(x - d / 4, y - d / 4, d / 2, d / 2));
				}
				default -> {
					// A small bright speck (a stud, a sequin), smaller than any marker.
					g.setColor(colour);
					double s = Math.max(1.5, Math.min(4, d / 4));
					g.fill(new Ellipse2D.Double(x - s / 2, y - s / 2, s, s));
				}
			}
		}
		g.dispose();
		BufferedImage out = MarkerPainter.jpeg(MarkerPainter.blur(image, 0.6), 0.8f);
		return new Scene(photo + " " + view.id() + " " + kind + " d=" + Math.round(size) + " seed " + seed, out,
				base.keypoints());
	}

	/** A soft specular highlight: brighter skin with no edge. */
	static void highlight(BufferedImage image, double cx, double cy, double sigma, int amplitude) {
		int reach = (int) Math.ceil(3 * sigma);
		for (int y = (int) cy - reach; y <= cy + reach; y++) {
			for (int x = (int) cx - reach; x <= cx + reach; x++) {
				if (x < 0 || y < 0 || x >= image.getWidth() || y >= image.getHeight()) {
					continue;
				}
				double r2 = (x + 0.5 - cx) * (x + 0.5 - cx) + (y + 0.5 - cy) * (y + 0.5 - cy);
				double add = amplitude * Math.exp(-r2 / (2 * sigma * sigma));
				int p = image.getRGB(x, y);
				int r = (int) Math.min(255, ((p >> 16) & 0xFF) + add);
				int gg = (int) Math.min(255, ((p >> 8) & 0xFF) + add);
				int b = (int) Math.min(255, (p & 0xFF) + add);
				image.setRGB(x, y, (r << 16) | (gg << 8) | b);
			}
		}
	}

}
