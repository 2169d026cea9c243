package org.realign.pose.marker;

import java.util.Arrays;
import java.util.Optional;

import org.realign.pose.RgbImage;

/**
 * Stage 2 of {@link MarkerDetector}: decides whether a candidate is a marker and where
 * exactly its centre lies. Coordinates are continuous: pixel {@code (i, j)} covers
 * {@code [i, i+1) × [j, j+1)}, so its centre is {@code (i + 0.5, j + 0.5)}.
 */
final class Verifier {

	/** Floor of the centre's uncertainty: JPEG blocks and resampling, pixels. */
	private static final double UNCERTAINTY_FLOOR = 0.2;

	private final RgbImage image;

	/** Test hook: print why candidates are rejected. */
	static boolean trace;

	private static <T> T reject(String why) {
		if (trace) {
			System.out.println("  reject: " + why);
		}
		return null;
	}

	// The current window, in image pixels.
	private int left;

	private int top;

	private int width;

	private int height;

	private float[] red;

	private float[] green;

	private float[] blue;

	private float[] membership;

	private float[] ring;

	private boolean[] in;

	private int[] stack;

	private final int[] histR = new int[256];

	private final int[] histG = new int[256];

	private final int[] histB = new int[256];

	private static final int[][] STEPS = { { -1, 0 }, { 1, 0 }, { 0, -1 }, { 0, 1 } };

	Verifier(RgbImage image) {
		this.image = image;
	}

	/** What one look at a candidate found. */
	private record Blob(double x, double y, double diameter, double contrast, double noise, double isolation,
			double roundness, double fill, double plateau, double occluded, double outline, double centroidVariance,
			int rgb) {
	}

	Optional<Marker> verify(double cx, double cy, double radius) {
		double x = cx;
		double y = cy;
		double r = radius;
		Blob blob = null;
		for (int iteration = 0; iteration < 4; iteration++) {
			blob = look(x, y, r);
			if (blob == null) {
				return Optional.empty();
			}
			if (trace) {
				System.out.println("  look " + blob);
			}
			double newRadius = blob.diameter / 2;
			boolean settled = Math.abs(newRadius - r) < 0.15 * r + 0.3 && Math.hypot(blob.x - x, blob.y - y) < 0.2;
			x = blob.x;
			y = blob.y;
			r = newRadius;
			if (settled && iteration > 0) {
				break;
			}
		}
		if (blob.diameter < MarkerDetector.MIN_DIAMETER || blob.diameter > MarkerDetector.MAX_DIAMETER
				|| blob.contrast < MarkerDetector.MIN_CONTRAST || blob.fill < 0.4 || blob.fill > 1.3) {
			return Optional.empty();
		}
		double fContrast = clamp((blob.contrast - MarkerDetector.MIN_CONTRAST) / 40);
		double fNoise = clamp((1 / Math.max(blob.noise, 0.01) - 2.5) / 6);
		double fRound = clamp((Math.max(blob.roundness, 1 - blob.occluded) - 0.45) / 0.35);
		// A marker mostly hidden cannot be told from a half-moon of anything else.
		double fVisible = clamp((0.75 - blob.occluded) / 0.35);
		double fIsolation = clamp(1 - blob.isolation / 0.4);
		double fFill = clamp(1 - Math.max(0, Math.abs(blob.fill - 0.92) - 0.1 - 0.6 * blob.occluded) / 0.3);
		double fSharp = (blob.diameter < 10) ? 1 : clamp((blob.plateau - 0.2) / 0.25);
		// Pixelation alone spreads a small disc's edge distances by about 0.5 px.
		double allowed = 0.04 + 0.3 / blob.diameter;
		double fOutline = clamp(1 - (blob.outline - allowed) / 0.06);
		double confidence = Math.pow(fContrast * fNoise * fRound * fIsolation * fFill * fSharp * fOutline * fVisible,
				1.0 / 8);
		// A partly hidden marker's circle rests on fewer edges; its error grows with the
		// arc lost.
		double hidden = blob.occluded * 0.1 * blob.diameter;
		double uncertainty = Math.sqrt(blob.centroidVariance + UNCERTAINTY_FLOOR * UNCERTAINTY_FLOOR + hidden * hidden);
		return Optional.of(new Marker(blob.x, blob.y, blob.diameter, confidence, uncertainty, blob.rgb));
	}

