package org.realign.pose.marker;

import java.awt.image.BufferedImage;
import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ObjIntConsumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.realign.core.landmark.LandmarkId;
import org.realign.core.landmark.View;
import org.realign.pose.PoseKeypoint;
import org.realign.pose.PoseLandmark;
import org.realign.pose.RgbImage;

/**
 * Finds round skin markers (adhesive dots, polystyrene or reflective balls) of one plain
 * colour on the person in a photo, each with a sub-pixel centre, a confidence and its own
 * localisation error.
 * <p>
 * Two stages, both on plain int and float arrays:
 * <ol>
 * <li><b>Candidates.</b> Three colour channels are filtered with a centre-minus-ring box
 * filter (a matched disc filter approximated by boxes over integral images) at eight
 * scales from 6 to 40 pixels across: whiteness {@code min(R,G,B)} for white and
 * reflective markers, and the opponent channels red-green and yellow-blue, in both signs,
 * for coloured ones. Local maxima beyond a contrast floor are candidates. Only the
 * person's region (the pose keypoints' box, widened) is searched.</li>
 * <li><b>Verification.</b> Around each candidate the background colour is read from a
 * ring and the marker's from the centre; every pixel gets a membership
 * {@code v = (pixel - background)·(marker - background) / |marker - background|²}. The
 * blob {@code v > 0.5} must be isolated, round (second moments), solid and plainly
 * coloured, with enough contrast over the ring's noise. The centre is the
 * membership-weighted centroid, which soft edges, blur and uniform shading leave
 * unbiased; a partly hidden marker (hair, a waistband) is re-centred by a circle fitted
 * to its true edges only, those that fall to the background colour. A strong candidate
 * whose outline alone failed is looked at again (at neighbouring scales, from its own
 * edges' circle) and, failing that, gets a photometric second opinion ({@link DiscFit}: a
 * blurred, perhaps partly hidden disc fitted to its pixels), which counts only beside a
 * marker set the verifier found. The strongest candidates are verified first; once they
 * hold a set, the rest are verified only where they could be of a colour found among them
 * ({@link #verifiedByColour}).</li>
 * </ol>
 * When the colour is not given, the markers are the largest group of at least
 * {@value #MIN_GROUP} detections sharing one colour: a practice marks a client with one
 * set of markers, while eyes, buttons, jewellery and highlights seldom come in threes of
 * one colour, round, isolated and contrasting. No marker is reported on the eyes or the
 * mouth, nor one smaller than the smallest marker on the body's scale.
 */
public final class MarkerDetector {

	/** In automatic-colour mode, how many markers of one colour make a marker set. */
	static final int MIN_GROUP = 3;

	/** Detections below this confidence are dropped. */
	static final double MIN_CONFIDENCE = 0.35;

	/** The smallest and largest marker diameters found, pixels. */
	static final double MIN_DIAMETER = 5;

	static final double MAX_DIAMETER = 46;

	/** The least colour difference (RGB distance, 0-441) between marker and skin. */
	static final double MIN_CONTRAST = 32;

	private static final double[] RADII = { 3, 4.5, 6.5, 9, 12.5, 17, 21 };

	/** Candidate floor per channel: whiteness, red-green, yellow-blue (channel units). */
	private static final float[] FLOOR = { 22, 18, 18 };

	private static final int MAX_CANDIDATES = 160;

	/** Side of the body mask's blocks, pixels. */
	static final int BLOCK = 4;

	/**
	 * Threads for a photo alone in flight (see {@link #MarkerDetector(int)}); 1: every
	 * photo on its caller's thread.
	 */
	private final int loneThreads;

	/** Detections running now, to tell a photo alone in flight. */
	private final AtomicInteger inFlight = new AtomicInteger();

	/** Every photo searched on its caller's thread alone. */
	public MarkerDetector() {
		this(1);
	}

	/**
	 * @param loneThreads how many threads search a photo that is alone in flight (no
	 * other detection of this detector running): the scales of the candidate search and
	 * the verification of the candidates are shared among them, with the same result as
	 * on one thread. A batch keeps one photo per core on one thread each. This is what
	 * the pose estimator's lone worker does for the models.
	 */
	public MarkerDetector(int loneThreads) {
		if (loneThreads < 1) {
			throw new IllegalArgumentException("loneThreads must be at least 1");
		}
		this.loneThreads = loneThreads;
	}

	/**
	 * A region of the image, pixels, right and bottom exclusive, optionally with a mask
	 * of {@value #BLOCK}-pixel blocks where markers may lie (the body); a null mask
	 * allows all.
	 */
	public record Region(int left, int top, int right, int bottom, boolean[] mask) {

		public Region(int left, int top, int right, int bottom) {
			this(left, top, right, bottom, null);
		}

		/** Whether a point (region coordinates) may hold a marker centre. */
		boolean allows(int x, int y) {
			return this.mask == null || this.mask[(y / BLOCK) * (width() / BLOCK + 1) + x / BLOCK];
		}

		public int width() {
			return this.right - this.left;
		}

		public int height() {
			return this.bottom - this.top;
		}

	}

	/**
	 * A disc where markers are never reported (an eye, the mouth).
	 *
	 * @param x the centre, image pixels
	 * @param y the centre, image pixels
	 * @param radius no marker centre lies within this distance, pixels
	 * @param clearance for an eye, how far the disc of a marker found from a candidate
	 * inside this one must stay clear of its centre (an iris radius: a marker never
	 * covers an eye), pixels; for the mouth, whose candidates are not looked at, unused
	 * @param lookInside whether candidates inside the disc are verified (an eye: what
	 * they find may lie beside it, such as the tragus marker of a small or turned face),
	 * or skipped (the mouth)
	 */
	public record Exclusion(double x, double y, double radius, double clearance, boolean lookInside) {

		public Exclusion(double x, double y, double radius) {
			this(x, y, radius, 0, false);
		}

		/** Whether a point lies inside the disc. */
		boolean covers(double px, double py) {
			return Math.hypot(px - this.x, py - this.y) < this.radius;
		}

		/**
		 * Whether a marker found from a candidate inside the disc lies beside it: centred
		 * outside, its own disc clear of the centre.
		 */
		boolean besides(Marker m) {
			double distance = Math.hypot(m.x() - this.x, m.y() - this.y);
			return distance >= this.radius && distance >= m.diameter() / 2 + this.clearance;
		}

	}

	/**
	 * The markers on the person whose pose keypoints are given.
	 * @param image the photo
	 * @param keypoints the 33 pose keypoints, image pixels
	 * @param colour the practice's marker colour, or empty to detect it
	 * @return the markers, strongest first
	 */
	public List<Marker> detect(BufferedImage image, List<PoseLandmark> keypoints, Optional<MarkerColour> colour) {
		return detect(image, keypoints, colour, Optional.empty());
	}

	/**
	 * The markers on the person whose pose keypoints are given, on a photo of a known
	 * view: as {@link #detect(BufferedImage, List, Optional)}, and where the view's
	 * marker set expects a marker that was not found, looked for once more there
	 * ({@link #atOpenSites}).
	 * @param image the photo
	 * @param keypoints the 33 pose keypoints, image pixels
	 * @param colour the practice's marker colour, or empty to detect it
	 * @param view the view the photo shows
	 * @return the markers, strongest first
	 */
	public List<Marker> detect(BufferedImage image, List<PoseLandmark> keypoints, Optional<MarkerColour> colour,
			View view) {
		return detect(image, keypoints, colour, Optional.of(view));
	}

	private List<Marker> detect(BufferedImage image, List<PoseLandmark> keypoints, Optional<MarkerColour> colour,
			Optional<View> view) {
		RgbImage rgb = RgbImage.of(image);
		double factor = ReducedPhoto.factorFor(keypoints);
		if (factor <= 1) {
			return detect(rgb, keypoints, colour, view);
		}
		ReducedPhoto reduced = reduced(rgb, personRegion(keypoints, rgb.width(), rgb.height()), factor);
		return detect(reduced.image(), keypoints.stream().map(reduced::reduce).toList(), colour, view).stream()
			.map(reduced::restore)
			.toList();
	}

	private List<Marker> detect(RgbImage pixels, List<PoseLandmark> keypoints, Optional<MarkerColour> colour,
			Optional<View> view) {
		List<Exclusion> exclusions = faceExclusions(keypoints);
		double smallest = smallestOnBody(keypoints);
		List<Marker> found = detect(pixels, personRegion(keypoints, pixels.width(), pixels.height()), exclusions,
				smallest, colour);
		List<Marker> all = view.map((v) -> atOpenSites(pixels, found, keypoints, v, exclusions, smallest, colour))
			.orElse(found);
		return placedByTheirBlobs(pixels, all, exclusions);
	}

	/**
	 * The markers found, those of a set of small markers of a hue ({@link #smallSet})
	 * found at least {@value #OVERSIZED} times the set's size across placed by their blob
	 * ({@link SmallBlob}) when it finds one, centred within their circle and clear of
	 * every exclusion. The markers of one set measure within about 10% of each other (see
	 * {@link #SMALL_FOR_ITS_SET}); a small one whose outline reads a third larger was
	 * read on a circle through something beside it (JPEG's blocks, a fold, the body's
	 * outline), and its centre lies off by as much as its circle is too large. Measured
	 * on the small sets of the development scenes, 13 mixed sets and 8 development
	 * combinations (963 markers): of the 21 found so oversized, 8 lay more than 1.5 px
	 * from where they were drawn (1.5-2.3 px, stated 0.3-0.5); their blob placed 6 of
	 * them within 1.5 px (0.2-1.1), and none of the 13 found within 1.5 px lay further
	 * than that after. Between 1.15 and 1.3 times the size the blob was no better: of 71,
	 * none was off and it moved 2 off.
	 */
	static List<Marker> placedByTheirBlobs(RgbImage image, List<Marker> found, List<Exclusion> exclusions) {
		Optional<SmallSet> small = smallSet(found);
		if (small.isEmpty()) {
			return found;
		}
		double oversized = OVERSIZED * small.get().diameter();
		return found.stream()
			.map((m) -> (m.diameter() < oversized || !MarkerColour.sameColour(m.rgb(), small.get().rgb())) ? m
					: small.get()
						.look(image, m.x(), m.y())
						.filter((b) -> b.distanceTo(m.x(), m.y()) <= m.diameter() / 2)
						.filter((b) -> !underAnExclusion(exclusions, b.x(), b.y()))
						.orElse(m))
			.toList();
	}

	/** See {@link #placedByTheirBlobs}. */
	static final double OVERSIZED = 1.3;

	/**
	 * The markers found, and those found where the view's marker set expects one that was
	 * not ({@link MarkerSites}: a site no marker was assigned to). The candidates of the
	 * whole photo are capped, for speed, by their rank in the scan's response, and a
	 * white marker against a pale wall answers weakly: a C7 ball on the neck's outline in
	 * a side view passed the verifier from where it was drawn, ranked 1,226-2,110 among
	 * 2,200-4,200 responses, beyond the cap of about 300. The site says where to look
	 * past the cap; the verifier's rules, unchanged, say whether it is a marker. Near
	 * each open site, the candidates within {@value #SITE_SEARCHED} of its tolerances, at
	 * the scales within a factor of two of the set's size, up to {@value #SITE_LOOKS} of
	 * them, nearest first, are looked at as every candidate is, with the retries whatever
	 * their strength (the site, not the response, is why they are looked at), and,
	 * failing that, as the looser second opinion looks at a hued marker
	 * ({@link #withSecondOpinions}), then by a verifier that lets a ray leave the
	 * marker's colour and meet it again further out ({@link Verifier#atASite}: a white
	 * marker on a top, the pale wall past the shoulder's outline), and for a set of small
	 * markers of a hue by their blobs ({@link SmallBlob}); the most confident marker so
	 * found is kept when it belongs to the set ({@link #mostConfidentOfTheSet}). A ball
	 * found small is moved towards its shade as the set's others were
	 * ({@link #towardsTheirShade}). Without a set found (a photo without markers) nothing
	 * more is looked at.
	 */
	static List<Marker> atOpenSites(RgbImage image, List<Marker> found, List<PoseLandmark> keypoints, View view,
			List<Exclusion> exclusions, double smallest, Optional<MarkerColour> colour) {
		if (found.size() < MIN_GROUP || keypoints.size() < PoseKeypoint.COUNT) {
			return found;
		}
		Map<LandmarkId, Marker> assigned = new MarkerAssigner().assign(found, keypoints, view).assigned();
		Optional<SmallSet> small = smallSet(found);
		double radius = medianDiameter(found) / 2;
		double[] scales = Arrays.stream(RADII).filter((r) -> r >= radius / 2 && r <= 2 * radius).toArray();
		List<Marker> more = new ArrayList<>(found);
		for (MarkerSites.Site site : MarkerSites.predict(view, keypoints)) {
			if (assigned.containsKey(site.id())) {
				continue;
			}
			double reach = MarkerAssigner.GATE * site.tolerance();
			double searched = SITE_SEARCHED * site.tolerance();
			Region window = new Region(Math.max(0, (int) Math.floor(site.x() - searched)),
					Math.max(0, (int) Math.floor(site.y() - searched)),
					Math.min(image.width(), (int) Math.ceil(site.x() + searched) + 1),
					Math.min(image.height(), (int) Math.ceil(site.y() + searched) + 1));
			if (window.width() < 8 || window.height() < 8) {
				continue;
			}
			List<Candidate> near = suppress(responses(image, window, colour, 1, scales), window).stream()
				.filter((c) -> Math.hypot(c.x - site.x(), c.y - site.y()) <= searched)
				.sorted(Comparator.comparingDouble((Candidate c) -> Math.hypot(c.x - site.x(), c.y - site.y())))
				.limit(SITE_LOOKS)
				.toList();
			List<Optional<Marker>> verified = verify(image, near, exclusions, 1, new double[near.size()][], 0);
			Optional<Marker> best = mostConfidentOfTheSet(image, verified.stream().flatMap(Optional::stream), site,
					reach, found, more, exclusions, smallest, colour, SITE_SIZES);
			if (best.isEmpty()) {
				Verifier lenient = Verifier.forSecondOpinions(image);
				List<Marker> opinions = new ArrayList<>();
				for (int k = 0; k < near.size(); k++) {
					Candidate c = near.get(k);
					if (verified.get(k).isEmpty()) {
						lenient.verify(c.x, c.y, c.radius)
							.filter((m) -> MarkerColour.hued(m.rgb()))
							.filter((m) -> m.distanceTo(c.x, c.y) <= 0.5 * m.diameter() / 2)
							.filter((m) -> passesAgain(lenient, m))
							.ifPresent(opinions::add);
					}
				}
				best = mostConfidentOfTheSet(image, opinions.stream(), site, reach, found, more, exclusions, smallest,
						colour, SITE_SIZES);
			}
			if (best.isEmpty()) {
				// A white marker on a top at the shoulder's outline, the pale
				// wall just past it, refused as running on into the wall: taken
				// at its site only, where the set expects a marker (elsewhere a
				// highlight on skin at the body's outline looks the same).
				int[] refused = IntStream.range(0, near.size()).filter((k) -> verified.get(k).isEmpty()).toArray();
				@SuppressWarnings("unchecked")
				Optional<Marker>[] atTheSite = new Optional[near.size()];
				Arrays.fill(atTheSite, Optional.empty());
				verify(image, near, refused, exclusions, () -> Verifier.atASite(image), 1, new double[near.size()][], 0,
						atTheSite);
				best = mostConfidentOfTheSet(image, Arrays.stream(atTheSite).flatMap(Optional::stream), site, reach,
						found, more, exclusions, smallest, colour, SITE_SIZES);
			}
			if (best.isEmpty() && small.isPresent()) {
				best = mostConfidentOfTheSet(image,
						near.stream().flatMap((c) -> small.get().look(image, c.x, c.y).stream()), site, reach, found,
						more, exclusions, smallest, colour, SET_SIZE_RATIO);
			}
			best.ifPresent(more::add);
		}
		if (more.size() == found.size()) {
			return found;
		}
		// A ball found at an open site showing only its lit part is moved as the others
		// were (the set's own size, towards its shade); those found before are as they
		// were moved.
		List<Marker> shaded = towardsTheirShade(image, more, exclusions);
		return Stream.concat(found.stream(), shaded.subList(found.size(), shaded.size()).stream()).toList();
	}

