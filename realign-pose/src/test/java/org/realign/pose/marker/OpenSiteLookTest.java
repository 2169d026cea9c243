package org.realign.pose.marker;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.realign.core.landmark.LandmarkId;
import org.realign.core.landmark.Side;
import org.realign.core.landmark.View;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the view's marker set expects a marker that was not found, the detector looks
 * once more past the candidate cap, and what it finds there counts only when it is a
 * marker by every rule and of the set's colour and size. The scenes are the acceptance
 * test's mixed ones (casts, uneven light, blur, JPEG), chosen where a white marker on the
 * body's outline against a pale wall answers the scan too weakly to be among the photo's
 * candidates.
 */
class OpenSiteLookTest {

	private final MarkerDetector detector = new MarkerDetector();

	private final MarkerAssigner assigner = new MarkerAssigner();

	@Test
	void aWeakWhiteMarkerIsFoundWhereTheSetExpectsIt() {
		// Mixed set 4: a 15 px white dot at C7 on the neck's outline (its scan response
		// ranked 2,110 of 2,357, 1.2 times its floor), and a 22 px white dot at the left
		// acromion under a warm cast (1,226 of 2,208).
		assertFoundOnlyWithTheView(4, "squat0", View.LEFT_LATERAL, LandmarkId.C7);
		assertFoundOnlyWithTheView(4, "squat24", View.ANTERIOR, LandmarkId.of(Side.LEFT, "acromion"));
	}

	@Test
	void aSmallMarkerInShadeIsFoundByItsBlobAtItsSite() {
		// Mixed set 104, squat frame 36 from the left: yellow balls 6 px across under
		// uneven light, blurred by 1.5 px, JPEG 0.7. The left acromion's blob lies within
		// 1.5 px of where it was drawn, its size more than a tenth outside the sizes the
		// set's markers were found at; held to the set's size ratio, as the other
		// opinions are, it is taken.
		assertFoundOnlyWithTheView(104, "squat36", View.LEFT_LATERAL, LandmarkId.of(Side.LEFT, "acromion"));
		// Mixed set 2102, squat frame 48 from behind: green dots 6 px across in shade
		// under a warm light (see DimMarkersInShadeTest).
		assertFoundOnlyWithTheView(2102, "squat48", View.POSTERIOR, LandmarkId.C7);
	}

	@Test
	void skinOfTheSetsTintAtAnOpenSiteIsNotTaken() {
		// Mixed set 504, the front view of pose.jpg: white markers under a warm light
		// (saturation 0.11-0.31, three pale enough to read hued) and, at the open
		// right-tragus site, an orange patch of skin by the ear that passes the verifier
		// (saturation 0.54, hue within the set's).
		MarkerScenes.Scene scene = scene(504, "pose", View.ANTERIOR);
		List<Marker> found = this.detector.detect(scene.image(), scene.keypoints(), Optional.empty(), View.ANTERIOR);
		assertThat(extras(scene, found)).as("markers reported where none was drawn").isEmpty();
	}

	@Test
	void aCircleLargerThanTheSetsMarkersAtAnOpenSiteIsNotTaken() {
		// Mixed set 803, the front view of squat frame 0: green balls of 10.4-12.8 px
		// and, at the open right greater trochanter site on the hip's outline, a circle
		// of 16.3 px through the ball and the pale halo beside it, 3.1 px off the ball's
		// centre, which the verifier passes from a candidate at twice the ball's scale.
		MarkerScenes.Scene scene = scene(803, "squat0", View.ANTERIOR);
		List<Marker> found = this.detector.detect(scene.image(), scene.keypoints(), Optional.empty(), View.ANTERIOR);
		assertThat(extras(scene, found)).as("markers reported where none was drawn").isEmpty();
	}

	@Test
	void withoutAMarkerSetNothingMoreIsLookedAt() {
		for (View view : List.of(View.ANTERIOR, View.LEFT_LATERAL)) {
			assertThat(this.detector.detect(ReferencePhotos.pose(), ReferencePhotos.poseKeypoints(), Optional.empty(),
					view))
				.as("markers on the unmodified pose.jpg, looked at as %s", view)
				.isEmpty();
		}
	}

	private void assertFoundOnlyWithTheView(int set, String photo, View view, LandmarkId id) {
		MarkerScenes.Scene scene = scene(set, photo, view);
		MarkerScenes.Drawn drawn = scene.drawn().stream().filter((d) -> d.id().equals(id)).findFirst().orElseThrow();
		List<Marker> without = this.detector.detect(scene.image(), scene.keypoints(), Optional.empty());
		List<Marker> with = this.detector.detect(scene.image(), scene.keypoints(), Optional.empty(), view);
		assertThat(named(without, scene, id).filter((m) -> m.distanceTo(drawn.x(), drawn.y()) <= 1.5))
			.as("%s found within 1.5 px and named without the view", id.id())
			.isEmpty();
		assertThat(named(with, scene, id).filter((m) -> m.distanceTo(drawn.x(), drawn.y()) <= 1.5))
			.as("%s found within 1.5 px and named with the view", id.id())
			.isPresent();
		assertThat(extras(scene, with)).as("markers reported where none was drawn").isEmpty();
	}

	private Optional<Marker> named(List<Marker> found, MarkerScenes.Scene scene, LandmarkId id) {
		return Optional.ofNullable(this.assigner.assign(found, scene.keypoints(), scene.view()).assigned().get(id));
	}

	private static List<Marker> extras(MarkerScenes.Scene scene, List<Marker> found) {
		return found.stream()
			.filter((m) -> scene.drawn().stream().noneMatch((d) -> m.distanceTo(d.x(), d.y()) <= 3))
			.toList();
	}

	/**
	 * The acceptance test's mixed scene of this set, photo and view (each chosen here
	 * with the colour detected, not set by the practice).
	 */
	private static MarkerScenes.Scene scene(int set, String photo, View view) {
		int n = 0;
		for (String p : MarkerAcceptanceTest.PHOTOS) {
			for (View v : View.values()) {
				n++;
				if (p.equals(photo) && v == view) {
					MarkerScenes.Recipe recipe = MarkerAcceptanceTest.mixed(p, v, n, set);
					assertThat(MarkerAcceptanceTest.practiceColour(recipe)).as("the practice's colour set").isFalse();
					return MarkerScenes.make(recipe);
				}
			}
		}
		throw new IllegalArgumentException(photo + " " + view);
	}

}
