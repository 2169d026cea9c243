package org.realign.pose.marker;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.realign.pose.RgbImage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * White polystyrene balls (the markers SAPO practices use) of 24-40 px in front of a pale
 * wall: the ball's shaded side (0.62 of its light) is darker than the wall, so between
 * the lit middle and the wall the brightness falls below the wall's and rises back to it
 * at the ball's silhouette. The ball must be found at its drawn centre whichever side the
 * light comes from; a white button of the same size with holes as dark as that shading,
 * and a white hoop, must not be reported.
 */
class WhiteBallShadingTest {

	private static final int WHITE = 0xF4F4F2;

	private static final int SIZE = 200;

	/**
	 * 64 balls (two walls, four sizes, eight directions of light, blur 0.5 and 1.2 px,
	 * JPEG 0.8), each verified from its drawn centre and size, and from where its lit
	 * part alone would put it (a third of the radius towards the light, three quarters of
	 * the size: what a candidate on the lit part gives). Measured 2026-12-05: main found
	 * none of the 128 within 1.5 px (the circle on the shading, small and off towards the
	 * light, or the shading counted as holes); this branch found 59 of 64 from the centre
	 * and 52 of 64 from the lit part (the misses: 40 px balls before the paler wall, and
	 * looks from the lit part that never see the far silhouette).
	 */
	@Test
	void aWhiteBallShadedDarkerThanThePaleWallIsFoundAtItsCentre() {
		List<String> missed = new ArrayList<>();
		int[] found = new int[2];
		int cases = 0;
		int seed = 0;
		for (int wall : new int[] { 183, 196 }) {
			for (double d : new double[] { 24, 30, 34, 40 }) {
				for (int a = 0; a < 8; a++) {
					double angle = Math.PI / 4 * a + 0.3;
					double blur = (a % 2 == 0) ? 0.5 : 1.2;
					cases++;
					double cx = SIZE / 2 + 0.37 * (a - 4);
					double cy = SIZE / 2 - 0.21 * a;
					BufferedImage image = wall(wall, seed++);
					MarkerPainter.draw(image, cx, cy, d, WHITE, true, Double.NaN, 0, 0, 0.64 * Math.cos(angle),
							0.64 * Math.sin(angle));
					RgbImage photo = photo(image, blur);
					double lx = Math.cos(angle);
					double ly = Math.sin(angle);
					double[][] starts = { { cx, cy, d / 2 }, { cx + d / 6 * lx, cy + d / 6 * ly, 0.375 * d } };
					for (int k = 0; k < starts.length; k++) {
						double[] start = starts[k];
						Optional<Marker> marker = new Verifier(photo).verify(start[0], start[1], start[2]);
						double off = marker.map((m) -> m.distanceTo(cx, cy)).orElse(Double.NaN);
						if (off < 1.5) {
							found[k]++;
						}
						else {
							missed.add(String.format(
									"wall %d d=%.0f light %.0f deg blur %.1f from %.1f,%.1f r=%.1f: %s", wall, d,
									Math.toDegrees(angle), blur, start[0] - cx, start[1] - cy, start[2], marker));
						}
					}
				}
			}
		}
		missed.forEach(System.out::println);
		assertThat(found[0]).as("of %d balls looked at from their centre", cases)
			.isGreaterThanOrEqualTo(cases * 9 / 10);
		assertThat(found[1]).as("of %d balls looked at from their lit part", cases)
			.isGreaterThanOrEqualTo(cases * 3 / 4);
	}

	@Test
	void aWhiteButtonWithHolesAsDarkAsTheShadingAndAWhiteHoopAreRefused() {
		List<String> reported = new ArrayList<>();
		int seed = 100;
		for (int wall : new int[] { 183, 196 }) {
			for (double d : new double[] { 24, 30, 34, 40 }) {
				for (int kind = 0; kind < 3; kind++) {
					BufferedImage image = wall(wall, seed++);
					Graphics2D g = image.createGraphics();
					g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
					double x = SIZE / 2.0;
					double y = SIZE / 2.0;
					Color shade = new Color(150, 150, 149);
					if (kind == 2) {
						// A hoop: a white ring, the wall seen through its middle.
						g.setColor(new Color(WHITE));
						g.setStroke(new BasicStroke((float) (d / 5)));
						g.draw(new Ellipse2D.Double(x - 0.4 * d, y - 0.4 * d, 0.8 * d, 0.8 * d));
					}
					else {
						g.setColor(new Color(WHITE));
						g.fill(new Ellipse2D.Double(x - d / 2, y - d / 2, d, d));
						g.setColor(shade);
						if (kind == 0) {
							// Four holes, as the distractor scenes' buttons.
							double h = Math.max(1.2, d / 7);
							for (int i = 0; i < 4; i++) {
								double b = Math.PI / 2 * i + 0.4;
								g.fill(new Ellipse2D.Double(x + d / 5 * Math.cos(b) - h / 2,
										y + d / 5 * Math.sin(b) - h / 2, h, h));
							}
						}
						else {
							// One hole in the middle.
							double h = d / 5;
							g.fill(new Ellipse2D.Double(x - h / 2, y - h / 2, h, h));
						}
					}
					g.dispose();
					for (double blur : new double[] { 0.5, 1.2 }) {
						List<Marker> found = detect(image, blur);
						if (!found.isEmpty()) {
							reported
								.add(String.format("wall %d d=%.0f kind %d blur %.1f: %s", wall, d, kind, blur, found));
						}
					}
				}
			}
		}
		reported.forEach(System.out::println);
		assertThat(reported).isEmpty();
	}

	/** A pale wall of one grey with a little sensor noise. */
	private static BufferedImage wall(int grey, int seed) {
		BufferedImage image = MarkerPainter.plain(SIZE, (grey << 16) | (grey << 8) | (grey - 2));
		MarkerPainter.noise(image, 1.5, new Random(seed));
		return image;
	}

	private static RgbImage photo(BufferedImage image, double blur) {
		return RgbImage.of(MarkerPainter.jpeg(MarkerPainter.blur(image, blur), 0.8f));
	}

	private static List<Marker> detect(BufferedImage image, double blur) {
		return new MarkerDetector().detect(photo(image, blur), new MarkerDetector.Region(0, 0, SIZE, SIZE), List.of(),
				Optional.of(MarkerColour.seen(WHITE)));
	}

}
