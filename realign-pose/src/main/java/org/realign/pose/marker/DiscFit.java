package org.realign.pose.marker;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;

import org.realign.pose.RgbImage;

/**
 * A photometric model of a round marker fitted to the pixels: a disc of radius {@code r}
 * at a sub-pixel centre, blurred by a Gaussian of width {@code s}, with its own level
 * (and a linear shading across it) over a background level (and a linear gradient of the
 * light), optionally with one straight edge: an occluder in front (hair, a waistband), or
 * an edge of the background behind (the body's outline). Fitted by Levenberg-Marquardt
 * with robust weights over a window of about twice the radius, on a likeness image (see
 * {@link #read}): the background reads 0, the marker 1, and a mix of the two in between
 * in proportion, so that blur blurs the likeness as it blurs the colours.
 * <p>
 * The blurred disc's profile is the exact one: the share of a Gaussian of width {@code s}
 * centred at distance {@code d} from the disc's centre that falls inside it (the Rice
 * distribution's CDF), tabulated in {@code d/s} and {@code r/s}. An erf edge is its limit
 * for large {@code r/s} and is used there; on a 6 px marker blurred by 1.5 px the erf
 * edge would be off by a tenth of the contrast at the centre.
 * <p>
 * This is the second opinion of {@link MarkerDetector} on candidates that failed the
 * verifier's outline checks alone (see {@link #secondOpinion} and {@link #judge}): it
 * accepts only when the model explains the window, inside the disc, on its edge and in
 * the ring around it, to the residual scale the window itself shows.
 */
final class DiscFit {

	/** Grid of the tabulated profile, in units of the blur {@code s}. */
	private static final double STEP = 1.0 / 16;

	/** Beyond this {@code r/s} or {@code d/s} the erf edge with curvature is used. */
	private static final double TABLE_MAX = 12;

	private static final int SIZE = (int) Math.round(TABLE_MAX / STEP) + 2;

	/**
	 * {@code F(a, b)}: the probability that a standard 2-D normal vector offset by
	 * {@code a} lies within {@code b} of the origin; row {@code a}, column {@code b}.
	 */
	private static final float[] PROFILE = new float[SIZE * SIZE];

	private static final float[] PROFILE_A = new float[SIZE * SIZE];

	private static final float[] PROFILE_B = new float[SIZE * SIZE];

	static {
		// F(a, b) = ∫0^b x exp(-(x - a)² / 2) I0e(a x) dx, integrated along b for each a
		// (Simpson's rule on a grid four times finer than the table's); its derivatives
		// are closed forms: dF/db = b exp(-(a - b)² / 2) I0e(a b), dF/da = -b exp(-(a -
		// b)² / 2) I1e(a b).
		int fine = 4;
		double h = STEP / fine;
		for (int i = 0; i < SIZE; i++) {
			double a = i * STEP;
			double sum = 0;
			double previous = 0;
			PROFILE[i * SIZE] = 0;
			for (int j = 1; j < SIZE; j++) {
				for (int k = 0; k < fine; k++) {
					double x0 = (j - 1) * STEP + k * h;
					double mid = x0 + h / 2;
					double x1 = x0 + h;
					double f0 = (k == 0 && j == 1) ? 0 : previous;
					double fm = density(a, mid);
					double f1 = density(a, x1);
					sum += h / 6 * (f0 + 4 * fm + f1);
					previous = f1;
				}
				double b = j * STEP;
				PROFILE[i * SIZE + j] = (float) Math.min(1, sum);
				PROFILE_B[i * SIZE + j] = (float) density(a, b);
				PROFILE_A[i * SIZE + j] = (float) (-b * Math.exp(-(a - b) * (a - b) / 2) * besselI1e(a * b));
			}
		}
	}

	/** {@code x exp(-(x - a)² / 2) I0e(a x)}: the Rice density, scale 1. */
	private static double density(double a, double x) {
		return x * Math.exp(-(x - a) * (x - a) / 2) * besselI0e(a * x);
	}

	/** {@code exp(-x) I0(x)}, x ≥ 0 (Abramowitz and Stegun 9.8.1-2, error < 2e-7). */
	static double besselI0e(double x) {
		if (x < 3.75) {
			double t = x / 3.75;
			t *= t;
			return Math.exp(-x) * (1 + t * (3.5156229
					+ t * (3.0899424 + t * (1.2067492 + t * (0.2659732 + t * (0.0360768 + t * 0.0045813))))));
		}
		double t = 3.75 / x;
		return (0.39894228 + t * (0.01328592 + t * (0.00225319 + t * (-0.00157565
				+ t * (0.00916281 + t * (-0.02057706 + t * (0.02635537 + t * (-0.01647633 + t * 0.00392377))))))))
				/ Math.sqrt(x);
	}

	/** {@code exp(-x) I1(x)}, x ≥ 0 (Abramowitz and Stegun 9.8.3-4). */
	static double besselI1e(double x) {
		if (x < 3.75) {
			double t = x / 3.75;
			t *= t;
			return Math.exp(-x) * x * (0.5 + t * (0.87890594
					+ t * (0.51498869 + t * (0.15084934 + t * (0.02658733 + t * (0.00301532 + t * 0.00032411))))));
		}
		double t = 3.75 / x;
		return (0.39894228 + t * (-0.03988024 + t * (-0.00362018 + t * (0.00163801
				+ t * (-0.01031555 + t * (0.02282967 + t * (-0.02895312 + t * (0.01787654 - t * 0.00420059))))))))
				/ Math.sqrt(x);
	}

