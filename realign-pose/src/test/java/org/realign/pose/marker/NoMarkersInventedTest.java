package org.realign.pose.marker;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The unmodified reference photos carry no markers: eyes, glasses, a watch, a pink shirt,
 * white trainers, an exercise band, studio fittings and skin highlights must not be
 * reported, whether the colour is detected or set by the practice.
 */
class NoMarkersInventedTest {

	@Test
	void noMarkerOnTheReferencePhotosWithTheColourDetected() {
		MarkerDetector detector = new MarkerDetector();
		List<String> invented = new ArrayList<>();
		invented.addAll(label("pose",
				detector.detect(ReferencePhotos.pose(), ReferencePhotos.poseKeypoints(), Optional.empty())));
		for (int frame = 0; frame < 65; frame += 4) {
			invented.addAll(label("squat " + frame, detector.detect(ReferencePhotos.squat(frame),
					ReferencePhotos.squatKeypoints(frame), Optional.empty())));
		}
		assertThat(invented).isEmpty();
	}

	@Test
	void noMarkerOnTheReferencePhotosForAPracticeColour() {
		MarkerDetector detector = new MarkerDetector();
		List<String> invented = new ArrayList<>();
		List<String> names = List.of("white", "green", "blue", "yellow", "cyan");
		for (String name : names) {
			invented.addAll(label("pose " + name, detector.detect(ReferencePhotos.pose(),
					ReferencePhotos.poseKeypoints(), MarkerColour.parse(name))));
		}
		// Every fourth frame, each with two of the colours in turn (white every other
		// time): the wall between the legs, the band and the shoes change from frame to
		// frame.
		for (int frame = 0; frame < 65; frame += 4) {
			for (String name : List.of(names.get((frame / 4) % 5), names.get((frame / 4 + 2) % 5))) {
				invented.addAll(label("squat " + frame + " " + name, detector.detect(ReferencePhotos.squat(frame),
						ReferencePhotos.squatKeypoints(frame), MarkerColour.parse(name))));
			}
		}
		System.out.println("practice colour, reference photos: " + invented);
		assertThat(invented).isEmpty();
	}

	/**
	 * The reference photos as they are and in dim light, neutral and under a warm light's
	 * cast, with the colour detected and set to each practice colour: in the dark the
	 * photo's gaps and shadows read near black with a tinge (a gap in the window frame
	 * behind the legs of squat frame 60 reads 10/30/27, teal), and hair and skin in shade
	 * read dim browns. A hue needs a chroma and a brightness ({@code MarkerColour.hued})
	 * so that these are not taken for markers of a hue in shade, while a marker of a hue
	 * in shade is.
	 */
	@Test
	void noMarkerOnTheReferencePhotosInDimLight() {
		MarkerDetector detector = new MarkerDetector();
		List<String> invented = new ArrayList<>();
		List<String> colours = List.of("detect", "white", "green", "blue", "yellow", "cyan");
		double[][] lights = { { 1, 1, 1 }, { 0.45, 0.45, 0.45 }, { 0.3, 0.27, 0.23 } };
		// -1: the pose photo; then squat frames, 60 with the teal gap behind the legs.
		for (int frame : new int[] { -1, 0, 28, 60 }) {
			for (double[] light : lights) {
				BufferedImage photo = (frame < 0) ? ReferencePhotos.pose() : ReferencePhotos.squat(frame);
				MarkerPainter.cast(photo, light[0], light[1], light[2]);
				for (String name : colours) {
					Optional<MarkerColour> colour = name.equals("detect") ? Optional.empty() : MarkerColour.parse(name);
					invented.addAll(label(((frame < 0) ? "pose" : "squat " + frame) + " at " + light[0] + " " + name,
							detector.detect(photo, (frame < 0) ? ReferencePhotos.poseKeypoints()
									: ReferencePhotos.squatKeypoints(frame), colour)));
				}
			}
		}
		assertThat(invented).isEmpty();
	}

	/**
	 * Hard negatives drawn on the person where markers would go (highlights, specks,
	 * buttons, hoops, beads, stripes, eyes; see {@link DistractorScenes}), at marker
	 * scales from 6 to 34 px, with the colour detected and set to each practice colour.
	 */
	@Test
	void noMarkerOnDrawnDistractors() {
		assertNoneUnexplained(Long.getLong("markers.seeds", 0));
	}

	/**
	 * A second set of distractor scenes in every build: other placements and colours of
	 * the same kinds. On it (seed 201) a 13 px hoop on the back was once reported as a
	 * blue marker, its middle excused as shading (session 10; see
	 * {@code Verifier.holesPastShading}).
	 */
	@Test
	void noMarkerOnAnotherSetOfDrawnDistractors() {
		assertNoneUnexplained(201);
	}

	private static void assertNoneUnexplained(long seed) {
		MarkerDetector detector = new MarkerDetector();
		List<String> invented = new ArrayList<>();
		String[] photos = { "pose", "squat8", "squat52" };
		double[] sizes = { 6, 9, 13, 18, 25, 34 };
		int n = 0;
		for (String photo : photos) {
			for (org.realign.core.landmark.View view : org.realign.core.landmark.View.values()) {
				n++;
				String kind = DistractorScenes.KINDS.get(n % DistractorScenes.KINDS.size());
				DistractorScenes.Scene scene = DistractorScenes.make(photo, view, sizes[n % sizes.length], kind,
						seed + n);
				invented.addAll(label(scene.name() + " auto",
						detector.detect(scene.image(), scene.keypoints(), Optional.empty())));
				String name = List.of("white", "green", "blue", "yellow", "cyan").get(n % 5);
				invented.addAll(label(scene.name() + " " + name,
						detector.detect(scene.image(), scene.keypoints(), MarkerColour.parse(name))));
			}
		}
		invented.forEach((line) -> System.out.println("drawn distractor reported: " + line));
		// Buttons (a plain disc with a rim), chains of beads (plain discs in a row) and
		// soft highlights are still reported: see "Known limits" in docs/markers.md. The
		// other kinds must never be.
		List<String> unexplained = invented.stream()
			.filter((line) -> !line.contains(" button ") && !line.contains(" beads ") && !line.contains(" highlight "))
			.toList();
		assertThat(unexplained).isEmpty();
		assertThat(invented).as("known-limit kinds: fewer than today's count").hasSizeLessThanOrEqualTo(40);
	}

	private static List<String> label(String photo, List<Marker> markers) {
		return markers.stream().map((m) -> photo + ": " + m).toList();
	}

}