	/**
	 * One look at a candidate: background from a ring, marker colour from the centre,
	 * membership per pixel, the blob containing the centre, its shape and centre.
	 */
	private Blob look(double cx, double cy, double r) {
		double ringInner = 1.5 * r + 2;
		double ringOuter = 2.2 * r + 3;
		int reach = (int) Math.ceil(ringOuter) + 1;
		if (!window(cx, cy, reach)) {
			return reject("window");
		}
		// Background: per-channel median of the ring, robust to a clothing edge in part
		// of it.
		int ringCount = 0;
		Arrays.fill(this.histR, 0);
		Arrays.fill(this.histG, 0);
		Arrays.fill(this.histB, 0);
		double fgR = 0;
		double fgG = 0;
		double fgB = 0;
		int fgCount = 0;
		double core = 0.35 * r + 0.6;
		double core2 = core * core;
		double inner2 = ringInner * ringInner;
		double outer2 = ringOuter * ringOuter;
		for (int j = 0; j < this.height; j++) {
			double dy = this.top + j + 0.5 - cy;
			for (int i = 0; i < this.width; i++) {
				double dx = this.left + i + 0.5 - cx;
				double d2 = dx * dx + dy * dy;
				int k = j * this.width + i;
				if (d2 >= inner2 && d2 <= outer2) {
					this.histR[(int) this.red[k]]++;
					this.histG[(int) this.green[k]]++;
					this.histB[(int) this.blue[k]]++;
					ringCount++;
				}
				else if (d2 <= core2) {
					fgR += this.red[k];
					fgG += this.green[k];
					fgB += this.blue[k];
					fgCount++;
				}
			}
		}
		if (ringCount < 12 || fgCount == 0) {
			return reject("ring");
		}
		float bgR = median(this.histR, ringCount);
		float bgG = median(this.histG, ringCount);
		float bgB = median(this.histB, ringCount);
		double cR = fgR / fgCount - bgR;
		double cG = fgG / fgCount - bgG;
		double cB = fgB / fgCount - bgB;
		double contrast2 = cR * cR + cG * cG + cB * cB;
		double contrast = Math.sqrt(contrast2);
		if (contrast < 0.6 * MarkerDetector.MIN_CONTRAST) {
			return reject("contrast " + contrast);
		}
		int n = this.width * this.height;
		float[] v = this.membership = (this.membership != null && this.membership.length >= n) ? this.membership
				: new float[n];
		for (int k = 0; k < n; k++) {
			v[k] = (float) (((this.red[k] - bgR) * cR + (this.green[k] - bgG) * cG + (this.blue[k] - bgB) * cB)
					/ contrast2);
		}
		// The blob: pixels more like the marker than the skin, connected to the centre.
		int seed = -1;
		float seedValue = 0.6f;
		double seedReach = 0.5 * r + 1;
		double seedReach2 = seedReach * seedReach;
		for (int j = 0; j < this.height; j++) {
			double dy = this.top + j + 0.5 - cy;
			for (int i = 0; i < this.width; i++) {
				int k = j * this.width + i;
				double dx = this.left + i + 0.5 - cx;
				if (v[k] > seedValue && dx * dx + dy * dy <= seedReach2) {
					seed = k;
					seedValue = v[k];
				}
			}
		}
		if (seed < 0) {
			return reject("seed");
		}
		if (this.in == null || this.in.length < n) {
			this.in = new boolean[n];
			this.stack = new int[n];
			this.ring = new float[n];
		}
		// The blob: pixels more like the marker than the skin, connected to the centre. A
		// blob that reaches the window's edge has leaked into something of similar colour
		// (skin beside a marker on a shirt); a stricter level keeps the marker's core.
		Component blob = null;
		for (float level : LEVELS) {
			if (v[seed] <= level) {
				break;
			}
			blob = component(v, seed, level, Integer.MAX_VALUE);
			if (blob != null) {
				break;
			}
		}
		if (blob == null) {
			// Still joined to its surroundings: keep the part near the candidate; the
			// edge
			// rays below decide how much of the outline is the marker's own.
			int bound = (int) Math.ceil(1.4 * r + 2);
			blob = component(v, seed, LEVELS[0], bound * bound);
			if (blob == null) {
				return reject("touches window");
			}
		}
		double diameter = 2 * Math.sqrt(blob.area / Math.PI);
		if (diameter < 0.8 * MarkerDetector.MIN_DIAMETER) {
			return reject("tiny " + diameter);
		}

		// Edges along rays from the blob's centre: on each ray, where the membership
		// falls
		// to half of its level just inside (a shaded side of a ball is darker inside, so
		// its edge is found against its own level); a ray whose outside is not the
		// background colour meets whatever hides the marker, and is left out.
		double ox = this.left + blob.x + 0.5;
		double oy = this.top + blob.y + 0.5;
		double radiusGuess = diameter / 2;
		int rays = (int) Math.max(16, Math.min(72, Math.round(2 * Math.PI * radiusGuess)));
		double[] ex = new double[rays];
		double[] ey = new double[rays];
		int trueEdges = 0;
		int hiddenEdges = 0;
		double limit = Math.min(2.2 * radiusGuess + 3, reach - 5);
		for (int q = 0; q < rays; q++) {
			double angle = 2 * Math.PI * q / rays;
			double dx = Math.cos(angle);
			double dy = Math.sin(angle);
			double inside = 0;
			int insideCount = 0;
			for (double t = 0.2 * radiusGuess; t <= 0.55 * radiusGuess; t += 0.5) {
				inside += sample(v, ox + t * dx, oy + t * dy);
				insideCount++;
			}
			inside = (insideCount > 0) ? inside / insideCount : sample(v, ox, oy);
			if (inside < 0.4) {
				hiddenEdges++;
				continue;
			}
			// The edge is where the membership drops fastest (a blurred step's steepest
			// point
			// is the step, whatever the levels on either side): samples every quarter
			// pixel
			// until the membership is well below the inside level, the steepest drop over
			// a
			// pixel, refined by a parabola.
			int samples = (int) Math.ceil((limit - 0.2 * radiusGuess) / 0.25) + 1;
			double[] profile = this.profile(samples);
			int end = -1;
			for (int u = 0; u < samples; u++) {
				double t = 0.2 * radiusGuess + 0.25 * u;
				profile[u] = sample(v, ox + t * dx, oy + t * dy);
				if (profile[u] < 0.2 * inside) {
					end = Math.min(samples - 1, u + 6);
					for (int w = u + 1; w <= end; w++) {
						double tw = 0.2 * radiusGuess + 0.25 * w;
						profile[w] = sample(v, ox + tw * dx, oy + tw * dy);
					}
					break;
				}
			}
			if (end < 0) {
				hiddenEdges++;
				continue;
			}
			int best = -1;
			double steepest = 0;
			for (int u = 2; u <= end - 2; u++) {
				double drop = profile[u - 2] - profile[u + 2];
				if (drop > steepest) {
					steepest = drop;
					best = u;
				}
			}
			if (best < 0 || steepest < 0.15 * inside) {
				hiddenEdges++;
				continue;
			}
			double offset = 0;
			if (best >= 3 && best <= end - 3) {
				double before = profile[best - 3] - profile[best + 1];
				double after = profile[best - 1] - profile[best + 3];
				double curvature = before - 2 * steepest + after;
				if (curvature < 0) {
					offset = Math.max(-0.5, Math.min(0.5, 0.5 * (before - after) / curvature));
				}
			}
			double crossing = 0.2 * radiusGuess + 0.25 * (best + offset);
			// Outside: a marker's width of skin beyond the edge (blur spreads up to ~3
			// px).
			// JPEG's half-resolution colour smears a coloured edge over about 3 px more.
			double beyond = crossing + Math.max(3.5, 0.4 * radiusGuess);
			double px = ox + beyond * dx;
			double py = oy + beyond * dy;
			if (sample(v, px, py) < 0.35 * inside && backgroundLike(px, py, bgR, bgG, bgB, contrast2)) {
				ex[trueEdges] = ox + crossing * dx;
				ey[trueEdges] = oy + crossing * dy;
				trueEdges++;
			}
			else {
				hiddenEdges++;
			}
		}
		double occluded = hiddenEdges / (double) rays;
		if (trueEdges < Math.max(8, rays / 3)) {
			return reject("edges " + trueEdges + " of " + rays);
		}
		double[] circle = fitCircle(ex, ey, trueEdges);
		if (circle == null) {
			return reject("no circle");
		}
		// One pass of outlier removal: an edge ray caught by a hair or a crease.
		int kept = 0;
		double tolerance = Math.max(0.6, 3 * circle[3]);
		for (int e = 0; e < trueEdges; e++) {
			double residual = Math.abs(Math.hypot(ex[e] - circle[0], ey[e] - circle[1]) - circle[2]);
			if (residual <= tolerance) {
				ex[kept] = ex[e];
				ey[kept] = ey[e];
				kept++;
			}
		}
		if (kept < Math.max(8, rays / 3)) {
			return reject("edges after outliers " + kept);
		}
		if (kept < trueEdges) {
			circle = fitCircle(ex, ey, kept);
			if (circle == null) {
				return reject("no circle");
			}
		}
		double x = circle[0];
		double y = circle[1];
		double radius = circle[2];
		if (Math.hypot(x - ox, y - oy) > 0.6 * radius + 1) {
			return reject("circle off the blob");
		}
		// The edge points' spread about the circle, relative to its radius: near zero for
		// a
		// disc seen whole or in part, large for a triangle of shoe or a fold of shirt.
		double outline = circle[3] / Math.max(1e-6, radius);
		// Variance of a fitted centre: residual² · 2 / n per axis (edges spread evenly).
		double centroidVariance = circle[3] * circle[3] * 2 / kept;
		diameter = 2 * radius;

		// Isolation and noise from the ring around the final circle.
		double isoInner = 1.5 * radius + 2;
		double isoOuter = Math.min(2.2 * radius + 3, reach - 0.5);
		float[] ringV = this.ring;
		int count = 0;
		int like = 0;
		double isoInner2 = isoInner * isoInner;
		double isoOuter2 = isoOuter * isoOuter;
		for (int j = 0; j < this.height; j++) {
			double dy = this.top + j + 0.5 - y;
			for (int i = 0; i < this.width; i++) {
				double dx = this.left + i + 0.5 - x;
				double d2 = dx * dx + dy * dy;
				if (d2 >= isoInner2 && d2 <= isoOuter2) {
					float value = v[j * this.width + i];
					ringV[count++] = value;
					if (value > 0.7f) {
						like++;
					}
				}
			}
		}
		if (count < 12) {
			return reject("ring count");
		}
		float middle = median(ringV, count);
		for (int k = 0; k < count; k++) {
			ringV[k] = Math.abs(ringV[k] - middle);
		}
		double noise = 1.4826 * median(ringV, count) + 0.02;
		int rgb = ((int) clamp255(fgR / fgCount) << 16) | ((int) clamp255(fgG / fgCount) << 8)
				| (int) clamp255(fgB / fgCount);
		// The blob's share of the fitted disc: about 1 for a whole marker (a little less
		// at
		// a stricter level), less for a partly hidden one, and more for a blob spilling
		// past
		// its outline.
		double fill = blob.area / (Math.PI * radius * radius);
		return new Blob(x, y, diameter, contrast, noise, like / (double) count, blob.roundness, Math.min(fill, 1.5),
				blob.plateau, occluded, outline, centroidVariance + 0.0, rgb);
	}