	/** The standard normal CDF (erfc of Numerical Recipes, relative error < 1.2e-7). */
	static double phi(double x) {
		double z = Math.abs(x) / Math.sqrt(2);
		double t = 1 / (1 + 0.5 * z);
		double erfc = t * Math
			.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806
					+ t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
		return (x >= 0) ? 1 - erfc / 2 : erfc / 2;
	}

	/** The standard normal density. */
	static double density(double x) {
		return 0.3989422804014327 * Math.exp(-x * x / 2);
	}

	/**
	 * The blurred disc's value at distance {@code a} (in blur widths) from its centre,
	 * for a radius of {@code b} blur widths, with its derivatives in {@code a} and
	 * {@code b}, into {@code out[0..2]}.
	 */
	static void profile(double a, double b, double[] out) {
		if (a < TABLE_MAX - 1 && b < TABLE_MAX - 1) {
			double fa = a / STEP;
			double fb = b / STEP;
			int i = (int) fa;
			int j = (int) fb;
			double u = fa - i;
			double w = fb - j;
			int k = i * SIZE + j;
			out[0] = bilinear(PROFILE, k, u, w);
			out[1] = bilinear(PROFILE_A, k, u, w);
			out[2] = bilinear(PROFILE_B, k, u, w);
			return;
		}
		// Large discs or far points: an erf edge, moved in by the curvature (the
		// boundary falls back from the tangent by z²/(2b) at a lateral offset z, whose
		// mean square is 1).
		double t = b - a - 1 / (2 * Math.max(b, 1));
		double g = density(t);
		out[0] = phi(t);
		out[1] = -g;
		out[2] = g;
	}

	private static double bilinear(float[] table, int k, double u, double w) {
		return (1 - u) * ((1 - w) * table[k] + w * table[k + 1])
				+ u * ((1 - w) * table[k + SIZE] + w * table[k + SIZE + 1]);
	}

	/** See {@link #read}: grey levels. */
	static final double JPEG_ERROR = 3;

	/** The most pixels a fit reads; larger windows are read every other pixel. */
	private static final int MAX_PIXELS = 500;

	/**
	 * Parameters: centre, radius, blur, the disc's level and its linear shading (a ball
	 * lit from one side, uneven light), the background's level and gradient.
	 */
	static final int CX = 0, CY = 1, R = 2, S = 3, A = 4, AX = 5, AY = 6, B = 7, BX = 8, BY = 9;

	/** How many parameters the plain model has. */
	static final int PLAIN_PARAMETERS = 10;

	/**
	 * A straight edge's normal angle and signed distance from the centre, and the level
	 * beyond it: an occluder in front of the disc ({@link #HIDDEN}) or an edge of the
	 * background behind it ({@link #EDGE}: a marker on the body's outline, on a
	 * waistband's edge).
	 */
	static final int THETA = 10, RHO = 11, C = 12;

	/** The kinds of model: a disc on its background, partly hidden, before an edge. */
	static final int PLAIN = 0, HIDDEN = 1, EDGE = 2;

	/** How many parameters the full model has. */
	static final int PARAMETERS = 13;

	/** The least blur width: a pixel's own box (variance 1/12) and little more. */
	private static final double MIN_BLUR = 0.3;

	/** What one fit found. */
	record Fit(double[] p, int kind, double cost, int n, double[] covariance, double[] residual, double sigma) {

		/** Whether part of the disc is hidden behind an edge. */
		boolean occluded() {
			return this.kind == HIDDEN;
		}

	}

	// The window's pixels: position (image coordinates of the pixel centre) and
	// likeness.
	private double[] xs = new double[256];

	private double[] ys = new double[256];

	private double[] vs = new double[256];

	private int n;

	/** The direction of the marker's colour from the background's, and its length. */
	private double contrast;

	/** The marker's colour, 0xRRGGBB. */
	private int rgb;

	/** The likeness's noise from neighbouring pixels' differences, outside the disc. */
	private double noise;

	private double scale;

	private final RgbImage image;

	DiscFit(RgbImage image) {
		this.image = image;
	}

	/**
	 * Reads the window around a guess of a marker: the background's colour (median of a
	 * ring at 1.5-2.2 radii, as the verifier reads it), the marker's (mean of the
	 * centre), the likeness of every pixel within 2.2 radii and its noise.
	 * @return false when there is no window or no contrast to fit
	 */
	boolean read(double cx, double cy, double r) {
		return read(cx, cy, r, List.of());
	}