	/**
	 * See {@link #atOpenSites}: of the markers looked at near an open site, the most
	 * confident within reach of it (the assignment's gate) that belongs to the set, of
	 * the colour of most of it and of the sizes its markers were found at, and is not one
	 * already found (at this or another open site). Most, not {@value #MIN_GROUP}: a set
	 * of white markers tinted by a warm light has a few pale enough to read hued, and
	 * three such took in an orange patch of skin by the ear (saturation 0.54 beside a set
	 * at 0.11-0.31, mixed set 504) at an open tragus site. The set's own sizes, not
	 * {@value #SET_SIZE_RATIO} times its median: what the look past the cap finds is the
	 * weaker evidence, and when it is not of the set's size it was found at something
	 * else's edge or on the lit part of a ball (see {@link #SITE_SIZES}). A small
	 * marker's blob ({@link SmallBlob}) is held to {@value #SET_SIZE_RATIO} times them
	 * instead: its size is read from its mass of the set's colour, and a marker in shade,
	 * darker than the set's colour, has less of it. Six px markers under uneven light
	 * were refused so at open sites where their blob lay within 1.5 px of where they were
	 * drawn (a blob of 4.5 px beside a set found at 5.2-7.4, development set 2102's
	 * {@code pose} from behind); held to the looser ratio, 53 scene sets gave 11 markers
	 * more and none fewer, with the same extras (see docs/markers.md, session 30).
	 * @param sizes how far outside the smallest and the largest of the set's sizes a
	 * marker may be
	 */
	private static Optional<Marker> mostConfidentOfTheSet(RgbImage image, Stream<Marker> looked, MarkerSites.Site site,
			double reach, List<Marker> set, List<Marker> already, List<Exclusion> exclusions, double smallest,
			Optional<MarkerColour> colour, double sizes) {
		double setSmallest = set.stream().mapToDouble(Marker::diameter).min().orElseThrow();
		double setLargest = set.stream().mapToDouble(Marker::diameter).max().orElseThrow();
		return looked.filter((m) -> m.distanceTo(site.x(), site.y()) <= reach)
			.filter((m) -> already.stream().noneMatch((other) -> sameMarker(other, m)))
			.filter((m) -> ofTheSet(image, m, set, exclusions, smallest, colour, MIN_GROUP))
			.filter((m) -> m.diameter() >= setSmallest / sizes && m.diameter() <= setLargest * sizes)
			.filter((m) -> 2 * set.stream().filter((v) -> MarkerColour.sameColour(v.rgb(), m.rgb())).count() > set
				.size())
			.max(Comparator.comparingDouble(Marker::confidence));
	}

	/**
	 * See {@link #atOpenSites}: how many candidates near one open site are looked at,
	 * nearest first. Of 20 markers the look found with twelve (mixed sets), 16 came from
	 * the nearest candidate, one each from the second and the fourth, and two from the
	 * looser look; every look costs a verification and its retries, paid at every site a
	 * practice leaves unmarked.
	 */
	static final int SITE_LOOKS = 4;

	/**
	 * See {@link #atOpenSites}: how far from an open site candidates are searched, in the
	 * site's tolerances (its typical miss). The window scanned is a large part of the
	 * look's cost (0.9 of 2.4 ms a photo on the reference photos with half their sites
	 * open), and the markers it is for lie near their site: the three traced lay
	 * 0.01-0.19 tolerances from it. Searched to one tolerance rather than the
	 * assignment's {@value MarkerAssigner#GATE}, and at the scales near the set's size
	 * only, the look found 5 markers more and 1 fewer on 12 mixed sets, the same extras,
	 * scanning a quarter of the window.
	 */
	static final double SITE_SEARCHED = 1;

	/**
	 * See {@link #mostConfidentOfTheSet}: a marker found at an open site lies between the
	 * smallest and the largest of its set's markers, give or take this factor (the drawn
	 * sets vary by ±10%). Measured on 16 markers the look found in the mixed sets
	 * (without this rule): the 11 within 1.5 px of where they were drawn lay within their
	 * sets' range by this factor; of the 5 found 1.6-3.1 px off, 4 lay outside it
	 * (0.83-0.89 of the smallest, 1.14-1.27 times the largest), the fifth at the
	 * smallest.
	 */
	static final double SITE_SIZES = 1.1;

	/**
	 * A large photo of the body as it is searched (see {@link ReducedPhoto}): the
	 * person's region, with room for the scan's and the verifier's rings around a marker
	 * at its edge, reduced by {@code factor}.
	 */
	static ReducedPhoto reduced(RgbImage rgb, Region region, double factor) {
		int margin = (int) Math.ceil(2.5 * ReducedPhoto.LARGEST_SCANNED * factor);
		return ReducedPhoto.of(rgb, Math.max(0, region.left() - margin), Math.max(0, region.top() - margin),
				Math.min(rgb.width(), region.right() + margin), Math.min(rgb.height(), region.bottom() + margin),
				factor);
	}

	/**
	 * The smallest a marker can be across on this body, pixels: the smallest markers (10
	 * mm dots) against the trunk (mid-shoulder to mid-hip, 450-650 mm in adults; seen at
	 * an angle it only looks shorter), measured down to 0.85 of their size under blur and
	 * JPEG. Anything smaller is a speck of the photo's own (a highlight in hair, a glint
	 * on clothing), however round: on photos enlarged to a marker scale of 18-34 px such
	 * specks of 7-9 px were reported, three of one colour making a set.
	 */
	static double smallestOnBody(List<PoseLandmark> keypoints) {
		if (keypoints.size() < PoseKeypoint.COUNT) {
			return 0;
		}
		return MIN_OF_TRUNK * trunk(keypoints);
	}

	/** See {@link #smallestOnBody}: 10 mm × 0.85 / 650 mm, rounded down. */
	static final double MIN_OF_TRUNK = 0.0125;

	/** Mid-shoulder to mid-hip, pixels. */
	static double trunk(List<PoseLandmark> k) {
		PoseLandmark ls = k.get(PoseKeypoint.LEFT_SHOULDER.ordinal());
		PoseLandmark rs = k.get(PoseKeypoint.RIGHT_SHOULDER.ordinal());
		PoseLandmark lh = k.get(PoseKeypoint.LEFT_HIP.ordinal());
		PoseLandmark rh = k.get(PoseKeypoint.RIGHT_HIP.ordinal());
		return Math.hypot((ls.x() + rs.x() - lh.x() - rh.x()) / 2, (ls.y() + rs.y() - lh.y() - rh.y()) / 2);
	}

	/**
	 * The markers in a region of an image.
	 * @param image the photo
	 * @param region where to look
	 * @param exclusions where never to report a marker
	 * @param colour the practice's marker colour, or empty to detect it
	 * @return the markers, strongest first
	 */
	public List<Marker> detect(RgbImage image, Region region, List<Exclusion> exclusions,
			Optional<MarkerColour> colour) {
		return detect(image, region, exclusions, 0, colour);
	}

	private List<Marker> detect(RgbImage image, Region region, List<Exclusion> exclusions, double smallest,
			Optional<MarkerColour> colour) {
		if (region.width() < 8 || region.height() < 8) {
			return List.of();
		}
		boolean lone = this.inFlight.incrementAndGet() == 1;
		try {
			return detect(image, region, exclusions, smallest, colour, lone ? this.loneThreads : 1);
		}
		finally {
			this.inFlight.decrementAndGet();
		}
	}

	private List<Marker> detect(RgbImage image, Region region, List<Exclusion> exclusions, double smallest,
			Optional<MarkerColour> colour, int threads) {
		List<Candidate> candidates = candidates(image, region, colour, threads);
		double[][] secondLooks = new double[candidates.size()][];
		List<Optional<Marker>> verified = verifiedByColour(image, candidates, exclusions, smallest, colour, threads,
				secondLooks);
		List<Marker> found = new ArrayList<>();
		// Only a practice's colour of a hue asks them (withMixedOfThePractice).
		boolean practiceHue = colour.filter((c) -> !c.isWhite()).isPresent();
		List<Marker> readAnotherColour = new ArrayList<>();
		for (int k = 0; k < candidates.size(); k++) {
			Optional<Marker> marker = verified.get(k);
			if (marker.isEmpty()) {
				continue;
			}
			Marker m = marker.get();
			if (!heldToTheRules(m, exclusions, smallest, colour)) {
				if (practiceHue && heldToTheRules(m, exclusions, smallest, Optional.empty())) {
					readAnotherColour.add(m);
				}
				continue;
			}
			boolean duplicate = false;
			for (int i = 0; i < found.size(); i++) {
				Marker other = found.get(i);
				if (sameMarker(other, m)) {
					duplicate = true;
					if (m.confidence() > other.confidence()) {
						found.set(i, m);
					}
					break;
				}
			}
			if (!duplicate) {
				found.add(m);
			}
		}
		withMixedOfThePractice(image, found, readAnotherColour);
		pastShading(image, found, exclusions, smallest, colour);
		withSecondOpinions(image, found, secondLooks,
				ofTheSetsColourAmongTheRest(image, candidates, verified, secondLooks, found), exclusions, smallest,
				colour);
		found.sort(Comparator.comparingDouble(Marker::confidence).reversed());
		return towardsTheirShade(image, sameSize(colour.isEmpty() ? largestColourGroup(image, found)
				: colour.get().isWhite() ? whiteOrTintedAlike(image, found) : found), exclusions);
	}

	/**
	 * Whether two markers found are one: their centres closer than three quarters of the
	 * larger's diameter. The same test wherever a marker found is added to those already
	 * found (the verified candidates, the second opinions, the look at open sites).
	 */
	private static boolean sameMarker(Marker a, Marker b) {
		return a.distanceTo(b.x(), b.y()) < Math.max(a.diameter(), b.diameter()) * 0.75;
	}

	/**
	 * The rules every marker is held to, however it was found: confident enough, not
	 * smaller than the smallest marker on this body, not under an exclusion, and of the
	 * practice's colour when one is set.
	 */
	private static boolean heldToTheRules(Marker m, List<Exclusion> exclusions, double smallest,
			Optional<MarkerColour> colour) {
		return m.confidence() >= MIN_CONFIDENCE && m.diameter() >= smallest
				&& !underAnExclusion(exclusions, m.x(), m.y()) && colour.map((c) -> c.matches(m.rgb())).orElse(true);
	}

	/**
	 * Whether a point lies under any of the exclusions (where no marker is ever
	 * reported): the one test wherever a marker is found, looked for or moved.
	 */
	private static boolean underAnExclusion(List<Exclusion> exclusions, double x, double y) {
		return exclusions.stream().anyMatch((e) -> e.covers(x, y));
	}

	/**
	 * Each marker found, read once more past its shading ({@link Verifier#pastShading}: a
	 * pale ball under blur passes a little small and off towards the light), and moved
	 * there when the marker there passes every rule a marker is held to.
	 */
	private static void pastShading(RgbImage image, List<Marker> found, List<Exclusion> exclusions, double smallest,
			Optional<MarkerColour> colour) {
		Verifier verifier = new Verifier(image);
		for (int i = 0; i < found.size(); i++) {
			Optional<Marker> moved = verifier.pastShading(found.get(i))
				.filter((m) -> heldToTheRules(m, exclusions, smallest, colour) && !Holes.found(image, m));
			if (moved.isPresent()) {
				found.set(i, moved.get());
			}
		}
	}

	/**
	 * A practice's white markers among those found: the white ones, and each tinted one
	 * ({@link MarkerColour#tinted}) that at least {@value #MIN_GROUP} found share the
	 * tint with ({@link MarkerColour#sameTint}, itself included): under a tinted light
	 * the whole set is tinted alike, while one pale highlight on skin is alone.
	 */
	static List<Marker> whiteOrTintedAlike(List<Marker> found) {
		return found.stream()
			.filter((m) -> MarkerColour.saturation(m.rgb()) < MarkerColour.WHITE_SATURATION || found.stream()
				.filter((other) -> MarkerColour.sameTint(m.rgb(), other.rgb()))
				.count() >= MIN_GROUP)
			.toList();
	}

