package org.realign.pose.marker;

import org.realign.pose.RgbImage;

/**
 * A second look inside a marker that passed verification, for holes: a button's holes (or
 * stitching) are spots darker than everything around them, enclosed by the button's
 * colour on every side. The verifier's own hole test counts the pixels of the central
 * disc far from the marker's colour; blur and JPEG lighten a hole of 2-3 px until few
 * pixels pass it (16-19 px buttons with four visible holes were reported). Here a pixel
 * of the inner disc (0.6 of the radius) is a hole when its membership (the share of the
 * way from the background to the marker's colour) lies {@value #DEPTH} below the least of
 * its eight neighbours a third of the radius away: a plain dot, a shaded ball (its
 * shading is smooth and brightest inside) or a dot partly hidden (what hides it reaches
 * the outline, so some neighbour is as dark) has none. Measured on the drawn scenes of
 * seeds 0, 5000 and 9000: on 595 markers of 10 px and more the deepest such dip was 0.19;
 * on the verified candidates of the button scenes, a fifth dipped deeper than
 * {@value #DEPTH}. Markers under {@value #MIN_DIAMETER} px are not looked at: their holes
 * blur away.
 */
final class Holes {

	/** How much darker than all its surroundings a hole is, in the marker's contrast. */
	static final double DEPTH = 0.3;

	/** The smallest marker looked at, pixels. */
	static final double MIN_DIAMETER = 10;

	private Holes() {
	}

	/** Whether a marker that passed verification has a hole inside. */
	static boolean found(RgbImage image, Marker m) {
		double r = m.diameter() / 2;
		if (m.diameter() < MIN_DIAMETER) {
			return false;
		}
		// The background, as the verifier reads it.
		int background = Verifier.background(image, m, 12);
		if (background < 0) {
			return false;
		}
		double bgR = (background >> 16) & 0xFF;
		double bgG = (background >> 8) & 0xFF;
		double bgB = background & 0xFF;
		double cR = ((m.rgb() >> 16) & 0xFF) - bgR;
		double cG = ((m.rgb() >> 8) & 0xFF) - bgG;
		double cB = (m.rgb() & 0xFF) - bgB;
		double contrast2 = cR * cR + cG * cG + cB * cB;
		if (!(contrast2 > 1)) {
			return false;
		}
		int k = (int) Math.max(2, Math.round(0.3 * r));
		double inner = 0.6 * r;
		int[][] around = { { k, 0 }, { -k, 0 }, { 0, k }, { 0, -k }, { k, k }, { -k, -k }, { k, -k }, { -k, k } };
		for (int y = (int) Math.floor(m.y() - inner); y <= m.y() + inner; y++) {
			for (int x = (int) Math.floor(m.x() - inner); x <= m.x() + inner; x++) {
				if (Math.hypot(x + 0.5 - m.x(), y + 0.5 - m.y()) > inner || x < k || y < k || x >= image.width() - k
						|| y >= image.height() - k) {
					continue;
				}
				double least = Double.MAX_VALUE;
				for (int[] o : around) {
					least = Math.min(least,
							membership(image, x + o[0], y + o[1], bgR, bgG, bgB, cR, cG, cB, contrast2));
				}
				if (least - membership(image, x, y, bgR, bgG, bgB, cR, cG, cB, contrast2) > DEPTH) {
					return true;
				}
			}
		}
		return false;
	}

	private static double membership(RgbImage image, int x, int y, double bgR, double bgG, double bgB, double cR,
			double cG, double cB, double contrast2) {
		int p = image.rgb(y * image.width() + x);
		return ((((p >> 16) & 0xFF) - bgR) * cR + (((p >> 8) & 0xFF) - bgG) * cG + ((p & 0xFF) - bgB) * cB) / contrast2;
	}

}