	/**
	 * Reads the window, leaving out the pixels of markers already found (their discs and
	 * two pixels around).
	 */
	boolean read(double cx, double cy, double r, List<Marker> others) {
		double outer = Verifier.ringOuter(r);
		int x0 = Math.max(0, (int) Math.floor(cx - outer));
		int y0 = Math.max(0, (int) Math.floor(cy - outer));
		int x1 = Math.min(this.image.width() - 1, (int) Math.ceil(cx + outer));
		int y1 = Math.min(this.image.height() - 1, (int) Math.ceil(cy + outer));
		int w = x1 - x0 + 1;
		int h = y1 - y0 + 1;
		if (w < 7 || h < 7) {
			return false;
		}
		int[] rgb = new int[w * h];
		int imageWidth = this.image.width();
		for (int j = 0; j < h; j++) {
			for (int i = 0; i < w; i++) {
				rgb[j * w + i] = this.image.rgb((y0 + j) * imageWidth + x0 + i);
			}
		}
		double ringInner = Verifier.ringInner(r);
		// The marker's colour: the median of its central half (robust to the part an
		// occluder may hide there), and the background's, the median of a ring.
		double core = 0.5 * r + 0.6;
		int[][] hist = new int[3][256];
		int[][] coreHist = new int[3][256];
		int ringCount = 0;
		int coreCount = 0;
		for (int j = 0; j < h; j++) {
			double dy = y0 + j + 0.5 - cy;
			for (int i = 0; i < w; i++) {
				double dx = x0 + i + 0.5 - cx;
				double d = Math.sqrt(dx * dx + dy * dy);
				int p = rgb[j * w + i];
				if (d >= ringInner && d <= outer) {
					hist[0][(p >> 16) & 0xFF]++;
					hist[1][(p >> 8) & 0xFF]++;
					hist[2][p & 0xFF]++;
					ringCount++;
				}
				else if (d <= core) {
					coreHist[0][(p >> 16) & 0xFF]++;
					coreHist[1][(p >> 8) & 0xFF]++;
					coreHist[2][p & 0xFF]++;
					coreCount++;
				}
			}
		}
		if (ringCount < 12 || coreCount == 0) {
			return false;
		}
		double[] bg = new double[3];
		double[] marker = new double[3];
		double[] c = new double[3];
		double c2 = 0;
		for (int k = 0; k < 3; k++) {
			bg[k] = Verifier.median(hist[k], ringCount);
			marker[k] = Verifier.median(coreHist[k], coreCount);
			c[k] = marker[k] - bg[k];
			c2 += c[k] * c[k];
		}
		this.contrast = Math.sqrt(c2);
		this.rgb = ((int) marker[0] << 16) | ((int) marker[1] << 8) | (int) marker[2];

		if (this.contrast < 0.6 * MarkerDetector.MIN_CONTRAST) {
			return false;
		}
		// Likeness to the marker: how far a pixel's colour lies along the line from the
		// background's colour to the marker's (0 at the background, 1 at the marker),
		// less how far it lies off that line, both in units of the contrast. Blur and
		// JPEG mix the marker with what lies around it: a mix with the background stays
		// on the line, where the likeness is linear in the mix (as the model's blur
		// assumes), and can exceed 1 where the centre's colour read was itself a little
		// mixed (a small blurred marker). A colour off the line is neither: a lock of
		// dark hair projects onto the line as much as a green marker does, but lies far
		// off it, so it reads as not the marker.
		float[] v = new float[w * h];
		for (int k = 0; k < w * h; k++) {
			int p = rgb[k];
			double dr = ((p >> 16) & 0xFF) - bg[0];
			double dg = ((p >> 8) & 0xFF) - bg[1];
			double db = (p & 0xFF) - bg[2];
			double t = (dr * c[0] + dg * c[1] + db * c[2]) / c2;
			double er = dr - t * c[0];
			double eg = dg - t * c[1];
			double eb = db - t * c[2];
			v[k] = (float) (t - Math.sqrt(er * er + eg * eg + eb * eb) / this.contrast);
		}
		// Noise: neighbouring pixels' differences outside the disc and its blurred edge
		// (MAD, so that an edge or a line crossing the ring does not count).
		double[] diffs = new double[2 * w * h];
		int nd = 0;
		double quiet = 1.3 * r + 2;
		for (int j = 0; j < h - 1; j++) {
			double dy = y0 + j + 0.5 - cy;
			for (int i = 0; i < w - 1; i++) {
				double dx = x0 + i + 0.5 - cx;
				double d2 = dx * dx + dy * dy;
				if (d2 >= quiet * quiet && d2 <= outer * outer) {
					diffs[nd++] = Math.abs(v[j * w + i + 1] - v[j * w + i]);
					diffs[nd++] = Math.abs(v[(j + 1) * w + i] - v[j * w + i]);
				}
			}
		}
		if (nd < 16) {
			return false;
		}
		Arrays.sort(diffs, 0, nd);
		// |difference| of two independent normals of SD σ: median 0.6745·√2·σ.
		// At least the error of 8-bit JPEG itself: its quantisation leaves 2-4 grey
		// levels RMS near edges at the qualities phones use (0.8-0.95), however clean
		// the surface.
		this.noise = Math.max(diffs[nd / 2] / (0.6745 * Math.sqrt(2)), JPEG_ERROR / this.contrast);
		int stride = 1;
		int inside = 0;
		for (int j = 0; j < h; j++) {
			for (int i = 0; i < w; i++) {
				double dx = x0 + i + 0.5 - cx;
				double dy = y0 + j + 0.5 - cy;
				if (dx * dx + dy * dy <= outer * outer) {
					inside++;
				}
			}
		}
		while (inside / (stride * stride) > MAX_PIXELS) {
			stride++;
		}
		ensure(inside);
		this.n = 0;
		for (int j = 0; j < h; j += stride) {
			for (int i = 0; i < w; i += stride) {
				double x = x0 + i + 0.5;
				double y = y0 + j + 0.5;
				double dx = x - cx;
				double dy = y - cy;
				if (dx * dx + dy * dy <= outer * outer && !onAnother(x, y, others)) {
					this.xs[this.n] = x;
					this.ys[this.n] = y;
					this.vs[this.n] = v[j * w + i];
					this.n++;
				}
			}
		}
		this.scale = r;
		return true;
	}

	private static boolean onAnother(double x, double y, List<Marker> others) {
		for (Marker other : others) {
			double reach = other.diameter() / 2 + 2;
			if (Math.abs(other.x() - x) <= reach && Math.abs(other.y() - y) <= reach
					&& other.distanceTo(x, y) <= reach) {
				return true;
			}
		}
		return false;
	}