	/**
	 * The candidates verified in two rounds: the {@value #FIRST_ROUND} strongest, then
	 * the rest ({@link #secondRound}): once the first round has found a set (at least
	 * {@value #MIN_GROUP} markers of one colour), only those that could be of a colour
	 * any of its markers has ({@link #couldBeOf}). With the colour detected only the
	 * largest group of one colour is reported ({@link #largestColourGroup}), and with a
	 * practice's colour only markers of that colour ({@link #heldToTheRules}), so a look
	 * at a candidate of none of the colours found among the strongest is a look for a
	 * marker that would not be reported, unless a set of that colour outnumbered the one
	 * found without a single marker among the strongest candidates. Markers are made to
	 * stand out, and answer the scan strongly: on 280 scenes of development and mixed
	 * sets (development 0, 1101, 1102, 1201; mixed 1-4, 101, 102) every scene had a
	 * marker among its 24 strongest candidates, and of the 2,845 markers found where they
	 * were drawn 185 were first verified from a candidate ranked past the 32nd, 10 past
	 * the 128th. Applied to that record, the second round leaves out about two fifths of
	 * the verifier's time on those scenes, and on the benchmark's marked photos about two
	 * thirds of the candidates past the first round. A candidate left out is not verified
	 * and gets no second opinion (the second opinions are of the set's colour too).
	 * Without a set among the strongest (the unmodified reference photos, see
	 * {@code VerifiedByColourTest}) every candidate is looked at, as before.
	 */
	@SuppressWarnings("unchecked")
	private static List<Optional<Marker>> verifiedByColour(RgbImage image, List<Candidate> candidates,
			List<Exclusion> exclusions, double smallest, Optional<MarkerColour> colour, int threads,
			double[][] secondLooks) {
		Optional<Marker>[] verified = new Optional[candidates.size()];
		Arrays.fill(verified, Optional.empty());
		int first = Math.min(FIRST_ROUND, candidates.size());
		// One verifier a thread for both rounds: its buffers grow to the largest window
		// it has read, and a second would grow them again.
		Map<Thread, Verifier> verifiers = new ConcurrentHashMap<>();
		Supplier<Verifier> own = () -> verifiers.computeIfAbsent(Thread.currentThread(), (t) -> new Verifier(image));
		verify(image, candidates, IntStream.range(0, first).toArray(), exclusions, own, threads, secondLooks,
				RETRY_STRENGTH, verified);
		List<Marker> strongest = Arrays.stream(verified, 0, first)
			.flatMap(Optional::stream)
			.filter((m) -> heldToTheRules(m, exclusions, smallest, colour))
			.toList();
		verify(image, candidates, secondRound(image, candidates, first, strongest), exclusions, own, threads,
				secondLooks, RETRY_STRENGTH, verified);
		return Arrays.asList(verified);
	}

	/**
	 * See {@link #verifiedByColour}: the indices of the candidates after the first
	 * {@code first} that are looked at, given the markers the first round verified and
	 * held to the rules: all of them unless those include a set (at least
	 * {@value #MIN_GROUP} of one colour), else those that could be of a colour of any of
	 * them ({@link #couldBeOf}).
	 */
	static int[] secondRound(RgbImage image, List<Candidate> candidates, int first, List<Marker> strongest) {
		// Each marker once: several candidates stand on one marker, and two on one
		// speck are no set.
		List<Marker> distinct = new ArrayList<>();
		for (Marker m : strongest) {
			if (distinct.stream().noneMatch((other) -> sameMarker(other, m))) {
				distinct.add(m);
			}
		}
		boolean aSet = ofTheSetsColour(distinct).size() >= MIN_GROUP;
		ScreenColours colours = ScreenColours.of(strongest.stream().mapToInt(Marker::rgb).distinct().toArray());
		return IntStream.range(first, candidates.size())
			.filter((k) -> !aSet || couldBeOf(image, candidates.get(k), colours))
			.toArray();
	}

	/**
	 * See {@link #couldBeOf}: each colour's two tests, worked out once rather than for
	 * every pixel of every candidate: whether it takes a pale pixel, whether it takes a
	 * pixel of its hue, and its hue.
	 */
	record ScreenColours(boolean[] pale, boolean[] tinted, double[] hue) {

		static ScreenColours of(int[] colours) {
			boolean[] pale = new boolean[colours.length];
			boolean[] tinted = new boolean[colours.length];
			double[] hue = new double[colours.length];
			for (int i = 0; i < colours.length; i++) {
				double saturation = MarkerColour.saturation(colours[i]);
				pale[i] = saturation < MarkerColour.PALE_SATURATION;
				tinted[i] = saturation >= MarkerColour.TINT_SATURATION;
				hue[i] = MarkerColour.hue(colours[i]);
			}
			return new ScreenColours(pale, tinted, hue);
		}

	}

	/** See {@link #verifiedByColour}: the first round's candidates. */
	static final int FIRST_ROUND = 32;

	/**
	 * See {@link #verifiedByColour}: whether a candidate could be of one of the colours,
	 * by its centre pixel and the four pixels half its scale's radius from it (any one of
	 * them, so that a highlight or a hair across the middle does not decide). A pale
	 * colour (white, or tinted by the light: under {@link MarkerColour#PALE_SATURATION})
	 * takes a pixel no more saturated than {@value #SCREEN_PALE}; a colour at least
	 * tinted ({@link MarkerColour#TINT_SATURATION}) takes a pixel of at least
	 * {@value #SCREEN_CHROMA} of chroma within {@value #SCREEN_HUE}° of its hue; a tinted
	 * colour takes either. Much looser than the colour a marker is held to
	 * ({@link MarkerColour#sameColour}): a marker's colour is the mean of its core, read
	 * after the surround has mixed into a small one, and a pixel is JPEG's, its colour
	 * kept at half the resolution. One set of green balls 6 px across under a warm light
	 * and JPEG 0.6 (mixed set 1301, {@code squat64} anterior) read from 78° to 117° of
	 * hue in the first round, mixed with skin, and 139-140° past it: at 45°, and with a
	 * tinted colour held to paleness alone, two of its markers were left out.
	 */
	static boolean couldBeOf(RgbImage image, Candidate c, ScreenColours colours) {
		double half = c.radius / 2;
		double[][] points = { { 0, 0 }, { half, 0 }, { -half, 0 }, { 0, half }, { 0, -half } };
		for (double[] point : points) {
			int x = (int) Math.floor(c.x + point[0]);
			int y = (int) Math.floor(c.y + point[1]);
			if (x < 0 || y < 0 || x >= image.width() || y >= image.height()) {
				continue;
			}
			int pixel = image.rgb(y * image.width() + x) & 0xFFFFFF;
			boolean palePixel = MarkerColour.saturation(pixel) < SCREEN_PALE;
			boolean huedPixel = MarkerColour.chroma(pixel) >= SCREEN_CHROMA;
			double pixelHue = huedPixel ? MarkerColour.hue(pixel) : Double.NaN;
			for (int i = 0; i < colours.hue().length; i++) {
				if (colours.pale()[i] && palePixel) {
					return true;
				}
				if (colours.tinted()[i] && huedPixel
						&& MarkerColour.hueDistance(pixelHue, colours.hue()[i]) <= SCREEN_HUE) {
					return true;
				}
			}
		}
		return false;
	}

	/** See {@link #couldBeOf}. */
	static final double SCREEN_PALE = 0.45;

	/** See {@link #couldBeOf}. */
	static final int SCREEN_CHROMA = 12;

	/** See {@link #couldBeOf}: degrees. */
	static final double SCREEN_HUE = 60;

	/**
	 * Each candidate verified, in order (empty: not a marker, under an exclusion, or with
	 * holes inside: {@link Holes}), on up to {@code threads} threads, each with its own
	 * {@link Verifier}; a candidate answering at least {@code retryStrength} times its
	 * floor is retried when its outline fails (see {@link #RETRY_STRENGTH}), and noted in
	 * {@code secondLooks} for a second opinion.
	 */
	static List<Optional<Marker>> verify(RgbImage image, List<Candidate> candidates, List<Exclusion> exclusions,
			int threads, double[][] secondLooks, double retryStrength) {
		@SuppressWarnings("unchecked")
		Optional<Marker>[] verified = new Optional[candidates.size()];
		verify(image, candidates, IntStream.range(0, candidates.size()).toArray(), exclusions,
				() -> new Verifier(image), threads, secondLooks, retryStrength, verified);
		return Arrays.asList(verified);
	}

	/**
	 * As {@link #verify(RgbImage, List, List, int, double[][], double)}, the candidates
	 * at the given indices only, into {@code verified}, each thread with the verifier
	 * {@code verifiers} gives it.
	 */
	private static void verify(RgbImage image, List<Candidate> candidates, int[] indices, List<Exclusion> exclusions,
			Supplier<Verifier> verifiers, int threads, double[][] secondLooks, double retryStrength,
			Optional<Marker>[] verified) {
		forEach(threads, indices.length, verifiers, (verifier, i) -> {
			int c = indices[i];
			Candidate candidate = candidates.get(c);
			List<Exclusion> inside = exclusions.stream().filter((e) -> e.covers(candidate.x, candidate.y)).toList();
			if (inside.stream().anyMatch((e) -> !e.lookInside())) {
				verified[c] = Optional.empty();
				return;
			}
			Optional<Marker> marker = verifier.verify(candidate.x, candidate.y, candidate.radius);
			if (marker.isEmpty() && verifier.failedOnOutline() && candidate.strength >= retryStrength) {
				double[] circle = verifier.failedCircle();
				marker = retryAtItsCircle(verifier, candidate);
				if (marker.isEmpty()) {
					marker = retryAtNeighbouringScales(verifier, candidate);
				}
				if (marker.isEmpty()) {
					secondLooks[c] = secondLook(candidate, circle);
				}
			}
			else if (marker.isEmpty() && (verifier.failedOnHiddenShare() || verifier.failedOnHoles())
					&& candidate.strength >= retryStrength) {
				secondLooks[c] = secondLook(candidate, verifier.failedCircle());
			}
			verified[c] = marker.filter((m) -> inside.stream().allMatch((e) -> e.besides(m)))
				.filter((m) -> !Holes.found(image, m));
		});
	}

