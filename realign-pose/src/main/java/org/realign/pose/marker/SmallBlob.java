package org.realign.pose.marker;

import java.util.Optional;

import org.realign.pose.RgbImage;

/**
 * The third opinion, for a set of small markers (under
 * {@value MarkerDetector#MIXED_BELOW} px across): a compact blob of the set's colour,
 * placed by its centre of mass.
 * <p>
 * Why a third: the verifier's outline reads an edge on each of 16-19 rays, and
 * {@link DiscFit} fits a blurred disc to every pixel of the window. A 6 px ball under
 * heavy JPEG (quality 0.6) is neither a circle nor a blurred disc any more: JPEG keeps
 * colour at half resolution and quantises each 8 × 8 block, so its outline wanders 0.6-2
 * px off any circle on a few rays (the outline fails in scattered places), and its
 * residual to a disc is 0.13-0.27 of its contrast (the fit fails). Of such balls in four
 * sets of the development scenes' combinations never tuned on (sessions 18-19), 40 of
 * about 140 were missed this way. What JPEG keeps is the blob's mass: the colour moved
 * about within a block stays in the block, so the blob's centre of mass stays where the
 * ball was drawn.
 * <p>
 * What a blob must show, besides being of the set's colour and size (the detector's
 * {@code ofTheSet}): one connected blob more like the set's colour than what surrounds
 * it, of pixels that are mixes of the two (within {@value #OFF_LINE} of their contrast of
 * the line between them), not running on to the edge of the window, compact (its second
 * moments within {@value #MAX_ELONGATION} of each other, as a disc's are equal), filling
 * the circle of its own area (no arm reaching out past {@value #MAX_REACH} of its radius
 * and a pixel), and alone in its ring (at most {@value #MAX_RING_SHARE} of the ring's
 * pixels of the set's colour). A photo without a set is never looked at; the weaker
 * evidence stands only with a set of markers of one colour and size found by the
 * verifier.
 */
final class SmallBlob {

	/** The least likeness of the blob's most marker-like pixel. */
	static final double SEED = 0.6;

	/** The likeness at which a pixel is of the blob: half-way. */
	static final double LEVEL = 0.5;

	/**
	 * How far from the line between the surround's colour and the set's a pixel may lie
	 * and still be a mix of the two, in their contrast: JPEG's colour error and a ball's
	 * shading move it off a little.
	 */
	static final double OFF_LINE = 0.5;

	/**
	 * The greatest ratio of the blob's second moments (a disc's are 1). JPEG keeps colour
	 * at half resolution, in blocks, and stretches a small ball's blob of its colour: of
	 * 853 such blobs at drawn markers of 6-8 px (17 scene sets, session 25), 7 read
	 * 2.0-2.5 and 16 more than 2.5, while the 4 blobs of the set's colour found among the
	 * other candidates all read more than 3. At 2.0 (sessions 19-24), 18 markers more
	 * were missed on the 33 scene sets, with the same extras.
	 */
	static final double MAX_ELONGATION = 2.5;

	/** How far a pixel of the blob may lie from its centre, in its own radius (+1 px). */
	static final double MAX_REACH = 1.4;

	/** The largest share of the ring's pixels of the set's colour. */
	static final double MAX_RING_SHARE = 0.08;

	private SmallBlob() {
	}

	/** Empty, and why, in the verifier's trace (see {@link Verifier#trace}). */
	private static Optional<Marker> refused(String why) {
		if (Verifier.trace) {
			Verifier.say("  small blob refused: " + why);
		}
		return Optional.empty();
	}