	private void ensure(int count) {
		if (this.xs.length < count) {
			this.xs = new double[count];
			this.ys = new double[count];
			this.vs = new double[count];
		}
	}

	/**
	 * The model fitted from a start, without or with an occluding edge, by
	 * Levenberg-Marquardt with robust (Cauchy) weights re-estimated between rounds, so
	 * that a few pixels of something else in the window (the edge of a sleeve, a fold) do
	 * not drag the disc: they stay as residual, which {@link #judge} counts.
	 * @param start the parameters to start from (13 values; the occluder's ignored when
	 * {@code occluded} is false)
	 */
	Fit fit(double[] start, int kind) {
		boolean occluded = kind == HIDDEN;
		int m = (kind == PLAIN) ? PLAIN_PARAMETERS : PARAMETERS;
		int rows = this.n;
		double[] p = Arrays.copyOf(start, PARAMETERS);
		double[] model = new double[rows];
		double[][] jac = new double[m][rows];
		double[] weight = new double[rows];
		Arrays.fill(weight, 1);
		if (occluded) {
			mask(p, weight);
		}
		double[] trial = new double[PARAMETERS];
		double[] jtj = new double[m * m];
		double[] jtr = new double[m];
		double[] step = new double[m];
		double[] residual = new double[rows];
		double sigma = Double.NaN;
		for (int round = 0; round < 2; round++) {
			double cost = evaluate(p, kind, weight, model, jac);
			double lambda = 1e-3;
			for (int iteration = 0; iteration < 10; iteration++) {
				normal(m, weight, model, jac, jtj, jtr);
				boolean improved = false;
				double decrease = 0;
				for (int attempt = 0; attempt < 6 && !improved; attempt++) {
					double[] damped = jtj.clone();
					for (int a = 0; a < m; a++) {
						damped[a * m + a] += lambda * Math.max(jtj[a * m + a], 1e-12);
					}
					if (!solve(damped, jtr, m, step)) {
						lambda *= 10;
						continue;
					}
					System.arraycopy(p, 0, trial, 0, PARAMETERS);
					for (int a = 0; a < m; a++) {
						trial[a] += step[a];
					}
					bound(trial, start, kind);
					double trialCost = evaluate(trial, kind, weight, null, null);
					if (trialCost < cost) {
						decrease = cost - trialCost;
						System.arraycopy(trial, 0, p, 0, PARAMETERS);
						cost = evaluate(p, kind, weight, model, jac);
						lambda = Math.max(1e-7, lambda / 3);
						improved = true;
					}
					else {
						lambda *= 4;
					}
				}
				if (!improved || decrease < 1e-6 * cost) {
					break;
				}
			}
			// Robust scale of the residual (MAD), and Cauchy weights for the next round.
			for (int k = 0; k < rows; k++) {
				residual[k] = observed(k) - model[k];
			}
			sigma = robustScale(residual, this.n);
			double c = 2.385 * Math.max(sigma, this.noise);
			for (int k = 0; k < rows; k++) {
				double z = residual[k] / c;
				weight[k] = 1 / (1 + z * z);
			}
			if (occluded) {
				mask(p, weight);
			}
		}
		evaluate(p, kind, weight, model, jac);
		normal(m, weight, model, jac, jtj, jtr);
		double cost = 0;
		for (int k = 0; k < rows; k++) {
			residual[k] = observed(k) - model[k];
			if (k < this.n) {
				cost += residual[k] * residual[k];
			}
		}
		return new Fit(p, kind, cost, this.n, invert(jtj, m), residual, sigma);
	}

	/**
	 * What lies beyond an occluding edge is not the marker's, and its extent and shape
	 * are the occluder's (a lock of hair, a waistband, a sleeve): only its blurred edge
	 * (two blur widths and a pixel past the edge) is fitted, and the pixels beyond get no
	 * weight.
	 */
	private void mask(double[] p, double[] weight) {
		double cos = Math.cos(p[THETA]);
		double sin = Math.sin(p[THETA]);
		double limit = p[RHO] + 1.5 * p[S] + 0.5;
		for (int k = 0; k < this.n; k++) {
			if ((this.xs[k] - p[CX]) * cos + (this.ys[k] - p[CY]) * sin > limit) {
				weight[k] = 0;
			}
		}
	}

	private double observed(int k) {
		return this.vs[k];
	}

	/** JᵀWJ and JᵀW(v - model). */
	private void normal(int m, double[] weight, double[] model, double[][] jac, double[] jtj, double[] jtr) {
		Arrays.fill(jtj, 0);
		Arrays.fill(jtr, 0);
		for (int k = 0; k < model.length; k++) {
			double w = weight[k];
			double res = (observed(k) - model[k]) * w;
			for (int a = 0; a < m; a++) {
				double ja = jac[a][k];
				if (ja == 0) {
					continue;
				}
				jtr[a] += ja * res;
				double wa = ja * w;
				for (int b = 0; b <= a; b++) {
					jtj[a * m + b] += wa * jac[b][k];
				}
			}
		}
		for (int a = 0; a < m; a++) {
			for (int b = 0; b < a; b++) {
				jtj[b * m + a] = jtj[a * m + b];
			}
		}
	}

