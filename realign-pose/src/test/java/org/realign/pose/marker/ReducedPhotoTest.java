package org.realign.pose.marker;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.realign.core.landmark.View;
import org.realign.pose.RgbImage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A large photo of the body is searched reduced (see {@link ReducedPhoto}): the reduced
 * pixels average the areas they cover, keep the photo's coordinates, and markers larger
 * than the scan's scales are found on it.
 */
class ReducedPhotoTest {

	@Test
	void aReducedPixelIsTheAverageOfTheAreaItCovers() {
		// Columns alternately black and white: any span of 2.5 columns averages to a
		// grey in proportion to the white it covers.
		int width = 40;
		int height = 10;
		BufferedImage stripes = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				stripes.setRGB(x, y, (x % 2 == 0) ? 0xFFFFFF : 0x000000);
			}
		}
		ReducedPhoto reduced = ReducedPhoto.of(RgbImage.of(stripes), 0, 0, width, height, 2.5);
		assertThat(reduced.image().width()).isEqualTo(16);
		assertThat(reduced.image().height()).isEqualTo(4);
		// New pixel 0 spans [0, 2.5): white 0, black 1, half of white 2: 1.5 of 2.5
		// white. New pixel 1 spans [2.5, 5): half of 2 (white), 3 (black), 4 (white).
		assertThat(reduced.image().rgb(0) & 0xFF).isEqualTo(Math.round(255 * 1.5f / 2.5f));
		assertThat(reduced.image().rgb(1) & 0xFF).isEqualTo(Math.round(255 * 1.5f / 2.5f));
	}

	@Test
	void aDiscKeepsItsCentreInThePhotosCoordinates() {
		BufferedImage photo = new BufferedImage(300, 240, BufferedImage.TYPE_INT_RGB);
		MarkerPainter.draw(photo, 171.37, 118.81, 56, 0x2255DD, false, Double.NaN, 0, 0);
		double[] before = centroid(RgbImage.of(photo), 1, 0, 0);
		ReducedPhoto reduced = ReducedPhoto.of(RgbImage.of(photo), 20, 10, 300, 240, 2.3);
		double[] after = centroid(reduced.image(), reduced.factor(), reduced.left(), reduced.top());
		assertThat(before[0]).isCloseTo(171.37, within(0.01));
		assertThat(after[0]).isCloseTo(171.37, within(0.05));
		assertThat(after[1]).isCloseTo(118.81, within(0.05));
		Marker back = reduced.restore(new Marker((171.37 - 20) / 2.3, (118.81 - 10) / 2.3, 56 / 2.3, 1, 0.2, 0));
		assertThat(back.x()).isCloseTo(171.37, within(1e-9));
		assertThat(back.diameter()).isCloseTo(56, within(1e-9));
		assertThat(back.uncertainty()).isCloseTo(0.46, within(1e-9));
	}

	/** The blue-weighted centroid, in the photo's continuous coordinates. */
	private static double[] centroid(RgbImage image, double factor, int left, int top) {
		double sum = 0;
		double sx = 0;
		double sy = 0;
		for (int y = 0; y < image.height(); y++) {
			for (int x = 0; x < image.width(); x++) {
				double w = image.rgb(y * image.width() + x) & 0xFF;
				sum += w;
				sx += w * (left + factor * (x + 0.5));
				sy += w * (top + factor * (y + 0.5));
			}
		}
		return new double[] { sx / sum, sy / sum };
	}

	@Test
	void aBodyOfOrdinarySizeIsNotReduced() {
		MarkerScenes.Scene scene = MarkerScenes
			.make(new MarkerScenes.Recipe("pose", View.ANTERIOR, 20, 0x2255DD, false, 0, 0, 1f, false, false, 1));
		assertThat(ReducedPhoto.factorFor(scene.keypoints())).isEqualTo(1);
	}

	/**
	 * A phone's full-size photo of a person filling the frame: markers 47-57 px across,
	 * beyond the scan's largest scale, as flat dots and balls, white and coloured,
	 * blurred and compressed as such a photo is (main before ReducedPhoto: none found).
	 */
	@Test
	void markersOnALargePhotoOfTheBodyAreFound() {
		MarkerDetector detector = new MarkerDetector();
		MarkerAssigner assigner = new MarkerAssigner();
		Object[][] scenes = { { "pose", View.ANTERIOR, 0x2255DD, false },
				{ "squat24", View.POSTERIOR, 0xF4F4F2, true } };
		int total = 0;
		int good = 0;
		int extra = 0;
		List<String> missed = new ArrayList<>();
		for (Object[] s : scenes) {
			MarkerScenes.Scene scene = MarkerScenes.make(new MarkerScenes.Recipe((String) s[0], (View) s[1], 52,
					(int) s[2], (boolean) s[3], 1, 2.5, 0.8f, false, false, 7));
			assertThat(ReducedPhoto.factorFor(scene.keypoints())).isGreaterThan(1.5);
			List<Marker> found = detector.detect(scene.image(), scene.keypoints(), Optional.empty());
			MarkerAssignment assignment = assigner.assign(found, scene.keypoints(), scene.view());
			for (MarkerScenes.Drawn d : scene.drawn()) {
				total++;
				Marker named = assignment.assigned().get(d.id());
				if (named != null && named.distanceTo(d.x(), d.y()) <= 1.5) {
					good++;
				}
				else {
					missed.add(scene.name() + " " + d.id().id());
				}
			}
			extra += (int) found.stream()
				.filter((f) -> scene.drawn().stream().noneMatch((d) -> f.distanceTo(d.x(), d.y()) <= 3))
				.count();
		}
		System.out.printf(
				"large photos, 52 px markers: %d of %d found within 1.5 px and named right, %d extra; missed %s%n",
				good, total, extra, missed);
		assertThat(good).isGreaterThanOrEqualTo((int) Math.ceil(0.95 * total));
		assertThat(extra).isZero();
	}

}
