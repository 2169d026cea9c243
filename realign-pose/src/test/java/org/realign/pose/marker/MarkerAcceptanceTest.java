package org.realign.pose.marker;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.realign.core.landmark.View;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19's acceptance: markers drawn at known anatomical points on the reference
 * photos, at several sizes (6 to 40 px), colours (white, green, blue, yellow, cyan), as
 * flat dots and shaded balls, with blur, sensor noise, JPEG compression, uneven light and
 * a partly hidden marker, on all four views: the share found within 1.5 px of where they
 * were drawn and named as the point they mark (issue 19 asks for 98%; see the assertion),
 * and no marker reported where none was drawn.
 */
class MarkerAcceptanceTest {

	static final String[] PHOTOS = { "pose", "squat0", "squat12", "squat24", "squat36", "squat48", "squat64" };

	private static final int[] COLOURS = { 0xF4F4F2, 0x1FB84A, 0x2255DD, 0xF2DC28, 0x22C8D8 };

	private static final double[] DIAMETERS = { 6, 8, 11, 15, 20, 27, 34, 40 };

	private static final View[] VIEWS = View.values();

	/**
	 * {@code -Dmarkers.mixed=true}: each scene draws its size, colour, kind, blur, noise,
	 * JPEG quality, light, hiding and colour cast independently from its seed. Without
	 * it, one index decides them all (the development scenes), so a size always comes
	 * with the same blur, JPEG quality and kind: 6 px markers are always sharp balls at
	 * JPEG 0.6, 11 px ones always balls blurred by 1 px, and any offset that is a
	 * multiple of 8 repeats each photo's and view's combination. Mixed scenes measure
	 * what the development scenes cannot: the other combinations.
	 */
	private static final boolean MIXED = Boolean.getBoolean("markers.mixed");

	/**
	 * {@code -Dmarkers.casts=false}: mixed scenes all under neutral light, as they were
	 * before session 11, to compare with the numbers measured then.
	 */
	private static final boolean CASTS = Boolean.parseBoolean(System.getProperty("markers.casts", "true"));

	static MarkerScenes.Recipe mixed(String photo, View view, long seed) {
		Random random = new Random(seed);
		return new MarkerScenes.Recipe(photo, view, DIAMETERS[random.nextInt(DIAMETERS.length)],
				COLOURS[random.nextInt(COLOURS.length)], random.nextBoolean(), random.nextInt(4) * 0.5,
				random.nextInt(3) * 2.5, 0.6f + 0.1f * random.nextInt(4), random.nextInt(3) == 1, random.nextBoolean(),
				seed, cast(random));
	}

	/**
	 * The {@code n}th scene (from 1, photos by views) of mixed set {@code offset}.
	 */
	static MarkerScenes.Recipe mixed(String photo, View view, int n, int offset) {
		return mixed(photo, view, (n + offset) * 7919L + offset);
	}

	/** Whether a mixed scene is detected with the practice's colour set (a fifth are). */
	static boolean practiceColour(MarkerScenes.Recipe mixed) {
		return new Random(mixed.seed() + 1).nextInt(5) == 0;
	}

	/**
	 * A third of the mixed scenes neutral, a third under a warm light's cast and a third
	 * under a cool one's, each of a strength from a quarter to the whole of
	 * {@link MarkerScenes.Cast#warm}'s or {@link MarkerScenes.Cast#cool}'s. Drawn last,
	 * so that a set's other factors are those it had before casts were drawn.
	 */
	private static MarkerScenes.Cast cast(Random random) {
		int kind = CASTS ? random.nextInt(3) : 0;
		double strength = 0.25 + 0.75 * random.nextDouble();
		return switch (kind) {
			case 1 -> MarkerScenes.Cast.warm(strength);
			case 2 -> MarkerScenes.Cast.cool(strength);
			default -> MarkerScenes.Cast.NONE;
		};
	}

	@Test
	void markersAreFoundWithinOneAndAHalfPixelsAndNamedRight() {
		// -Dmarkers.seeds=K (K > 0) makes another set of scenes: the placements change,
		// and the combinations of size, colour, blur, noise, JPEG, light and hiding shift
		// by K modulo 8 (a multiple of 8 keeps each photo's and view's combination; see
		// MIXED for independent draws). The detector was developed on K = 0.
		Measure measure = measure(Integer.getInteger("markers.seeds", 0), MIXED);
		// Issue 19 asks for 98%: see docs/markers.md for what this detector reaches on
		// these scenes (98.3% in session 9), on shifted and mixed ones (90-95%: the
		// development scenes overstate it) and the misses. The floor below guards these
		// scenes, less a margin that a change of the scene generator needs; it is not
		// the target.
		measure.assertHolds(0.90);
	}

	/**
	 * The honest measure in every build too: one set of mixed scenes, where every factor
	 * is drawn independently, so that a change which helps only the development scenes'
	 * combinations (above) cannot pass unseen. Mixed set 1 was traced while the detector
	 * was developed (docs/markers.md, sessions 9 and 10: 91.8% then 93.2%; with colour
	 * casts since session 11, 93.2% on the detector of session 10); the floor guards it,
	 * less the same margin, and is not the target.
	 */
	@Test
	void markersOnMixedScenesAreFoundToo() {
		measure(1, true).assertHolds(0.88);
	}