	/**
	 * Keeps a fit near its start: the centre within half the guessed radius, the radius
	 * within 0.6-1.6 of it, the blur between a pixel's box and the radius, the occluder's
	 * edge between just beyond the centre and just outside the disc. A fit that ends on a
	 * bound did not find a marker there ({@link #judge}).
	 */
	private static void bound(double[] p, double[] start, int kind) {
		double r0 = start[R];
		double reach = 0.5 * r0 + 1;
		double dx = p[CX] - start[CX];
		double dy = p[CY] - start[CY];
		double d = Math.hypot(dx, dy);
		if (d > reach) {
			p[CX] = start[CX] + dx * reach / d;
			p[CY] = start[CY] + dy * reach / d;
		}
		p[R] = Math.max(0.6 * r0, Math.min(1.6 * r0 + 1, p[R]));
		p[S] = Math.max(MIN_BLUR, Math.min(p[R], p[S]));
		if (kind == HIDDEN) {
			p[RHO] = Math.max(-0.3 * p[R], Math.min(p[R] + 2 * p[S], p[RHO]));
		}
	}

	/** 1.4826 · the median absolute residual: the SD of its normal part. */
	static double robustScale(double[] residual, int n) {
		double[] abs = new double[n];
		for (int k = 0; k < n; k++) {
			abs[k] = Math.abs(residual[k]);
		}
		Arrays.sort(abs);
		return 1.4826 * abs[n / 2];
	}

	/**
	 * The model at every pixel and the sum of squared residuals; with {@code model} and
	 * {@code jac} non-null, also the model and its Jacobian.
	 */
	double evaluate(double[] p, int kind, double[] weight, double[] model, double[][] jac) {
		double cx = p[CX];
		double cy = p[CY];
		double r = p[R];
		double s = p[S];
		double b = r / s;
		double inv = 1 / this.scale;
		double cos = Math.cos(p[THETA]);
		double sin = Math.sin(p[THETA]);
		double[] f = new double[3];
		double cost = 0;
		for (int k = 0; k < this.n; k++) {
			double x = this.xs[k] - cx;
			double y = this.ys[k] - cy;
			double d = Math.sqrt(x * x + y * y);
			double a = d / s;
			profile(a, b, f);
			double disc = f[0];
			double in = p[A] + (p[AX] * x + p[AY] * y) * inv;
			double near = p[B] + (p[BX] * x + p[BY] * y) * inv;
			double u = 0;
			double side = 1;
			if (kind != PLAIN) {
				u = (p[RHO] - (x * cos + y * sin)) / s;
				side = phi(u);
			}
			// The surround: the background, or with an edge behind the disc, the
			// background on the near side and the other level beyond.
			double out = (kind == EDGE) ? p[C] + (near - p[C]) * side : near;
			double plain = out + (in - out) * disc;
			double hide = (kind == HIDDEN) ? side : 1;
			double value = (kind == HIDDEN) ? p[C] + (plain - p[C]) * side : plain;
			double res = this.vs[k] - value;
			cost += weight[k] * res * res;
			if (model == null) {
				continue;
			}
			model[k] = value;
			double toCentre = (d > 1e-9) ? 1 / (d * s) : 0;
			double dDiscDcx = -f[1] * x * toCentre;
			double dDiscDcy = -f[1] * y * toCentre;
			double dDiscDr = f[2] / s;
			double dDiscDs = -(a * f[1] + b * f[2]) / s;
			double step = in - out;
			double nearWeight = (1 - disc) * ((kind == EDGE) ? side : 1);
			double gcx = -(p[BX] * inv) * nearWeight - (p[AX] * inv) * disc + step * dDiscDcx;
			double gcy = -(p[BY] * inv) * nearWeight - (p[AY] * inv) * disc + step * dDiscDcy;
			double gs = step * dDiscDs;
			double g = density(u) / s;
			double dSideDs = -density(u) * u / s;
			if (kind == EDGE) {
				double lift = (1 - disc) * (near - p[C]);
				gcx += lift * g * cos;
				gcy += lift * g * sin;
				gs += lift * dSideDs;
				jac[THETA][k] = lift * g * (x * sin - y * cos);
				jac[RHO][k] = lift * g;
				jac[C][k] = (1 - disc) * (1 - side);
			}
			jac[CX][k] = gcx * hide;
			jac[CY][k] = gcy * hide;
			jac[R][k] = step * dDiscDr * hide;
			jac[S][k] = gs * hide;
			jac[A][k] = disc * hide;
			jac[AX][k] = disc * x * inv * hide;
			jac[AY][k] = disc * y * inv * hide;
			jac[B][k] = nearWeight * hide;
			jac[BX][k] = nearWeight * x * inv * hide;
			jac[BY][k] = nearWeight * y * inv * hide;
			if (kind == HIDDEN) {
				double lift = plain - p[C];
				jac[CX][k] += lift * g * cos;
				jac[CY][k] += lift * g * sin;
				jac[S][k] += lift * dSideDs;
				jac[THETA][k] = lift * g * (x * sin - y * cos);
				jac[RHO][k] = lift * g;
				jac[C][k] = 1 - hide;
			}
		}
		return cost;
	}

	/**
	 * Solves {@code a x = b} (symmetric positive definite, Cholesky); false if singular.
	 */
	static boolean solve(double[] a, double[] b, int m, double[] x) {
		double[] l = new double[m * m];
		for (int i = 0; i < m; i++) {
			for (int j = 0; j <= i; j++) {
				double sum = a[i * m + j];
				for (int k = 0; k < j; k++) {
					sum -= l[i * m + k] * l[j * m + k];
				}
				if (i == j) {
					if (!(sum > 0)) {
						return false;
					}
					l[i * m + i] = Math.sqrt(sum);
				}
				else {
					l[i * m + j] = sum / l[j * m + j];
				}
			}
		}
		for (int i = 0; i < m; i++) {
			double sum = b[i];
			for (int k = 0; k < i; k++) {
				sum -= l[i * m + k] * x[k];
			}
			x[i] = sum / l[i * m + i];
		}
		for (int i = m - 1; i >= 0; i--) {
			double sum = x[i];
			for (int k = i + 1; k < m; k++) {
				sum -= l[k * m + i] * x[k];
			}
			x[i] = sum / l[i * m + i];
		}
		return true;
	}

