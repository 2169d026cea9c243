package org.realign.core.capture;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.realign.core.landmark.ImageSize;
import org.realign.core.landmark.Landmark;
import org.realign.core.landmark.LandmarkId;
import org.realign.core.landmark.LandmarkSet;
import org.realign.core.landmark.LandmarkSource;
import org.realign.core.landmark.View;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The capture check on keypoints moved the way a camera or a crop moves them: the same
 * pose turned (camera roll) or cut by the frame must be named by the camera or by the
 * framing alone, never as a posture, a raised arm or a view the person does not show. The
 * poses are Google's reference keypoints of two frames of the squat video
 * ({@code pose_squats.full.json}, rounded to the pixel): a woman standing facing the
 * camera (frame 0) and in a deep squat (frame 34), in a 720 x 1280 photo.
 */
class CaptureCheckTest {

	private static final double[][] STANDING = { { 360, 238 }, { 362, 226 }, { 367, 226 }, { 373, 226 }, { 345, 225 },
			{ 338, 225 }, { 331, 225 }, { 371, 236 }, { 313, 235 }, { 368, 258 }, { 346, 257 }, { 412, 343 },
			{ 267, 331 }, { 440, 467 }, { 216, 452 }, { 484, 570 }, { 197, 561 }, { 499, 601 }, { 188, 601 },
			{ 499, 600 }, { 207, 598 }, { 490, 588 }, { 216, 584 }, { 367, 585 }, { 285, 576 }, { 359, 783 },
			{ 286, 774 }, { 343, 958 }, { 259, 950 }, { 328, 985 }, { 251, 970 }, { 396, 1005 }, { 285, 1011 } };

	private static final double[][] SQUAT = { { 413, 504 }, { 412, 485 }, { 416, 485 }, { 419, 485 }, { 398, 486 },
			{ 391, 486 }, { 383, 487 }, { 408, 492 }, { 363, 495 }, { 413, 519 }, { 395, 520 }, { 424, 592 },
			{ 302, 567 }, { 508, 668 }, { 336, 654 }, { 506, 597 }, { 453, 587 }, { 513, 580 }, { 480, 578 },
			{ 494, 573 }, { 471, 566 }, { 487, 580 }, { 463, 572 }, { 313, 765 }, { 234, 755 }, { 414, 809 },
			{ 319, 792 }, { 344, 955 }, { 262, 956 }, { 321, 978 }, { 246, 977 }, { 397, 1003 }, { 294, 1011 } };

	private static final double WIDTH = 720;

	private static final double HEIGHT = 1280;

	/** The keypoints on a photo of the given size, offset by (dx, dy). */
	private static LandmarkSet pose(double[][] points, double width, double height, double dx, double dy) {
		List<Landmark> landmarks = new ArrayList<>();
		for (LandmarkId id : LandmarkId.values()) {
			id.modelIndex()
				.ifPresent((i) -> landmarks
					.add(new Landmark(id, points[i][0] + dx, points[i][1] + dy, LandmarkSource.BLAZEPOSE_FULL,
							OptionalDouble.of(0.99), OptionalDouble.of(0.99), OptionalDouble.of(0.99))));
		}
		return LandmarkSet.of(View.ANTERIOR, new ImageSize(width, height), landmarks);
	}

	/**
	 * The photo turned by the given degrees (clockwise) about its centre, on a canvas
	 * grown to hold the whole of it, as {@code PhotoVariants.rotate} makes it.
	 */
	private static LandmarkSet rotated(double[][] points, double degrees) {
		double r = Math.toRadians(degrees);
		double cw = Math.abs(WIDTH * Math.cos(r)) + Math.abs(HEIGHT * Math.sin(r));
		double ch = Math.abs(WIDTH * Math.sin(r)) + Math.abs(HEIGHT * Math.cos(r));
		double[][] turned = new double[points.length][];
		for (int i = 0; i < points.length; i++) {
			double x = points[i][0] - WIDTH / 2;
			double y = points[i][1] - HEIGHT / 2;
			turned[i] = new double[] { cw / 2 + x * Math.cos(r) - y * Math.sin(r),
					ch / 2 + x * Math.sin(r) + y * Math.cos(r) };
		}
		return pose(turned, cw, ch, 0, 0);
	}