	private static final float[] LEVELS = { 0.5f, 0.7f, 0.85f };

	private double[] profileBuffer = new double[64];

	private double[] profile(int samples) {
		if (this.profileBuffer.length < samples) {
			this.profileBuffer = new double[samples];
		}
		return this.profileBuffer;
	}

	/** A connected blob of the membership map. */
	private record Component(int area, double x, double y, double roundness, double plateau) {
	}

	/**
	 * The blob above {@code level} containing the seed; null when it reaches the window's
	 * edge.
	 */
	private Component component(float[] v, int seed, float level, int bound2) {
		int si = seed % this.width;
		int sj = seed / this.width;
		boolean[] in = this.in;
		Arrays.fill(in, 0, this.width * this.height, false);
		int[] stack = this.stack;
		int size = 0;
		stack[size++] = seed;
		in[seed] = true;
		int area = 0;
		double sx = 0;
		double sy = 0;
		double sxx = 0;
		double syy = 0;
		double sxy = 0;
		int plateau = 0;
		int w = this.width;
		while (size > 0) {
			int k = stack[--size];
			int i = k % w;
			int j = k / w;
			if (i == 0 || j == 0 || i == w - 1 || j == this.height - 1) {
				return null;
			}
			if ((i - si) * (i - si) + (j - sj) * (j - sj) > bound2) {
				continue;
			}
			area++;
			sx += i;
			sy += j;
			sxx += (double) i * i;
			syy += (double) j * j;
			sxy += (double) i * j;
			if (v[k] > 0.8f) {
				plateau++;
			}
			if (!in[k - 1] && v[k - 1] > level) {
				in[k - 1] = true;
				stack[size++] = k - 1;
			}
			if (!in[k + 1] && v[k + 1] > level) {
				in[k + 1] = true;
				stack[size++] = k + 1;
			}
			if (!in[k - w] && v[k - w] > level) {
				in[k - w] = true;
				stack[size++] = k - w;
			}
			if (!in[k + w] && v[k + w] > level) {
				in[k + w] = true;
				stack[size++] = k + w;
			}
		}
		double mx = sx / area;
		double my = sy / area;
		double vxx = sxx / area - mx * mx + 1.0 / 12;
		double vyy = syy / area - my * my + 1.0 / 12;
		double vxy = sxy / area - mx * my;
		double trace = vxx + vyy;
		double det = vxx * vyy - vxy * vxy;
		double disc = Math.sqrt(Math.max(0, trace * trace / 4 - det));
		double major = trace / 2 + disc;
		double minor = Math.max(1e-6, trace / 2 - disc);
		return new Component(area, mx, my, Math.sqrt(minor / major), plateau / (double) area);
	}