	private record Measure(int good, int total, int extra, double within2, double within3) {

		void assertHolds(double floor) {
			assertThat(this.good / (double) this.total).isGreaterThanOrEqualTo(floor);
			assertThat(this.extra).isZero();
			// The localisation error each marker states covers its real error: for a
			// two-dimensional normal error with that SD per axis, 86% fall within 2 SD
			// and 99% within 3 SD.
			assertThat(this.within2).isGreaterThanOrEqualTo(0.8);
			assertThat(this.within3).isGreaterThanOrEqualTo(0.95);
		}

	}

	/**
	 * The {@code n}th scene (from 1, photos by views) of set {@code offset}: mixed (see
	 * {@link #MIXED}), or of the development scenes' combinations shifted by the offset.
	 */
	static MarkerScenes.Recipe recipe(String photo, View view, int n, int offset, boolean mixed) {
		if (mixed) {
			return mixed(photo, view, n, offset);
		}
		int m = n + offset;
		return new MarkerScenes.Recipe(photo, view, DIAMETERS[m % DIAMETERS.length], COLOURS[m % COLOURS.length],
				m % 2 == 0, (m % 4) * 0.5, (m % 3) * 2.5, 0.6f + 0.1f * (m % 4), m % 3 == 1, m % 2 == 1,
				(offset == 0) ? n : m * 7919L + offset);
	}

	/**
	 * A scene's number in its set (from 1), as {@link #measure} counts them: photos in
	 * the order of {@link #PHOTOS}, each by its views.
	 */
	static int sceneNumber(String photo, View view) {
		return 1 + Arrays.asList(PHOTOS).indexOf(photo) * VIEWS.length + Arrays.asList(VIEWS).indexOf(view);
	}

	/**
	 * Whether the {@code n}th scene of set {@code offset} is searched for a practice's
	 * colour.
	 */
	static boolean practiceColour(MarkerScenes.Recipe recipe, int n, int offset, boolean mixed) {
		return mixed ? practiceColour(recipe) : (n + offset) % 5 == 0;
	}

	private static Measure measure(int offset, boolean mixed) {
		MarkerDetector detector = new MarkerDetector();
		MarkerAssigner assigner = new MarkerAssigner();
		int total = 0;
		int good = 0;
		int extra = 0;
		// The marker partly hidden (one per scene whose recipe hides one) counted apart
		// too: a third of its outline lost, it is the hardest marker of its scene.
		int partlyHidden = 0;
		int partlyHiddenGood = 0;
		List<String> misses = new ArrayList<>();
		int n = 0;
		List<Double> coverage = new ArrayList<>();
		for (String photo : PHOTOS) {
			for (View view : VIEWS) {
				n++;
				MarkerScenes.Recipe recipe = recipe(photo, view, n, offset, mixed);
				MarkerScenes.Scene scene = MarkerScenes.make(recipe);
				boolean practiceColour = practiceColour(recipe, n, offset, mixed);
				Optional<MarkerColour> colour = practiceColour ? Optional.of(MarkerColour.seen(scene.colour()))
						: Optional.empty();
				List<Marker> found = detector.detect(scene.image(), scene.keypoints(), colour, view);
				MarkerAssignment assignment = assigner.assign(found, scene.keypoints(), view);
				for (MarkerScenes.Drawn drawn : scene.drawn()) {
					total++;
					if (drawn.partlyHidden()) {
						partlyHidden++;
					}
					Marker named = assignment.assigned().get(drawn.id());
					double error = (named == null) ? Double.NaN : named.distanceTo(drawn.x(), drawn.y());
					if (named != null && error <= 1.5) {
						good++;
						if (drawn.partlyHidden()) {
							partlyHiddenGood++;
						}
						coverage.add(error / named.uncertainty());
					}
					else {
						Marker nearest = found.stream()
							.min((a, b) -> Double.compare(a.distanceTo(drawn.x(), drawn.y()),
									b.distanceTo(drawn.x(), drawn.y())))
							.orElse(null);
						misses.add(scene.name() + " " + drawn.id().id()
								+ String.format(" at %.1f,%.1f d=%.1f%s", drawn.x(), drawn.y(), drawn.diameter(),
										drawn.hiddenNote())
								+ " -> " + ((named == null) ? "not named" : "error " + error) + " nearest " + nearest);
					}
				}
				for (Marker f : found) {
					if (scene.drawn().stream().noneMatch((d) -> f.distanceTo(d.x(), d.y()) <= 3)) {
						extra++;
						misses.add(scene.name() + " extra " + f);
					}
				}
			}
		}
		double within2 = coverage.stream().filter((r) -> r <= 2).count() / (double) coverage.size();
		double within3 = coverage.stream().filter((r) -> r <= 3).count() / (double) coverage.size();
		System.out.printf(
				"markers (seeds %d%s): %d of %d (%.1f%%) found within 1.5 px and named right (partly hidden: %d of %d); %d extra; error within 2 and 3 stated SDs: %.1f%%, %.1f%%%n",
				offset, mixed ? ", mixed" : "", good, total, 100.0 * good / total, partlyHiddenGood, partlyHidden,
				extra, 100 * within2, 100 * within3);
		misses.forEach(System.out::println);
		return new Measure(good, total, extra, within2, within3);
	}

}