	private static CaptureReport check(LandmarkSet pose) {
		return CaptureCheck.check(pose, Optional.of(View.ANTERIOR), 1);
	}

	private static List<CaptureProblem.Check> checks(CaptureReport report) {
		return report.problems().stream().map(CaptureProblem::check).toList();
	}

	@Test
	void standingPose_isAccepted_andTheSquatIsRefusedAsSquatting() {
		assertThat(check(pose(STANDING, WIDTH, HEIGHT, 0, 0)).problems()).isEmpty();
		CaptureReport squat = check(pose(SQUAT, WIDTH, HEIGHT, 0, 0));
		// Her arms are held forward for balance: named too.
		assertThat(checks(squat)).containsExactly(CaptureProblem.Check.POSTURE, CaptureProblem.Check.ARMS);
		assertThat(squat.summary()).startsWith("not standing: squatting");
	}

	@Test
	void aFrontViewGivenAsTheBack_facesTheOtherWay_butNotGivenAsItselfOrASide() {
		CaptureReport front = check(pose(STANDING, WIDTH, HEIGHT, 0, 0));
		assertThat(front.detectedView()).contains(View.ANTERIOR);
		assertThat(front.facesTheOtherWay(View.POSTERIOR)).isTrue();
		assertThat(front.facesTheOtherWay(View.ANTERIOR)).isFalse();
		assertThat(front.facesTheOtherWay(View.LEFT_LATERAL)).isFalse();
		CaptureReport back = new CaptureReport(Optional.of(View.POSTERIOR), List.of(), 900, OptionalDouble.empty(),
				OptionalDouble.empty());
		assertThat(back.facesTheOtherWay(View.ANTERIOR)).isTrue();
		assertThat(back.facesTheOtherWay(View.POSTERIOR)).isFalse();
		CaptureReport unknown = new CaptureReport(Optional.empty(), List.of(), 900, OptionalDouble.empty(),
				OptionalDouble.empty());
		assertThat(unknown.facesTheOtherWay(View.POSTERIOR)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(ints = { -40, -30, -25, -20, -15, 15, 20, 25, 30, 40 })
	void tiltedCamera_isNamedAsTheCamera_notAsAFootOffTheFloorOrARaisedArm(int degrees) {
		CaptureReport report = check(rotated(STANDING, degrees));
		assertThat(checks(report)).as(report.summary()).containsExactly(CaptureProblem.Check.CAMERA);
		assertThat(report.summary()).startsWith("camera tilted");
		assertThat(report.detectedView()).contains(View.ANTERIOR);
		// The stature is read along the body, not shortened by the tilt.
		assertThat(report.statureInPixels()).isCloseTo(check(pose(STANDING, WIDTH, HEIGHT, 0, 0)).statureInPixels(),
				Percentage.withPercentage(1));
	}

	@ParameterizedTest
	@ValueSource(ints = { -5, -3, 3, 5 })
	void slightRoll_isAccepted(int degrees) {
		assertThat(check(rotated(STANDING, degrees)).problems()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(ints = { -90, 90 })
	void photoOnItsSide_isNamedAsSuch(int degrees) {
		CaptureReport report = check(rotated(STANDING, degrees));
		assertThat(checks(report)).as(report.summary()).containsExactly(CaptureProblem.Check.CAMERA);
		assertThat(report.summary()).startsWith("photo on its side");
	}

	@Test
	void photoUpsideDown_isNamedAsSuch() {
		CaptureReport report = check(rotated(STANDING, 180));
		assertThat(checks(report)).as(report.summary()).containsExactly(CaptureProblem.Check.CAMERA);
		assertThat(report.summary()).isEqualTo("photo upside down: turn it upright");
	}

	@ParameterizedTest
	@ValueSource(ints = { -20, -10, 10, 20 })
	void squatOnATiltedPhoto_isStillTheSquat(int degrees) {
		CaptureReport report = check(rotated(SQUAT, degrees));
		assertThat(checks(report)).as(report.summary()).startsWith(CaptureProblem.Check.POSTURE);
		assertThat(report.summary()).startsWith("not standing: squatting");
	}

	@Test
	void photoCutThroughTheBody_namesOnlyTheFraming() {
		// The frame's left edge at the mid-shoulders: the person's right arm, shoulder,
		// hip, knee and foot lie outside (the model places them all the same).
		double midShoulders = (STANDING[11][0] + STANDING[12][0]) / 2;
		CaptureReport report = check(pose(STANDING, WIDTH - midShoulders, HEIGHT, -midShoulders, 0));
		assertThat(checks(report)).as(report.summary()).containsExactly(CaptureProblem.Check.FRAMING);
	}

	@Test
	void photoCutAtTheChest_namesOnlyTheFraming_notAView() {
		double chest = (STANDING[11][1] + STANDING[23][1]) / 2;
		CaptureReport report = check(pose(STANDING, WIDTH, HEIGHT - chest, 0, -chest));
		assertThat(checks(report)).as(report.summary()).containsExactly(CaptureProblem.Check.FRAMING);
		assertThat(report.summary()).isEqualTo("whole body not in the photo: head and trunk cut off");
		assertThat(report.detectedView()).isEmpty();
	}

	@Test
	void photoCutAtTheChest_withTheHipsGuessedLow_namesNoPosture() {
		// With the shoulders cut off the model's hips are unsure: placed low, as on a
		// real photo cut at the chest, the thighs look short as in a squat.
		double[][] guessed = STANDING.clone();
		guessed[23] = new double[] { STANDING[23][0], STANDING[23][1] + 110 };
		guessed[24] = new double[] { STANDING[24][0], STANDING[24][1] + 110 };
		double chest = (STANDING[11][1] + STANDING[23][1]) / 2;
		CaptureReport report = check(pose(guessed, WIDTH, HEIGHT - chest, 0, -chest));
		assertThat(checks(report)).as(report.summary()).containsExactly(CaptureProblem.Check.FRAMING);
	}

	@Test
	void photoCutAtTheKnees_namesOnlyTheFraming_evenWhenTheModelGuessesBentKnees() {
		// The model's guess at legs below the frame: bent as in the squat. The frame cuts
		// above the knees, so only the framing is named.
		double[][] guessed = STANDING.clone();
		for (int i = 25; i < 33; i++) {
			guessed[i] = SQUAT[i].clone();
			guessed[i][0] += STANDING[23][0] - SQUAT[23][0];
		}
		double cut = STANDING[25][1] - 60;
		CaptureReport report = check(pose(guessed, WIDTH, cut, 0, 0));
		assertThat(checks(report)).as(report.summary()).containsExactly(CaptureProblem.Check.FRAMING);
		assertThat(report.summary()).isEqualTo("whole body not in the photo: knees and feet cut off");
	}

	@Test
	void handCutOff_isTheFraming_notARaisedArm() {
		// The frame's right edge just inside the left wrist; the model's guess at the
		// wrist outside lies above the elbow.
		double[][] guessed = STANDING.clone();
		guessed[15] = new double[] { STANDING[13][0] + 60, STANDING[13][1] - 40 };
		CaptureReport report = check(pose(guessed, STANDING[13][0] + 30, HEIGHT, 0, 0));
		assertThat(checks(report)).as(report.summary()).containsExactly(CaptureProblem.Check.FRAMING);
		assertThat(report.summary()).contains("hands cut off");
	}

}