	/** Bilinear membership at a point (image coordinates, pixel centres at +0.5). */
	private double sample(float[] v, double x, double y) {
		double fx = x - this.left - 0.5;
		double fy = y - this.top - 0.5;
		int i = (int) Math.floor(fx);
		int j = (int) Math.floor(fy);
		if (i < 0 || j < 0 || i >= this.width - 1 || j >= this.height - 1) {
			return 0;
		}
		double ax = fx - i;
		double ay = fy - j;
		int k = j * this.width + i;
		return (1 - ay) * ((1 - ax) * v[k] + ax * v[k + 1])
				+ ay * ((1 - ax) * v[k + this.width] + ax * v[k + this.width + 1]);
	}

	/**
	 * Whether the pixel at a point has the background's colour (within 40% of the
	 * contrast).
	 */
	private boolean backgroundLike(double x, double y, float bgR, float bgG, float bgB, double contrast2) {
		int i = (int) Math.floor(x - this.left);
		int j = (int) Math.floor(y - this.top);
		if (i < 0 || j < 0 || i >= this.width || j >= this.height) {
			return false;
		}
		int k = j * this.width + i;
		double dr = this.red[k] - bgR;
		double dg = this.green[k] - bgG;
		double db = this.blue[k] - bgB;
		return dr * dr + dg * dg + db * db < 0.49 * contrast2;
	}

