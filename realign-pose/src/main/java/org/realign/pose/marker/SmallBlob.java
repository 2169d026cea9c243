package org.realign.pose.marker;

import java.util.Arrays;
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
 * <p>
 * What surrounds a marker on the body's outline is two colours, the wall on one side and
 * clothing or skin on the other ({@link #surrounds}); each pixel is then read as a mix of
 * the three. Read against the one colour between them, the darker side read as much like
 * a dark marker as the marker itself, and the blob ran on into it: greater trochanters,
 * Achilles tendons and malleoli seen at the body's edge (session 26: on the 33 scene
 * sets, 40 markers more and 2 fewer, with the same extras; see {@code docs/markers.md}).
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
		int[] surrounds = surrounds(image, x, y, r, setRgb);
		if (surrounds == null) {
			return refused("no ring");
		}
		if (surrounds.length == 0) {
			return refused("contrast");
		}
		// Likeness: 0 for a surround, 1 for the set's colour, a mix in proportion.
		Likeness likeness = new Likeness(surrounds, setRgb);
		float[] like = new float[width * height];
		int seed = -1;
		for (int j = 0; j < height; j++) {
			for (int i = 0; i < width; i++) {
				int p = image.rgb((top + j) * image.width() + left + i);
				int k = j * width + i;
				like[k] = likeness.of(p);
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
	 * How like the set's colour a pixel is: 0 for a surround, 1 for the set's colour, a
	 * mix in proportion. Against one surround, how far along the line from it to the
	 * set's colour the pixel lies; 0 when it lies off that line by more than
	 * {@value #OFF_LINE} of its contrast: a mix of the marker and its surround lies on
	 * the line between their colours, and what lies well off it is something else (a
	 * wall, clothing), however far along the line it projects. Against two, the set's
	 * share of the mix of the three colours that comes nearest the pixel: a pixel where
	 * the two surrounds meet is a mix of them, with none of the marker's colour, though
	 * it may lie near the line from either surround to a dark marker's colour. The
	 * colours' differences are worked out once a look.
	 */
	private static final class Likeness {

		private final double[] a;

		private final double[] b;

		/** From the first surround to the set's colour, to the second, and theirs. */
		private final double[] aToSet;

		private final double[] bToSet;

		private final double[] aToB;

		private final double uu;

		private final double uv;

		private final double vv;

		private final double det;

		/** The second surround's contrast with the set's colour, squared. */
		private final double contrastB2;

		/** The least of the surrounds' contrasts with the set's colour, squared. */
		private final double contrast2;

		Likeness(int[] surrounds, int setRgb) {
			double[] set = rgb(setRgb);
			this.a = rgb(surrounds[0]);
			this.aToSet = difference(set, this.a);
			this.vv = dot(this.aToSet, this.aToSet);
			if (surrounds.length == 1) {
				this.b = null;
				this.bToSet = null;
				this.aToB = null;
				this.uu = 0;
				this.uv = 0;
				this.det = 0;
				this.contrastB2 = 0;
				this.contrast2 = this.vv;
				return;
			}
			this.b = rgb(surrounds[1]);
			this.bToSet = difference(set, this.b);
			this.aToB = difference(this.b, this.a);
			this.uu = dot(this.aToB, this.aToB);
			this.uv = dot(this.aToB, this.aToSet);
			this.det = this.uu * this.vv - this.uv * this.uv;
			this.contrastB2 = dot(this.bToSet, this.bToSet);
			this.contrast2 = Math.min(this.vv, this.contrastB2);
		}

		float of(int p) {
			double r = (p >> 16) & 0xFF;
			double g = (p >> 8) & 0xFF;
			double bl = p & 0xFF;
			double wR = r - this.a[0];
			double wG = g - this.a[1];
			double wB = bl - this.a[2];
			// Along the line from the first surround to the set's colour (past the set's
			// colour too: a ball's shaded side): against one surround, the likeness.
			double alongA = (wR * this.aToSet[0] + wG * this.aToSet[1] + wB * this.aToSet[2]) / this.vv;
			double offA = off2(wR, wG, wB, alongA, this.aToSet);
			if (this.b == null) {
				return (offA <= OFF_LINE * OFF_LINE * this.contrast2) ? (float) alongA : 0;
			}
			double best = Double.POSITIVE_INFINITY;
			double like = 0;
			// The mix of the three nearest the pixel, when it lies within their triangle:
			// its share of the second surround (beta) and of the set's colour (gamma).
			if (this.det > 1e-6 * this.uu * this.vv) {
				double uw = wR * this.aToB[0] + wG * this.aToB[1] + wB * this.aToB[2];
				double vw = wR * this.aToSet[0] + wG * this.aToSet[1] + wB * this.aToSet[2];
				double beta = (this.vv * uw - this.uv * vw) / this.det;
				double gamma = (this.uu * vw - this.uv * uw) / this.det;
				if (beta >= 0 && gamma >= 0 && beta + gamma <= 1) {
					double oR = wR - beta * this.aToB[0] - gamma * this.aToSet[0];
					double oG = wG - beta * this.aToB[1] - gamma * this.aToSet[1];
					double oB = wB - beta * this.aToB[2] - gamma * this.aToSet[2];
					best = oR * oR + oG * oG + oB * oB;
					like = gamma;
				}
			}
			// Else the nearest of the three lines: each surround's to the set's colour,
			// and the surrounds' own.
			if (offA < best) {
				best = offA;
				like = alongA;
			}
			double qR = r - this.b[0];
			double qG = g - this.b[1];
			double qB = bl - this.b[2];
			double alongB = (qR * this.bToSet[0] + qG * this.bToSet[1] + qB * this.bToSet[2]) / this.contrastB2;
			double offB = off2(qR, qG, qB, alongB, this.bToSet);
			if (offB < best) {
				best = offB;
				like = alongB;
			}
			double alongAB = (wR * this.aToB[0] + wG * this.aToB[1] + wB * this.aToB[2]) / this.uu;
			double offAB = off2(wR, wG, wB, alongAB, this.aToB);
			if (offAB < best) {
				best = offAB;
				like = 0;
			}
			return (best <= OFF_LINE * OFF_LINE * this.contrast2) ? (float) like : 0;
		}

		/** The squared distance of a difference from its part along a line. */
		private static double off2(double dR, double dG, double dB, double along, double[] line) {
			double oR = dR - along * line[0];
			double oG = dG - along * line[1];
			double oB = dB - along * line[2];
			return oR * oR + oG * oG + oB * oB;
		}

	}

	private static double[] difference(double[] a, double[] b) {
		return new double[] { a[0] - b[0], a[1] - b[1], a[2] - b[2] };
	}

	private static double dot(double[] a, double[] b) {
		return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
	}

	/**
	 * What surrounds a look: the colour of its ring ({@link Verifier#ringInner} to
	 * {@link Verifier#ringOuter} of the set's radius), or two when the ring holds two
	 * ({@link #TWO_SURROUNDS}); each of them contrasting with the set's colour by at
	 * least {@link MarkerDetector#MIN_CONTRAST}. A marker on the body's outline (a
	 * greater trochanter, an Achilles tendon) has a wall on one side and clothing on the
	 * other: read against one colour between them, the darker side reads as much like a
	 * dark marker as the marker itself, and the blob runs on into it.
	 * @return the surrounds, none when the ring's colour does not contrast with the
	 * set's, or null when too little of the ring lies in the image
	 */
	static int[] surrounds(RgbImage image, double x, double y, double r, int setRgb) {
		int one = Verifier.background(image, new Marker(x, y, 2 * r, 1, 1, setRgb), 12);
		if (one < 0) {
			return null;
		}
		double inner = Verifier.ringInner(r);
		double outer = Verifier.ringOuter(r);
		int x0 = Math.max(0, (int) Math.floor(x - outer));
		int x1 = Math.min(image.width() - 1, (int) Math.ceil(x + outer));
		int y0 = Math.max(0, (int) Math.floor(y - outer));
		int y1 = Math.min(image.height() - 1, (int) Math.ceil(y + outer));
		int size = (x1 - x0 + 1) * (y1 - y0 + 1);
		double[][] ring = new double[3][size];
		int count = 0;
		for (int j = y0; j <= y1; j++) {
			for (int i = x0; i <= x1; i++) {
				double d = Math.hypot(i + 0.5 - x, j + 0.5 - y);
				if (d >= inner && d <= outer) {
					int p = image.rgb(j * image.width() + i);
					ring[0][count] = (p >> 16) & 0xFF;
					ring[1][count] = (p >> 8) & 0xFF;
					ring[2][count] = p & 0xFF;
					count++;
				}
			}
		}
		// Two means, started from the ring's median and the pixel farthest from it.
		double[] a = rgb(one);
		double[] b = rgb(one);
		double farthest = -1;
		for (int k = 0; k < count; k++) {
			double d = distance2(ring, k, a);
			if (d > farthest) {
				farthest = d;
				b = new double[] { ring[0][k], ring[1][k], ring[2][k] };
			}
		}
		int inA = count;
		double[] sumA = new double[3];
		double[] sumB = new double[3];
		for (int iteration = 0; iteration < 8; iteration++) {
			Arrays.fill(sumA, 0);
			Arrays.fill(sumB, 0);
			inA = 0;
			for (int k = 0; k < count; k++) {
				boolean toA = distance2(ring, k, a) <= distance2(ring, k, b);
				double[] sum = toA ? sumA : sumB;
				for (int channel = 0; channel < 3; channel++) {
					sum[channel] += ring[channel][k];
				}
				inA += toA ? 1 : 0;
			}
			if (inA == 0 || inA == count) {
				break;
			}
			for (int channel = 0; channel < 3; channel++) {
				a[channel] = sumA[channel] / inA;
				b[channel] = sumB[channel] / (count - inA);
			}
		}
		double share = Math.min(inA, count - inA) / (double) count;
		double apart = Math.sqrt(distance2(a, b));
		// Each of the two a colour of its own: its pixels nearer it, in the mean, than
		// half-way to the other's. A ring of colours that spread (the sea's waves and
		// the surf beside a body) is not two.
		double spreadA = 0;
		double spreadB = 0;
		for (int k = 0; k < count; k++) {
			double toA = distance2(ring, k, a);
			double toB = distance2(ring, k, b);
			if (toA <= toB) {
				spreadA += toA;
			}
			else {
				spreadB += toB;
			}
		}
		boolean compact = inA > 0 && inA < count && Math.sqrt(spreadA / inA) <= apart / 2
				&& Math.sqrt(spreadB / (count - inA)) <= apart / 2;
		int[] colours = (share >= TWO_SURROUNDS && apart >= MarkerDetector.MIN_CONTRAST && compact)
				? new int[] { packed(a), packed(b) } : new int[] { one };
		return Arrays.stream(colours)
			.filter((c) -> Math.sqrt(distance2(rgb(c), rgb(setRgb))) >= MarkerDetector.MIN_CONTRAST)
			.toArray();
	}

	/**
	 * The least share of the ring the smaller of two surrounds must hold to be read as a
	 * surround of its own: a quarter, a body's outline crossing the ring.
	 */
	static final double TWO_SURROUNDS = 0.25;

	private static double[] rgb(int packed) {
		return new double[] { (packed >> 16) & 0xFF, (packed >> 8) & 0xFF, packed & 0xFF };
	}

	private static int packed(double[] rgb) {
		return ((int) Math.round(rgb[0]) << 16) | ((int) Math.round(rgb[1]) << 8) | (int) Math.round(rgb[2]);
	}

	/** The squared distance of the ring's {@code k}th pixel from a colour. */
	private static double distance2(double[][] ring, int k, double[] colour) {
		double dr = ring[0][k] - colour[0];
		double dg = ring[1][k] - colour[1];
		double db = ring[2][k] - colour[2];
		return dr * dr + dg * dg + db * db;
	}

	private static double distance2(double[] a, double[] b) {
		double dr = a[0] - b[0];
		double dg = a[1] - b[1];
		double db = a[2] - b[2];
		return dr * dr + dg * dg + db * db;
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