	/** The inverse of a symmetric positive definite matrix, or null. */
	private static double[] invert(double[] a, int m) {
		double[] inverse = new double[m * m];
		double[] column = new double[m];
		double[] x = new double[m];
		for (int c = 0; c < m; c++) {
			Arrays.fill(column, 0);
			column[c] = 1;
			if (!solve(a, column, m, x)) {
				return null;
			}
			for (int r = 0; r < m; r++) {
				inverse[r * m + c] = x[r];
			}
		}
		return inverse;
	}

	/**
	 * The fit with a straight edge, started from the plain fit with the edge on the side
	 * (of eight) where that start explains the window best: an occluder half-way into the
	 * disc (compared on the disc and its edge only, since what lies farther beyond an
	 * occluder is its own business), or an edge of the background through the centre or
	 * just outside the disc (compared on the whole window).
	 */
	Fit withEdge(Fit plain, int kind) {
		double[] q = plain.p();
		double[] best = null;
		double bestCost = Double.MAX_VALUE;
		double[] weight = new double[this.n];
		double near = q[R] + 2 * q[S] + 1;
		for (int k = 0; k < this.n; k++) {
			double dx = this.xs[k] - q[CX];
			double dy = this.ys[k] - q[CY];
			weight[k] = (kind == EDGE || dx * dx + dy * dy <= near * near) ? 1 : 0;
		}
		double[] distances = (kind == HIDDEN) ? new double[] { 0.5 * q[R] } : new double[] { 0, 1.3 * q[R] + 1 };
		for (double distance : distances) {
			for (int side = 0; side < 8; side++) {
				double theta = Math.PI * side / 4;
				double cos = Math.cos(theta);
				double sin = Math.sin(theta);
				double[] start = Arrays.copyOf(q, PARAMETERS);
				start[THETA] = theta;
				start[RHO] = distance;
				double level = 0;
				int count = 0;
				for (int k = 0; k < this.n; k++) {
					double dx = this.xs[k] - q[CX];
					double dy = this.ys[k] - q[CY];
					double along = dx * cos + dy * sin;
					boolean beyond = (kind == HIDDEN) ? along > distance + 1 && along < q[R] + 1
							: along > distance + 1 && dx * dx + dy * dy > near * near;
					if (beyond) {
						level += this.vs[k];
						count++;
					}
				}
				start[C] = (count > 0) ? level / count : q[B];
				double cost = evaluate(start, kind, weight, null, null);
				if (cost < bestCost) {
					bestCost = cost;
					best = start;
				}
			}
		}
		return fit(best, kind);
	}

	/**
	 * The residual by zone: inside the disc (well in from its blurred edge and not
	 * hidden), on the edge, in the ring around it (well out from the edge and not
	 * hidden). For each: the pixels, their mean squared residual and the share beyond 3
	 * scales, where the scale is the robust one (MAD) of the disc and its edge for those
	 * two zones, and of the ring for the ring, each at least the pixel noise:
	 * {@code [n, mean, share] × 3}, then the two scales.
	 */
	double[] zones(Fit fit) {
		double[] p = fit.p();
		double[] z = new double[11];
		double cos = Math.cos(p[THETA]);
		double sin = Math.sin(p[THETA]);
		double in = Math.max(0.5 * p[R], p[R] - 2 * p[S]);
		double out = p[R] + 2 * p[S] + 0.5;
		int[] zoneOf = new int[this.n];
		double[] disc = new double[this.n];
		double[] ring = new double[this.n];
		int nd = 0;
		int nr = 0;
		for (int k = 0; k < this.n; k++) {
			double x = this.xs[k] - p[CX];
			double y = this.ys[k] - p[CY];
			double d = Math.sqrt(x * x + y * y);
			if (fit.occluded() && x * cos + y * sin > p[RHO] - 2 * p[S]) {
				zoneOf[k] = -1;
				continue;
			}
			zoneOf[k] = (d <= in) ? 0 : (d >= out) ? 6 : 3;
			if (zoneOf[k] == 6) {
				ring[nr++] = fit.residual()[k];
			}
			else {
				disc[nd++] = fit.residual()[k];
			}
		}
		double discScale = Math.max((nd > 0) ? robustScale(disc, nd) : 0, this.noise);
		double ringScale = Math.max((nr > 0) ? robustScale(ring, nr) : 0, this.noise);
		for (int k = 0; k < this.n; k++) {
			int zone = zoneOf[k];
			if (zone < 0) {
				continue;
			}
			double e = fit.residual()[k] / ((zone == 6) ? ringScale : discScale);
			z[zone]++;
			z[zone + 1] += e * e;
			if (Math.abs(e) > 3) {
				z[zone + 2]++;
			}
		}
		for (int zone = 0; zone < 9; zone += 3) {
			z[zone + 1] /= Math.max(1, z[zone]);
			z[zone + 2] /= Math.max(1, z[zone]);
		}
		z[9] = discScale;
		z[10] = ringScale;
		return z;
	}

