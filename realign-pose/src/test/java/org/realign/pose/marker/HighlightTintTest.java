package org.realign.pose.marker;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.realign.pose.RgbImage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A highlight on coloured clothing is light added to the surface's own colour, so it
 * keeps the surface's tint (pale blue on blue, pale green on green): however round and
 * sharp, it is no white marker. A white marker of the same size beside it, on the same
 * cloth, covers the cloth and is white: it is found.
 */
class HighlightTintTest {

	/** Clothing of a plain colour with a hue: blue-grey, green-grey, mauve, teal. */
	private static final int[] SURFACES = { 0x5A7099, 0x5E8A6A, 0x8A6A90, 0x4F7F88 };

	private static final int WHITE = 0xF4F4F2;

	@Test
	void aHighlightOnColouredClothIsRefusedWhereAWhiteMarkerBesideItIsFound() {
		List<String> wrong = new ArrayList<>();
		for (int surface : SURFACES) {
			for (double d : new double[] { 10, 14, 20 }) {
				// The light a glossy patch reflects: bright enough that the patch reads
				// as
				// white (pale, little saturation), not so bright that it clips at white.
				int added = 255 - Math.max((surface >> 16) & 0xFF, Math.max((surface >> 8) & 0xFF, surface & 0xFF))
						- 12;
				BufferedImage image = cloth(surface, new Random(Math.round(d) * 31 + surface));
				double hx = 60;
				double hy = 60;
				double mx = 60 + 3 * d;
				double my = 60;
				sheen(image, hx, hy, d, added);
				MarkerPainter.draw(image, mx, my, d, WHITE, false, Double.NaN, 0, 0);
				BufferedImage photo = MarkerPainter.jpeg(MarkerPainter.blur(image, 0.8), 0.8f);
				RgbImage rgb = RgbImage.of(photo);
				List<Marker> found = new MarkerDetector().detect(rgb,
						new MarkerDetector.Region(0, 0, rgb.width(), rgb.height()), List.of(),
						Optional.of(MarkerColour.WHITE));
				String where = String.format("%.0f px on %06X", d, surface);
				if (found.stream().anyMatch((m) -> m.distanceTo(hx, hy) < d / 2)) {
					wrong.add("highlight reported, " + where);
				}
				if (found.stream().noneMatch((m) -> m.distanceTo(mx, my) < 1.5)) {
					wrong.add("white marker missed, " + where);
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	/** A plain cloth with a little sensor noise. */
	private static BufferedImage cloth(int rgb, Random random) {
		BufferedImage image = new BufferedImage(60 + 3 * 20 + 60, 120, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				image.setRGB(x, y, rgb);
			}
		}
		MarkerPainter.noise(image, 2, random);
		return image;
	}

	/**
	 * A round glossy patch: the same light added to every channel of the cloth inside a
	 * disc of diameter {@code d} (anti-aliased), so the cloth's tint stays.
	 */
	private static void sheen(BufferedImage image, double cx, double cy, double d, int added) {
		double r = d / 2;
		for (int y = (int) (cy - r - 2); y <= cy + r + 2; y++) {
			for (int x = (int) (cx - r - 2); x <= cx + r + 2; x++) {
				int inside = 0;
				for (int sy = 0; sy < 4; sy++) {
					for (int sx = 0; sx < 4; sx++) {
						double px = x + (sx + 0.5) / 4 - cx;
						double py = y + (sy + 0.5) / 4 - cy;
						if (px * px + py * py <= r * r) {
							inside++;
						}
					}
				}
				double a = added * inside / 16.0;
				int p = image.getRGB(x, y);
				int red = (int) Math.min(255, ((p >> 16) & 0xFF) + a);
				int green = (int) Math.min(255, ((p >> 8) & 0xFF) + a);
				int blue = (int) Math.min(255, (p & 0xFF) + a);
				image.setRGB(x, y, (red << 16) | (green << 8) | blue);
			}
		}
	}

}
