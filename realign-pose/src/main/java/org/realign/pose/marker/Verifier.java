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
	private static final double UNCERTAINTY_FLOOR = 0.25;

	/** The largest share of the outline that may be hidden or broken. */
	static final double MAX_OCCLUDED = 0.52;

	/** The largest share of the ring just outside a marker that may share its colour. */
	static final double MAX_SPILL = 0.15;

	/** The most separate arcs of a marker's outline that may be hidden. */
	static final int MAX_ARCS = 1;

	/**
	 * The largest share of the outline's rays that may miss the circle outside its one
	 * hidden arc: noise and JPEG lose a ray here and there; a rounded rectangle (a patch
	 * of wall between the legs) or a knot of lines loses its corners.
	 */
	static final double MAX_SCATTERED = 0.1;

	/**
	 * The largest share of the outline's rays a second opinion's look may miss in
	 * scattered places, on a photo whose marker set the verifier found (see
	 * {@code MarkerDetector}'s second opinions); every other check as strict. A blurred,
	 * noisy or shaded marker under a colour cast, or one with strands of hair across its
	 * rim, loses a ray or two more than {@link #MAX_SCATTERED} allows, as does a rounded
	 * patch of wall, so alone it is refused; a marker of the set's hue and size is seldom
	 * anything else. At 0.15 for every look (session 13) the mixed scenes gained 8
	 * markers and 3 extras; as a second opinion of a hued set's colour and size, 19
	 * markers over 17 scene sets and no extra (docs/markers.md, session 15). White ones
	 * are left out: a pale round glow on a cord in {@code pose.jpg} passed among a white
	 * set, and white is what glints, glows and pale cloth share.
	 */
	static final double SET_SCATTERED = 0.15;

	/** {@link #MAX_SCATTERED}, or {@link #SET_SCATTERED} for a second opinion. */
	private final double maxScattered;

	/**
	 * The separate arcs of the outline that may be missing in a second opinion's last
	 * look (see {@code MarkerDetector}'s second opinions), one more than
	 * {@link #MAX_ARCS}: a shaded ball's limb lost where its shade meets the background,
	 * and what hides part of it, or JPEG and blur losing its rim in two places.
	 */
	static final int LAST_ARCS = MAX_ARCS + 1;

	/** {@link #MAX_ARCS}, or {@link #LAST_ARCS} for a second opinion's last look. */
	private final int maxArcs;

	/**
	 * A share of the contrast past which a ray's colour leaving the marker's between its
	 * edge and the point read for running on ends the marker there, or infinity: every
	 * ray with the marker's colour at that point runs on.
	 */
	private final double runOnGap;

	/** The most rays along which a marker's colour may run on past its edge. */
	static final int MAX_CONTINUED = 0;

	/**
	 * For a look at a site where the set expects a marker ({@link #atASite}): how far
	 * from the marker's colour, as a share of its contrast with its surroundings, a ray's
	 * colour must go between the marker's edge and the point checked for running on
	 * before what has the marker's colour there counts as something else, as the pale
	 * wall beyond a band of clothing at the body's outline. Our own measurement (session
	 * 31, docs/markers.md): everywhere, 0.5 and 0.7 found 6 and 4 more of 5,907 markers
	 * on 20 mixed scene sets, 0.9 none, and 0.7 on 33 more sets took a fingernail's
	 * highlight against the wall for a marker 15 times; at open sites only, 15 more of
	 * 18,047 on 61 sets and no extra.
	 */
	static final double SITE_RUN_ON_GAP = 0.7;

	/**
	 * The largest share of a marker's central disc (half its radius) that may lack its
	 * colour: a marker is plain inside, a button has holes.
	 */
	static final double MAX_HOLES = 0.05;

	/**
	 * A pixel inside a marker's central disc farther than this share of the marker's
	 * contrast from its colour is a hole. The membership alone (how far a pixel lies from
	 * the skin towards the marker) misses a button's holes where their darker shade of
	 * the button's colour projects half-way onto the skin-to-marker direction (a yellow
	 * button on skin); the distance from the marker's own colour sees them.
	 */
	static final double HOLE_DISTANCE = 0.55;

	private final RgbImage image;

	private static final System.Logger LOG = System.getLogger(Verifier.class.getName());

	/**
	 * Whether each look, its reasons to reject and its confidence factors are logged (at
	 * INFO, to this class's logger): {@code -Drealign.markers.trace=true}, or set by a
	 * test while tracing a miss. Off, it costs one branch per check.
	 */
	static boolean trace = Boolean.getBoolean("realign.markers.trace");

	static void say(String line) {
		LOG.log(System.Logger.Level.INFO, line);
	}

	private static <T> T reject(String why) {
		if (trace) {
			say("  reject: " + why);
		}
		return null;
	}

	/**
	 * Whether the last {@link #verify} failed on the outline's shape alone: a blob of the
	 * right colour and contrast, with a circle through most of its edges, whose outline
	 * broke in more places than one thing hiding it explains.
	 */
	private boolean outlineFailure;

	boolean failedOnOutline() {
		return this.outlineFailure;
	}

	/**
	 * Whether the last {@link #verify} failed on the share of its outline hidden or
	 * broken alone, after its circle was fitted: the rays lose a blurred, partly hidden
	 * small marker's outline in more places than it is hidden.
	 */
	private boolean overHidden;

	boolean failedOnHiddenShare() {
		return this.overHidden;
	}

	/**
	 * How much larger than the first circle, in the circle's tolerances, the outline read
	 * past the shading must be to be taken after a first reading that held (see the
	 * readings in {@link #look}). A ball's shading lies between the two: measured on
	 * balls of 11-20 px lit from the side and blurred by 1.5 px, the outline lay 1.4-2.5
	 * px (1.7 to 3 tolerances) beyond the first circle. A button's darker rim, a shade of
	 * its own colour too, lies on the outline itself and grows the circle by the rim's
	 * outer half, 0.9 px (1.1 tolerances) on a 16 px button; taken, the larger circle
	 * moved the button's holes out of where {@link Holes} looks for them.
	 */
	static final double GROWN = 1.5;

	/**
	 * Whether the last {@link #verify} failed on holes inside alone, after its circle was
	 * fitted: a small ball under sensor noise and JPEG, or a marker whose hiding edge
	 * blurs into its middle, can show holes a model of the whole window explains (see
	 * {@code MarkerDetector}'s second opinions).
	 */
	private boolean holed;

	boolean failedOnHoles() {
		return this.holed;
	}

	/**
	 * The robust circle of the look whose outline failed last ({@code x, y, radius}), or
	 * null: where the marker's edges say it is, when the look's own centre was off.
	 */
	private double[] failedCircle;

	double[] failedCircle() {
		return this.failedCircle;
	}

	/**
	 * The circle ({@code x, y, radius}) of the last look when it found the marker's edges
	 * but its window was too small to read the ring around them, or null.
	 */
	private double[] outgrown;

	/**
	 * Refuses a look read again without straight runs of edges (see
	 * {@link #dropStraightRuns}) as it was first refused.
	 */
	private <T> T refuse(String firstFailure, double[] firstFailedCircle) {
		this.failedCircle = firstFailedCircle;
		return (firstFailure.startsWith("edges")) ? reject(firstFailure) : rejectOutline(firstFailure);
	}

	private <T> T rejectOutline(String why) {
		this.outlineFailure = true;
		return reject(why);
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

	private float[] distance;

	private boolean[] in;

	private int[] stack;

	private final int[] histR = new int[256];

	private final int[] histG = new int[256];

	private final int[] histB = new int[256];

	/** One row of a ring, as {@link #ringRow} gives it. */
	private final int[] rowSpan = new int[4];

	private static final int[][] STEPS = { { -1, 0 }, { 1, 0 }, { 0, -1 }, { 0, 1 } };

	Verifier(RgbImage image) {
		this(image, MAX_SCATTERED, MAX_ARCS, Double.POSITIVE_INFINITY);
	}

	private Verifier(RgbImage image, double maxScattered, int maxArcs, double runOnGap) {
		this.image = image;
		this.maxScattered = maxScattered;
		this.maxArcs = maxArcs;
		this.runOnGap = runOnGap;
	}

	/**
	 * A verifier for a site where the set expects a marker and none was found: every
	 * check as strict, but a ray that leaves the marker's colour past its edge and meets
	 * it again further out (a white marker on a top, the pale wall beyond the shoulder's
	 * outline) does not run on. Only there: elsewhere a highlight on skin at the body's
	 * outline looks the same.
	 */
	static Verifier atASite(RgbImage image) {
		return new Verifier(image, MAX_SCATTERED, MAX_ARCS, SITE_RUN_ON_GAP);
	}

	/**
	 * A verifier for second opinions on a photo whose marker set is known: every check as
	 * strict, but the outline may miss {@link #SET_SCATTERED} of its rays in scattered
	 * places.
	 */
	static Verifier forSecondOpinions(RgbImage image) {
		return new Verifier(image, SET_SCATTERED, MAX_ARCS, Double.POSITIVE_INFINITY);
	}

	/**
	 * A verifier for a second opinion's last look, after the others failed: as
	 * {@link #forSecondOpinions}, and the outline may miss {@link #LAST_ARCS} separate
	 * arcs.
	 */
	static Verifier forLastLooks(RgbImage image) {
		return new Verifier(image, SET_SCATTERED, LAST_ARCS, Double.POSITIVE_INFINITY);
	}

	/** What one look at a candidate found. */
	private record Blob(double x, double y, double diameter, double contrast, double noise, double isolation,
			double roundness, double fill, double plateau, double occluded, double outline, double centroidVariance,
			int rgb, double outerX, double outerY, double outerDiameter, boolean onSilhouette) {
	}

	Optional<Marker> verify(double cx, double cy, double radius) {
		this.outlineFailure = false;
		this.overHidden = false;
		this.holed = false;
		this.failedCircle = null;
		double x = cx;
		double y = cy;
		double r = radius;
		Blob blob = null;
		for (int iteration = 0; iteration < 4; iteration++) {
			this.outgrown = null;
			blob = look(x, y, r, blob != null && blob.onSilhouette);
			if (blob == null && this.outgrown != null && iteration < 3) {
				// The look's window was too small for the marker its edges found (a
				// candidate at a scale below the marker's): look again from that circle,
				// as from any look's result.
				if (trace) {
					say("  outgrew its window: looking again from its circle");
				}
				x = this.outgrown[0];
				y = this.outgrown[1];
				r = this.outgrown[2];
				continue;
			}
			if (blob == null) {
				return Optional.empty();
			}
			if (trace) {
				say("  look " + blob);
			}
			// The next look stands on a pale ball's silhouette when one was found past
			// its shading (darker than the background): from the inner circle, centred
			// towards the light, the next look's core reads the lit side alone, and the
			// shading beyond it no longer looks like the marker's. Otherwise it stands on
			// the circle of the edges found (a shaded ball's outer outline, found against
			// a darker background, places the marker at the end).
			double nextX = blob.onSilhouette ? blob.outerX : blob.x;
			double nextY = blob.onSilhouette ? blob.outerY : blob.y;
			double newRadius = (blob.onSilhouette ? blob.outerDiameter : blob.diameter) / 2;
			boolean settled = Math.abs(newRadius - r) < 0.15 * r + 0.3 && Math.hypot(nextX - x, nextY - y) < 0.2;
			x = nextX;
			y = nextY;
			r = newRadius;
			if (settled && iteration > 0) {
				break;
			}
		}
		return marker(blob);
	}

	/**
	 * A verified marker's outline read once more past its shading (see {@link #look}'s
	 * readings): under blur a first reading can hold on the wrong circle. A pale ball's
	 * shading and its blurred rim make one ramp, and its circle rests on the lit side and
	 * the shading, a little small and off towards the light (a yellow ball blurred by 1.5
	 * px, 2.6 px off; white balls of 28-41 px, 3-3.9 px off, reported as markers where
	 * none was drawn). The outline past the shading is taken when it is the outline
	 * around the first circle: larger by more than {@link #GROWN} tolerances and holding
	 * the first inside it, and the marker there passes every check. Asked once per marker
	 * found (see {@code MarkerDetector}), not in every look or every verification: read
	 * after every look that held, it cost 2.5 ms on the benchmark's marked photos, most
	 * of them on the several candidates of each marker.
	 * @return the marker on the outline past its shading, or empty to keep it as it is
	 */
	Optional<Marker> pastShading(Marker marker) {
		if (!shadeBeyond(this.image, marker)) {
			return Optional.empty();
		}
		Blob past = look(marker.x(), marker.y(), marker.diameter() / 2, false, true);
		if (past == null) {
			return Optional.empty();
		}
		if (trace) {
			say("  taken past the shading: " + past);
		}
		return marker(past);
	}

	/**
	 * Whether the marker's own colour in shade lies just past its circle on at least
	 * {@value #SHADED_RAYS} of 16 rays: at the distance its outline past the shading
	 * would have to lie to be taken ({@link #GROWN} tolerances), a pixel whose colour is
	 * the marker's darkened (a share of it from {@link #DARKEST_SHADE} to 0.95) and
	 * nearer that than to the background further out. A look is what {@link #pastShading}
	 * costs (about 0.13 ms, 2 ms on a photo of 15 markers); a flat dot, whose circle is
	 * its outline, has the background's colour or its blurred mix with the dot's there,
	 * and is not looked at again.
	 */
	static boolean shadeBeyond(RgbImage image, Marker marker) {
		return shadedCount(shadedRays(image, marker)) >= SHADED_RAYS;
	}

	/** How many of {@link #shadedRays}' rays are shaded. */
	static int shadedCount(boolean[] rays) {
		int shaded = 0;
		for (boolean ray : rays) {
			shaded += ray ? 1 : 0;
		}
		return shaded;
	}

	/**
	 * Along which of {@value #SHADE_RAYS} rays (ray {@code q} at {@link #shadeRayAngle})
	 * the marker's colour in shade lies just past its circle (see {@link #shadeBeyond}).
	 * On a ball found on its lit side they point to its shaded side.
	 */
	static boolean[] shadedRays(RgbImage image, Marker marker) {
		double r = marker.diameter() / 2;
		double beyond = r + GROWN * edgeTolerance(r);
		double far = 2 * r + 3;
		double mR = (marker.rgb() >> 16) & 0xFF;
		double mG = (marker.rgb() >> 8) & 0xFF;
		double mB = marker.rgb() & 0xFF;
		double m2 = mR * mR + mG * mG + mB * mB;
		boolean[] shaded = new boolean[SHADE_RAYS];
		if (m2 < 1) {
			return shaded;
		}
		for (int q = 0; q < SHADE_RAYS; q++) {
			double dx = Math.cos(shadeRayAngle(q));
			double dy = Math.sin(shadeRayAngle(q));
			int at = pixel(image, marker.x() + beyond * dx, marker.y() + beyond * dy);
			int bg = pixel(image, marker.x() + far * dx, marker.y() + far * dy);
			if (at < 0 || bg < 0) {
				continue;
			}
			double r0 = (at >> 16) & 0xFF;
			double g0 = (at >> 8) & 0xFF;
			double b0 = at & 0xFF;
			double shade = (r0 * mR + g0 * mG + b0 * mB) / m2;
			if (shade < DARKEST_SHADE || shade > 0.95) {
				continue;
			}
			double toBackground = Math
				.sqrt(sq(r0 - ((bg >> 16) & 0xFF)) + sq(g0 - ((bg >> 8) & 0xFF)) + sq(b0 - (bg & 0xFF)));
			shaded[q] = shadeDistance(r0, g0, b0, mR, mG, mB, m2) < toBackground;
		}
		return shaded;
	}

	/** See {@link #shadedRays}. */
	static final int SHADE_RAYS = 16;

	/** The angle of ray {@code q} of {@link #shadedRays}, radians. */
	static double shadeRayAngle(int q) {
		return 2 * Math.PI * q / SHADE_RAYS;
	}

	/**
	 * Which way a marker darkens inside its circle, and by how much: the plane of least
	 * squares through the brightness (luma) of the pixels within 0.8 of its radius, as
	 * {@code {x, y, drop}}: the unit vector down its slope and the brightness it loses
	 * across the diameter, as a share of its mean. A ball lit from one side darkens
	 * towards its shaded side by a third or more; a flat dot under the uneven light of a
	 * room by a few per cent.
	 */
	static double[] downhill(RgbImage image, Marker marker) {
		double r = 0.8 * marker.diameter() / 2;
		double sxx = 0;
		double sxy = 0;
		double syy = 0;
		double sx = 0;
		double sy = 0;
		double sl = 0;
		double sxl = 0;
		double syl = 0;
		int n = 0;
		for (int j = (int) Math.floor(marker.y() - r); j <= marker.y() + r; j++) {
			for (int i = (int) Math.floor(marker.x() - r); i <= marker.x() + r; i++) {
				double dx = i + 0.5 - marker.x();
				double dy = j + 0.5 - marker.y();
				if (dx * dx + dy * dy > r * r || i < 0 || j < 0 || i >= image.width() || j >= image.height()) {
					continue;
				}
				int rgb = image.rgb(j * image.width() + i);
				double l = luma((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
				sxx += dx * dx;
				sxy += dx * dy;
				syy += dy * dy;
				sx += dx;
				sy += dy;
				sl += l;
				sxl += dx * l;
				syl += dy * l;
				n++;
			}
		}
		if (n < 6 || sl <= 0) {
			return new double[3];
		}
		// Centred sums: the slope of the plane is independent of its level.
		double mx = sx / n;
		double my = sy / n;
		double ml = sl / n;
		double cxx = sxx - n * mx * mx;
		double cxy = sxy - n * mx * my;
		double cyy = syy - n * my * my;
		double cxl = sxl - n * mx * ml;
		double cyl = syl - n * my * ml;
		double det = cxx * cyy - cxy * cxy;
		if (det <= 0) {
			return new double[3];
		}
		double gx = (cyy * cxl - cxy * cyl) / det;
		double gy = (cxx * cyl - cxy * cxl) / det;
		double slope = Math.hypot(gx, gy);
		if (slope == 0) {
			return new double[3];
		}
		return new double[] { -gx / slope, -gy / slope, slope * marker.diameter() / ml };
	}

	/**
	 * How far an edge may lie from its circle and still be on it, pixels, for a circle of
	 * about this radius: pixelation, noise and JPEG, and a little more on a larger
	 * marker.
	 */
	static double edgeTolerance(double radius) {
		return 0.45 + 0.05 * radius;
	}

	/** See {@link #shadeBeyond}: an arc of a sixteenth of the outline and more. */
	static final int SHADED_RAYS = 2;

	/** The packed colour of the pixel at a point, or -1 outside the image. */
	private static int pixel(RgbImage image, double x, double y) {
		int i = (int) Math.floor(x);
		int j = (int) Math.floor(y);
		if (i < 0 || j < 0 || i >= image.width() || j >= image.height()) {
			return -1;
		}
		return image.rgb(j * image.width() + i) & 0xFFFFFF;
	}

	/** The marker a settled look found, unless a gate refuses it. */
	private Optional<Marker> marker(Blob blob) {
		if (blob.diameter < MarkerDetector.MIN_DIAMETER || blob.diameter > MarkerDetector.MAX_DIAMETER
				|| blob.contrast < MarkerDetector.MIN_CONTRAST || blob.fill < 0.4) {
			return Optional.ofNullable(reject("final " + blob));
		}
		// Gates, not factors: the robust circle fit will put a circle through any arc, so
		// a blob with more than about half its outline missing (the edge of a band, a
		// shoe's toe), or an elongated blob whose missing outline does not explain its
		// shape, is no marker however well the rest scores. A marker a quarter hidden
		// loses about a third of its outline.
		if (blob.occluded > MAX_OCCLUDED) {
			this.overHidden = true;
			return Optional.ofNullable(reject("gate " + blob));
		}
		double fContrast = clamp((blob.contrast - MarkerDetector.MIN_CONTRAST) / 40);
		// Noise of the ring around, relative to the marker's contrast (the membership's
		// unit): a textured surround (hair, a patterned shoe) is allowed as long as the
		// marker stands out of it.
		double fNoise = clamp((1 / Math.max(blob.noise, 0.01) - 0.8) / 2);
		double fRound = clamp((Math.max(blob.roundness, 1 - blob.occluded) - 0.45) / 0.35);
		// A marker mostly hidden cannot be told from a half-moon of anything else.
		double fVisible = clamp((0.75 - blob.occluded) / 0.35);
		double fIsolation = clamp(1 - blob.isolation / 0.4);
		double fFill = clamp(1 - Math.max(0, 0.9 - blob.fill - 0.6 * blob.occluded) / 0.3);
		double fSharp = (blob.diameter < 10) ? 1 : clamp((blob.plateau - 0.2) / 0.25);
		// Pixelation alone spreads a small disc's edge distances by about 0.5 px.
		double allowed = 0.04 + 0.3 / blob.diameter;
		double fOutline = clamp(1 - (blob.outline - allowed) / 0.06);
		double confidence = Math.pow(fContrast * fNoise * fRound * fIsolation * fFill * fSharp * fOutline * fVisible,
				1.0 / 8);
		if (trace) {
			say(String.format(
					"  factors contrast=%.2f noise=%.2f round=%.2f iso=%.2f fill=%.2f sharp=%.2f outline=%.2f visible=%.2f -> %.2f",
					fContrast, fNoise, fRound, fIsolation, fFill, fSharp, fOutline, fVisible, confidence));
		}
		// A partly hidden marker's circle rests on fewer edges; its error grows with the
		// arc lost.
		double hidden = blob.occluded * 0.1 * blob.diameter;
		double uncertainty = Math.sqrt(blob.centroidVariance + UNCERTAINTY_FLOOR * UNCERTAINTY_FLOOR + hidden * hidden);
		// The looks settle on the first circle; a shaded ball's outer outline, when
		// found, places the marker.
		return Optional.of(new Marker(blob.outerX, blob.outerY, blob.outerDiameter, confidence, uncertainty, blob.rgb));
	}

	/**
	 * One look at a candidate: background from a ring, marker colour from the centre,
	 * membership per pixel, the blob containing the centre, its shape and centre.
	 */
	private Blob look(double cx, double cy, double r, boolean silhouetteEdges) {
		return look(cx, cy, r, silhouetteEdges, false);
	}

	/**
	 * @param pastShading only the outline read past the shading after a first reading
	 * that held (see {@link #pastShading}): null unless that outline is taken and passes
	 * every check
	 */
	private Blob look(double cx, double cy, double r, boolean silhouetteEdges, boolean pastShading) {
		double ringInner = ringInner(r);
		double ringOuter = ringOuter(r);
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
		// Each row only where the ring or the core can be (see ringRow), the core's
		// pixels in the same order as a pass over the whole row would count them.
		float[] red = this.red;
		float[] green = this.green;
		float[] blue = this.blue;
		int[] histR = this.histR;
		int[] histG = this.histG;
		int[] histB = this.histB;
		int width = this.width;
		int left = this.left;
		for (int j = 0; j < this.height; j++) {
			double dy = this.top + j + 0.5 - cy;
			double dy2 = dy * dy;
			if (!ringRow(cx, dy2, inner2, outer2)) {
				continue;
			}
			int row = j * width;
			int to = this.rowSpan[1];
			int gapFrom = this.rowSpan[2];
			int gapTo = this.rowSpan[3];
			for (int i = this.rowSpan[0]; i <= to; i++) {
				if (i == gapFrom) {
					// The core, where it reaches this row.
					if (core2 >= dy2) {
						double coreHalf = Math.sqrt(core2 - dy2);
						int coreFrom = Math.max(gapFrom, firstWithin(cx, coreHalf, left));
						int coreTo = Math.min(gapTo, lastWithin(cx, coreHalf, left, width));
						for (int c = coreFrom; c <= coreTo; c++) {
							double dx = left + c + 0.5 - cx;
							if (dx * dx + dy2 <= core2) {
								int k = row + c;
								fgR += red[k];
								fgG += green[k];
								fgB += blue[k];
								fgCount++;
							}
						}
					}
					i = gapTo;
					continue;
				}
				double dx = left + i + 0.5 - cx;
				double d2 = dx * dx + dy2;
				int k = row + i;
				if (d2 >= inner2 && d2 <= outer2) {
					histR[(int) red[k]]++;
					histG[(int) green[k]]++;
					histB[(int) blue[k]]++;
					ringCount++;
				}
				else if (d2 <= core2) {
					fgR += red[k];
					fgG += green[k];
					fgB += blue[k];
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
		// Only the rows and columns the reach can touch (a pixel wider each way, the
		// pixels beyond fail the test), in the order of a pass over the whole window.
		int seedTop = Math.max(0, (int) Math.floor(cy - seedReach - this.top) - 1);
		int seedBottom = Math.min(this.height - 1, (int) Math.ceil(cy + seedReach - this.top) + 1);
		int seedLeft = Math.max(0, (int) Math.floor(cx - seedReach - this.left) - 1);
		int seedRight = Math.min(this.width - 1, (int) Math.ceil(cx + seedReach - this.left) + 1);
		for (int j = seedTop; j <= seedBottom; j++) {
			double dy = this.top + j + 0.5 - cy;
			for (int i = seedLeft; i <= seedRight; i++) {
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
			// edge rays below decide how much of the outline is the marker's own.
			int bound = (int) Math.ceil(1.4 * r + 2);
			blob = component(v, seed, LEVELS[0], bound * bound);
			if (blob == null) {
				return reject("touches window");
			}
		}
		double diameter = 2 * Math.sqrt(blob.area / Math.PI);
		if (diameter < 0.6 * MarkerDetector.MIN_DIAMETER) {
			return reject("tiny " + diameter);
		}

		// Edges along rays from the blob's centre, in the colour distance from the
		// marker's own colour: a blurred or anti-aliased edge mixes the marker with
		// whatever lies outside it, and the distance of such a mix from the marker's
		// colour grows in proportion to the mix, so the edge is where the distance
		// crosses half-way between its level just inside and its level just outside,
		// whatever the outside is (skin, clothing, the wall beyond the body's outline, or
		// hair hiding part of the marker). Edges of what hides a marker are not on its
		// circle and fall out of the robust fit below. A shaded side of a ball has its
		// own inside level.
		double ox = this.left + blob.x + 0.5;
		double oy = this.top + blob.y + 0.5;
		double radiusGuess = diameter / 2;
		double mR = fgR / fgCount;
		double mG = fgG / fgCount;
		double mB = fgB / fgCount;
		int rays = (int) Math.max(16, Math.min(72, Math.round(2 * Math.PI * radiusGuess)));
		double limit = Math.min(1.8 * radiusGuess + 6, reach - 2);
		// Beyond the edge, past any blur: a ray that still has the marker's colour there
		// runs on into something of its colour (a line, a strip of wall, a seam). Most
		// candidates (texture, folds, the body's outline) fail here, so this is checked
		// first, from the few pixels it needs, before the distance map and the edges.
		double past = Math.min(limit, 1.35 * radiusGuess + 3);
		int continued = continued(ox, oy, rays, radiusGuess, past, 0.3 * contrast, this.runOnGap * contrast, mR, mG,
				mB);
		if (continued > MAX_CONTINUED) {
			return reject("runs on along " + continued + " rays");
		}
		float[] dist = this.distance = (this.distance != null && this.distance.length >= n) ? this.distance
				: new float[n];
		for (int k = 0; k < n; k++) {
			dist[k] = distance(k, mR, mG, mB);
		}
		double[] ex = new double[rays];
		double[] ey = new double[rays];
		int[] edgeRay = new int[rays];
		double start = 0.3 * radiusGuess;
		int samples = (int) Math.ceil((limit - start) / 0.25) + 1;
		double[] profile = this.profile(samples);
		// Half the marker's contrast with the skin, and never less than the floor.
		double jump = Math.max(0.6 * MarkerDetector.MIN_CONTRAST, 0.35 * contrast);
		int span = (int) Math.round(4 * 4);
		// After a look that found a pale ball's silhouette past its shading (its outer
		// circle), this one reads the edges there from the start: see below.
		boolean pale = silhouetteEdges && (mR * cR + mG * cG + mB * cB) > 0;
		double silhouetteStep = Math.max(0.6 * MarkerDetector.MIN_CONTRAST, 0.2 * contrast);
		double inlierTolerance = edgeTolerance(radiusGuess);
		int trueEdges;
		int hiddenEdges;
		double rimLow;
		double rimHigh;
		int silhouetteRays;
		double occluded;
		double[] circle;
		int kept;
		// The longest arc missing from the outline (the rays from its first, how many):
		// where something hides the marker.
		int hiddenArcStart = 0;
		int hiddenArcLength = 0;
		// The edges on a straight side of what hides the marker (see straightTouch).
		boolean[] straight;
		double[] rx = this.edgeX(rays);
		double[] ry = this.edgeY(rays);
		// Two readings of the outline. The first reads each ray's edge from the marker's
		// mean colour. A ball lit from one side darkens towards its shaded side, keeping
		// its hue: its shaded rim lies about a third of its own colour's brightness from
		// its mean colour, which on a coloured ball before grey, a yellow or white one on
		// skin, or any ball before a background its contrast barely exceeds that by, is
		// as far as the background. The edge found there lies on the shading, inside the
		// outline, on some rays of the shaded side and not on others, and the outline
		// breaks in scattered places. When the first reading's outline breaks, a second
		// reads each ray again from the marker's colour under any shade of it (see
		// shadeDistance): where that edge lies beyond the first by more than the circle's
		// tolerance, and what lies between is the marker's colour in shade, the edge
		// moves out to it. Every check below stands for the second reading as for the
		// first. Only a failed outline is read again here: where the first reading holds,
		// brightness (which JPEG keeps at full resolution) places the edge better than
		// hue (which it keeps at half). A held outline is read past the shading once per
		// marker found (see pastShading).
		float[] hue = null;
		double[] firstCircle = null;
		// The first failure, when the edges are read again without straight runs (see
		// dropStraightRuns), and the circle it failed on.
		String firstFailure = null;
		double[] firstFailedCircle = null;
		for (int reading = 0;; reading++) {
			trueEdges = 0;
			hiddenEdges = 0;
			rimLow = Double.MAX_VALUE;
			rimHigh = 0;
			silhouetteRays = 0;
			for (int q = 0; q < rays; q++) {
				double angle = 2 * Math.PI * q / rays;
				double dx = Math.cos(angle);
				double dy = Math.sin(angle);
				double crossing = Double.NaN;
				double hueCrossing = Double.NaN;
				if (hue != null) {
					// Where the marker's hue differs from what lies around it, the
					// outline is where the colour leaves the marker's own colour under
					// its shading.
					this.ray(ox, oy, dx, dy, start, null);
					hueCrossing = crossing(profile, samples, start, jump, span);
				}
				this.ray(ox, oy, dx, dy, start, dist);
				crossing = crossing(profile, samples, start, jump, span);
				if (Double.isNaN(crossing) || (hue != null && hueCrossing - crossing > inlierTolerance
						&& inShade(ox, oy, dx, dy, (crossing + hueCrossing) / 2, mR, mG, mB))) {
					crossing = hueCrossing;
				}
				if (Double.isNaN(crossing)) {
					hiddenEdges++;
					continue;
				}
				int best = this.crossingBest;
				double hi = this.crossingHigh;
				// A pale ball's shaded side darker than the background behind it: beyond
				// the edge just found, along the ray, something lies farther from the
				// marker's colour than the background is (its shading, past the
				// light-to-shade ramp). Its outline is its silhouette, further out; the
				// edge found on the shading would pull the circle towards the light and
				// shrink it.
				if (pale) {
					this.read(profile, samples - 1);
					double farthest = hi;
					for (int u = best; u < samples; u++) {
						farthest = Math.max(farthest, profile[u]);
					}
					if (farthest - contrast > silhouetteStep) {
						double at = silhouette(ox, oy, dx, dy, crossing, Math.min(limit - 1.5, crossing + radiusGuess),
								mR, mG, mB, bgR, bgG, bgB, contrast);
						if (!Double.isNaN(at)) {
							crossing = halfway(ox, oy, dx, dy, at, crossing);
							silhouetteRays++;
						}
					}
				}
				ex[trueEdges] = ox + crossing * dx;
				ey[trueEdges] = oy + crossing * dy;
				edgeRay[trueEdges] = q;
				double rim = sample(dist, ox + 0.6 * radiusGuess * dx, oy + 0.6 * radiusGuess * dy);
				rimLow = Math.min(rimLow, rim);
				rimHigh = Math.max(rimHigh, rim);
				trueEdges++;
			}
			if (firstFailure != null) {
				int before = trueEdges;
				trueEdges = dropStraightRuns(ex, ey, edgeRay, trueEdges, rays, radiusGuess);
				hiddenEdges += before - trueEdges;
				if (trace && trueEdges < before) {
					say("  straight runs dropped: " + (before - trueEdges) + " edges");
				}
			}
			occluded = hiddenEdges / (double) rays;
			if (trueEdges < Math.max(8, rays / 3)) {
				return (firstFailure != null) ? this.refuse(firstFailure, firstFailedCircle)
						: reject("edges " + trueEdges + " of " + rays);
			}
			circle = fitCircle(ex, ey, trueEdges);
			if (circle == null) {
				return (firstFailure != null) ? this.refuse(firstFailure, firstFailedCircle) : reject("no circle");
			}
			// Robust circle: RANSAC over triples of edge points spread round the outline
			// (deterministic), then least squares on the inliers. A marker partly hidden
			// by hair or a waistband of the background's colour gives edge points along
			// the hiding chord too; they are inside the true circle and fall out as
			// outliers, where a least-squares fit of all points would be pulled towards
			// them.
			circle = ransacCircle(ex, ey, trueEdges, radiusGuess, inlierTolerance);
			if (circle == null) {
				return (firstFailure != null) ? this.refuse(firstFailure, firstFailedCircle) : reject("no circle");
			}
			circle = refitWithout(ex, ey, trueEdges, null, circle, inlierTolerance, rx, ry, Math.max(8, rays / 3));
			if (circle == null) {
				return (firstFailure != null) ? this.refuse(firstFailure, firstFailedCircle) : reject("no circle");
			}
			kept = (int) circle[4];
			// What hides part of a marker may end in a straight edge just past its
			// circle: where the line passes closest to the circle, the edges on it fall
			// within the circle's tolerance, split the hidden arc in two and pull the
			// circle towards it. Runs too short for dropStraightRuns are found here.
			straight = (kept >= Math.max(8, rays / 3))
					? straightTouch(ex, ey, edgeRay, trueEdges, rays, circle, inlierTolerance) : null;
			if (straight != null) {
				circle = refitWithout(ex, ey, trueEdges, straight, circle, inlierTolerance, rx, ry,
						Math.max(8, rays / 3));
				if (circle == null) {
					return (firstFailure != null) ? this.refuse(firstFailure, firstFailedCircle) : reject("no circle");
				}
				kept = (int) circle[4];
				if (trace) {
					say(String.format("  a straight edge touches the circle: refitted at %.2f,%.2f r=%.2f", circle[0],
							circle[1], circle[2]));
				}
			}
			String failure = null;
			if (kept < Math.max(8, rays / 3)) {
				failure = "edges after outliers " + kept;
			}
			else {
				hiddenEdges += trueEdges - kept;
				occluded = hiddenEdges / (double) rays;
				// The checks a robust circle needs, since it fits any arc: what is
				// missing from a marker's outline is hidden by one thing (hair, a
				// waistband, the edge of a shirt), so it is one arc (two at most), and
				// nothing of the marker's colour reaches past its circle. Edges missing
				// at four corners (a rectangle of wall between the legs) or lying beyond
				// the circle (a strip running on) are no marker's.
				boolean[] onCircle = new boolean[rays];
				int beyond = 0;
				for (int e = 0; e < trueEdges; e++) {
					if (straight != null && straight[e]) {
						continue;
					}
					double residual = Math.hypot(ex[e] - circle[0], ey[e] - circle[1]) - circle[2];
					if (Math.abs(residual) <= inlierTolerance) {
						onCircle[edgeRay[e]] = true;
					}
					else if (residual > beyondReach(circle[2])) {
						beyond++;
					}
				}
				int arcs = 0;
				int second = 0;
				int longest = 0;
				int missing = 0;
				int start0 = 0;
				while (start0 < rays && !onCircle[start0]) {
					start0++;
				}
				for (int q = 1; q <= rays; q++) {
					int at = (start0 + q) % rays;
					int before = (start0 + q - 1) % rays;
					if (!onCircle[at] && onCircle[before]) {
						int length = 0;
						while (length < rays && !onCircle[(at + length) % rays]) {
							length++;
						}
						if (length > longest) {
							second = longest;
							longest = length;
							hiddenArcStart = at;
						}
						else {
							second = Math.max(second, length);
						}
						missing += length;
						// A gap of a ray or two is noise; an arc is more.
						if (length >= Math.max(2, 0.08 * rays)) {
							arcs++;
						}
					}
				}
				hiddenArcLength = (longest >= Math.max(2, 0.08 * rays)) ? longest : 0;
				if (trace) {
					StringBuilder eb = new StringBuilder("  edges c=" + String.format("%.2f,%.2f r=%.2f tol=%.2f:",
							circle[0], circle[1], circle[2], inlierTolerance));
					for (int e = 0; e < trueEdges; e++) {
						eb.append(String.format(" %d:%.2f", edgeRay[e],
								Math.hypot(ex[e] - circle[0], ey[e] - circle[1]) - circle[2]));
					}
					say(eb.toString());
					StringBuilder sb = new StringBuilder();
					for (boolean b : onCircle)
						sb.append(b ? '#' : '.');
					say("  rays " + sb + " arcs=" + arcs + " beyond=" + beyond);
				}
				// The arcs a shaded pale ball cannot show (see below) are not scattered
				// losses.
				double scattered = (missing - longest - ((silhouetteRays >= shadedRays(rays)) ? second : 0))
						/ (double) rays;
				this.failedCircle = new double[] { circle[0], circle[1], circle[2] };
				// A pale ball whose shaded side is darker than the background (its
				// silhouette found past the shading) has two places where its limb's
				// shade equals the background's brightness, one on each side of the
				// shaded part; there its outline cannot be seen, and its edge is found
				// inside, on the shading: two arcs missing besides anything hiding it.
				int allowedArcs = this.maxArcs + ((silhouetteRays >= shadedRays(rays)) ? 1 : 0);
				if (scattered > this.maxScattered) {
					failure = "outline missing in scattered places " + scattered;
				}
				else if (arcs > allowedArcs || beyond > Math.max(3, 0.15 * rays)) {
					failure = "outline broken in " + arcs + " arcs, " + beyond + " edges beyond";
				}
				else if (Math.hypot(circle[0] - ox, circle[1] - oy) > 0.6 * circle[2] + 1) {
					failure = "circle off the blob";
				}
			}
			if (pastShading) {
				// See pastShading: only the outline past the shading is wanted here,
				// and only when it lies around a first circle that held.
				if (reading == 0) {
					if (failure != null) {
						return null;
					}
					hue = this.shadeDistance(n, mR, mG, mB, bgR, bgG, bgB, Math.max(jump, 0.5 * contrast));
					if (hue == null) {
						return null;
					}
					firstCircle = circle.clone();
					continue;
				}
				double grown = circle[2] - firstCircle[2];
				double shift = Math.hypot(circle[0] - firstCircle[0], circle[1] - firstCircle[1]);
				if (trace) {
					say(String.format("  past the shading: grown %.2f, moved %.2f%s", grown, shift,
							(failure == null) ? "" : ", " + failure));
				}
				if (failure == null && grown > GROWN * inlierTolerance && shift <= grown + inlierTolerance) {
					break;
				}
				return null;
			}
			if (failure == null) {
				break;
			}
			// A look standing on a pale ball's silhouette reads again too: its first
			// reading breaks on the shading as any look's does. Left out, a yellow ball
			// of 18-21 px on grey (JPEG 0.6, uneven light) held on its second reading,
			// was found past its shading, and was then refused by the look from there.
			if (reading == 0) {
				hue = this.shadeDistance(n, mR, mG, mB, bgR, bgG, bgB, Math.max(jump, 0.5 * contrast));
			}
			if (hue == null || reading > 0) {
				// See dropStraightRuns: once more without straight runs of edges, only
				// for an outline that failed with them (under 10 px across, a fifth of
				// the outline is a few pixels of edge, too few to tell a line from an
				// arc). Refused again, the look is refused as it first was.
				if (firstFailure == null && radiusGuess >= 5
						&& straightRuns(ex, ey, edgeRay, trueEdges, rays, radiusGuess) != null) {
					firstFailure = failure;
					firstFailedCircle = this.failedCircle;
					hue = null;
					reading = -1;
					if (trace) {
						say("  " + failure + ": reading the edges again without straight runs");
					}
					continue;
				}
				if (firstFailure != null) {
					return this.refuse(firstFailure, firstFailedCircle);
				}
				return (failure.startsWith("edges")) ? reject(failure) : rejectOutline(failure);
			}
			if (trace) {
				say("  " + failure + ": reading the edges again past the shading");
			}
		}
		double x = circle[0];
		double y = circle[1];
		double radius = circle[2];
		// The edge points' spread about the circle, relative to its radius: near zero for
		// a disc seen whole or in part, large for a triangle of shoe or a fold of shirt.
		double outline = circle[3] / Math.max(1e-6, radius);
		if (trace) {
			say(String.format("  circle %.2f,%.2f r=%.2f rms=%.3f kept=%d of true %d rays %d blob at %.2f,%.2f", x, y,
					radius, circle[3], kept, trueEdges, rays, ox, oy));
		}
		// Variance of a fitted centre: residual² · 2 / n per axis (edges spread evenly).
		// Neighbouring rays sample the same blurred pixels, so their errors are not
		// independent: about one in four counts (measured: with all counted, a quarter of
		// the markers were off by more than twice their stated error).
		double centroidVariance = circle[3] * circle[3] * 2 / Math.max(1.0, kept / 4.0);
		// A shaded ball's dark side fades into dark surroundings and its edge is found
		// inside the true one: the centre moves towards the light by up to about a tenth
		// of the radius per tenth of the contrast the shading spans (measured on drawn
		// balls). Flat dots have no such spread.
		double shading = Math.max(0, rimHigh - rimLow) / contrast;
		double shadeShift = 0.3 * circle[2] * shading;
		centroidVariance += shadeShift * shadeShift;
		diameter = 2 * radius;

		// Spill: the share of a thin ring just outside the soft edge that still has the
		// marker's colour. A marker ends at its outline; a patch of wall between the legs
		// or a strip of a white shoe runs on past the circle fitted to part of it.
		int spillAll = 0;
		int spillLike = 0;
		double spillInner = radius + 1.5;
		double spillOuter = radius + 3.5;
		// Each of the disc's loops over the box around its circle, a pixel wider each way
		// (the pixels beyond fail its test).
		int[] box = this.box(x, y, spillOuter);
		for (int j = box[1]; j <= box[3]; j++) {
			double dy = this.top + j + 0.5 - y;
			for (int i = box[0]; i <= box[2]; i++) {
				double dx = this.left + i + 0.5 - x;
				double d2 = dx * dx + dy * dy;
				if (d2 >= spillInner * spillInner && d2 <= spillOuter * spillOuter) {
					spillAll++;
					if (dist[j * this.width + i] < 0.3 * contrast) {
						spillLike++;
					}
				}
			}
		}
		// Solidity: the share of the disc inside the edge that has the marker's colour.
		int solidAll = 0;
		int solidLike = 0;
		double solidR = Math.max(1, 0.8 * radius - 0.5);
		box = this.box(x, y, solidR);
		for (int j = box[1]; j <= box[3]; j++) {
			double dy = this.top + j + 0.5 - y;
			for (int i = box[0]; i <= box[2]; i++) {
				double dx = this.left + i + 0.5 - x;
				if (dx * dx + dy * dy <= solidR * solidR) {
					solidAll++;
					if (v[j * this.width + i] > 0.45f) {
						solidLike++;
					}
				}
			}
		}
		double solidity = solidLike / (double) Math.max(1, solidAll);
		// A marker is plain inside (flat, or a ball's smooth shading); a button has
		// holes.
		int coreAll = 0;
		int coreHoles = 0;
		double coreR = 0.5 * radius;
		box = this.box(x, y, coreR);
		for (int j = box[1]; j <= box[3]; j++) {
			double dy = this.top + j + 0.5 - y;
			for (int i = box[0]; i <= box[2]; i++) {
				double dx = this.left + i + 0.5 - x;
				if (dx * dx + dy * dy <= coreR * coreR) {
					// What hides the marker, where its straight edge was found (see
					// straightTouch, dropStraightRuns), reaches in from the hidden arc;
					// it is no hole. Without that evidence the sector counts: counted
					// out always, an ear's dark hollow passed as a skin-coloured marker
					// and took a development scene's set (1101, pose from the left: 4
					// markers lost).
					if (hiddenArcLength > 0 && (straight != null || firstFailure != null) && onArc(this.left + i + 0.5,
							this.top + j + 0.5, ox, oy, rays, hiddenArcStart, hiddenArcLength)) {
						continue;
					}
					coreAll++;
					if (v[j * this.width + i] < 0.5f || dist[j * this.width + i] > HOLE_DISTANCE * contrast) {
						coreHoles++;
					}
				}
			}
		}
		// Shading reaches the background's level, and so counts as holes, on a marker
		// brighter than what is around it (a white ball before a pale wall): a lit
		// ball's lit side is its brightest part and its shade falls from there towards
		// the background's brightness. A "marker" darker than its surround whose core
		// darkens to one side is more likely what is seen through something: the middle
		// of a hoop, the cloth within a ring (a hoop on the back, mixed scene set 201).
		// Brightness as a camera's Y channel weighs it (Rec. 601 luma), so that a
		// yellow marker is brighter than skin and a blue one darker.
		if (coreAll >= 12 && coreHoles > MAX_HOLES * coreAll && luma(mR, mG, mB) > luma(bgR, bgG, bgB)) {
			coreHoles = Math.min(coreHoles, holesPastShading(x, y, coreR, mR, mG, mB, bgR, bgG, bgB, contrast));
		}
		if (trace) {
			say("  holes " + coreHoles + " of " + coreAll);
		}
		if (coreAll >= 12 && coreHoles > MAX_HOLES * coreAll) {
			this.holed = true;
			this.failedCircle = new double[] { x, y, radius };
			return reject("holes inside " + coreHoles + " of " + coreAll);
		}
		if (trace) {
			say("  spill " + spillLike + "/" + spillAll + " solidity " + solidity);
		}
		if (spillAll > 0 && spillLike > MAX_SPILL * spillAll) {
			return reject("spills past its outline " + spillLike + " of " + spillAll);
		}
		// Isolation and noise from the ring around the final circle.
		double isoInner = ringInner(radius);
		double isoOuter = Math.min(ringOuter(radius), reach - 0.5);
		float[] ringV = this.ring;
		int count = 0;
		int like = 0;
		double isoInner2 = isoInner * isoInner;
		double isoOuter2 = isoOuter * isoOuter;
		// Each row only where the ring can be (see ringRow): the same pixels, in order.
		for (int j = 0; j < this.height; j++) {
			double dy = this.top + j + 0.5 - y;
			double dy2 = dy * dy;
			if (!ringRow(x, dy2, isoInner2, isoOuter2)) {
				continue;
			}
			int to = this.rowSpan[1];
			for (int i = this.rowSpan[0]; i <= to; i++) {
				if (i == this.rowSpan[2]) {
					i = this.rowSpan[3];
					continue;
				}
				double dx = this.left + i + 0.5 - x;
				double d2 = dx * dx + dy * dy;
				if (d2 >= isoInner2 && d2 <= isoOuter2) {
					float value = v[j * this.width + i];
					ringV[count++] = value;
					if (dist[j * this.width + i] < 0.3 * contrast) {
						like++;
					}
				}
			}
		}
		if (count < 12) {
			// A marker larger than the scale the look started from: its edges gave its
			// circle, but the ring around that circle lies beyond the window, which was
			// sized for the smaller scale. Not a judgement on the marker: the next look
			// starts from this circle and reads the whole ring (see verify).
			if (isoOuter < ringOuter(radius) && radius > r) {
				this.outgrown = new double[] { x, y, radius };
			}
			return reject("ring count");
		}
		float middle = median(ringV, count);
		for (int k = 0; k < count; k++) {
			ringV[k] = Math.abs(ringV[k] - middle);
		}
		double noise = 1.4826 * median(ringV, count) + 0.02;
		int rgb = ((int) clamp255(fgR / fgCount) << 16) | ((int) clamp255(fgG / fgCount) << 8)
				| (int) clamp255(fgB / fgCount);
		// A shaded ball: the edges found on its shading lie inside its outline, on the
		// shaded side, and pull the centre towards the light. Where the outline lies
		// further out along the rays, past shading of the marker's own colour, and a
		// circle fits those outer edges as well as the first one fitted the inner ones,
		// the outer circle is the marker's. The checks above stand as they were.
		double reachOut = Math.min(limit - 1.5, 0.5 * radiusGuess + 2);
		double[] outerX = new double[trueEdges];
		double[] outerY = new double[trueEdges];
		boolean shadedBall = silhouetteRays >= shadedRays(rays);
		int silhouettes = 0;
		int moved = 0;
		double outerCentreX = x;
		double outerCentreY = y;
		double outerDiameter = diameter;
		// The edges of what hides the marker are left out (see straightTouch).
		int outerEdges = 0;
		for (int e = 0; e < trueEdges; e++) {
			if (straight != null && straight[e]) {
				continue;
			}
			double t = Math.hypot(ex[e] - ox, ey[e] - oy);
			double ux = (ex[e] - ox) / Math.max(1e-9, t);
			double uy = (ey[e] - oy) / Math.max(1e-9, t);
			double outer = outerBoundary(ox, oy, ux, uy, t, Math.min(limit - 1.5, t + reachOut),
					Math.min(limit - 1.5, t + radiusGuess), mR, mG, mB, bgR, bgG, bgB, contrast);
			if (outer > t) {
				moved++;
				if (this.onSilhouette) {
					silhouettes++;
				}
			}
			outerX[outerEdges] = ox + outer * ux;
			outerY[outerEdges] = oy + outer * uy;
			outerEdges++;
		}
		if (moved >= 3) {
			double[] outerCircle = ransacCircle(outerX, outerY, outerEdges, radius + 1, inlierTolerance);
			if (outerCircle != null) {
				int outerKept = 0;
				for (int e = 0; e < outerEdges; e++) {
					if (Math.abs(Math.hypot(outerX[e] - outerCircle[0], outerY[e] - outerCircle[1])
							- outerCircle[2]) <= inlierTolerance) {
						rx[outerKept] = outerX[e];
						ry[outerKept] = outerY[e];
						outerKept++;
					}
				}
				// The outer circle must explain most of the edges the first one did.
				// A pale ball whose shaded side is darker than the background (its
				// silhouette found on enough rays) loses its outline at the two places
				// where its limb's shade equals the background's brightness, one each
				// side of the shaded part; the edges found there lie on neither circle,
				// so the outer circle is held only to the floor every circle is held to.
				double needed = (silhouettes >= shadedRays(rays)) ? Math.max(8, rays / 3)
						: Math.max(0.75 * kept, Math.max(8, rays / 3));
				double[] refit = (outerKept >= needed) ? fitCircle(rx, ry, outerKept) : null;
				if (trace && refit != null) {
					say(String.format("  outer circle %.2f,%.2f r=%.2f rms=%.3f kept=%d (moved %d)", refit[0], refit[1],
							refit[2], refit[3], outerKept, moved));
				}
				// The outer circle holds the first inside it and touches it on the
				// lit side, where each circle's edges lie within a tolerance of it:
				// the two may cross by twice that (a yellow ball blurred by 1.5 px:
				// the first circle 0.02 px past a single tolerance, 2.6 px off).
				if (refit != null && refit[2] > radius && refit[3] <= Math.max(circle[3], 0.5)
						&& Math.hypot(refit[0] - x, refit[1] - y) <= refit[2] - radius + 2 * inlierTolerance) {
					outerCentreX = refit[0];
					outerCentreY = refit[1];
					outerDiameter = 2 * refit[2];
					shadedBall = silhouettes >= 3;
				}
			}
		}
		// The blob's share of the fitted disc: about 1 for a whole marker (a little less
		// at a stricter level), less for a partly hidden one, and more for a blob
		// spilling past its outline.
		return new Blob(x, y, diameter, contrast, noise, like / (double) count, blob.roundness, solidity, blob.plateau,
				occluded, outline, centroidVariance + 0.0, rgb, outerCentreX, outerCentreY, outerDiameter, shadedBall);
	}

	/**
	 * The darkest shade of a marker's own colour, as a share of its colour in the middle,
	 * that its outline search reads as the marker: the shaded side of a ball lit from one
	 * side, lit by the room alone (the same bound the shaded-ball correction holds the
	 * shading between an edge and the outline to).
	 */
	static final double DARKEST_SHADE = 0.35;

	private float[] hueBuffer;

	/**
	 * Each window pixel's distance from the marker's colour under any light its own
	 * shading gives it: from the segment of the marker's middle colour scaled by
	 * {@link #DARKEST_SHADE} to 1. A ball lit from one side has its own colour times the
	 * light reaching its surface: darker towards its shaded side, the same hue. Its
	 * distance from its mean colour rises across the shading, on a coloured ball before
	 * grey (a third of the contrast) or a pale ball before skin (as far as the skin) as
	 * much as at its outline, so that the edge found there lies on the shading, inside
	 * the outline, and the outline breaks on the shaded side. The distance from the
	 * shaded colours is flat across the ball and rises at its outline. Null when the
	 * background itself lies within {@code jump} of those colours (a white ball before a
	 * grey wall: the wall is as grey as the ball's shade, and only brightness tells).
	 */
	private float[] shadeDistance(int n, double mR, double mG, double mB, float bgR, float bgG, float bgB,
			double jump) {
		double m2 = mR * mR + mG * mG + mB * mB;
		if (m2 < 1e-6 || shadeDistance(bgR, bgG, bgB, mR, mG, mB, m2) < jump) {
			return null;
		}
		float[] hue = this.hueBuffer = (this.hueBuffer != null && this.hueBuffer.length >= n) ? this.hueBuffer
				: new float[n];
		// Filled as the rays read it: they cross a small part of a large window.
		Arrays.fill(hue, 0, n, -1f);
		this.shadeR = mR;
		this.shadeG = mG;
		this.shadeB = mB;
		this.shade2 = m2;
		return hue;
	}

	private double shadeR;

	private double shadeG;

	private double shadeB;

	private double shade2;

	/**
	 * The window pixel's distance of {@link #shadeDistance}, computed when first read.
	 */
	private float shadeDistanceAt(int k) {
		float value = this.hueBuffer[k];
		if (value < 0) {
			value = (float) shadeDistance(this.red[k], this.green[k], this.blue[k], this.shadeR, this.shadeG,
					this.shadeB, this.shade2);
			this.hueBuffer[k] = value;
		}
		return value;
	}

	/**
	 * {@link #sample} of the distance of {@link #shadeDistance}, once the four pixels it
	 * interpolates have theirs.
	 */
	private double sampleShadeDistance(double x, double y) {
		int i = (int) Math.floor(x - this.left - 0.5);
		int j = (int) Math.floor(y - this.top - 0.5);
		if (i < 0 || j < 0 || i >= this.width - 1 || j >= this.height - 1) {
			return 0;
		}
		int k = j * this.width + i;
		shadeDistanceAt(k);
		shadeDistanceAt(k + 1);
		shadeDistanceAt(k + this.width);
		shadeDistanceAt(k + this.width + 1);
		return sample(this.hueBuffer, x, y);
	}

	/**
	 * A colour's distance from the segment of a colour scaled by the shades of a ball.
	 */
	private static double shadeDistance(double r, double g, double b, double mR, double mG, double mB, double m2) {
		double shade = Math.max(DARKEST_SHADE, Math.min(1, (r * mR + g * mG + b * mB) / m2));
		double dr = r - shade * mR;
		double dg = g - shade * mG;
		double db = b - shade * mB;
		return Math.sqrt(dr * dr + dg * dg + db * db);
	}

	/**
	 * Whether the colour at a point of a ray is darker along the marker's own colour than
	 * the marker's middle, as its shaded side is: a share of it from
	 * {@link #DARKEST_SHADE} to 0.95, the range the shaded-ball correction allows. JPEG
	 * keeps colour at half the resolution of brightness, so a marker's hue bleeds a pixel
	 * or two past its outline into a background as bright as the marker; there the colour
	 * is not darker, and the edge read from the hue is not moved out to.
	 */
	private boolean inShade(double ox, double oy, double dx, double dy, double t, double mR, double mG, double mB) {
		double r = sample(this.red, ox + t * dx, oy + t * dy);
		double g = sample(this.green, ox + t * dx, oy + t * dy);
		double b = sample(this.blue, ox + t * dx, oy + t * dy);
		double m2 = mR * mR + mG * mG + mB * mB;
		double shade = (r * mR + g * mG + b * mB) / m2;
		return shade >= DARKEST_SHADE && shade <= 0.95;
	}

	/**
	 * The ray whose profile {@link #crossing} reads: its origin, direction and first
	 * sample's distance from the origin, the map it samples (null: the distance of
	 * {@link #shadeDistance}), and how many of its samples are read so far. The samples
	 * are read as the crossing needs them, a few at a time: it reads up to two spans past
	 * the first jump, and a ray's samples reach well beyond the edge (to 1.8 radii, where
	 * a marker's colour running on shows), so 29% of them on the reference photos without
	 * markers, and 13% with, were read for nothing. They are read in a method of their
	 * own ({@link #read}), where the sampling is inlined: {@link #look} is past the
	 * compiler's inlining budget, and a call per sample from inside it cost more than the
	 * sample. Each sample is the value it was when the whole profile was read first.
	 */
	private double rayX;

	private double rayY;

	private double rayDx;

	private double rayDy;

	private double rayStart;

	private float[] rayMap;

	private int rayRead;

	private void ray(double ox, double oy, double dx, double dy, double start, float[] map) {
		this.rayX = ox;
		this.rayY = oy;
		this.rayDx = dx;
		this.rayDy = dy;
		this.rayStart = start;
		this.rayMap = map;
		this.rayRead = 0;
	}

	/** The ray's samples up to {@code last} (inclusive) read into {@code profile}. */
	private void read(double[] profile, int last) {
		for (int u = this.rayRead; u <= last; u++) {
			double t = this.rayStart + 0.25 * u;
			profile[u] = (this.rayMap == null)
					? sampleShadeDistance(this.rayX + t * this.rayDx, this.rayY + t * this.rayDy)
					: sample(this.rayMap, this.rayX + t * this.rayDx, this.rayY + t * this.rayDy);
		}
		this.rayRead = Math.max(this.rayRead, last + 1);
	}

	/** The steepest point and the level beyond it of the last {@link #crossing}. */
	private int crossingBest;

	private double crossingHigh;

	/**
	 * The edge along one ray's profile of a distance from the marker's colour: the first
	 * steep rise (the steepest over a pixel among the samples before the profile first
	 * reaches the jump above its inside level), at the crossing of the half-way level
	 * between the levels on either side of it nearest its steepest point; NaN when none.
	 */
	private double crossing(double[] profile, int samples, double start, double jump, int span) {
		this.read(profile, 0);
		double insideLevel = profile[0];
		int reached = -1;
		for (int u = 0; u < samples; u++) {
			if (u >= this.rayRead) {
				this.read(profile, Math.min(samples - 1, u + 7));
			}
			insideLevel = Math.min(insideLevel, profile[u]);
			if (profile[u] - insideLevel >= jump) {
				reached = u;
				break;
			}
		}
		if (reached < 0) {
			return Double.NaN;
		}
		// Everything read below lies within two spans past the first jump.
		this.read(profile, Math.min(samples - 1, reached + 2 * span + 1));
		int from = Math.max(2, reached - span);
		int to = Math.min(samples - 3, reached + span);
		int best = -1;
		double steepest = 0;
		for (int u = from; u <= to; u++) {
			double rise = profile[u + 2] - profile[u - 2];
			if (rise > steepest) {
				steepest = rise;
				best = u;
			}
		}
		if (best < 0) {
			return Double.NaN;
		}
		double lo = profile[best];
		for (int u = best; u >= Math.max(0, best - span); u--) {
			lo = Math.min(lo, profile[u]);
		}
		double hi = profile[best];
		for (int u = best; u <= Math.min(samples - 1, best + span); u++) {
			hi = Math.max(hi, profile[u]);
		}
		if (hi - lo < jump) {
			return Double.NaN;
		}
		this.crossingBest = best;
		this.crossingHigh = hi;
		double level = (lo + hi) / 2;
		for (int w = 0; w <= span; w++) {
			for (int u : new int[] { best - w, best + w }) {
				if (u >= 0 && u + 1 < samples && profile[u] <= level && profile[u + 1] > level) {
					return start + 0.25 * (u + (level - profile[u]) / (profile[u + 1] - profile[u]));
				}
			}
		}
		return Double.NaN;
	}

	/** Rec. 601 luma: the brightness of a colour as a camera's Y channel weighs it. */
	private static double luma(double r, double g, double b) {
		return 0.299 * r + 0.587 * g + 0.114 * b;
	}

	/**
	 * The holes of a marker's central disc once its shading is allowed for. A ball lit
	 * from one side is brighter towards the light and darker away from it: across its
	 * central disc its colour is its own colour times a shade that changes smoothly,
	 * about linearly, from one side to the other. On a white ball before a pale wall the
	 * shaded part of that disc is as dark as the wall or darker, and the plain test
	 * counts it as holes. Here the shade (the share of the marker's mean colour along its
	 * own direction) is fitted by a plane over the disc, and a hole is a pixel farther
	 * than {@link #HOLE_DISTANCE} of the contrast from the colour the plane gives it: a
	 * button's hole or a hoop's middle is a dip a plane cannot follow. The plane must
	 * still be a marker's: at the disc's centre it gives a colour at least half the
	 * contrast from the background (a hoop's middle, or the wall seen through it, is the
	 * background's colour throughout, which a flat plane would explain); otherwise every
	 * pixel counts as a hole.
	 */
	private int holesPastShading(double x, double y, double coreR, double mR, double mG, double mB, float bgR,
			float bgG, float bgB, double contrast) {
		double m2 = mR * mR + mG * mG + mB * mB;
		double n = 0;
		double su = 0;
		double sv = 0;
		double suu = 0;
		double svv = 0;
		double suv = 0;
		double ss = 0;
		double sus = 0;
		double svs = 0;
		for (int j = 0; j < this.height; j++) {
			double dy = this.top + j + 0.5 - y;
			for (int i = 0; i < this.width; i++) {
				double dx = this.left + i + 0.5 - x;
				if (dx * dx + dy * dy <= coreR * coreR) {
					int k = j * this.width + i;
					double shade = (this.red[k] * mR + this.green[k] * mG + this.blue[k] * mB) / m2;
					n++;
					su += dx;
					sv += dy;
					suu += dx * dx;
					svv += dy * dy;
					suv += dx * dy;
					ss += shade;
					sus += dx * shade;
					svs += dy * shade;
				}
			}
		}
		// Least squares of shade = a + b dx + c dy, by its normal equations (symmetric
		// positive definite: DiscFit's solver).
		double[] plane = new double[3];
		if (!DiscFit.solve(new double[] { n, su, sv, su, suu, suv, sv, suv, svv }, new double[] { ss, sus, svs }, 3,
				plane)) {
			return (int) n;
		}
		double a0 = plane[0];
		double b = plane[1];
		double c = plane[2];
		if (Math.sqrt(sq(a0 * mR - bgR) + sq(a0 * mG - bgG) + sq(a0 * mB - bgB)) < 0.5 * contrast) {
			return (int) n;
		}
		int holes = 0;
		double limit2 = sq(HOLE_DISTANCE * contrast);
		for (int j = 0; j < this.height; j++) {
			double dy = this.top + j + 0.5 - y;
			for (int i = 0; i < this.width; i++) {
				double dx = this.left + i + 0.5 - x;
				if (dx * dx + dy * dy <= coreR * coreR) {
					int k = j * this.width + i;
					double shade = a0 + b * dx + c * dy;
					if (sq(this.red[k] - shade * mR) + sq(this.green[k] - shade * mG)
							+ sq(this.blue[k] - shade * mB) > limit2) {
						holes++;
					}
				}
			}
		}
		return holes;
	}

	/**
	 * The outer boundary of a shaded ball along a ray. The edge found from the distance
	 * to the marker's mean colour is where that distance has risen half-way; on a ball
	 * lit from one side, the shaded rim is itself far from the mean colour, so that
	 * half-way point can lie on the shading, inside the outline, on the shaded side. The
	 * outline is where the marker (in light or shade) gives way to what surrounds it: a
	 * step in colour of its own, as strong as an edge. When such a step lies further out,
	 * and what lies between is the marker's colour in shade (the same hue, darker, and
	 * not the background), the edge moves to the half-way point of that step. A flat dot
	 * has no shading between its edge and the background, so its edge stays. The caller
	 * accepts the moved edges only when a circle fits them.
	 * @return the distance of the edge along the ray from its origin
	 */
	private double outerBoundary(double ox, double oy, double dx, double dy, double crossing, double reachOut,
			double silhouetteReach, double mR, double mG, double mB, float bgR, float bgG, float bgB, double contrast) {
		double at = (reachOut < crossing + 2.5) ? Double.NaN
				: shadeStep(ox, oy, dx, dy, crossing, reachOut, mR, mG, mB, bgR, bgG, bgB, contrast);
		// A ball lit from one side darker than the background behind it: the edge found
		// on its shading can lie as far inside its silhouette as the terminator, up to
		// the lit blob's own radius.
		this.onSilhouette = false;
		if (Double.isNaN(at) && silhouetteReach >= crossing + 1.5) {
			at = silhouette(ox, oy, dx, dy, crossing, silhouetteReach, mR, mG, mB, bgR, bgG, bgB, contrast);
			this.onSilhouette = !Double.isNaN(at);
		}
		if (Double.isNaN(at)) {
			return crossing;
		}
		return halfway(ox, oy, dx, dy, at, crossing);
	}

	/**
	 * The half-way point of the colour step at {@code at} along a ray, in the direction
	 * of its colour change; {@code otherwise} when it has none.
	 */
	private double halfway(double ox, double oy, double dx, double dy, double at, double otherwise) {
		double ar = sample(this.red, ox + (at - 1.5) * dx, oy + (at - 1.5) * dy);
		double ag = sample(this.green, ox + (at - 1.5) * dx, oy + (at - 1.5) * dy);
		double ab = sample(this.blue, ox + (at - 1.5) * dx, oy + (at - 1.5) * dy);
		double cr = sample(this.red, ox + (at + 1.5) * dx, oy + (at + 1.5) * dy) - ar;
		double cg = sample(this.green, ox + (at + 1.5) * dx, oy + (at + 1.5) * dy) - ag;
		double cb = sample(this.blue, ox + (at + 1.5) * dx, oy + (at + 1.5) * dy) - ab;
		double c2 = cr * cr + cg * cg + cb * cb;
		if (c2 < 1e-6) {
			return otherwise;
		}
		double previous = 0;
		for (double t = at - 1.5 + 0.125; t <= at + 1.5; t += 0.125) {
			double f = ((sample(this.red, ox + t * dx, oy + t * dy) - ar) * cr
					+ (sample(this.green, ox + t * dx, oy + t * dy) - ag) * cg
					+ (sample(this.blue, ox + t * dx, oy + t * dy) - ab) * cb) / c2;
			if (f >= 0.5) {
				return t - 0.125 * (f - 0.5) / Math.max(1e-6, f - previous);
			}
			previous = f;
		}
		return at;
	}

	/**
	 * The step of {@link #outerBoundary} past shading darker than the marker but not as
	 * dark as the background: the strongest colour step beyond the edge, with the
	 * marker's colour in shade between; NaN when there is none.
	 */
	private double shadeStep(double ox, double oy, double dx, double dy, double crossing, double reachOut, double mR,
			double mG, double mB, float bgR, float bgG, float bgB, double contrast) {
		double strongest = 0;
		double at = Double.NaN;
		for (double t = crossing + 2.5; t <= reachOut; t += 0.25) {
			double s = step(ox, oy, dx, dy, t);
			if (s > strongest) {
				strongest = s;
				at = t;
			}
		}
		// A step of its own (not the tail of the edge just found) and as strong as an
		// edge must be.
		if (Double.isNaN(at) || strongest < Math.max(0.6 * MarkerDetector.MIN_CONTRAST, 0.2 * contrast)
				|| step(ox, oy, dx, dy, at - 0.5) >= strongest) {
			return Double.NaN;
		}
		double m2 = mR * mR + mG * mG + mB * mB;
		for (double t = crossing + 1; t <= at - 2.5; t += 0.5) {
			double r = sample(this.red, ox + t * dx, oy + t * dy);
			double g = sample(this.green, ox + t * dx, oy + t * dy);
			double b = sample(this.blue, ox + t * dx, oy + t * dy);
			double shade = (r * mR + g * mG + b * mB) / m2;
			double off = Math.sqrt(sq(r - shade * mR) + sq(g - shade * mG) + sq(b - shade * mB));
			double fromBackground = Math.sqrt(sq(r - bgR) + sq(g - bgG) + sq(b - bgB));
			if (shade > 0.95 || shade < 0.35 || off > 0.3 * contrast || fromBackground < 0.5 * contrast) {
				return Double.NaN;
			}
		}
		return at;
	}

	/**
	 * The step of {@link #outerBoundary} on a pale marker whose shaded side is darker
	 * than the background behind it (a white ball before a pale wall): from the light to
	 * its limb the ball darkens steadily, through the background's brightness and below
	 * it, and its silhouette is where the brightness rises again, back to the
	 * background's. That rise is the strongest outward rise of brightness (along the
	 * marker's own colour) beyond the edge found on the shading; the shading itself only
	 * falls, and more steeply than a blurred silhouette rises, so the strongest change of
	 * any sign would lie on it. Between the edge and the rise: the marker's hue,
	 * darkening and never brighter again by more than noise; just inside the rise darker
	 * than the background by as much as an edge must step, just outside it the
	 * background's colour. A flat dot, then a strip of background, then the edge of
	 * something darker has no such rise; a dot before something brighter has no shading
	 * before it. NaN when there is none.
	 */
	private double silhouette(double ox, double oy, double dx, double dy, double crossing, double reachOut, double mR,
			double mG, double mB, float bgR, float bgG, float bgB, double contrast) {
		double m = Math.sqrt(mR * mR + mG * mG + mB * mB);
		double edge = Math.max(0.6 * MarkerDetector.MIN_CONTRAST, 0.2 * contrast);
		double strongest = 0;
		double at = Double.NaN;
		for (double t = crossing + 1; t <= reachOut; t += 0.25) {
			double rise = brightness(ox, oy, dx, dy, t + 1, mR, mG, mB, m)
					- brightness(ox, oy, dx, dy, t - 1, mR, mG, mB, m);
			if (rise > strongest) {
				strongest = rise;
				at = t;
			}
		}
		if (Double.isNaN(at) || strongest < edge) {
			return Double.NaN;
		}
		double m2 = m * m;
		double darkest = Double.MAX_VALUE;
		for (double t = crossing + 1; t <= at - 1.5; t += 0.5) {
			double r = sample(this.red, ox + t * dx, oy + t * dy);
			double g = sample(this.green, ox + t * dx, oy + t * dy);
			double b = sample(this.blue, ox + t * dx, oy + t * dy);
			double shade = (r * mR + g * mG + b * mB) / m2;
			double off = Math.sqrt(sq(r - shade * mR) + sq(g - shade * mG) + sq(b - shade * mB));
			if (shade < 0.35 || off > 0.3 * contrast || shade * m > darkest * m + 0.15 * contrast) {
				return Double.NaN;
			}
			darkest = Math.min(darkest, shade);
		}
		double background = (bgR * mR + bgG * mG + bgB * mB) / m;
		double inside = brightness(ox, oy, dx, dy, at - 1.5, mR, mG, mB, m);
		double or = sample(this.red, ox + (at + 1.5) * dx, oy + (at + 1.5) * dy);
		double og = sample(this.green, ox + (at + 1.5) * dx, oy + (at + 1.5) * dy);
		double ob = sample(this.blue, ox + (at + 1.5) * dx, oy + (at + 1.5) * dy);
		if (inside > background - edge || Math.sqrt(sq(or - bgR) + sq(og - bgG) + sq(ob - bgB)) >= 0.5 * contrast) {
			return Double.NaN;
		}
		return at;
	}

	/** Brightness along the marker's colour (of norm {@code m}) at a point of a ray. */
	private double brightness(double ox, double oy, double dx, double dy, double t, double mR, double mG, double mB,
			double m) {
		double x = ox + t * dx;
		double y = oy + t * dy;
		return (sample(this.red, x, y) * mR + sample(this.green, x, y) * mG + sample(this.blue, x, y) * mB) / m;
	}

	/**
	 * How many of a look's rays must find a silhouette past the shading to say that the
	 * marker is a pale ball whose shaded side is darker than the background: that side
	 * faces away from the light, half the outline less the two arcs where its shade
	 * crosses the background's, so at least a sixth of the rays; and never fewer than
	 * three (a small ball's rim under blur and JPEG gives a silhouette here and there).
	 */
	private static int shadedRays(int rays) {
		return Math.max(3, (rays + 5) / 6);
	}

	/** Whether the last {@link #outerBoundary} moved its edge to a silhouette. */
	private boolean onSilhouette;

	/** The colour change across two pixels along a ray, at a distance from its origin. */
	private double step(double ox, double oy, double dx, double dy, double t) {
		double x0 = ox + (t - 1) * dx;
		double y0 = oy + (t - 1) * dy;
		double x1 = ox + (t + 1) * dx;
		double y1 = oy + (t + 1) * dy;
		return Math.sqrt(sq(sample(this.red, x1, y1) - sample(this.red, x0, y0))
				+ sq(sample(this.green, x1, y1) - sample(this.green, x0, y0))
				+ sq(sample(this.blue, x1, y1) - sample(this.blue, x0, y0)));
	}

	private static final float[] LEVELS = { 0.5f, 0.7f, 0.85f };

	private double[] edgeXBuffer = new double[80];

	private double[] edgeYBuffer = new double[80];

	private double[] residualBuffer = new double[80];

	private double[] edgeX(int n) {
		if (this.edgeXBuffer.length < n) {
			this.edgeXBuffer = new double[n];
		}
		return this.edgeXBuffer;
	}

	private double[] edgeY(int n) {
		if (this.edgeYBuffer.length < n) {
			this.edgeYBuffer = new double[n];
		}
		return this.edgeYBuffer;
	}

	private double[] residuals(int n) {
		if (this.residualBuffer.length < n) {
			this.residualBuffer = new double[n];
		}
		return this.residualBuffer;
	}

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

	/**
	 * The window's pixels {first column, first row, last column, last row} that can lie
	 * within {@code radius} of a point (image coordinates): the box around the circle, a
	 * pixel wider each way, inside the window.
	 */
	private int[] box(double x, double y, double radius) {
		return new int[] { firstWithin(x, radius, this.left), firstWithin(y, radius, this.top),
				lastWithin(x, radius, this.left, this.width), lastWithin(y, radius, this.top, this.height) };
	}

	/**
	 * Where a row at {@code dy2} (its distance from the ring's centre {@code x}, squared)
	 * crosses the ring between {@code inner2} and {@code outer2}, into {@link #rowSpan}:
	 * the window's columns {first, last} that can lie inside the outer circle, and
	 * {first, last} of those inside the inner circle for certain ({@code last + 1, last}
	 * where none are). Each bound is a pixel wider than the circles say (narrower for the
	 * inner one), so a loop that tests every pixel left in as before counts the same
	 * pixels.
	 * @return false when the row misses the outer circle
	 */
	private boolean ringRow(double x, double dy2, double inner2, double outer2) {
		if (dy2 > outer2) {
			return false;
		}
		double half = Math.sqrt(outer2 - dy2);
		int from = firstWithin(x, half, this.left);
		int to = lastWithin(x, half, this.left, this.width);
		this.rowSpan[0] = from;
		this.rowSpan[1] = to;
		this.rowSpan[2] = to + 1;
		this.rowSpan[3] = to;
		if (inner2 > dy2) {
			double gap = Math.sqrt(inner2 - dy2);
			int gapFrom = Math.max(from, (int) Math.ceil(x - gap - this.left - 0.5) + 1);
			int gapTo = Math.min(to, (int) Math.floor(x + gap - this.left - 0.5) - 1);
			if (gapFrom <= gapTo) {
				this.rowSpan[2] = gapFrom;
				this.rowSpan[3] = gapTo;
			}
		}
		return true;
	}

	/**
	 * The first of a window's pixels from {@code origin} (its left or top in the image)
	 * whose centre can lie within {@code half} of {@code c}, a pixel early; see
	 * {@link #lastWithin}.
	 */
	private static int firstWithin(double c, double half, int origin) {
		return Math.max(0, (int) Math.floor(c - half - origin - 0.5) - 1);
	}

	/**
	 * The last of a window's {@code size} pixels within {@code half} of {@code c}, a
	 * pixel late.
	 */
	private static int lastWithin(double c, double half, int origin, int size) {
		return Math.min(size - 1, (int) Math.ceil(c + half - origin - 0.5) + 1);
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
	 * How many of the outline's rays still have the marker's colour (a distance below
	 * {@code below} from its mean colour) at {@code past} from the origin and nothing
	 * else on the way out from {@code from} (no sample further than {@code gap} from the
	 * marker's colour): the same bilinear distance the edge search reads, computed for
	 * the few pixels each ray needs instead of the whole window. A ray that meets
	 * something else first (the clothing around the marker) and only then something of
	 * the marker's colour (a pale wall beyond the body's outline) does not run on: the
	 * marker ends where the clothing begins.
	 */
	private int continued(double ox, double oy, int rays, double from, double past, double below, double gap, double mR,
			double mG, double mB) {
		int count = 0;
		for (int q = 0; q < rays; q++) {
			double angle = 2 * Math.PI * q / rays;
			double dx = Math.cos(angle);
			double dy = Math.sin(angle);
			// Only where the window shows it: the rays start at the blob's centre, which
			// need not be the candidate's (a candidate a few pixels off, or a scale
			// smaller than the marker), and outside the window nothing is known (it used
			// to read as zero distance, the marker's own colour, and so as running on).
			double value = distanceAt(ox + past * dx, oy + past * dy, mR, mG, mB);
			if (Double.isNaN(value) || value >= below) {
				continue;
			}
			boolean gapOnTheWay = false;
			for (double t = from; t < past && !gapOnTheWay && gap < Double.POSITIVE_INFINITY; t += 0.5) {
				gapOnTheWay = distanceAt(ox + t * dx, oy + t * dy, mR, mG, mB) > gap;
			}
			if (!gapOnTheWay) {
				count++;
			}
		}
		return count;
	}

	/**
	 * The bilinear colour distance from a colour at an image point, or NaN where the
	 * window does not show it.
	 */
	private double distanceAt(double x, double y, double mR, double mG, double mB) {
		double fx = x - this.left - 0.5;
		double fy = y - this.top - 0.5;
		int i = (int) Math.floor(fx);
		int j = (int) Math.floor(fy);
		if (i < 0 || j < 0 || i >= this.width - 1 || j >= this.height - 1) {
			return Double.NaN;
		}
		double ax = fx - i;
		double ay = fy - j;
		int k = j * this.width + i;
		return (1 - ay) * ((1 - ax) * distance(k, mR, mG, mB) + ax * distance(k + 1, mR, mG, mB)) + ay
				* ((1 - ax) * distance(k + this.width, mR, mG, mB) + ax * distance(k + this.width + 1, mR, mG, mB));
	}

	/**
	 * The colour distance of a window pixel from a colour, as the distance map holds it.
	 */
	private float distance(int k, double mR, double mG, double mB) {
		double dr = this.red[k] - mR;
		double dg = this.green[k] - mG;
		double db = this.blue[k] - mB;
		return (float) Math.sqrt(dr * dr + dg * dg + db * db);
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
		byte[] bytes = this.image.bytes();
		for (int j = 0; j < this.height; j++) {
			int base = (y0 + j) * imageWidth + x0;
			int k = j * this.width;
			// Each pixel layout in a loop of its own.
			if (bytes != null) {
				int r = this.image.red();
				int g = this.image.green();
				int b = this.image.blue();
				for (int i = 0, p = 3 * base; i < this.width; i++, p += 3) {
					this.red[k + i] = bytes[p + r] & 0xFF;
					this.green[k + i] = bytes[p + g] & 0xFF;
					this.blue[k + i] = bytes[p + b] & 0xFF;
				}
			}
			else {
				int[] packed = this.image.packed();
				for (int i = 0; i < this.width; i++) {
					int p = packed[base + i];
					this.red[k + i] = (p >> 16) & 0xFF;
					this.green[k + i] = (p >> 8) & 0xFF;
					this.blue[k + i] = p & 0xFF;
				}
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

	/**
	 * The shortest run of edges, as a share of the outline's rays, that
	 * {@link #dropStraightRuns} takes for what hides a marker: a fifth (72 degrees).
	 */
	static final double STRAIGHT_RUN = 0.2;

	/**
	 * The most a straight run's edges may lie off their line, root mean square, pixels.
	 */
	static final double STRAIGHT_RMS = 0.2;

	/**
	 * How straight a run must be against the marker's own arc over as many rays: its
	 * spread about its line at most this share of the arc's sagitta. An arc's spread
	 * about its chord's best line is about 0.3 of its sagitta; JPEG's 8 px blocks
	 * straighten a small ball's outline in places (a 15 px ball: 8 rays of 40, 72
	 * degrees, within 0.2 px of a line), so a fixed share of the outline alone took whole
	 * balls' arcs for straight ones.
	 */
	static final double STRAIGHT_SAGITTA = 0.15;

	/**
	 * What hides part of a marker can end in a straight edge just past it (the far side
	 * of a strap, a dark patch a marker wide). Over a ball's shaded side the hiding thing
	 * is about as far from the ball's colour as the shade is, so the edges found along
	 * the hidden arc lie on its far side: a straight line outside the circle. Counted as
	 * outline, those edges outvote the marker's own arc in {@link #ransacCircle} (the
	 * true circle has them beyond it). A marker's outline is round everywhere: a run of
	 * edges on consecutive rays over {@link #STRAIGHT_RUN} of the outline that lies on a
	 * line (see {@link #STRAIGHT_RMS}, {@link #STRAIGHT_SAGITTA}) is the hiding thing's
	 * and is dropped, its rays counted hidden. Edges along a hiding chord are dropped
	 * with them (they were outliers anyway), and a rounded rectangle's straight sides
	 * leave it hidden in four places, refused as before. Only an outline that failed with
	 * them is read so: dropped from every look, they cost 30 markers for 15 on 20 mixed
	 * scene sets (session 29), where the straight runs were whole markers' arcs squared
	 * by JPEG blocks or a hiding chord's ends with the arc beside them.
	 * @param radius the marker's radius as guessed
	 * @return how many edges are left, compacted in place
	 */
	static int dropStraightRuns(double[] ex, double[] ey, int[] edgeRay, int n, int rays, double radius) {
		boolean[] drop = straightRuns(ex, ey, edgeRay, n, rays, radius);
		if (drop == null) {
			return n;
		}
		int kept = 0;
		for (int e = 0; e < n; e++) {
			if (!drop[e]) {
				ex[kept] = ex[e];
				ey[kept] = ey[e];
				edgeRay[kept] = edgeRay[e];
				kept++;
			}
		}
		return kept;
	}

	/**
	 * The edges of {@link #dropStraightRuns}'s straight runs, or null when there are
	 * none.
	 */
	static boolean[] straightRuns(double[] ex, double[] ey, int[] edgeRay, int n, int rays, double radius) {
		int[] rayEdge = edgeOfEachRay(edgeRay, n, rays);
		int minRun = (int) Math.ceil(STRAIGHT_RUN * rays);
		boolean[] drop = null;
		int first = 0;
		while (first < rays && rayEdge[first] >= 0) {
			first++;
		}
		if (first == rays) {
			first = 0;
		}
		for (int k = 0; k < rays; k++) {
			int q0 = (first + k) % rays;
			if (rayEdge[q0] < 0) {
				continue;
			}
			double sx = 0;
			double sy = 0;
			double sxx = 0;
			double syy = 0;
			double sxy = 0;
			int length = 0;
			int good = 0;
			double goodRms = 0;
			while (length < rays / 2) {
				int e = rayEdge[(q0 + length) % rays];
				if (e < 0) {
					break;
				}
				sx += ex[e];
				sy += ey[e];
				sxx += ex[e] * ex[e];
				syy += ey[e] * ey[e];
				sxy += ex[e] * ey[e];
				length++;
				if (length >= 3) {
					double rms = lineSpread(sx, sy, sxx, syy, sxy, length);
					if (rms > STRAIGHT_RMS) {
						break;
					}
					goodRms = rms;
				}
				good = length;
			}
			double sagitta = radius * (1 - Math.cos(Math.PI * (good - 1) / rays));
			if (good >= minRun && goodRms <= STRAIGHT_SAGITTA * sagitta) {
				if (trace) {
					say("  run from ray " + q0 + " of " + good);
				}
				if (drop == null) {
					drop = new boolean[n];
				}
				for (int u = 0; u < good; u++) {
					drop[rayEdge[(q0 + u) % rays]] = true;
				}
				k += good - 1;
			}
		}
		return drop;
	}

	/**
	 * Which edge each ray found, by ray ({@code -1}: none), from the ray of each edge: a
	 * ray finds one edge at most.
	 */
	private static int[] edgeOfEachRay(int[] edgeRay, int n, int rays) {
		int[] rayEdge = new int[rays];
		Arrays.fill(rayEdge, -1);
		for (int e = 0; e < n; e++) {
			rayEdge[edgeRay[e]] = e;
		}
		return rayEdge;
	}

	/**
	 * The root mean square distance of {@code n} points from their best line (total least
	 * squares), from the sums of their coordinates, squares and products: the square root
	 * of their scatter's smaller eigenvalue.
	 */
	static double lineSpread(double sx, double sy, double sxx, double syy, double sxy, int n) {
		double a = sxx / n - (sx / n) * (sx / n);
		double c = syy / n - (sy / n) * (sy / n);
		double b = sxy / n - (sx / n) * (sy / n);
		double low = (a + c) / 2 - Math.sqrt((a - c) * (a - c) / 4 + b * b);
		return Math.sqrt(Math.max(0, low));
	}

	/**
	 * The edges of a straight line that touches a circle from outside: a run of rays on
	 * the circle, at most a quarter of them, with at least two edges outside it on each
	 * side, the run and its flanks lying on one line (within a third of the tolerance in
	 * the root mean square, and a third of their spread about the circle). A marker's own
	 * outline curves with its circle; its colour does not reach past it on both sides of
	 * a short arc. Null when there is none.
	 */
	static boolean[] straightTouch(double[] ex, double[] ey, int[] edgeRay, int n, int rays, double[] circle,
			double tolerance) {
		int[] rayEdge = edgeOfEachRay(edgeRay, n, rays);
		double[] residual = new double[n];
		for (int e = 0; e < n; e++) {
			residual[e] = Math.hypot(ex[e] - circle[0], ey[e] - circle[1]) - circle[2];
		}
		boolean[] straight = null;
		int[] members = new int[rays];
		for (int q = 0; q < rays; q++) {
			int before = (q + rays - 1) % rays;
			if (!onCircle(rayEdge, residual, q, tolerance) || onCircle(rayEdge, residual, before, tolerance)) {
				continue;
			}
			int length = 0;
			while (length < rays && onCircle(rayEdge, residual, (q + length) % rays, tolerance)) {
				length++;
			}
			if (length > rays / 4) {
				continue;
			}
			int count = 0;
			int left = 0;
			while (left < rays / 4) {
				int e = rayEdge[(q - left - 1 + 2 * rays) % rays];
				if (e < 0 || residual[e] <= tolerance) {
					break;
				}
				members[count++] = e;
				left++;
			}
			int right = 0;
			while (right < rays / 4) {
				int e = rayEdge[(q + length + right) % rays];
				if (e < 0 || residual[e] <= tolerance) {
					break;
				}
				members[count++] = e;
				right++;
			}
			if (left < 2 || right < 2) {
				continue;
			}
			for (int k = 0; k < length; k++) {
				members[count++] = rayEdge[(q + k) % rays];
			}
			double sx = 0;
			double sy = 0;
			double sxx = 0;
			double syy = 0;
			double sxy = 0;
			double round = 0;
			for (int k = 0; k < count; k++) {
				double x = ex[members[k]];
				double y = ey[members[k]];
				sx += x;
				sy += y;
				sxx += x * x;
				syy += y * y;
				sxy += x * y;
				round += residual[members[k]] * residual[members[k]];
			}
			double line = lineSpread(sx, sy, sxx, syy, sxy, count);
			round = Math.sqrt(round / count);
			if (line <= tolerance / 3 && line <= round / 3) {
				if (straight == null) {
					straight = new boolean[n];
				}
				for (int k = 0; k < count; k++) {
					straight[members[k]] = true;
				}
			}
		}
		return straight;
	}

	/**
	 * A circle refitted by least squares to the edges within its tolerance, twice (the
	 * robust circle's inliers, then the refitted circle's), leaving out those marked in
	 * {@code leftOut} (null: none); {@code x, y, radius, rms, kept}, the circle as it was
	 * (its rms NaN if it had none) when fewer than {@code least} edges are within it, or
	 * null when no circle fits them.
	 */
	static double[] refitWithout(double[] ex, double[] ey, int n, boolean[] leftOut, double[] circle, double tolerance,
			double[] rx, double[] ry, int least) {
		double[] fitted = circle;
		int kept = 0;
		for (int round = 0; round < 2; round++) {
			kept = 0;
			for (int e = 0; e < n; e++) {
				if ((leftOut == null || !leftOut[e])
						&& Math.abs(Math.hypot(ex[e] - fitted[0], ey[e] - fitted[1]) - fitted[2]) <= tolerance) {
					rx[kept] = ex[e];
					ry[kept] = ey[e];
					kept++;
				}
			}
			if (kept < least) {
				break;
			}
			fitted = fitCircle(rx, ry, kept);
			if (fitted == null) {
				return null;
			}
		}
		return new double[] { fitted[0], fitted[1], fitted[2], (fitted.length > 3) ? fitted[3] : Double.NaN, kept };
	}

	/**
	 * Whether a point lies in the arc of rays from {@code first}, {@code length} long, as
	 * seen from where the rays start.
	 */
	static boolean onArc(double px, double py, double ox, double oy, int rays, int first, int length) {
		double angle = Math.atan2(py - oy, px - ox);
		int q = (int) Math.floorMod(Math.round(angle / (2 * Math.PI) * rays), rays);
		return Math.floorMod(q - first, rays) < length;
	}

	private static boolean onCircle(int[] rayEdge, double[] residual, int q, double tolerance) {
		return rayEdge[q] >= 0 && Math.abs(residual[rayEdge[q]]) <= tolerance;
	}

	/**
	 * The circle through most edge points: circles through triples of points a third of
	 * the outline apart (and a quarter, for arcs), each scored by its inliers less the
	 * edges beyond it ({@link #inliers}); null when none is plausible.
	 */
	static double[] ransacCircle(double[] xs, double[] ys, int n, double radiusGuess, double tolerance) {
		double[] best = null;
		int bestCount = -1;
		double bestSum = Double.MAX_VALUE;
		double[] sum = new double[1];
		int[][] spacings = { { n / 3, 2 * n / 3 }, { n / 4, n / 2 }, { n / 6, n / 3 }, { n / 5, 2 * n / 5 } };
		for (int[] spacing : spacings) {
			if (spacing[0] == 0 || spacing[1] == spacing[0]) {
				continue;
			}
			for (int i = 0; i < n; i++) {
				double[] c = circleThrough(xs[i], ys[i], xs[(i + spacing[0]) % n], ys[(i + spacing[0]) % n],
						xs[(i + spacing[1]) % n], ys[(i + spacing[1]) % n]);
				if (c == null || c[2] < 0.5 * radiusGuess || c[2] > 1.8 * radiusGuess + 1) {
					continue;
				}
				int count = inliers(xs, ys, n, c, tolerance, sum);
				if (count > bestCount || (count == bestCount && sum[0] < bestSum)) {
					best = c;
					bestCount = count;
					bestSum = sum[0];
				}
			}
		}
		return best;
	}

	/**
	 * How far past a marker's circle an edge must lie to say that the marker's colour
	 * runs on beyond it: more than blur and pixelation move an edge (1.5 px), and more
	 * than a quarter of the radius, the error of a circle through part of a large
	 * marker's outline.
	 */
	static double beyondReach(double radius) {
		return Math.max(1.5, 0.25 * radius);
	}

	/**
	 * A circle's score among the hypotheses of {@link #ransacCircle}: the edge points
	 * within {@code tolerance} of it, less those {@link #beyondReach beyond} it; the sum
	 * of the inliers' residuals in {@code sumOut[0]}. An edge is where the marker's
	 * colour ends along a ray from inside it. What hides part of a marker (hair, a
	 * waistband) gives edges inside its circle, never outside it; an edge well outside a
	 * circle says the marker's colour reaches past it, so that circle is not the marker's
	 * outline. Counting inliers alone, a circle through a hidden marker's chord and part
	 * of its arc could explain as many edges as the marker's own (traced on seed 5000: a
	 * quarter-hidden 15 px dot under 1.5 px of blur, found whole by the first look, then
	 * fitted 1.5 px off and refused by the second, the edges of its visible arc lying up
	 * to 2.3 px outside the chosen circle).
	 */
	private static int inliers(double[] xs, double[] ys, int n, double[] c, double tolerance, double[] sumOut) {
		int count = 0;
		int beyond = 0;
		double sum = 0;
		// Inliers by squared distance, the root only for them (Math.hypot here took half
		// of all verification time).
		double low = Math.max(0, c[2] - tolerance);
		double low2 = low * low * (1 - 1e-9);
		double high2 = (c[2] + tolerance) * (c[2] + tolerance) * (1 + 1e-9);
		double far = c[2] + beyondReach(c[2]);
		double beyond2 = far * far;
		for (int e = 0; e < n; e++) {
			double dx = xs[e] - c[0];
			double dy = ys[e] - c[1];
			double d2 = dx * dx + dy * dy;
			if (d2 >= low2 && d2 <= high2) {
				double r = Math.abs(Math.sqrt(d2) - c[2]);
				if (r <= tolerance) {
					count++;
					sum += r;
				}
			}
			else if (d2 > beyond2) {
				beyond++;
			}
		}
		sumOut[0] = sum;
		return count - beyond;
	}

	private static double[] circleThrough(double ax, double ay, double bx, double by, double cx, double cy) {
		double d = 2 * (ax * (by - cy) + bx * (cy - ay) + cx * (ay - by));
		if (Math.abs(d) < 1e-9) {
			return null;
		}
		double a2 = ax * ax + ay * ay;
		double b2 = bx * bx + by * by;
		double c2 = cx * cx + cy * cy;
		double ux = (a2 * (by - cy) + b2 * (cy - ay) + c2 * (ay - by)) / d;
		double uy = (a2 * (cx - bx) + b2 * (ax - cx) + c2 * (bx - ax)) / d;
		return new double[] { ux, uy, Math.hypot(ax - ux, ay - uy) };
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

	/**
	 * Where the ring around a marker of radius {@code r} starts, pixels from its centre:
	 * past its blurred edge. The ring ({@link #ringInner} to {@link #ringOuter}) is where
	 * a marker's background is read, by every look and by {@link Holes}, {@link DiscFit}
	 * and the colour grouping.
	 */
	static double ringInner(double r) {
		return 1.5 * r + 2;
	}

	/**
	 * Where the ring around a marker of radius {@code r} ends; see {@link #ringInner}.
	 */
	static double ringOuter(double r) {
		return 2.2 * r + 3;
	}

	/**
	 * What lies around a found marker: the per-channel median of its ring
	 * ({@link #ringInner} to {@link #ringOuter}), packed, or -1 when fewer than
	 * {@code fewest} of the ring's pixels lie in the image.
	 */
	static int background(RgbImage image, Marker m, int fewest) {
		double r = m.diameter() / 2;
		double inner = ringInner(r);
		double outer = ringOuter(r);
		int x0 = Math.max(0, (int) Math.floor(m.x() - outer));
		int x1 = Math.min(image.width() - 1, (int) Math.ceil(m.x() + outer));
		int y0 = Math.max(0, (int) Math.floor(m.y() - outer));
		int y1 = Math.min(image.height() - 1, (int) Math.ceil(m.y() + outer));
		int[] reds = new int[256];
		int[] greens = new int[256];
		int[] blues = new int[256];
		int count = 0;
		for (int y = y0; y <= y1; y++) {
			for (int x = x0; x <= x1; x++) {
				double d = Math.hypot(x + 0.5 - m.x(), y + 0.5 - m.y());
				if (d >= inner && d <= outer) {
					int p = image.rgb(y * image.width() + x);
					reds[(p >> 16) & 0xFF]++;
					greens[(p >> 8) & 0xFF]++;
					blues[p & 0xFF]++;
					count++;
				}
			}
		}
		if (count < fewest || count == 0) {
			return -1;
		}
		return ((int) median(reds, count) << 16) | ((int) median(greens, count) << 8) | (int) median(blues, count);
	}

	/** The median grey level of a 256-bin histogram (also {@link DiscFit}'s). */
	static float median(int[] histogram, int count) {
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

	private static double sq(double value) {
		return value * value;
	}

	private static double clamp(double value) {
		return Math.max(0, Math.min(1, value));
	}

	private static double clamp255(double value) {
		return Math.max(0, Math.min(255, Math.round(value)));
	}

}