	/**
	 * Runs {@code task} for every index below {@code count} on up to {@code threads}
	 * threads (the calling one included), each taking the next index as it finishes one,
	 * with its own state; returns when all are done.
	 */
	private static <S> void forEach(int threads, int count, Supplier<S> state, ObjIntConsumer<S> task) {
		AtomicInteger next = new AtomicInteger();
		Runnable worker = () -> {
			S own = state.get();
			for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
				task.accept(own, i);
			}
		};
		List<Future<?>> helpers = new ArrayList<>();
		for (int t = 1; t < Math.min(threads, count); t++) {
			helpers.add(Helpers.POOL.submit(worker));
		}
		worker.run();
		for (Future<?> helper : helpers) {
			try {
				helper.get();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while finding markers", ex);
			}
			catch (ExecutionException ex) {
				if (ex.getCause() instanceof RuntimeException runtime) {
					throw runtime;
				}
				throw new IllegalStateException(ex.getCause());
			}
		}
	}

	/** The helper threads of a photo alone in flight, made when first needed. */
	private static final class Helpers {

		static final ExecutorService POOL = Executors.newCachedThreadPool((runnable) -> {
			Thread thread = new Thread(runnable, "marker-detector");
			thread.setDaemon(true);
			return thread;
		});

	}

	/**
	 * A candidate whose outline failed verification, looked at again at the neighbouring
	 * scales of the candidate search (the larger first). The scale sets the ring from
	 * which the background is read and so which pixels count as the marker: a marker
	 * whose kept candidate is at a scale a step off (a 6 px dot answering the 3 px scale
	 * most strongly) can fail there on its outline and pass at the next scale, where its
	 * suppressed candidate would have been. Only outline failures are retried, a few per
	 * photo (most candidates fail earlier, on contrast or colour running on), so the cost
	 * stays small, and only candidates answering at least {@value #RETRY_STRENGTH} times
	 * their channel's floor: the markers the next scale found on the drawn scenes
	 * answered 5.8-9.1, while on the unmodified reference photos two thirds of the
	 * outline failures answer less.
	 */
	static final double RETRY_STRENGTH = 4;

	/**
	 * A candidate whose outline failed, looked at again from the centre and size of the
	 * circle its own edges fitted. The rays that find the edges start from the blob's
	 * centre, and the blob depends on the background read from the candidate's ring: a
	 * candidate a few pixels off a marker, or at a scale a step off, reads part of the
	 * marker into its ring, and its blob and rays are lopsided, so the outline looks
	 * broken in scattered places while the circle through the edges it did find is the
	 * marker's. Traced on fresh scenes (seeds 5000 and 9000): 9 of 45 misses were so
	 * (each passing when looked at from the drawn centre); this finds 6 of them. Like the
	 * retry at neighbouring scales, what passes must pass again from its own centre and
	 * size. A circle larger than the largest marker is no marker's outline and is not
	 * looked from (as the second opinion does not start from one, see
	 * {@link #secondLook}): on the unmodified {@code pose.jpg} one such, 78 px across the
	 * face from a candidate at the largest scale, cost a look of 2.4 ms over a window of
	 * 180 px, about a sixth of the photo's time, and found nothing; leaving these out
	 * changed no marker on any scene set.
	 */
	private static Optional<Marker> retryAtItsCircle(Verifier verifier, Candidate candidate) {
		double[] circle = verifier.failedCircle();
		if (circle == null || !(circle[2] >= MIN_DIAMETER / 2 && circle[2] <= MAX_DIAMETER / 2)) {
			return Optional.empty();
		}
		// Too close to where the failed look stood, it would look the same.
		if (Math.hypot(circle[0] - candidate.x, circle[1] - candidate.y) < 1
				&& Math.abs(circle[2] - candidate.radius) < 0.15 * candidate.radius) {
			return Optional.empty();
		}
		Optional<Marker> marker = verifier.verify(circle[0], circle[1], circle[2]);
		// The candidate was on this marker, not beside it: within the inner half of the
		// disc found (measured: the markers recovered so lie 0.1-0.45 of their radius
		// from their candidate; a speck of a striped patch that the retry hopped to,
		// 1.0).
		return marker.filter((m) -> m.distanceTo(candidate.x, candidate.y) <= 0.5 * m.diameter() / 2)
			.filter((m) -> passesAgain(verifier, m));
	}

	private static Optional<Marker> retryAtNeighbouringScales(Verifier verifier, Candidate candidate) {
		int at = 0;
		while (at < RADII.length - 1 && RADII[at] < candidate.radius) {
			at++;
		}
		for (int neighbour : new int[] { at + 1, at - 1 }) {
			if (neighbour < 0 || neighbour >= RADII.length) {
				continue;
			}
			Optional<Marker> marker = verifier.verify(candidate.x, candidate.y, RADII[neighbour])
				.filter((m) -> passesAgain(verifier, m));
			if (marker.isPresent()) {
				return marker;
			}
		}
		return Optional.empty();
	}

	/**
	 * Where the photometric second opinion ({@link DiscFit}) on a strong candidate whose
	 * outline failed, and whose retries failed too, starts: the circle the verifier's
	 * edges gave, or the candidate's own centre and scale. Outline checks read edges ray
	 * by ray and break on a 6 px marker blurred by 1.5 px under JPEG, a shaded ball in
	 * uneven light or a quarter hidden under hair, where a model of the whole window can
	 * still explain every pixel.
	 */
	private static double[] secondLook(Candidate candidate, double[] circle) {
		if (circle != null && circle[2] >= MIN_DIAMETER / 2 && circle[2] <= MAX_DIAMETER / 2
				&& Math.hypot(circle[0] - candidate.x, circle[1] - candidate.y) <= candidate.radius + 2) {
			return new double[] { circle[0], circle[1], circle[2] };
		}
		return new double[] { candidate.x, candidate.y, Math.max(MIN_DIAMETER / 2, candidate.radius) };
	}

	/**
	 * The second opinions, added to the markers the verifier found when they belong to
	 * its marker set: of the set's colour (at least {@value #MIN_GROUP} verified markers
	 * of it, or a pair's two) and size (within {@value #SET_SIZE_RATIO} times their
	 * median diameter either way), not under an exclusion, of the practice's colour if
	 * one is set, and not on a marker already found. A second opinion is the weaker
	 * evidence, since it passed a looser look or a model fit but not the outline's
	 * checks: a practice marks a client with one set of markers, and a button or a bead
	 * is seldom of that set's colour and size. The looser look first: the verifier's, its
	 * outline allowed {@link Verifier#SET_SCATTERED} of its rays lost in scattered
	 * places, for a marker of a hue, settling within half its radius of where it started
	 * and passing again from its own circle; then the model fit ({@link DiscFit}); then,
	 * for a set of small markers of a hue ({@link #smallSet}), the blob of its colour
	 * ({@link SmallBlob}), whose outline and model JPEG can spoil; last, the looser look
	 * again with a second arc of its outline allowed to be lost
	 * ({@link Verifier#forLastLooks}), held to the same: asked before the model fit, it
	 * placed some markers 1.5-1.9 px off that the fit placed within 1.5 px (session 25:
	 * asked last, 12 markers more on the 33 scene sets, none lost). Of a pair of a hue
	 * ({@link #aPairOfAHue}), only the looser looks are asked, the first and the last.
	 * Without such a set or pair (a photo without markers) no second opinion is asked at
	 * all. The looks are those of the strong candidates whose outline, holes or hidden
	 * share failed, then those of the weaker candidates of the set's colour
	 * ({@link #ofTheSetsColourAmongTheRest}), not asked for the model fit. The markers
	 * already found are left out of each fit's window, so that a neighbouring marker (the
	 * calcaneus below the Achilles marker) is not taken for something the model fails to
	 * explain.
	 */
	static void withSecondOpinions(RgbImage image, List<Marker> found, double[][] secondLooks,
			List<double[]> weakerLooks, List<Exclusion> exclusions, double smallest, Optional<MarkerColour> colour) {
		int least = aPairOfAHue(found) ? 2 : MIN_GROUP;
		if (found.size() < least) {
			return;
		}
		List<Marker> verified = List.copyOf(found);
		Verifier lenient = Verifier.forSecondOpinions(image);
		Verifier last = Verifier.forLastLooks(image);
		Optional<SmallSet> small = smallSet(verified);
		List<double[]> looks = new ArrayList<>(Arrays.asList(secondLooks));
		looks.addAll(weakerLooks);
		for (int i = 0; i < looks.size(); i++) {
			double[] look = looks.get(i);
			boolean weaker = i >= secondLooks.length;
			if (look == null || underAnExclusion(exclusions, look[0], look[1]) || found.stream()
				.anyMatch((other) -> other.distanceTo(look[0], look[1]) < other.diameter() * 0.75)) {
				continue;
			}
			// First the verifier itself, its outline allowed a few more rays lost in
			// scattered places (see Verifier.SET_SCATTERED), for a marker of a hue;
			// then the model fit, for a strong candidate in a set of three or more (see
			// ofTheSetsColourAmongTheRest for why not a weaker one).
			Optional<Marker> opinion = looserLook(lenient, look, image, verified, exclusions, smallest, colour, least);
			if (opinion.isEmpty() && least == MIN_GROUP && !weaker) {
				opinion = DiscFit
					.secondOpinion(image, look[0], look[1], look[2], verified,
							(rgb) -> colour.map((c) -> c.matches(rgb)).orElse(true) && verified.stream()
								.filter((v) -> MarkerColour.sameColour(v.rgb(), rgb))
								.count() >= MIN_GROUP)
					.filter((m) -> ofTheSet(image, m, verified, exclusions, smallest, colour, MIN_GROUP));
			}
			if (opinion.isEmpty() && small.isPresent()) {
				opinion = small.get()
					.look(image, look[0], look[1])
					.filter((m) -> ofTheSet(image, m, verified, exclusions, smallest, colour, MIN_GROUP));
			}
			if (opinion.isEmpty()) {
				// Last, the looser look with one more arc of its outline missing (see
				// Verifier.LAST_ARCS), held to the same: asked before the model fit, it
				// placed some markers the fit would have placed better.
				opinion = looserLook(last, look, image, verified, exclusions, smallest, colour, least);
			}
			if (opinion.isEmpty()) {
				continue;
			}
			Marker m = opinion.get();
			if (found.stream().noneMatch((other) -> sameMarker(other, m))) {
				found.add(m);
			}
		}
	}

	/**
	 * See {@link #withSecondOpinions}: a looser look's marker at a look ({@code x, y,
	 * radius}), when it is of a hue, settles within half the look's radius of where it
	 * started, passes again from its own circle, and belongs to the set
	 * ({@link #ofTheSet}); the first looser look and the last ask the same of theirs.
	 */
	private static Optional<Marker> looserLook(Verifier verifier, double[] look, RgbImage image, List<Marker> verified,
			List<Exclusion> exclusions, double smallest, Optional<MarkerColour> colour, int least) {
		return verifier.verify(look[0], look[1], look[2])
			.filter((m) -> MarkerColour.hued(m.rgb()))
			.filter((m) -> m.distanceTo(look[0], look[1]) <= 0.5 * look[2])
			.filter((m) -> passesAgain(verifier, m))
			.filter((m) -> ofTheSet(image, m, verified, exclusions, smallest, colour, least));
	}

	/**
	 * Looks for second opinions at weaker candidates: one from each candidate neither
	 * verified nor noted for a second look ({@code secondLooks}, one per candidate, null
	 * where none is noted) whose centre pixel is of the colour of the set verified (its
	 * largest group of one colour, {@link #ofTheSetsColour}, when of a hue and of at
	 * least {@value #MIN_GROUP} markers, or a pair of a hue, {@link #aPairOfAHue}) and
	 * whose scale is of the set's size (up to {@value #SET_SIZE_RATIO} times its median
	 * radius, and down to a third of it: a 6 px dot answers the smallest scale, 3 px). A
	 * second look is noted only for a strong candidate (see {@link #RETRY_STRENGTH})
	 * whose outline, holes or hidden share failed, because without a set to belong to, a
	 * looser look at every candidate would find what is not a marker. Once the set is
	 * known, its colour says which weaker candidates may be its markers: a 6 px ball
	 * under JPEG 0.6 can answer under that strength while its centre stays of its colour.
	 * They are looked at after the strong candidates, by the looser look and, in a set of
	 * small markers of a hue ({@link #smallSet}), by the blob
	 * ({@link #withSecondOpinions}); not by the model fit, which costs too much to ask of
	 * every weaker candidate of the set's colour: on the benchmark's marked photos (dots
	 * of 4% of the trunk) about 5 such looks a photo, and their fits added 36% to the
	 * photo's time (about 13 ms), for 8 markers more of 9,739 on the scene sets. Measured
	 * on 33 scene sets (development and mixed; {@code MarkerMissReport}), with the pair's
	 * looks ({@link #aPairOfAHue}): 11 markers more and 1 fewer, the same extras; the
	 * photo's time the same within this host's noise (see {@code docs/markers.md},
	 * session 23).
	 */
	static List<double[]> ofTheSetsColourAmongTheRest(RgbImage image, List<Candidate> candidates,
			List<Optional<Marker>> verified, double[][] secondLooks, List<Marker> found) {
		List<Marker> set = ofTheSetsColour(found);
		if (set.size() < (aPairOfAHue(found) ? 2 : MIN_GROUP)) {
			return List.of();
		}
		int rgb = medianColour(set);
		if (!MarkerColour.hued(rgb)) {
			return List.of();
		}
		double radius = medianDiameter(set) / 2;
		List<double[]> looks = new ArrayList<>();
		for (int k = 0; k < candidates.size(); k++) {
			Candidate c = candidates.get(k);
			if (secondLooks[k] != null || verified.get(k).isPresent() || c.radius > SET_SIZE_RATIO * radius
					|| c.radius < radius / (2 * SET_SIZE_RATIO)) {
				continue;
			}
			int x = Math.min(image.width() - 1, Math.max(0, (int) Math.round(c.x)));
			int y = Math.min(image.height() - 1, Math.max(0, (int) Math.round(c.y)));
			if (MarkerColour.sameColour(image.rgb(y * image.width() + x) & 0xFFFFFF, rgb)) {
				looks.add(new double[] { c.x, c.y, Math.max(MIN_DIAMETER / 2, c.radius) });
			}
		}
		return looks;
	}

	/**
	 * Whether the markers verified are a pair of one hue and one size (within
	 * {@value #SET_SIZE_RATIO} times each other across), and nothing else: a set whose
	 * other markers all failed the verifier's outline. On a lateral photo of 6 px balls
	 * under JPEG 0.6 (development set 1101, {@code pose}), 2 of 8 were verified, and with
	 * fewer than {@value #MIN_GROUP} of one colour none was reported. A pair is asked for
	 * second opinions by the looser look only ({@link #withSecondOpinions}), and, with
	 * the colour detected, is reported only when at least one joins it: the rule of
	 * {@value #MIN_GROUP} markers of one colour ({@link #largestColourGroup(List)}) still
	 * decides, so that two buttons alike are not a set.
	 */
	static boolean aPairOfAHue(List<Marker> found) {
		if (found.size() != 2) {
			return false;
		}
		Marker a = found.get(0);
		Marker b = found.get(1);
		return MarkerColour.hued(a.rgb()) && MarkerColour.sameColour(a.rgb(), b.rgb()) && ofTheSetsSize(a, b.diameter())
				&& ofTheSetsSize(b, a.diameter());
	}

	/**
	 * The markers of the colour most of those found share ({@link #ofTheColourOf}): the
	 * first largest group of one colour.
	 */
	static List<Marker> ofTheSetsColour(List<Marker> found) {
		List<Marker> set = List.of();
		for (Marker m : found) {
			List<Marker> alike = ofTheColourOf(found, m.rgb());
			if (alike.size() > set.size()) {
				set = alike;
			}
		}
		return set;
	}

	/**
	 * The set of small markers of a hue among those found, when there is one, by its size
	 * and colour: the markers of the colour most of them share, at least
	 * {@value #MIN_GROUP}, under {@value #MIXED_BELOW} px across (their median), of a hue
	 * (their per-channel median colour). Only such a set is looked for by its blobs
	 * ({@link SmallBlob}). Not a white one: a white ball's shaded side reads as pale
	 * skin, and its blob's mass lies up to 1.3 px towards the light (see
	 * {@link SmallBlob#UNCERTAINTY}); and white is the colour of most highlights.
	 */
	static Optional<SmallSet> smallSet(List<Marker> found) {
		List<Marker> set = ofTheSetsColour(found);
		if (set.size() < MIN_GROUP) {
			return Optional.empty();
		}
		SmallSet small = new SmallSet(medianDiameter(set), medianColour(set));
		return (small.diameter() < MIXED_BELOW && MarkerColour.hued(small.rgb())) ? Optional.of(small)
				: Optional.empty();
	}

	/**
	 * A set of small markers of a hue ({@link #smallSet}), as its blobs are looked for:
	 * its median diameter and its per-channel median colour.
	 */
	record SmallSet(double diameter, int rgb) {

		/** The blob of the set's colour and size near a point ({@link SmallBlob}). */
		Optional<Marker> look(RgbImage image, double x, double y) {
			return SmallBlob.look(image, x, y, this.diameter, this.rgb);
		}

	}

	/**
	 * The markers of the same colour as {@code rgb} ({@link MarkerColour#sameColour}).
	 */
	static List<Marker> ofTheColourOf(List<Marker> markers, int rgb) {
		return markers.stream().filter((m) -> MarkerColour.sameColour(m.rgb(), rgb)).toList();
	}

	/** The per-channel median of the markers' colours, packed. */
	static int medianColour(List<Marker> markers) {
		int packed = 0;
		for (int shift = 16; shift >= 0; shift -= 8) {
			int channel = shift;
			int[] values = markers.stream().mapToInt((m) -> (m.rgb() >> channel) & 0xFF).sorted().toArray();
			packed |= values[values.length / 2] << shift;
		}
		return packed;
	}

	/**
	 * Whether a second opinion belongs to the marker set the verifier found: it is held
	 * to the rules every marker is, has no holes (the verifier's own check, which a fit
	 * does not make), and is of the colour of at least {@value #MIN_GROUP} verified
	 * markers and within {@value #SET_SIZE_RATIO} times their median diameter either way.
	 */
	private static boolean ofTheSet(RgbImage image, Marker m, List<Marker> verified, List<Exclusion> exclusions,
			double smallest, Optional<MarkerColour> colour, int least) {
		if (!heldToTheRules(m, exclusions, smallest, colour) || Holes.found(image, m)) {
			return false;
		}
		List<Marker> set = ofTheColourOf(verified, m.rgb());
		if (set.size() < least) {
			return false;
		}
		return ofTheSetsSize(m, medianDiameter(set));
	}

	/**
	 * Whether a marker is of its set's size: within {@value #SET_SIZE_RATIO} times the
	 * set's median diameter either way.
	 */
	private static boolean ofTheSetsSize(Marker m, double median) {
		return m.diameter() <= SET_SIZE_RATIO * median && m.diameter() >= median / SET_SIZE_RATIO;
	}

	/**
	 * Whether a marker is small enough for its surround to mix into its core (under
	 * {@value #MIXED_BELOW} px across) and of its set's size: the markers whose colour is
	 * read beneath the mix ({@link #seenAsWhite}, {@link #withMixedHued}).
	 */
	private static boolean smallOfTheSet(Marker m, double median) {
		return m.diameter() < MIXED_BELOW && ofTheSetsSize(m, median);
	}

	/**
	 * See {@link #withSecondOpinions}: one set of markers at one distance; the drawn test
	 * sets vary by ±10% and a body's depth by a few per cent of the camera's distance, so
	 * 1.6 leaves room for a marker measured a little large or small.
	 */
	static final double SET_SIZE_RATIO = 1.6;

	/**
	 * Whether a marker a retry found passes again when looked at from its own centre and
	 * size: a second chance must not pass by the luck of where or at which scale it
	 * looked.
	 */
	private static boolean passesAgain(Verifier verifier, Marker marker) {
		return verifier.verify(marker.x(), marker.y(), marker.diameter() / 2).isPresent();
	}

	/**
	 * The markers of one set have one size (10-25 mm dots, 15 mm balls) at one distance
	 * from the camera: with at least {@value #MIN_GROUP} found, one less than
	 * {@value #MIN_SIZE_RATIO} of their median diameter across is a speck of something
	 * else, and one more than the median's 1 / {@value #MIN_SIZE_RATIO} a patch of
	 * something else (a pale grey patch of a dark shirt, 18 px beside 6 px markers,
	 * joined a set of white ones).
	 */
	static List<Marker> sameSize(List<Marker> found) {
		if (found.size() < MIN_GROUP) {
			return found;
		}
		double median = medianDiameter(found);
		return found.stream()
			.filter((m) -> m.diameter() >= MIN_SIZE_RATIO * median && MIN_SIZE_RATIO * m.diameter() <= median)
			.toList();
	}

	/** The median of the markers' diameters (the upper one of an even count). */
	static double medianDiameter(List<Marker> markers) {
		double[] diameters = markers.stream().mapToDouble(Marker::diameter).sorted().toArray();
		return diameters[diameters.length / 2];
	}

	/**
	 * A ball found smaller than the rest of its set, whose shaded side can be told
	 * ({@link #shadeSide}), moved to the circle of the set's size that touches it on its
	 * lit side. Smaller means under {@link #SMALL_FOR_ITS_SET} of the set's median size,
	 * or under the median with its shade past its circle nearly all round
	 * ({@link #litPartOnly}): markers of one set differ by up to a tenth in size, so size
	 * alone cannot tell a ball found a tenth small from a smaller one of the set, while a
	 * ring of its own shade around the circle found can. Not under {@value #MIXED_BELOW}
	 * px across: there blur mixes the marker into the ring where the shade is looked for,
	 * as into its core, and a blurred dot of 6 px read shade all round (mixed set 1304).
	 * A ball lit from one side whose shaded side fades into the skin or the wall behind
	 * shows only its lit part: every edge is found on a circle through the lit rim and
	 * the shading, consistent and smaller than the ball, centred towards the light (white
	 * balls of 27 px found 19-24 px across and 2-3 px off, mixed set 103), and no reading
	 * of its edges can place the lost rim. The set's size can: the markers of one set are
	 * one size at one distance (see {@link #sameSize}). The lit rim is the ball's, so the
	 * ball's circle touches the one found there, and its centre lies towards the shade by
	 * the difference of the radii. The move is an inference from the set, not a reading
	 * of this marker, and its localisation error grows by half the move. A flat dot
	 * neither darkens like a ball nor has its shade past its circle, and a partly hidden
	 * marker is found at its own size. A move onto an exclusion (an eye) is not made.
	 */
	static List<Marker> towardsTheirShade(RgbImage image, List<Marker> set, List<Exclusion> exclusions) {
		if (set.size() < MIN_GROUP) {
			return set;
		}
		double median = medianDiameter(set);
		return set.stream().map((m) -> {
			boolean small = m.diameter() < SMALL_FOR_ITS_SET * median;
			if (m.diameter() >= median || !small && m.diameter() < MIXED_BELOW) {
				return m;
			}
			// Read once for both questions: whether it is small, and which way it goes.
			boolean[] rays = Verifier.shadedRays(image, m);
			if (!small && !litPartOnly(image, m, rays)) {
				return m;
			}
			double[] towards = shadeSide(image, m, rays);
			if (towards == null) {
				return m;
			}
			double move = (median - m.diameter()) / 2;
			double x = m.x() + move * towards[0];
			double y = m.y() + move * towards[1];
			if (underAnExclusion(exclusions, x, y)) {
				return m;
			}
			return new Marker(x, y, median, m.confidence(), Math.hypot(m.uncertainty(), move / 2), m.rgb());
		}).toList();
	}

	/**
	 * See {@link #towardsTheirShade}: whether a ball was found on its lit part only: its
	 * own colour in shade lies past its circle on at least {@value #SHADED_ALL_ROUND} of
	 * {@value Verifier#SHADE_RAYS} rays ({@link Verifier#shadedRays}), inside its shaded
	 * limb on most sides, and it darkens inside like a ball lit from one side (by at
	 * least {@link #SHADED_DROP} across, {@link Verifier#downhill}). A light from one
	 * side lights less than half the limb from where the lit part fades, and past the
	 * rest its shade lies. A flat dot, or a ball found on its outline, has its background
	 * or its blurred rim there; a white dot blurred on a dark grey wall, whose blurred
	 * rim read as shade past 10 rays, is flat inside (a tenth darker across, under a
	 * room's uneven light).
	 * @param rays its rays with shade past its circle ({@link Verifier#shadedRays})
	 */
	static boolean litPartOnly(RgbImage image, Marker m, boolean[] rays) {
		return Verifier.shadedCount(rays) >= SHADED_ALL_ROUND && Verifier.downhill(image, m)[2] >= SHADED_DROP;
	}

	/**
	 * See {@link #litPartOnly}: more than half the rays and a margin. On the 33 scene
	 * sets (session 27), the markers found smaller than their set's median with shade
	 * past at least 10 rays (their darkening not yet asked), moved as
	 * {@link #towardsTheirShade} moves them, came closer to where they were drawn (mean
	 * 0.87 px off to 0.61 on the mixed sets, 0.75 to 0.46 on the development
	 * combinations); from 9 rays on, a yellow ball of 34 px under blur 1.5 px and JPEG
	 * 0.6 was moved from 0.4 px off to 2.0.
	 */
	static final int SHADED_ALL_ROUND = 10;

	/**
	 * See {@link #towardsTheirShade}: the way to a marker's shaded side, a unit vector,
	 * or null when it has none. The rays with its colour in shade past its circle, when
	 * they point one way; else the way it darkens inside (see {@link Verifier#downhill}),
	 * when it darkens like a ball lit from one side and its shade lies past its circle on
	 * that side: on a ball found a quarter small the shade lies past all but its lit rim,
	 * and the rays point every way.
	 * @param rays its rays with shade past its circle ({@link Verifier#shadedRays})
	 */
	static double[] shadeSide(RgbImage image, Marker m, boolean[] rays) {
		double[] dx = new double[rays.length];
		double[] dy = new double[rays.length];
		double sx = 0;
		double sy = 0;
		int shaded = 0;
		for (int q = 0; q < rays.length; q++) {
			dx[q] = Math.cos(Verifier.shadeRayAngle(q));
			dy[q] = Math.sin(Verifier.shadeRayAngle(q));
			if (rays[q]) {
				sx += dx[q];
				sy += dy[q];
				shaded++;
			}
		}
		if (shaded < Verifier.SHADED_RAYS) {
			return null;
		}
		double length = Math.hypot(sx, sy);
		if (length >= ONE_SIDED * shaded) {
			return new double[] { sx / length, sy / length };
		}
		double[] downhill = Verifier.downhill(image, m);
		if (downhill[2] < SHADED_DROP) {
			return null;
		}
		int that = 0;
		for (int q = 0; q < rays.length; q++) {
			if (rays[q] && dx[q] * downhill[0] + dy[q] * downhill[1] >= Math.cos(Math.PI / 4)) {
				that++;
			}
		}
		return (that >= Verifier.SHADED_RAYS) ? new double[] { downhill[0], downhill[1] } : null;
	}

	/**
	 * See {@link #shadeSide}: the least share of its brightness a marker must lose across
	 * its diameter to be taken for a ball lit from one side.
	 */
	static final double SHADED_DROP = 0.2;

	/**
	 * See {@link #towardsTheirShade}: found smaller than this share of its set's median
	 * size, a ball may be showing its lit part only. Markers of one set measure within
	 * ±10% of each other (the drawn sets; a body's depth changes the scale by a few per
	 * cent) and the median of a blurred set reads a little large, so 0.8 leaves the
	 * well-found ones alone (at 0.85, blue balls of 24.7 px in a set read at 28.2 were
	 * moved 2 px the wrong way).
	 */
	static final double SMALL_FOR_ITS_SET = 0.8;

	/**
	 * See {@link #towardsTheirShade}: the rays with shade past the circle must point one
	 * way (the length of their mean direction at least this): shading lies on one side of
	 * a ball lit from one side, while shade all round is a halo of blur. Rays spread
	 * evenly over a half circle give 2 / π = 0.64, over two thirds of it 0.41 (a white
	 * ball of 27 px found 19.5 px across: shade past 10 of 16 rays, 0.47, pointing within
	 * 3° of where the ball was drawn).
	 */
	static final double ONE_SIDED = 0.4;

	/** See {@link #sameSize}: 10 mm and 25 mm dots at one distance differ by 2.5. */
	static final double MIN_SIZE_RATIO = 0.4;

	/**
	 * The largest colour group ({@link #largestColourGroup(List)}), the small markers
	 * that read tinted only because their surround mixed into their core counted white
	 * when at least {@value #MIN_GROUP} markers found are white by their own colour:
	 * under blur, and JPEG's colour at half resolution, a white ball 6 px across on red
	 * cloth reads pink (saturation 0.33-0.41, where white ends at
	 * {@value MarkerColour#WHITE_SATURATION}), so a set of white balls lost those on
	 * coloured clothing, or all of them when three on a magenta shirt outnumbered those
	 * on skin. A marker smaller than {@value #MIXED_BELOW} px across, within
	 * {@value #SET_SIZE_RATIO} times the white markers' median size either way, counts
	 * white when its colour is white mixed with what surrounds it, white keeping at least
	 * {@value #WHITE_SHARE} of its core ({@link MarkerColour#whiteBeneath}, against the
	 * background the verifier reads around it). Each marker keeps the colour it was seen
	 * in.
	 */
	static List<Marker> largestColourGroup(RgbImage image, List<Marker> found) {
		List<Marker> seenAs = seenAsWhite(image, found);
		List<Marker> group = (seenAs == found) ? largestColourGroup(found)
				: asFound(found, seenAs, largestColourGroup(seenAs));
		return withMixedHued(image, found, group);
	}

	/**
	 * The largest colour group, and the small markers found that read another colour only
	 * because their surround mixed into their core, when the group is of a hue: under
	 * blur, a blue ball 6 px across on a magenta top reads purple (hue 284-305 beside the
	 * set's 224-229 on the legs, mixed set 1004, squat frame 48 from behind), and three
	 * such on the back lost the scapulae and T3 to the four on the legs. As for white
	 * ({@link #seenAsWhite}): a marker smaller than {@value #MIXED_BELOW} px across,
	 * within {@value #SET_SIZE_RATIO} times the group's median size either way, counts
	 * when its colour is the group's hue mixed with what surrounds it, the hue keeping at
	 * least {@value #HUED_SHARE} of its core ({@link MarkerColour#hueBeneath}, against
	 * the background the verifier reads around it, for most of the group's markers). In
	 * the order found; each keeps the colour it was seen in.
	 */
	private static List<Marker> withMixedHued(RgbImage image, List<Marker> found, List<Marker> group) {
		if (group.size() < MIN_GROUP
				|| 2 * group.stream().filter((m) -> MarkerColour.hued(m.rgb())).count() <= group.size()) {
			return group;
		}
		double median = medianDiameter(group);
		return withThoseJoining(found, group,
				(m) -> smallOfTheSet(m, median) && hueBeneathItsBackground(image, m, group));
	}

	/**
	 * With a practice's colour of a hue set, the small markers verified that read another
	 * colour only because their surround mixed into their core, added to those found of
	 * the practice's colour, as {@link #withMixedHued} adds them to a detected group:
	 * when at least {@value #MIN_GROUP} were found of it, smaller than
	 * {@value #MIXED_BELOW} px across and of their size ({@link #smallOfTheSet}), and of
	 * their hue beneath their background ({@link #hueBeneathItsBackground}). Held to the
	 * practice's colour as soon as it was verified, such a marker was dropped before the
	 * rule could take it, so that a practice that set its colour lost markers that the
	 * same photo kept with the colour detected: 6 px green balls on the back read grey
	 * (saturation 0.14-0.18), within 0.4 px of where they were drawn (mixed sets 1303 and
	 * 1401).
	 */
	private static void withMixedOfThePractice(RgbImage image, List<Marker> found, List<Marker> readAnotherColour) {
		if (found.size() < MIN_GROUP || readAnotherColour.isEmpty()) {
			return;
		}
		List<Marker> set = List.copyOf(found);
		double median = medianDiameter(set);
		for (Marker m : readAnotherColour) {
			if (smallOfTheSet(m, median) && found.stream().noneMatch((other) -> sameMarker(other, m))
					&& hueBeneathItsBackground(image, m, set)) {
				found.add(m);
			}
		}
	}

	/**
	 * A group, and the markers found outside it that {@code join} it, in the order found;
	 * the group itself when none joins.
	 */
	private static List<Marker> withThoseJoining(List<Marker> found, List<Marker> group, Predicate<Marker> join) {
		List<Marker> kept = found.stream().filter((m) -> group.contains(m) || join.test(m)).toList();
		return (kept.size() == group.size()) ? group : kept;
	}

	/** See {@link #withMixedHued}. */
	private static boolean hueBeneathItsBackground(RgbImage image, Marker m, List<Marker> group) {
		int background = Verifier.background(image, m, 1);
		return background >= 0 && 2 * group.stream()
			.filter((g) -> MarkerColour.hueBeneath(m.rgb(), background, HUED_SHARE, g.rgb()))
			.count() > group.size();
	}

	/**
	 * See {@link #withMixedHued}: measured on three 6 px blue balls (blur 1.5 px, JPEG
	 * 0.6) on a magenta top, their set's hue beneath at shares 0.6-0.7: the white balls'
	 * share ({@value #WHITE_SHARE}) kept two of the three.
	 */
	static final double HUED_SHARE = 0.6;

	/**
	 * A practice's white markers among those found ({@link #whiteOrTintedAlike(List)}),
	 * the small markers that read tinted only because their surround mixed into their
	 * core counted white as in {@link #largestColourGroup(RgbImage, List)}.
	 */
	static List<Marker> whiteOrTintedAlike(RgbImage image, List<Marker> found) {
		List<Marker> seenAs = seenAsWhite(image, found);
		return (seenAs == found) ? whiteOrTintedAlike(found) : asFound(found, seenAs, whiteOrTintedAlike(seenAs));
	}

	/**
	 * The markers found, those that count white though they read tinted (see
	 * {@link #largestColourGroup(RgbImage, List)}) seen as white; {@code found} itself
	 * when fewer than {@value #MIN_GROUP} are white by their own colour.
	 */
	private static List<Marker> seenAsWhite(RgbImage image, List<Marker> found) {
		List<Marker> white = found.stream()
			.filter((m) -> MarkerColour.saturation(m.rgb()) < MarkerColour.WHITE_SATURATION)
			.toList();
		if (white.size() < MIN_GROUP) {
			return found;
		}
		double median = medianDiameter(white);
		List<Marker> seenAs = new ArrayList<>(found.size());
		for (Marker m : found) {
			boolean mixedWhite = !white.contains(m) && smallOfTheSet(m, median) && whiteBeneathItsBackground(image, m);
			seenAs.add(
					mixedWhite ? new Marker(m.x(), m.y(), m.diameter(), m.confidence(), m.uncertainty(), 0xFFFFFF) : m);
		}
		return seenAs;
	}

	/**
	 * See {@link #seenAsWhite}: {@link MarkerColour#whiteBeneath} what lies around it.
	 */
	private static boolean whiteBeneathItsBackground(RgbImage image, Marker m) {
		int background = Verifier.background(image, m, 1);
		return background >= 0 && MarkerColour.whiteBeneath(m.rgb(), background, WHITE_SHARE);
	}

	/** The markers found whose counterparts in {@code seenAs} were kept, in order. */
	private static List<Marker> asFound(List<Marker> found, List<Marker> seenAs, List<Marker> kept) {
		List<Marker> asFound = new ArrayList<>(kept.size());
		for (int i = 0; i < found.size(); i++) {
			if (kept.contains(seenAs.get(i))) {
				asFound.add(found.get(i));
			}
		}
		return asFound;
	}

	/**
	 * See {@link #largestColourGroup(RgbImage, List)}: a blurred marker this small has
	 * its surround in its core (the verifier's core reaches 0.35 of the radius and 0.6 px
	 * more); a larger one's core is its own colour.
	 */
	static final double MIXED_BELOW = 10;

	/**
	 * See {@link #largestColourGroup(RgbImage, List)}: measured on six 6 px white balls
	 * (blur 1-1.5 px, noise, JPEG 0.6-0.7) on red, pink and magenta clothing, white at
	 * shares 0.70-0.90; a skin-coloured marker of another set, 10 px across, was not
	 * white at any share down to 0.3.
	 */
	static final double WHITE_SHARE = 0.7;

	/**
	 * The markers of the colour most of them share, when at least {@value #MIN_GROUP}:
	 * the most confident group of those of one colour with one of them, and of a hued
	 * group also those within {@link MarkerColour#HUE_TOLERANCE} of the group's own mean
	 * hue ({@link #ofTheGroupsHue}).
	 */
	static List<Marker> largestColourGroup(List<Marker> found) {
		List<Marker> best = List.of();
		double bestScore = 0;
		for (Marker seed : found) {
			List<Marker> group = ofTheColourOf(found, seed.rgb());
			double score = group.stream().mapToDouble(Marker::confidence).sum();
			if (group.size() >= MIN_GROUP && score > bestScore) {
				best = group;
				bestScore = score;
			}
		}
		return ofTheGroupsHue(found, best);
	}

	/**
	 * A hued group, with the markers found within {@link MarkerColour#HUE_TOLERANCE} of
	 * its mean hue. A group is the markers of one colour with one of them (its seed), and
	 * a set's hues spread: a small marker's edge mixes with what surrounds it, and JPEG
	 * halves the colour's resolution. Five yellow balls 6 px across verified on a
	 * squatting body seen from the side (set 1101 of the development scenes'
	 * combinations, unseen until measured) read hues 27 and 30 on skin and 56-63
	 * elsewhere, 36 degrees apart: the groups of one colour with each held at most four,
	 * and the first of four by the order found (the acromion's) left out the truest
	 * yellow (the greater trochanter's, 63). Around that group's mean hue (42) all five
	 * are one set. Only ever adds to the group: a set's hue is where its markers' hues
	 * gather, and a round thing of another colour is as far from it as from them.
	 */
	private static List<Marker> ofTheGroupsHue(List<Marker> found, List<Marker> group) {
		if (group.size() < MIN_GROUP || !group.stream().allMatch((m) -> MarkerColour.hued(m.rgb()))) {
			return group;
		}
		double meanHue = MarkerColour.meanHue(group.stream().mapToInt(Marker::rgb).toArray());
		return withThoseJoining(found, group, (m) -> MarkerColour.hued(m.rgb())
				&& MarkerColour.hueDistance(MarkerColour.hue(m.rgb()), meanHue) <= MarkerColour.HUE_TOLERANCE);
	}

	/**
	 * The person's region: the box around the keypoints inside the image, widened so that
	 * markers on the head, heels and the outline of the body are inside.
	 */
	public static Region personRegion(List<PoseLandmark> keypoints, int width, int height) {
		double minX = Double.MAX_VALUE;
		double minY = Double.MAX_VALUE;
		double maxX = -Double.MAX_VALUE;
		double maxY = -Double.MAX_VALUE;
		int inside = 0;
		for (PoseLandmark p : keypoints) {
			if (p.x() < 0 || p.y() < 0 || p.x() > width || p.y() > height) {
				continue;
			}
			inside++;
			minX = Math.min(minX, p.x());
			minY = Math.min(minY, p.y());
			maxX = Math.max(maxX, p.x());
			maxY = Math.max(maxY, p.y());
		}
		if (inside < 2 || keypoints.size() < PoseKeypoint.COUNT) {
			return new Region(0, 0, width, height);
		}
		double margin = 0.08 * Math.max(maxX - minX, maxY - minY) + 24;
		int left = (int) Math.max(0, Math.floor(minX - margin));
		int top = (int) Math.max(0, Math.floor(minY - margin));
		int right = (int) Math.min(width, Math.ceil(maxX + margin));
		int bottom = (int) Math.min(height, Math.ceil(maxY + margin));
		return new Region(left, top, right, bottom, bodyMask(keypoints, left, top, right - left, bottom - top));
	}

	/**
	 * The body, drawn as thick segments between the keypoints (head, trunk, limbs and
	 * feet), in blocks of {@value #BLOCK} pixels: markers sit on the body, and the
	 * background (furniture, posters, the wall's fittings) is not searched at all. The
	 * thickness scales with the trunk so that markers on the outline (acromion, greater
	 * trochanter, the front and back of the pelvis) stay inside.
	 */
	static boolean[] bodyMask(List<PoseLandmark> k, int left, int top, int w, int h) {
		double trunk = trunk(k);
		if (!(trunk > 4)) {
			return null;
		}
		int bw = w / BLOCK + 1;
		int bh = h / BLOCK + 1;
		boolean[] mask = new boolean[bw * bh];
		int[][] trunkSegments = { { 11, 12 }, { 23, 24 }, { 11, 23 }, { 12, 24 }, { 11, 24 }, { 12, 23 } };
		int[][] limbSegments = { { 11, 13 }, { 13, 15 }, { 12, 14 }, { 14, 16 }, { 23, 25 }, { 25, 27 }, { 24, 26 },
				{ 26, 28 }, { 27, 29 }, { 29, 31 }, { 27, 31 }, { 28, 30 }, { 30, 32 }, { 28, 32 }, { 7, 11 },
				{ 8, 12 } };
		for (int[] s : trunkSegments) {
			capsule(mask, bw, bh, left, top, k.get(s[0]), k.get(s[1]), 0.32 * trunk);
		}
		for (int[] s : limbSegments) {
			capsule(mask, bw, bh, left, top, k.get(s[0]), k.get(s[1]), 0.2 * trunk);
		}
		PoseLandmark le = k.get(PoseKeypoint.LEFT_EAR.ordinal());
		PoseLandmark re = k.get(PoseKeypoint.RIGHT_EAR.ordinal());
		PoseLandmark nose = k.get(PoseKeypoint.NOSE.ordinal());
		capsule(mask, bw, bh, left, top, le, re, 0.3 * trunk);
		capsule(mask, bw, bh, left, top, le, nose, 0.3 * trunk);
		capsule(mask, bw, bh, left, top, re, nose, 0.3 * trunk);
		return mask;
	}

	private static void capsule(boolean[] mask, int bw, int bh, int left, int top, PoseLandmark a, PoseLandmark b,
			double radius) {
		double ax = a.x() - left;
		double ay = a.y() - top;
		double bx = b.x() - left;
		double by = b.y() - top;
		double reach = radius + BLOCK;
		int x0 = (int) Math.max(0, Math.floor((Math.min(ax, bx) - reach) / BLOCK));
		int x1 = (int) Math.min(bw - 1, Math.ceil((Math.max(ax, bx) + reach) / BLOCK));
		int y0 = (int) Math.max(0, Math.floor((Math.min(ay, by) - reach) / BLOCK));
		int y1 = (int) Math.min(bh - 1, Math.ceil((Math.max(ay, by) + reach) / BLOCK));
		double dx = bx - ax;
		double dy = by - ay;
		double length2 = Math.max(1e-9, dx * dx + dy * dy);
		for (int j = y0; j <= y1; j++) {
			double py = j * BLOCK + BLOCK / 2.0;
			for (int i = x0; i <= x1; i++) {
				// Blocks another segment already covers (the trunk's overlap, the joints)
				// stay covered.
				if (mask[j * bw + i]) {
					continue;
				}
				double px = i * BLOCK + BLOCK / 2.0;
				double t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
				double ex = ax + t * dx - px;
				double ey = ay + t * dy - py;
				if (ex * ex + ey * ey <= reach * reach) {
					mask[j * bw + i] = true;
				}
			}
		}
	}

	/**
	 * The eyes and the mouth: round, contrasting and small, they are what a marker
	 * detector would otherwise find on a face.
	 */
	public static List<Exclusion> faceExclusions(List<PoseLandmark> keypoints) {
		if (keypoints.size() < PoseKeypoint.COUNT) {
			return List.of();
		}
		List<Exclusion> exclusions = new ArrayList<>();
		eye(keypoints, PoseKeypoint.LEFT_EYE_INNER, PoseKeypoint.LEFT_EYE, PoseKeypoint.LEFT_EYE_OUTER,
				PoseKeypoint.LEFT_EAR, exclusions);
		eye(keypoints, PoseKeypoint.RIGHT_EYE_INNER, PoseKeypoint.RIGHT_EYE, PoseKeypoint.RIGHT_EYE_OUTER,
				PoseKeypoint.RIGHT_EAR, exclusions);
		PoseLandmark left = keypoints.get(PoseKeypoint.MOUTH_LEFT.ordinal());
		PoseLandmark right = keypoints.get(PoseKeypoint.MOUTH_RIGHT.ordinal());
		double width = Math.max(6, Math.hypot(left.x() - right.x(), left.y() - right.y()));
		exclusions.add(new Exclusion((left.x() + right.x()) / 2, (left.y() + right.y()) / 2, 0.9 * width));
		return exclusions;
	}

	/**
	 * An eye: no marker centre within 1.1 eye widths of its centre (less on a face so
	 * small or turned that its ear is near: never more than 0.6 of the way to the ear).
	 * Candidates inside the disc are verified (on small or turned faces the tragus
	 * marker's candidate can lie inside while the marker does not: 2 of 45 misses traced
	 * on seeds 5000 and 9000), but what they find must lie beside the eye, not over it:
	 * its disc clear of the eye's centre by an iris radius (a fifth of the eye's width).
	 * Markers are stuck on skin, so a round thing over an eye is the eye's, or lies on it
	 * (a 13 px button drawn over a small face's eye was so refused).
	 */
	private static void eye(List<PoseLandmark> keypoints, PoseKeypoint inner, PoseKeypoint centre, PoseKeypoint outer,
			PoseKeypoint ear, List<Exclusion> into) {
		PoseLandmark a = keypoints.get(inner.ordinal());
		PoseLandmark c = keypoints.get(centre.ordinal());
		PoseLandmark b = keypoints.get(outer.ordinal());
		PoseLandmark e = keypoints.get(ear.ordinal());
		double width = Math.max(5, Math.hypot(a.x() - b.x(), a.y() - b.y()));
		double toEar = Math.hypot(e.x() - c.x(), e.y() - c.y());
		into.add(new Exclusion(c.x(), c.y(), Math.min(1.1 * width, Math.max(3, 0.6 * toEar)), IRIS * width, true));
	}

	/**
	 * An iris across, as a share of its eye's corner-to-corner width (12 of 30 mm),
	 * halved.
	 */
	static final double IRIS = 0.2;

	/**
	 * A local maximum of one scale and channel.
	 *
	 * @param clear whether its centre differs from every side of its ring (see
	 * {@link Sides#standsOut}): not the rim of something larger; asked only of a
	 * candidate at the retries' gate at a scale of at most half the largest (see
	 * {@link #explains}), false for the others
	 */
	record Candidate(double x, double y, double radius, double strength, boolean clear) {

		Candidate(double x, double y, double radius, double strength) {
			this(x, y, radius, strength, false);
		}

	}

	/** Stage 1: centre-minus-ring responses at several scales, local maxima. */
	static List<Candidate> candidates(RgbImage image, Region region, Optional<MarkerColour> colour) {
		return candidates(image, region, colour, 1);
	}

	private static List<Candidate> candidates(RgbImage image, Region region, Optional<MarkerColour> colour,
			int threads) {
		return suppress(responses(image, region, colour, threads), region);
	}

	/** Every local maximum of every scale and channel beyond its floor. */
	static List<Candidate> responses(RgbImage image, Region region, Optional<MarkerColour> colour) {
		return responses(image, region, colour, 1);
	}

	/**
	 * Every local maximum of every scale and channel beyond its floor, the scales shared
	 * among up to {@code threads} threads and listed in order.
	 */
	private static List<Candidate> responses(RgbImage image, Region region, Optional<MarkerColour> colour,
			int threads) {
		return responses(image, region, colour, threads, RADII);
	}

	/**
	 * As {@link #responses(RgbImage, Region, Optional, int)}, at the given scales only.
	 */
	private static List<Candidate> responses(RgbImage image, Region region, Optional<MarkerColour> colour, int threads,
			double[] radii) {
		int[] box = searched(region, image.width(), image.height());
		if (box == null) {
			return new ArrayList<>();
		}
		Scratch scratch = Scratch.get();
		Integral integral = Integral.of(image, region, box, scratch);
		boolean white = colour.map(MarkerColour::isWhite).orElse(true);
		boolean hued = colour.map((c) -> !c.isWhite()).orElse(true);
		List<List<Candidate>> perScale = new ArrayList<>();
		for (int i = 0; i < radii.length; i++) {
			perScale.add(new ArrayList<>());
		}
		// Each thread its own scan buffers, kept from photo to photo.
		Supplier<ScanBuffers> buffers = () -> Scratch.get().scan;
		forEach(threads, radii.length, buffers, (own, i) -> scan(integral, white, hued, radii[i], region, image.width(),
				image.height(), own, perScale.get(i)));
		List<Candidate> all = new ArrayList<>(perScale.stream().mapToInt(List::size).sum());
		perScale.forEach(all::addAll);
		return all;
	}

	/** The largest half-width of the scan's outer box over all scales, pixels. */
	private static final int MAX_OUTER = (int) Math.round(2.0 * RADII[RADII.length - 1]);

	/**
	 * The pixels whose box sums the scan reads, region coordinates {left, top, right,
	 * bottom} (right and bottom exclusive): the body mask's allowed blocks widened by the
	 * largest outer box, or the whole region without a mask, and beyond the region's
	 * edges as far as the image goes; null when the mask allows nothing. Only cells
	 * inside allowed blocks are filtered (the others answer zero), and a cell's boxes
	 * reach at most {@link #MAX_OUTER} pixels from it, so the integral image is needed
	 * only there: the region's margin around the keypoints and the background beside the
	 * limbs are never summed. The region says where a marker's centre may lie, not what
	 * may be read around it: a marker on the body's outline near the region's edge (a
	 * greater trochanter seen from the front, beyond the hip keypoint) answers its own
	 * scale only when that scale's ring, outside the region, is read too.
	 */
	static int[] searched(Region region, int imageWidth, int imageHeight) {
		int w = region.width();
		int h = region.height();
		// A cell x of an allowed block reads integral columns x - outer to x + outer + 1.
		int reach = MAX_OUTER + 1;
		int lowX = -Math.min(reach, region.left());
		int lowY = -Math.min(reach, region.top());
		int highX = w + Math.min(reach, Math.max(0, imageWidth - region.right()));
		int highY = h + Math.min(reach, Math.max(0, imageHeight - region.bottom()));
		boolean[] mask = region.mask();
		if (mask == null) {
			return new int[] { lowX, lowY, highX, highY };
		}
		int bw = w / BLOCK + 1;
		int bh = h / BLOCK + 1;
		int minX = Integer.MAX_VALUE;
		int minY = Integer.MAX_VALUE;
		int maxX = -1;
		int maxY = -1;
		for (int by = 0; by < bh; by++) {
			for (int bx = 0; bx < bw; bx++) {
				if (mask[by * bw + bx]) {
					minX = Math.min(minX, bx);
					maxX = Math.max(maxX, bx);
					minY = Math.min(minY, by);
					maxY = by;
				}
			}
		}
		if (maxX < 0) {
			return null;
		}
		return new int[] { Math.max(lowX, minX * BLOCK - reach), Math.max(lowY, minY * BLOCK - reach),
				Math.min(highX, (maxX + 1) * BLOCK + reach), Math.min(highY, (maxY + 1) * BLOCK + reach) };
	}

	/**
	 * An integral image of the three channels interleaved (whiteness, red-green,
	 * yellow-blue), so that a box sum of all three reads neighbouring memory, over the
	 * pixels {@code [left, left + width) × [top, top + height)} of the region: entry
	 * {@code 3 * (Y * (width + 1) + X) + c} is channel c's sum over the pixels above and
	 * left of (X, Y) within that box. A box sum is the same whatever the origin.
	 */
	record Integral(int[] sums, int left, int top, int width, int height) {

		static Integral of(RgbImage image, Region region, int[] box, Scratch scratch) {
			int left = box[0];
			int top = box[1];
			int w = box[2] - box[0];
			int h = box[3] - box[1];
			int stride = 3 * (w + 1);
			int[] sums = scratch.integral(stride * (h + 1));
			// Row 0 and column 0 are zero; every other entry is written below, so a
			// reused buffer needs no clearing.
			Arrays.fill(sums, 0, stride, 0);
			int imageWidth = image.width();
			byte[] bytes = image.bytes();
			int[] packed = image.packed();
			int red = image.red();
			int green = image.green();
			int blue = image.blue();
			for (int y = 0; y < h; y++) {
				int rowW = 0;
				int rowA = 0;
				int rowB = 0;
				int base = (y + top + region.top()) * imageWidth + left + region.left();
				int above = y * stride;
				int at = above + stride;
				sums[at] = 0;
				sums[at + 1] = 0;
				sums[at + 2] = 0;
				above += 3;
				at += 3;
				// The two pixel layouts in loops of their own: the layout test stays
				// out of the per-pixel work.
				if (bytes != null) {
					for (int x = 0, p = 3 * base; x < w; x++, p += 3) {
						int r = bytes[p + red] & 0xFF;
						int g = bytes[p + green] & 0xFF;
						int b = bytes[p + blue] & 0xFF;
						rowW += Math.min(r, Math.min(g, b));
						rowA += r - g;
						rowB += ((r + g) >> 1) - b;
						int k = at + 3 * x;
						sums[k] = rowW;
						sums[k + 1] = rowA;
						sums[k + 2] = rowB;
					}
				}
				else {
					for (int x = 0; x < w; x++) {
						int p = packed[base + x];
						int r = (p >> 16) & 0xFF;
						int g = (p >> 8) & 0xFF;
						int b = p & 0xFF;
						rowW += Math.min(r, Math.min(g, b));
						rowA += r - g;
						rowB += ((r + g) >> 1) - b;
						int k = at + 3 * x;
						sums[k] = rowW;
						sums[k + 1] = rowA;
						sums[k + 2] = rowB;
					}
				}
				// The row's own running sums, then the row above added in a loop of
				// its own (one the compiler can vectorise): the same integers.
				for (int k = 0, end = 3 * w; k < end; k++) {
					sums[at + k] += sums[above + k];
				}
			}
			return new Integral(sums, left, top, w, h);
		}

	}

	/**
	 * What one thread reuses from photo to photo: the integral image's array and the
	 * scan's buffers (a photo's integral image is several megabytes: allocating and
	 * clearing it for each photo cost about as much as filling it). Held softly, so that
	 * the memory is given back when it is needed elsewhere, and only up to {@value #KEEP}
	 * entries (a person region of about 2.8 megapixels, 32 MB for the integral image): a
	 * larger photo's buffers are its own, as before.
	 */
	static final class Scratch {

		private static final ThreadLocal<SoftReference<Scratch>> OWN = new ThreadLocal<>();

		final ScanBuffers scan = new ScanBuffers();

		private int[] integral;

		static Scratch get() {
			SoftReference<Scratch> held = OWN.get();
			Scratch scratch = (held != null) ? held.get() : null;
			if (scratch == null) {
				scratch = new Scratch();
				OWN.set(new SoftReference<>(scratch));
			}
			return scratch;
		}

		int[] integral(int length) {
			if (length > KEEP) {
				return new int[length];
			}
			if (this.integral == null || this.integral.length < length) {
				this.integral = new int[length];
			}
			return this.integral;
		}

		/** The most entries of a buffer kept from photo to photo. */
		static final int KEEP = 1 << 23;

	}

	/** The strongest candidate of each neighbourhood, strongest first. */
	static List<Candidate> suppress(List<Candidate> all, Region region) {
		int w = region.width();
		int h = region.height();
		strongestFirst(all);
		// Keep the strongest candidate of each neighbourhood, whatever its scale and
		// channel; a bigger photo of the same person has more texture to answer, so more
		// are kept.
		List<Candidate> kept = new ArrayList<>();
		int maxCandidates = (int) Math.min(4L * MAX_CANDIDATES, MAX_CANDIDATES + (long) w * h / 20000);
		int cell = 24;
		int cellsX = w / cell + 1;
		int cellsY = h / cell + 1;
		List<List<Candidate>> grid = new ArrayList<>(cellsX * cellsY);
		for (int i = 0; i < cellsX * cellsY; i++) {
			grid.add(null);
		}
		for (Candidate c : all) {
			int gx = (int) ((c.x - region.left()) / cell);
			int gy = (int) ((c.y - region.top()) / cell);
			boolean near = false;
			for (int dy = -3; dy <= 3 && !near; dy++) {
				for (int dx = -3; dx <= 3 && !near; dx++) {
					int nx = gx + dx;
					int ny = gy + dy;
					if (nx < 0 || ny < 0 || nx >= cellsX || ny >= cellsY || grid.get(ny * cellsX + nx) == null) {
						continue;
					}
					for (Candidate k : grid.get(ny * cellsX + nx)) {
						if (explains(k, c)) {
							near = true;
							break;
						}
					}
				}
			}
			if (!near) {
				kept.add(c);
				int index = gy * cellsX + gx;
				if (grid.get(index) == null) {
					grid.set(index, new ArrayList<>());
				}
				grid.get(index).add(c);
				if (kept.size() == maxCandidates) {
					break;
				}
			}
		}
		return kept;
	}

	/**
	 * Sorts candidates by strength, strongest first, those of equal strength in their
	 * order (a stable sort). A candidate's strength is a float quotient (its response
	 * over the floor, at least 1), so the order is that of its float's bits: sorted as
	 * primitive keys, the bits (inverted, for strongest first) above the index, instead
	 * of comparing records through a comparator.
	 */
	static void strongestFirst(List<Candidate> all) {
		int n = all.size();
		long[] keys = new long[n];
		for (int i = 0; i < n; i++) {
			double strength = all.get(i).strength;
			float single = (float) strength;
			if (!(single > 0) || single != strength || Float.isInfinite(single)) {
				all.sort(Comparator.comparingDouble(Candidate::strength).reversed());
				return;
			}
			keys[i] = ((long) (Integer.MAX_VALUE - Float.floatToIntBits(single)) << 32) | i;
		}
		Arrays.sort(keys);
		Candidate[] sorted = new Candidate[n];
		for (int i = 0; i < n; i++) {
			sorted[i] = all.get((int) keys[i]);
		}
		for (int i = 0; i < n; i++) {
			all.set(i, sorted[i]);
		}
	}

	/**
	 * Whether a stronger candidate accounts for a weaker one nearby: the same blob at a
	 * neighbouring scale, or a large blob's rim answering at a small scale. A rim answers
	 * a scale of at most half the blob's with at most about {@value #RIM_RESPONSE} of the
	 * blob's own response (its core box inside, a good part of its ring on the blob too),
	 * so a small candidate stronger than that is something else: a small marker beside a
	 * large contrasting patch (the head, a shoulder against the wall) is kept. A larger
	 * candidate answering at least that share of a small stronger one's response is kept
	 * beside it too: a rim can answer as strongly as its blob.
	 */
	static boolean explains(Candidate stronger, Candidate weaker) {
		double reach = 1.2 * Math.max(weaker.radius, stronger.radius) + 2;
		double dx = weaker.x - stronger.x;
		double dy = weaker.y - stronger.y;
		if (dx * dx + dy * dy >= reach * reach) {
			return false;
		}
		if (stronger.radius >= 2 * weaker.radius && weaker.strength > RIM_RESPONSE * stronger.strength) {
			return false;
		}
		// A rim is like its blob on its inner side; a small candidate whose centre
		// differs from every side of its ring (see Sides.standsOut) lies beside the
		// blob, not on it: 6 px acromion markers 17-20 px from a stronger answer of the
		// 21 px scale beside the neck (mixed sets 3 and 4: 4.77 against 7.27, 4.45
		// against 6.65) were taken for its rim. Only a strong one (the retries' gate):
		// weaker clear answers beside a blob are mostly specks and highlights on skin,
		// which the capped candidate list has no room for.
		if (stronger.radius >= 2 * weaker.radius && weaker.clear && weaker.strength >= RETRY_STRENGTH) {
			return false;
		}
		// The other way round: a small candidate on a larger blob's rim that answered
		// about as strongly as the blob at a large scale (a rim can answer as much as
		// the blob: a 27 px dot was lost so, its rim answering the 6.5 px scale with
		// 4.93 and failing 8 px off, while the 17 px scale answered 4.32 at its centre).
		// Both are looked at.
		// Only a strong one (the retries' gate): the candidate list is capped, and most
		// large answers beside a small one are weak texture that would take the place
		// of small candidates and cost large windows to verify.
		return !(weaker.radius >= 2 * stronger.radius && weaker.strength > RIM_RESPONSE * stronger.strength
				&& weaker.strength >= RETRY_STRENGTH);
	}

	/** See {@link #explains}. */
	static final double RIM_RESPONSE = 0.7;

	/**
	 * Buffers of the scan, sized for its finest grid and reused from scale to scale and
	 * from photo to photo (one set per thread, see {@link Scratch}): the responses of
	 * each channel, and the cells of each channel beyond its floor, in grid order.
	 */
	private static final class ScanBuffers {

		final float[][] response = new float[3][];

		final int[][] hot = new int[3][];

		final int[] hotCount = new int[3];

		void ensure(int cells) {
			for (int c = 0; c < 3; c++) {
				if (this.response[c] == null || this.response[c].length < cells) {
					this.response[c] = new float[cells];
					this.hot[c] = new int[Math.max(64, cells / 8)];
				}
			}
		}

		void release() {
			Arrays.fill(this.response, null);
			Arrays.fill(this.hot, null);
		}

		void hot(int c, int cell) {
			if (this.hotCount[c] == this.hot[c].length) {
				this.hot[c] = Arrays.copyOf(this.hot[c], 2 * this.hot[c].length);
			}
			this.hot[c][this.hotCount[c]++] = cell;
		}

	}

	/**
	 * One scale: the mean of a central box (inside the disc) minus the mean of a ring of
	 * boxes around it, with a gap for soft edges, on a grid whose step grows with the
	 * scale; local maxima of each channel beyond its floor become candidates. Cells
	 * outside the body's mask are not filtered (their response is zero), and only cells
	 * beyond the floor are tested for a local maximum.
	 */
	private static void scan(Integral integral, boolean white, boolean hued, double radius, Region region,
			int imageWidth, int imageHeight, ScanBuffers buffers, List<Candidate> into) {
		int w = region.width();
		int h = region.height();
		int inner = Math.max(1, (int) Math.round(0.6 * radius));
		int gap = (int) Math.round(1.3 * radius);
		int outer = (int) Math.round(2.0 * radius);
		int step = Math.max(2, (int) Math.round(radius / 2.5));
		// The grid: cells outer + k · step from the region's left and top edges, for
		// every k (negative too) that puts a cell inside the region with its boxes inside
		// the image (see searched: the ring of a marker near the region's edge lies
		// beyond it). Cells the body mask leaves out are not filtered, so their boxes
		// need not lie within the integral image.
		int x0 = first(outer, step, Math.max(0, outer - region.left()));
		int y0 = first(outer, step, Math.max(0, outer - region.top()));
		int gw = (Math.min(w - 1, imageWidth - region.left() - outer - 1) - x0) / step + 1;
		int gh = (Math.min(h - 1, imageHeight - region.top() - outer - 1) - y0) / step + 1;
		if (gw < 3 || gh < 3) {
			return;
		}
		float innerArea = (2 * inner + 1) * (2 * inner + 1);
		float gapArea = (2 * gap + 1) * (2 * gap + 1);
		float ringArea = (2 * outer + 1) * (2 * outer + 1) - gapArea;
		// The means as float quotients, exactly as {@code sum / area} in float gives them
		// but without a division (a third of the scan): the sums and areas are integers
		// below 2^24, so a float quotient q = sum / area is either exact or lies at least
		// 2^-38 of itself away from the nearest point halfway between two floats (area <
		// 2^13, and a float has 24 bits), while the double product sum · (1 / area) is
		// within 2^-52 of q; rounding it to float therefore gives the same float.
		double perInner = 1.0 / innerArea;
		double perRing = 1.0 / ringArea;
		buffers.ensure(gw * gh);
		float[][] response = buffers.response;
		int[] sums = integral.sums();
		int w1 = integral.width() + 1;
		int stride = 3 * w1;
		int innerA = 3 * (-inner - inner * w1);
		int innerB = 3 * (inner + 1 - inner * w1);
		int innerC = 3 * (-inner + (inner + 1) * w1);
		int innerD = 3 * (inner + 1 + (inner + 1) * w1);
		int gapA = 3 * (-gap - gap * w1);
		int gapB = 3 * (gap + 1 - gap * w1);
		int gapC = 3 * (-gap + (gap + 1) * w1);
		int gapD = 3 * (gap + 1 + (gap + 1) * w1);
		int outA = 3 * (-outer - outer * w1);
		int outB = 3 * (outer + 1 - outer * w1);
		int outC = 3 * (-outer + (outer + 1) * w1);
		int outD = 3 * (outer + 1 + (outer + 1) * w1);
		int first = hued ? (white ? 0 : 1) : 0;
		int last = hued ? 2 : 0;
		boolean[] mask = region.mask();
		int bw = w / BLOCK + 1;
		Arrays.fill(buffers.hotCount, 0);
		if (first == 0 && last == 2) {
			// The colour detected, as on most photos: all three channels.
			scanAll(sums, buffers, gw, gh, x0, y0, step, mask, bw, stride, integral, perInner, perRing,
					new int[] { innerA, innerB, innerC, innerD, gapA, gapB, gapC, gapD, outA, outB, outC, outD });
		}
		else {
			for (int gy = 0; gy < gh; gy++) {
				int y = y0 + gy * step;
				boolean innerRow = gy > 0 && gy < gh - 1;
				int maskRow = (y / BLOCK) * bw;
				int row = (y - integral.top()) * stride - 3 * integral.left();
				for (int gx = 0; gx < gw; gx++) {
					int x = x0 + gx * step;
					int cell = gy * gw + gx;
					if (mask != null && !mask[maskRow + x / BLOCK]) {
						for (int c = first; c <= last; c++) {
							response[c][cell] = 0;
						}
						continue;
					}
					boolean interior = innerRow && gx > 0 && gx < gw - 1;
					int centre = row + 3 * x;
					for (int c = first; c <= last; c++) {
						float value = response(sums, centre + c, innerA, innerB, innerC, innerD, gapA, gapB, gapC, gapD,
								outA, outB, outC, outD, perInner, perRing);
						response[c][cell] = value;
						if (interior && ((c > 0) ? Math.abs(value) : value) >= FLOOR[c]) {
							buffers.hot(c, cell);
						}
					}
				}
			}
		}
		for (int c = first; c <= last; c++) {
			peaks(response[c], buffers.hot[c], buffers.hotCount[c], gw, FLOOR[c], c > 0, x0, y0, step, radius, region,
					new Sides(sums, c, w1, inner, gap, outer, integral), into);
		}
		if (gw * gh > Scratch.KEEP / 12) {
			// A large photo's responses are not kept for the next (see Scratch): a cell
			// per 4 pixels at the finest step, against 3 integral entries per pixel.
			buffers.release();
		}
	}

	/**
	 * The first cell of a scan's grid at or after {@code low} (region coordinates, at
	 * most {@code outer}) among {@code outer + k · step}: the grid that starts
	 * {@code outer} from the region's edge, and before it as many cells as fit.
	 */
	private static int first(int outer, int step, int low) {
		return (low >= outer) ? outer : outer - ((outer - low) / step) * step;
	}

	/**
	 * {@link #scan}'s filter for all three channels (the colour detected, as on most
	 * photos), written out channel by channel: the same responses, without a loop over
	 * the channels in the innermost one.
	 */
	private static void scanAll(int[] sums, ScanBuffers buffers, int gw, int gh, int x0, int y0, int step,
			boolean[] mask, int bw, int stride, Integral integral, double perInner, double perRing, int[] offsets) {
		float[] r0 = buffers.response[0];
		float[] r1 = buffers.response[1];
		float[] r2 = buffers.response[2];
		int iA = offsets[0];
		int iB = offsets[1];
		int iC = offsets[2];
		int iD = offsets[3];
		int gA = offsets[4];
		int gB = offsets[5];
		int gC = offsets[6];
		int gD = offsets[7];
		int oA = offsets[8];
		int oB = offsets[9];
		int oC = offsets[10];
		int oD = offsets[11];
		float floor0 = FLOOR[0];
		float floor1 = FLOOR[1];
		float floor2 = FLOOR[2];
		for (int gy = 0; gy < gh; gy++) {
			int y = y0 + gy * step;
			boolean innerRow = gy > 0 && gy < gh - 1;
			int maskRow = (y / BLOCK) * bw;
			int row = (y - integral.top()) * stride - 3 * integral.left();
			for (int gx = 0; gx < gw; gx++) {
				int x = x0 + gx * step;
				int cell = gy * gw + gx;
				if (mask != null && !mask[maskRow + x / BLOCK]) {
					r0[cell] = 0;
					r1[cell] = 0;
					r2[cell] = 0;
					continue;
				}
				int o = row + 3 * x;
				float v0 = response(sums, o, iA, iB, iC, iD, gA, gB, gC, gD, oA, oB, oC, oD, perInner, perRing);
				float v1 = response(sums, o + 1, iA, iB, iC, iD, gA, gB, gC, gD, oA, oB, oC, oD, perInner, perRing);
				float v2 = response(sums, o + 2, iA, iB, iC, iD, gA, gB, gC, gD, oA, oB, oC, oD, perInner, perRing);
				r0[cell] = v0;
				r1[cell] = v1;
				r2[cell] = v2;
				if (innerRow && gx > 0 && gx < gw - 1) {
					if (v0 >= floor0) {
						buffers.hot(0, cell);
					}
					if (Math.abs(v1) >= floor1) {
						buffers.hot(1, cell);
					}
					if (Math.abs(v2) >= floor2) {
						buffers.hot(2, cell);
					}
				}
			}
		}
	}

	/**
	 * The mean of the central box less that of the ring, for the channel at integral
	 * index o, as {@link #scan} computes it.
	 */
	private static float response(int[] s, int o, int iA, int iB, int iC, int iD, int gA, int gB, int gC, int gD,
			int oA, int oB, int oC, int oD, double perInner, double perRing) {
		int core = s[o + iD] - s[o + iB] - s[o + iC] + s[o + iA];
		int mid = s[o + gD] - s[o + gB] - s[o + gC] + s[o + gA];
		int all = s[o + oD] - s[o + oB] - s[o + oC] + s[o + oA];
		return (float) (core * perInner) - (float) ((all - mid) * perRing);
	}

	/**
	 * See {@link Sides#standsOut}: a disc's core differs from each side of the ring about
	 * as much as from the whole ring, a rim's from its inner side not at all; half leaves
	 * room for a marker on the body's outline whose one side lies on a paler wall, and
	 * for JPEG's and the noise's share of a small box.
	 */
	static final double SIDE_SHARE = 0.5;

	/**
	 * The four sides of a scale's ring (left, right, above and below the centre box's
	 * gap) for one channel, read from the integral image.
	 */
	private record Sides(int[] sums, int channel, int w1, int inner, int gap, int outer, Integral integral) {

		/**
		 * Whether the centre box at (x, y) (region coordinates) differs from each of the
		 * ring's four sides in the sign of its response by at least {@link #SIDE_SHARE}
		 * of that response. A marker is a disc of one colour on skin, cloth or, on the
		 * body's outline, partly on the wall: it differs from what lies around it on
		 * every side (what hides part of it, hair or a waistband, differs from it too). A
		 * step between two plain areas (the body's outline against a pale wall, a
		 * sleeve's edge) answers the centre-minus-ring filter all along its length at
		 * every scale, but its centre box is like the ring's side on its own side of the
		 * step.
		 */
		boolean standsOut(int x, int y, float response) {
			int o = (y - this.integral.top()) * 3 * this.w1 + 3 * (x - this.integral.left()) + this.channel;
			double core = box(o, -this.inner, this.inner, -this.inner, this.inner);
			double need = SIDE_SHARE * Math.abs(response);
			double sign = Math.signum(response);
			int near = this.gap + 1;
			return sign * (core - box(o, -this.outer, -near, -this.gap, this.gap)) >= need
					&& sign * (core - box(o, near, this.outer, -this.gap, this.gap)) >= need
					&& sign * (core - box(o, -this.gap, this.gap, -this.outer, -near)) >= need
					&& sign * (core - box(o, -this.gap, this.gap, near, this.outer)) >= need;
		}

		/** The mean over the pixels [a, b] × [c, d] around the integral index o. */
		private double box(int o, int a, int b, int c, int d) {
			int w = this.w1;
			int[] s = this.sums;
			int sum = s[o + 3 * ((b + 1) + (d + 1) * w)] - s[o + 3 * (a + (d + 1) * w)] - s[o + 3 * ((b + 1) + c * w)]
					+ s[o + 3 * (a + c * w)];
			return (double) sum / ((b - a + 1) * (d - c + 1));
		}

	}

	/**
	 * The local maxima (over the 3 × 3 neighbourhood) among the cells beyond the floor,
	 * in grid order.
	 */
	private static void peaks(float[] response, int[] hot, int hotCount, int gw, float floor, boolean bothSigns, int x0,
			int y0, int step, double radius, Region region, Sides sides, List<Candidate> into) {
		for (int h = 0; h < hotCount; h++) {
			int cell = hot[h];
			float value = response[cell];
			float magnitude = bothSigns ? Math.abs(value) : value;
			boolean peak = true;
			for (int dy = -1; dy <= 1 && peak; dy++) {
				for (int dx = -1; dx <= 1; dx++) {
					float other = response[cell + dy * gw + dx];
					if ((dx != 0 || dy != 0) && (bothSigns ? Math.abs(other) : other) > magnitude) {
						peak = false;
						break;
					}
				}
			}
			if (peak) {
				int gy = cell / gw;
				int gx = cell - gy * gw;
				float strength = magnitude / floor;
				// Whether it stands clear of its ring's sides matters only where
				// explains asks: a candidate at the retries' gate, at a scale a larger
				// one can be twice of. Asked of every local maximum, the side boxes'
				// reads across the integral image cost several per cent of a photo.
				boolean clear = strength >= RETRY_STRENGTH && 2 * radius <= RADII[RADII.length - 1]
						&& sides.standsOut(x0 + gx * step, y0 + gy * step, value);
				into.add(new Candidate(region.left() + x0 + gx * step + 0.5, region.top() + y0 + gy * step + 0.5,
						radius, strength, clear));
			}
		}
	}

}