	/**
	 * The blob of a set's colour near a point, as a marker, or empty when there is none
	 * that shows what a marker must (see the class comment).
	 * @param image the photo
	 * @param x where to look
	 * @param y where to look
	 * @param diameter the set's diameter
	 * @param setRgb the set's colour
	 * @return the marker at the blob's centre of mass
	 */
	static Optional<Marker> look(RgbImage image, double x, double y, double diameter, int setRgb) {
		double r = diameter / 2;
		int background = Verifier.background(image, new Marker(x, y, diameter, 1, 1, setRgb), 12);
		if (background < 0) {
			return refused("no ring");
		}
		double bR = (background >> 16) & 0xFF;
		double bG = (background >> 8) & 0xFF;
		double bB = background & 0xFF;
		double cR = ((setRgb >> 16) & 0xFF) - bR;
		double cG = ((setRgb >> 8) & 0xFF) - bG;
		double cB = (setRgb & 0xFF) - bB;
		double contrast2 = cR * cR + cG * cG + cB * cB;
		if (Math.sqrt(contrast2) < MarkerDetector.MIN_CONTRAST) {
			return refused("contrast");
		}
		int reach = (int) Math.ceil(Verifier.ringOuter(r));
		int left = Math.max(0, (int) Math.floor(x) - reach);
		int top = Math.max(0, (int) Math.floor(y) - reach);
		int right = Math.min(image.width(), (int) Math.floor(x) + reach + 1);
		int bottom = Math.min(image.height(), (int) Math.floor(y) + reach + 1);
		int width = right - left;
		int height = bottom - top;
		if (width < 5 || height < 5) {
			return refused("window");
		}
		// Likeness: 0 for the background, 1 for the set's colour, a mix in proportion.
		float[] like = new float[width * height];
		int seed = -1;
		for (int j = 0; j < height; j++) {
			for (int i = 0; i < width; i++) {
				int p = image.rgb((top + j) * image.width() + left + i);
				int k = j * width + i;
				double pR = ((p >> 16) & 0xFF) - bR;
				double pG = ((p >> 8) & 0xFF) - bG;
				double pB = (p & 0xFF) - bB;
				double along = (pR * cR + pG * cG + pB * cB) / contrast2;
				double offR = pR - along * cR;
				double offG = pG - along * cG;
				double offB = pB - along * cB;
				// A mix of the marker and its surround lies on the line between their
				// colours; what lies well off it is something else (a wall, clothing),
				// however far along the line it projects.
				boolean mixed = offR * offR + offG * offG + offB * offB <= OFF_LINE * OFF_LINE * contrast2;
				like[k] = mixed ? (float) along : 0;
				double dx = left + i + 0.5 - x;
				double dy = top + j + 0.5 - y;
				if (dx * dx + dy * dy <= r * r && (seed < 0 || like[k] > like[seed])) {
					seed = k;
				}
			}
		}
		if (seed < 0 || like[seed] < SEED) {
			return refused("not of the set's colour");
		}
		boolean[] in = new boolean[width * height];
		int[] stack = new int[width * height];
		int size = 0;
		stack[size++] = seed;
		in[seed] = true;
		while (size > 0) {
			int k = stack[--size];
			int i = k % width;
			int j = k / width;
			if (i == 0 || j == 0 || i == width - 1 || j == height - 1) {
				// It runs on to the window's edge: a stripe, an edge, a patch, no marker.
				return refused("runs on");
			}
			for (int n : new int[] { k - 1, k + 1, k - width, k + width }) {
				if (!in[n] && like[n] >= LEVEL) {
					in[n] = true;
					stack[size++] = n;
				}
			}
		}
		// The centre of mass of the blob and the pixels beside it (its rim, mixed with
		// what surrounds it), each weighed by its likeness; its colour, that of its core
		// (the pixels within a fifth of its most marker-like, a ball's lit side).
		double coreLevel = Math.max(LEVEL, 0.8 * like[seed]);
		double mass = 0;
		double sx = 0;
		double sy = 0;
		double sxx = 0;
		double syy = 0;
		double sxy = 0;
		double sumR = 0;
		double sumG = 0;
		double sumB = 0;
		int core = 0;
		for (int j = 1; j < height - 1; j++) {
			for (int i = 1; i < width - 1; i++) {
				int k = j * width + i;
				if (!(in[k] || in[k - 1] || in[k + 1] || in[k - width] || in[k + width])) {
					continue;
				}
				double w = Math.max(0, Math.min(1, like[k]));
				double px = left + i + 0.5;
				double py = top + j + 0.5;
				mass += w;
				sx += w * px;
				sy += w * py;
				sxx += w * px * px;
				syy += w * py * py;
				sxy += w * px * py;
				if (like[k] >= coreLevel) {
					int p = image.rgb((top + j) * image.width() + left + i);
					sumR += (p >> 16) & 0xFF;
					sumG += (p >> 8) & 0xFF;
					sumB += p & 0xFF;
					core++;
				}
			}
		}
		if (mass <= 0 || core == 0) {
			return refused("no core");
		}
		double mx = sx / mass;
		double my = sy / mass;
		double vxx = sxx / mass - mx * mx;
		double vyy = syy / mass - my * my;
		double vxy = sxy / mass - mx * my;
		double mean = (vxx + vyy) / 2;
		double spread = Math.sqrt((vxx - vyy) * (vxx - vyy) / 4 + vxy * vxy);
		if (mean - spread <= 0 || (mean + spread) / (mean - spread) > MAX_ELONGATION) {
			// The ratio written out only for the trace, where a miss's report reads it.
			return refused((Verifier.trace && mean - spread > 0)
					? String.format("elongated %.2f", (mean + spread) / (mean - spread)) : "elongated");
		}
		double radius = Math.sqrt(mass / Math.PI);
		double ringInner = radius + 1.5;
		double ringOuter = Verifier.ringOuter(radius);
		int ring = 0;
		int ofTheColour = 0;
		for (int j = 0; j < height; j++) {
			for (int i = 0; i < width; i++) {
				int k = j * width + i;
				double d = Math.hypot(left + i + 0.5 - mx, top + j + 0.5 - my);
				if (in[k] && d > MAX_REACH * radius + 1) {
					// An arm reaching out of the circle of the blob's own area.
					return refused("reaches out");
				}
				if (d >= ringInner && d <= ringOuter) {
					ring++;
					if (like[k] >= LEVEL) {
						ofTheColour++;
					}
				}
			}
		}
		if (ring == 0 || ofTheColour > MAX_RING_SHARE * ring) {
			return refused("others in its ring " + ofTheColour + " of " + ring);
		}
		int rgb = ((int) Math.round(sumR / core) << 16) | ((int) Math.round(sumG / core) << 8)
				| (int) Math.round(sumB / core);
		double roundness = (mean - spread) / (mean + spread);
		double confidence = Math.max(MarkerDetector.MIN_CONFIDENCE, Math.sqrt(roundness));
		return Optional.of(new Marker(mx, my, 2 * radius, confidence, UNCERTAINTY, rgb));
	}

	/**
	 * The centre's stated error, pixels (one SD per axis). Measured on balls of four hues
	 * on four skins and clothes, 36 of each pair, looked at from 1 px off, at JPEG
	 * quality 0.6, 0.7 and 0.9, sharp and under 1 px of blur (session 19): the error per
	 * axis is 0.26-0.35 px RMS for balls 6 px across and 0.36-0.47 for 8 px; 86% of the
	 * errors lie within 0.55-0.88 px, inside two stated SDs. Most of it is a ball's
	 * shading, which moves its mass towards the light: 0.0-0.5 px for most pairs, 0.9 px
	 * for a yellow ball on pale skin, and 1.3 px for a white one (which is not asked, see
	 * {@code MarkerDetector.smallSet}), whose shaded side reads as skin.
	 */
	static final double UNCERTAINTY = 0.5;

}
