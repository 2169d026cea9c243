package org.realign.pose.marker;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import org.realign.pose.RgbImage;

/**
 * Points where a drawn test scene puts its markers, and whether a marker found is at one.
 */
final class DrawnPoints {

	private DrawnPoints() {
	}

	/** The points, each moved by up to a pixel right and down (sub-pixel centres). */
	static double[][] jitter(double[][] points, Random random) {
		double[][] out = new double[points.length][];
		for (int i = 0; i < points.length; i++) {
			out[i] = new double[] { points[i][0] + random.nextDouble(), points[i][1] + random.nextDouble() };
		}
		return out;
	}

	/** Whether a marker lies within 3 px of one of the points. */
	static boolean near(Marker m, double[][] points) {
		for (double[] p : points) {
			if (m.distanceTo(p[0], p[1]) <= 3) {
				return true;
			}
		}
		return false;
	}

	/**
	 * How many of the points, in all the sets given, have a marker found within 1.5 px of
	 * them (the acceptance's bound).
	 */
	static int foundAt(List<Marker> markers, double[][]... drawn) {
		int found = 0;
		for (double[][] points : drawn) {
			for (double[] at : points) {
				if (markers.stream().anyMatch((m) -> m.distanceTo(at[0], at[1]) <= 1.5)) {
					found++;
				}
			}
		}
		return found;
	}

	/** How many markers lie near none of the points, in all the sets given. */
	static int reportedElsewhere(List<Marker> markers, double[][]... drawn) {
		return (int) markers.stream()
			.filter((m) -> Arrays.stream(drawn).noneMatch((points) -> near(m, points)))
			.count();
	}

	/**
	 * A 200 px square of skin on the left and clothing from x = 90 on, with what
	 * {@code draw} paints on it, blurred by 1.5 px, with noise and JPEG 0.6: the
	 * conditions under which a 6 px ball's core takes on its surround's colour.
	 */
	static RgbImage skinBesideClothing(int skin, int clothing, Consumer<BufferedImage> draw, Random random) {
		BufferedImage image = MarkerPainter.plain(200, skin);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(clothing));
		g.fillRect(90, 0, 110, 200);
		g.dispose();
		draw.accept(image);
		BufferedImage blurred = MarkerPainter.blur(image, 1.5);
		MarkerPainter.noise(blurred, 2.5, random);
		return RgbImage.of(MarkerPainter.jpeg(blurred, 0.6f));
	}

}