	/** The share of the fitted disc's outline beyond its occluding edge. */
	static double hiddenShare(Fit fit) {
		if (!fit.occluded()) {
			return 0;
		}
		double ratio = Math.max(-1, Math.min(1, fit.p()[RHO] / fit.p()[R]));
		return Math.acos(ratio) / Math.PI;
	}

	/** See {@link #judge}: the least contrast over the fit's residual scale. */
	static final double MIN_SNR = 8;

	/** See {@link #judge}: the largest share of a zone's pixels beyond 3 scales. */
	static final double MAX_OUTLIERS = 0.1;

	/** See {@link #judge}: the widest blur relative to the radius. */
	static final double MAX_BLUR_RATIO = 0.6;

	/**
	 * Whether a fit explains its window as a marker: why not, or null when it does.
	 * <ul>
	 * <li>It found something where it started: not pressed against the bounds on its
	 * centre and radius.</li>
	 * <li>Contrast: the disc stands at least {@value #MIN_LEVEL} of the likeness scale
	 * above what surrounds it (a marker's core and its surround differ by that scale, 1)
	 * and at least the detector's least contrast in colour, and at least
	 * {@value #MIN_SNR} times the fit's robust residual scale (or the pixel noise, if
	 * larger): the model explains a typical pixel to a twelfth of the contrast.</li>
	 * <li>Blur at most {@value #MAX_BLUR_RATIO} of the radius. A disc blurred more than
	 * that keeps less than 1 - exp(-1/(2 · 0.75²)) = 59% of its level at its centre and
	 * is mostly blur, a soft blob as a highlight on skin is (a Gaussian blob fits best as
	 * a small disc under a wide blur). A 6 px marker under 1.5 px of lens blur stays
	 * within it, with the pixel's own spread (0.29 px) and JPEG's halved colour
	 * resolution (about 0.7 px more on the colour) added.</li>
	 * <li>A hidden part at most {@link Verifier#MAX_OCCLUDED} of the outline (as the
	 * verifier allows), behind something that is not of the marker's colour: what
	 * continues the marker in its own colour is a stripe running on, not an
	 * occluder.</li>
	 * <li>No zone left unexplained: inside the disc (a button's holes, a hoop's hollow),
	 * on its edge (corners of a square, a bead's neighbour touching it), in the ring
	 * around it (stripes running on, a chain's other beads), at most
	 * {@value #MAX_OUTLIERS} of the pixels lie beyond 3 residual scales. For normal
	 * residuals 0.3% do; the allowance is for JPEG's blocks and ringing and a ball's
	 * shading, which a linear shading leaves in part.</li>
	 * </ul>
	 * @param fit the fit
	 * @param startX where the fit started
	 * @param startY where the fit started
	 * @param startRadius the radius it started from
	 */
	String judge(Fit fit, double startX, double startY, double startRadius) {
		double[] p = fit.p();
		if (Math.hypot(p[CX] - startX, p[CY] - startY) > 0.5 * startRadius + 1 - 0.05) {
			return "centre at its bound";
		}
		if (p[R] < 0.6 * startRadius * 1.02 || p[R] > (1.6 * startRadius + 1) * 0.98) {
			return "radius at its bound";
		}
		if (2 * p[R] < MarkerDetector.MIN_DIAMETER || 2 * p[R] > MarkerDetector.MAX_DIAMETER) {
			return "size";
		}
		double step = p[A] - p[B];
		if (step < MIN_LEVEL || step * this.contrast < MarkerDetector.MIN_CONTRAST) {
			return String.format("contrast %.2f", step);
		}
		double[] zones = zones(fit);
		double scale = zones[9];
		if (step < MIN_SNR * scale) {
			return String.format("residual %.3f of contrast %.2f", scale, step);
		}
		if (p[S] > MAX_BLUR_RATIO * p[R]) {
			return String.format("blur %.2f of radius %.2f", p[S], p[R]);
		}
		double hidden = hiddenShare(fit);
		if (hidden > Verifier.MAX_OCCLUDED) {
			return String.format("hidden %.2f", hidden);
		}
		// An occluder's cut is seen only where the disc is wide against its blur: under
		// three blur widths of radius, the cut's edge and the rim blur into one and the
		// occluder's line can take any place (a 6 px marker).
		if (fit.kind() == HIDDEN && p[R] < 3 * p[S]) {
			return "too blurred to see where it is hidden";
		}
		if (fit.kind() != PLAIN && p[A] - p[C] < 0.5 * step) {
			return (fit.kind() == HIDDEN) ? "hidden by its own colour" : "on an edge of its own colour";
		}
		for (int zone = 0; zone < 9; zone += 3) {
			if (zones[zone] >= 8 && zones[zone + 2] > MAX_OUTLIERS) {
				return String.format("%s unexplained %.2f", (zone == 0) ? "inside" : (zone == 3) ? "edge" : "ring",
						zones[zone + 2]);
			}
		}
		return null;
	}

	/** See {@link #judge}: the least step of likeness from the surround to the disc. */
	static final double MIN_LEVEL = 0.6;

