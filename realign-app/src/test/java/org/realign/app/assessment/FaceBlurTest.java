package org.realign.app.assessment;

import java.awt.image.BufferedImage;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.realign.core.landmark.ImageSize;
import org.realign.core.landmark.Landmark;
import org.realign.core.landmark.LandmarkId;
import org.realign.core.landmark.LandmarkSet;
import org.realign.core.landmark.View;

import static org.assertj.core.api.Assertions.assertThat;

class FaceBlurTest {

	private static final int WIDTH = 600;

	private static final int HEIGHT = 800;

	private final FaceBlur faceBlur = new FaceBlur();

	@Test
	void blursTheFaceBoxAndLeavesTheRestUntouched() {
		BufferedImage image = checkerboard();
		LandmarkSet landmarks = landmarks(List.of(Landmark.manual(LandmarkId.NOSE, 300, 100),
				Landmark.manual(LandmarkId.LEFT_EYE, 315, 90), Landmark.manual(LandmarkId.RIGHT_EYE, 285, 90),
				Landmark.manual(LandmarkId.LEFT_EAR, 330, 95), Landmark.manual(LandmarkId.RIGHT_EAR, 270, 95),
				Landmark.manual(LandmarkId.MOUTH_LEFT, 310, 115), Landmark.manual(LandmarkId.MOUTH_RIGHT, 290, 115),
				Landmark.manual(LandmarkId.LEFT_SHOULDER, 360, 300),
				Landmark.manual(LandmarkId.RIGHT_SHOULDER, 240, 300)));

		BufferedImage blurred = this.faceBlur.blur(image, landmarks);

		double before = variance(image, 270, 85, 330, 120);
		double after = variance(blurred, 270, 85, 330, 120);
		assertThat(before).isGreaterThan(1000);
		assertThat(after).isLessThan(before * 0.1);
		// The padded box reaches at most one face size (60 px) beyond the landmarks.
		assertUnchangedWhere(image, blurred, (x, y) -> x < 200 || x >= 400 || y >= 200);
	}

	@Test
	void withoutFaceLandmarksBlursTheHeadAboveTheShoulders() {
		BufferedImage image = checkerboard();
		LandmarkSet landmarks = landmarks(List.of(Landmark.manual(LandmarkId.LEFT_SHOULDER, 360, 300),
				Landmark.manual(LandmarkId.RIGHT_SHOULDER, 240, 300), Landmark.manual(LandmarkId.LEFT_HIP, 340, 500),
				Landmark.manual(LandmarkId.RIGHT_HIP, 260, 500)));

		BufferedImage blurred = this.faceBlur.blur(image, landmarks);

		double before = variance(image, 260, 100, 340, 200);
		assertThat(variance(blurred, 260, 100, 340, 200)).isLessThan(before * 0.1);
		// The head region spans a sixth of the width either side of the shoulders'
		// centre, from the top down to the shoulders.
		assertUnchangedWhere(image, blurred, (x, y) -> x < 190 || x >= 410 || y >= 310);
	}

	/**
	 * Hand-marked side views carry the tragus and the acromion, not the pose model's face
	 * points: the tragus places the face.
	 */
	@Test
	void handMarkedSideView_theTragusPlacesTheFace() {
		BufferedImage image = checkerboard();
		LandmarkSet landmarks = landmarks(List.of(Landmark.manual(LandmarkId.LEFT_TRAGUS, 300, 100),
				Landmark.manual(LandmarkId.C7, 280, 160), Landmark.manual(LandmarkId.LEFT_ACROMION, 300, 200)));

		BufferedImage blurred = this.faceBlur.blur(image, landmarks);

		assertThat(this.faceBlur.locatesTheFace(landmarks, image.getWidth(), image.getHeight())).isTrue();
		double before = variance(image, 285, 85, 315, 115);
		assertThat(variance(blurred, 285, 85, 315, 115)).isLessThan(before * 0.1);
		assertUnchangedWhere(image, blurred, (x, y) -> y >= 200);
	}

	@Test
	void withNeitherFaceNorShouldersChangesNothing() {
		BufferedImage image = checkerboard();
		BufferedImage blurred = this.faceBlur.blur(image,
				landmarks(List.of(Landmark.manual(LandmarkId.LEFT_HIP, 340, 500))));
		assertUnchangedWhere(image, blurred, (x, y) -> true);
		assertThat(this.faceBlur.locatesTheFace(landmarks(List.of(Landmark.manual(LandmarkId.LEFT_HIP, 340, 500))),
				image.getWidth(), image.getHeight()))
			.isFalse();
	}

	private interface Region {

		boolean contains(int x, int y);

	}

	private static void assertUnchangedWhere(BufferedImage expected, BufferedImage actual, Region region) {
		int checked = 0;
		for (int y = 0; y < HEIGHT; y++) {
			for (int x = 0; x < WIDTH; x++) {
				if (region.contains(x, y)) {
					assertThat(actual.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(expected.getRGB(x, y));
					checked++;
				}
			}
		}
		assertThat(checked).isGreaterThan(0);
	}

	private static LandmarkSet landmarks(List<Landmark> points) {
		return LandmarkSet.of(View.ANTERIOR, new ImageSize(WIDTH, HEIGHT), points);
	}

	/** Two-pixel black and white squares: as much local variance as an image can have. */
	private static BufferedImage checkerboard() {
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < HEIGHT; y++) {
			for (int x = 0; x < WIDTH; x++) {
				image.setRGB(x, y, ((x / 2 + y / 2) % 2 == 0) ? 0xffffff : 0x000000);
			}
		}
		return image;
	}

	/** Variance of the grey level in the rectangle [x0, x1) x [y0, y1). */
	private static double variance(BufferedImage image, int x0, int y0, int x1, int y1) {
		double sum = 0;
		double sumOfSquares = 0;
		int n = 0;
		for (int y = y0; y < y1; y++) {
			for (int x = x0; x < x1; x++) {
				int rgb = image.getRGB(x, y);
				double grey = (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 3.0;
				sum += grey;
				sumOfSquares += grey * grey;
				n++;
			}
		}
		double mean = sum / n;
		return sumOfSquares / n - mean * mean;
	}

}
