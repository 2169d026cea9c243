package org.realign.core.capture;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.realign.core.landmark.ImageSize;
import org.realign.core.landmark.Landmark;
import org.realign.core.landmark.LandmarkId;
import org.realign.core.landmark.LandmarkSet;
import org.realign.core.landmark.View;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person seen side-on stands with one foot farther from the camera than the other, and
 * a camera above the floor shows the farther foot higher: the capture check allows that
 * rise side-on, but not squarely from the front, where both feet are as far from the
 * camera and a foot that high is lifted. Stick figures in pixels, 1000 pixels tall
 * photos; the leg (hip to ankle) is 400 pixels.
 */
class CaptureCheckSideOnTest {

	private static final double LEG = 400;

	@Test
	void sideOn_fartherFootHigherByPerspective_isStanding_butLiftedHigherIsNot() {
		// 0.13 leg lengths: what the renders of people standing side-on show at most.
		CaptureReport standing = CaptureCheck.check(sideOn(0.13 * LEG), Optional.of(View.LEFT_LATERAL), 1);
		assertThat(standing.problems()).isEmpty();
		assertThat(standing.detectedView()).contains(View.LEFT_LATERAL);
		CaptureReport lifted = CaptureCheck.check(sideOn(0.3 * LEG), Optional.of(View.LEFT_LATERAL), 1);
		assertThat(lifted.summary()).isEqualTo("not standing: one foot off the floor (weight not on both feet)");
	}

	@Test
	void front_oneFootAsHigh_isLifted() {
		CaptureReport lifted = CaptureCheck.check(front(0.13 * LEG), Optional.of(View.ANTERIOR), 1);
		assertThat(lifted.summary()).isEqualTo("not standing: one foot off the floor (weight not on both feet)");
		assertThat(CaptureCheck.check(front(0.03 * LEG), Optional.of(View.ANTERIOR), 1).problems()).isEmpty();
	}

	@Test
	void allowance_growsFromTheScatterSquareOnToTheScatterPlusThePerspectiveSideOn() {
		double square = allowance(front(0));
		double side = allowance(sideOn(0));
		assertThat(square).isBetween(CaptureCheck.MAX_ANKLE_STEP, CaptureCheck.MAX_ANKLE_STEP + 0.02);
		assertThat(side).isBetween(CaptureCheck.MAX_ANKLE_STEP + 0.9 * CaptureCheck.SIDE_ON_FOOT_RISE,
				CaptureCheck.MAX_ANKLE_STEP + CaptureCheck.SIDE_ON_FOOT_RISE);
	}

	@Test
	void sideOnTurnedAQuarter_feetHipWidthApartShowAcross_isStanding_butALungeSquarelySideOnIsNot() {
		// Turned about 20 degrees from side-on (the trunk 0.12 torso lengths wide), feet
		// half a leg apart across the photo: the stance's width seen at an angle.
		CaptureReport turned = CaptureCheck.check(sideOnApart(40, 0.5 * LEG), Optional.empty(), 1);
		assertThat(turned.detectedView()).contains(View.LEFT_LATERAL);
		assertThat(turned.problems()).isEmpty();
		// Squarely side-on (the trunk 0.015 wide), feet 0.7 leg lengths apart front to
		// back.
		CaptureReport lunge = CaptureCheck.check(sideOnApart(5, 0.7 * LEG), Optional.empty(), 1);
		assertThat(lunge.summary()).startsWith("not standing: feet wide apart");
	}

	/**
	 * A person seen from the left, shoulders and hips {@code trunk} pixels apart across
	 * the photo, the feet {@code feet} pixels apart.
	 */
	static LandmarkSet sideOnApart(double trunk, double feet) {
		List<Landmark> points = new ArrayList<>();
		add(points, "nose", 275, 180);
		pair(points, "eye", 282, 284, 170, 170);
		pair(points, "ear", 305, 310, 178, 178);
		pair(points, "shoulder", 300 - trunk / 2, 300 + trunk / 2, 250, 250);
		pair(points, "elbow", 300 - trunk / 2, 300 + trunk / 2, 380, 380);
		pair(points, "wrist", 300 - trunk / 2, 300 + trunk / 2, 495, 495);
		pair(points, "hip", 300 - trunk / 4, 300 + trunk / 4, 500, 500);
		pair(points, "knee", 300 - feet / 4, 300 + feet / 4, 700, 700);
		pair(points, "ankle", 300 - feet / 2, 300 + feet / 2, 900, 900);
		pair(points, "heel", 316 - feet / 2, 316 + feet / 2, 915, 915);
		pair(points, "foot-index", 251 - feet / 2, 251 + feet / 2, 930, 930);
		return LandmarkSet.of(View.ANTERIOR, new ImageSize(600, 1000), points);
	}

	private static double allowance(LandmarkSet pose) {
		return CaptureCheck.maxAnkleStep(pose);
	}

	/**
	 * A person facing the camera: shoulders 150 px apart, hips 100 px, the torso 250 px;
	 * the right foot {@code rise} pixels higher on the photo.
	 */
	static LandmarkSet front(double rise) {
		List<Landmark> points = new ArrayList<>();
		// The person's left on the photo's right.
		add(points, "nose", 300, 180);
		pair(points, "eye", 310, 290, 170, 170);
		pair(points, "ear", 325, 275, 178, 178);
		pair(points, "shoulder", 375, 225, 250, 250);
		pair(points, "elbow", 385, 215, 380, 380);
		pair(points, "wrist", 388, 212, 495, 495);
		pair(points, "hip", 350, 250, 500, 500);
		pair(points, "knee", 352, 248, 700, 700);
		pair(points, "ankle", 354, 246, 900, 900 - rise);
		pair(points, "heel", 352, 248, 915, 915 - rise);
		pair(points, "foot-index", 365, 235, 935, 935 - rise);
		return LandmarkSet.of(View.ANTERIOR, new ImageSize(600, 1000), points);
	}

	/**
	 * A person seen from the left, facing the photo's left edge, the right (farther) foot
	 * {@code rise} pixels higher on the photo.
	 */
	static LandmarkSet sideOn(double rise) {
		List<Landmark> points = new ArrayList<>();
		add(points, "nose", 275, 180);
		pair(points, "eye", 282, 284, 170, 170);
		pair(points, "ear", 305, 310, 178, 178);
		pair(points, "shoulder", 300, 306, 250, 250);
		pair(points, "elbow", 302, 308, 380, 380);
		pair(points, "wrist", 298, 304, 495, 495);
		pair(points, "hip", 300, 304, 500, 500);
		pair(points, "knee", 298, 302, 700, 700);
		pair(points, "ankle", 304, 306, 900, 900 - rise);
		pair(points, "heel", 320, 322, 915, 915 - rise);
		pair(points, "foot-index", 255, 257, 930, 930 - rise);
		return LandmarkSet.of(View.ANTERIOR, new ImageSize(600, 1000), points);
	}

	private static void pair(List<Landmark> points, String name, double leftX, double rightX, double leftY,
			double rightY) {
		add(points, "left-" + name, leftX, leftY);
		add(points, "right-" + name, rightX, rightY);
	}

	private static void add(List<Landmark> points, String id, double x, double y) {
		points.add(Landmark.manual(LandmarkId.fromId(id).orElseThrow(), x, y));
	}

}
