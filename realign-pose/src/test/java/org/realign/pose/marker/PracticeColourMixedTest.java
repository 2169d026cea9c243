package org.realign.pose.marker;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.realign.core.landmark.View;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small marker of a practice's colour that reads another colour only because its
 * surround mixed into its core is one of the set, as it is with the colour detected
 * ({@code MarkerDetector.withMixedOfThePractice}): held to the practice's colour as soon
 * as it was verified, it was dropped before that rule could take it.
 */
class PracticeColourMixedTest {

	@Test
	void smallGreenBallsThatReadGreyOnTheBackAreFoundWithThePracticesColour() {
		// Mixed set 1401, squat frame 24 from behind: green dots 6 px across under JPEG
		// 0.6, the practice's colour set. T3 and the right inferior scapular angle read
		// grey (saturation 0.14-0.18) where they were drawn.
		MarkerScenes.Scene scene = scene(1401, "squat24", View.POSTERIOR);
		Optional<MarkerColour> practice = Optional.of(MarkerColour.seen(scene.colour()));
		List<Marker> found = new MarkerDetector().detect(scene.image(), scene.keypoints(), practice, scene.view());
		MarkerAssignment assignment = new MarkerAssigner().assign(found, scene.keypoints(), scene.view());
		for (String site : List.of("t3", "right-inferior-scapular-angle")) {
			MarkerScenes.Drawn drawn = scene.drawn()
				.stream()
				.filter((d) -> d.id().id().equals(site))
				.findFirst()
				.orElseThrow();
			Marker named = assignment.assigned().get(drawn.id());
			assertThat(named).as(site).isNotNull();
			assertThat(named.distanceTo(drawn.x(), drawn.y())).as(site).isLessThanOrEqualTo(1.5);
			assertThat(practice.get().matches(named.rgb())).as("%s reads the practice's colour", site).isFalse();
		}
		assertThat(found).as("markers reported where none was drawn")
			.allMatch((m) -> scene.drawn().stream().anyMatch((d) -> m.distanceTo(d.x(), d.y()) <= 3));
	}

	private static MarkerScenes.Scene scene(int offset, String photo, View view) {
		int n = MarkerAcceptanceTest.sceneNumber(photo, view);
		MarkerScenes.Recipe recipe = MarkerAcceptanceTest.recipe(photo, view, n, offset, true);
		assertThat(MarkerAcceptanceTest.practiceColour(recipe, n, offset, true)).isTrue();
		return MarkerScenes.make(recipe);
	}

}