	/** Reads the window of pixels within {@code reach} of a point; false when none. */
	private boolean window(double cx, double cy, int reach) {
		int x0 = Math.max(0, (int) Math.floor(cx) - reach);
		int y0 = Math.max(0, (int) Math.floor(cy) - reach);
		int x1 = Math.min(this.image.width(), (int) Math.floor(cx) + reach + 1);
		int y1 = Math.min(this.image.height(), (int) Math.floor(cy) + reach + 1);
		if (x1 - x0 < 5 || y1 - y0 < 5) {
			return false;
		}
		this.left = x0;
		this.top = y0;
		this.width = x1 - x0;
		this.height = y1 - y0;
		int n = this.width * this.height;
		if (this.red == null || this.red.length < n) {
			this.red = new float[n];
			this.green = new float[n];
			this.blue = new float[n];
		}
		int imageWidth = this.image.width();
		for (int j = 0; j < this.height; j++) {
			int base = (y0 + j) * imageWidth + x0;
			for (int i = 0; i < this.width; i++) {
				int p = this.image.rgb(base + i);
				int k = j * this.width + i;
				this.red[k] = (p >> 16) & 0xFF;
				this.green[k] = (p >> 8) & 0xFF;
				this.blue[k] = p & 0xFF;
			}
		}
		return true;
	}