	/**
	 * The second opinion on a candidate whose outline failed the verifier: the model
	 * fitted from the circle the verifier's own edges gave (or the candidate, when there
	 * was none), plain first and with an occluding edge if the plain one does not explain
	 * the window; the marker at the fitted centre, or empty.
	 * @param image the photo
	 * @param x where to start
	 * @param y where to start
	 * @param radius the radius to start from
	 * @param others markers already found, left out of the window
	 * @param colour whether a marker of the colour seen at the centre could count
	 */
	static Optional<Marker> secondOpinion(RgbImage image, double x, double y, double radius, List<Marker> others,
			IntPredicate colour) {
		DiscFit fit = new DiscFit(image);
		// The colour first, from the window alone: most second looks are at something
		// of no marker set's colour, and need no fit.
		if (!(radius >= MarkerDetector.MIN_DIAMETER / 2) || !fit.read(x, y, radius, others) || !colour.test(fit.rgb)) {
			return Optional.empty();
		}
		Fit plain = fit.fit(start(x, y, radius), PLAIN);
		boolean plainHolds = fit.judge(plain, x, y, radius) == null;
		// Partly hidden: when an occluder explains the disc clearly better than the
		// plain disc does, the plain disc is the wrong description (stretched over the
		// hidden part, its centre can be pixels off), and only the hidden one can stand.
		Fit hidden = fit.withEdge(plain, HIDDEN);
		boolean hiddenHolds = fit.judge(hidden, x, y, radius) == null;
		if (fit.zones(hidden)[9] < BETTER * fit.zones(plain)[9]) {
			return hiddenHolds ? Optional.of(fit.marker(hidden)).filter(DiscFit::precise) : Optional.empty();
		}
		if (hiddenHolds && !plainHolds) {
			return Optional.of(fit.marker(hidden)).filter(DiscFit::precise);
		}
		if (plainHolds) {
			return Optional.of(fit.marker(plain)).filter(DiscFit::precise);
		}
		Fit edge = fit.withEdge(plain, EDGE);
		return (fit.judge(edge, x, y, radius) == null) ? Optional.of(fit.marker(edge)).filter(DiscFit::precise)
				: Optional.empty();
	}

	/**
	 * Where a second opinion's fit starts: the circle it was given, a blur of 0.8 px, the
	 * marker's full likeness over a background of none, and no shading or edge.
	 */
	static double[] start(double x, double y, double radius) {
		double[] start = new double[PARAMETERS];
		start[CX] = x;
		start[CY] = y;
		start[R] = radius;
		start[S] = 0.8;
		start[A] = 1;
		return start;
	}

	/**
	 * The marker a fit found: its centre, diameter, colour, a confidence from its
	 * contrast over the residual and the share hidden, and its localisation error from
	 * the fit's covariance.
	 */
	Marker marker(Fit fit) {
		double[] p = fit.p();
		double scale = Math.max(fit.sigma(), this.noise);
		int m = (fit.kind() == PLAIN) ? PLAIN_PARAMETERS : PARAMETERS;
		double[] covariance = fit.covariance();
		// (JᵀWJ)⁻¹ σ² is the covariance for independent residuals. Neighbouring
		// residuals are not: what the model misses (a shading, an edge a little off) is
		// blurred over about two blur widths, and JPEG stores colour at half the
		// resolution (2 × 2 pixels share it). Each independent residual is counted as
		// spread over (2 s)² pixels, or {@value #CORRELATED} if more. (With 4 alone, two
		// hidden markers fitted 4 px off stated 0.5-0.6 px on the drawn scenes.)
		double correlated = Math.max(CORRELATED, 4 * p[S] * p[S]);
		double variance = (covariance == null) ? Double.NaN
				: (covariance[CX * m + CX] + covariance[CY * m + CY]) / 2 * scale * scale * correlated;
		// As the verifier's: a floor for JPEG blocks and resampling, and a partly hidden
		// marker's extra error, growing with the arc lost (0.1 of the diameter per share
		// of the outline hidden, measured on drawn markers). The occluder's edge is in
		// the fit, but where it cuts the blurred rim is uncertain beyond what the
		// covariance sees: on the drawn scenes, occluded fits without this term were up
		// to 4 px off with 0.5 px stated.
		double hidden = hiddenShare(fit);
		double hiddenError = hidden * 0.1 * 2 * p[R];
		double uncertainty = Math.sqrt((Double.isFinite(variance) ? variance : 1)
				+ UNCERTAINTY_FLOOR * UNCERTAINTY_FLOOR + hiddenError * hiddenError);
		double snr = (p[A] - p[B]) / scale;
		double confidence = Math.max(MarkerDetector.MIN_CONFIDENCE, Math.min(1, snr / (2 * MIN_SNR)) * (1 - hidden));
		return new Marker(p[CX], p[CY], 2 * p[R], confidence, uncertainty, this.rgb);
	}

	/**
	 * How much smaller the residual of the disc and its edge must be with an occluder
	 * than without, for the occluder to be believed: three more parameters explain a
	 * little more of any window; a hidden quarter left unmodelled leaves twice the
	 * residual or more.
	 */
	static final double BETTER = 0.7;

	/**
	 * Whether a second opinion places its marker well enough to be worth a point: within
	 * {@value #MAX_UNCERTAINTY} px (one SD), so that two SDs stay within the 1.5 px a
	 * marker is held to. A fit that knows its centre no better than that (a hidden marker
	 * whose edge is half lost in blur, a window of clutter) is not one.
	 */
	static boolean precise(Marker marker) {
		return marker.uncertainty() <= MAX_UNCERTAINTY;
	}

	/** See {@link #precise}. */
	static final double MAX_UNCERTAINTY = 0.75;

	/** See {@link #marker}: pixels per independent residual. */
	static final double CORRELATED = 4;

	/** As {@link Verifier}'s floor of the centre's uncertainty, pixels. */
	private static final double UNCERTAINTY_FLOOR = 0.25;

}