	/**
	 * Least-squares circle through edge points (Kåsa's algebraic fit): centre x, y,
	 * radius and the RMS radial residual; null when degenerate.
	 */
	static double[] fitCircle(double[] xs, double[] ys, int n) {
		double mx = 0;
		double my = 0;
		for (int k = 0; k < n; k++) {
			mx += xs[k];
			my += ys[k];
		}
		mx /= n;
		my /= n;
		double suu = 0;
		double svv = 0;
		double suv = 0;
		double suuu = 0;
		double svvv = 0;
		double suvv = 0;
		double svuu = 0;
		for (int k = 0; k < n; k++) {
			double u = xs[k] - mx;
			double w = ys[k] - my;
			suu += u * u;
			svv += w * w;
			suv += u * w;
			suuu += u * u * u;
			svvv += w * w * w;
			suvv += u * w * w;
			svuu += w * u * u;
		}
		double det = suu * svv - suv * suv;
		if (Math.abs(det) < 1e-9) {
			return null;
		}
		double b1 = (suuu + suvv) / 2;
		double b2 = (svvv + svuu) / 2;
		double uc = (b1 * svv - b2 * suv) / det;
		double vc = (b2 * suu - b1 * suv) / det;
		double radius = Math.sqrt(uc * uc + vc * vc + (suu + svv) / n);
		double residual = 0;
		for (int k = 0; k < n; k++) {
			double e = Math.hypot(xs[k] - mx - uc, ys[k] - my - vc) - radius;
			residual += e * e;
		}
		return new double[] { mx + uc, my + vc, radius, Math.sqrt(residual / n) };
	}

	/** The median of up to 255 evenly spread values (enough for a noise estimate). */
	private static float median(float[] values, int count) {
		int step = Math.max(1, count / 255);
		float[] sample = new float[(count + step - 1) / step];
		int n = 0;
		for (int k = 0; k < count && n < sample.length; k += step) {
			sample[n++] = values[k];
		}
		Arrays.sort(sample, 0, n);
		return sample[n / 2];
	}

	/** The median grey level of a 256-bin histogram. */
	private static float median(int[] histogram, int count) {
		int half = count / 2;
		int seen = 0;
		for (int level = 0; level < 256; level++) {
			seen += histogram[level];
			if (seen > half) {
				return level;
			}
		}
		return 255;
	}

	private static double clamp(double value) {
		return Math.max(0, Math.min(1, value));
	}

	private static double clamp255(double value) {
		return Math.max(0, Math.min(255, Math.round(value)));
	}

}
