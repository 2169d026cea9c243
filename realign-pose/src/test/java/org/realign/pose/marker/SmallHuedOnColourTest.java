package org.realign.pose.marker;

import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.realign.pose.RgbImage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realign.pose.marker.DrawnPoints.foundAt;
import static org.realign.pose.marker.DrawnPoints.jitter;
import static org.realign.pose.marker.DrawnPoints.near;
import static org.realign.pose.marker.DrawnPoints.reportedElsewhere;

/**
 * Small coloured balls on clothing of another colour read a mix of the two: blur, and
 * JPEG's colour at half resolution, mix the clothing into their core, so that a blue ball
 * 6 px across on a magenta top reads purple. Beside the set's balls on skin, which read
 * their own hue, they are markers of the set, with the colour detected; small balls of
 * another colour beside them are not (traced on mixed set 1004: the scapulae and T3 of a
 * blue set on a magenta top, lost to four balls on the legs).
 */
class SmallHuedOnColourTest {

	private static final int SKIN = 0xC89A7C;

	private static final int BLUE = 0x2255DD;

	/** The balls' size, pixels. */
	private static final double DIAMETER = 6;

	/** Balls of another practice's set, or beads. */
	private static final int GREEN = 0x20C040;

	/** Clothing: magenta, a dark pink, red. */
	private static final int[] CLOTHING = { 0xD8104A, 0xC01870, 0xB01018 };

	/** Four markers on skin (left), three on the clothing (right). */
	private static final double[][] ON_SKIN = { { 30, 30 }, { 30, 75 }, { 30, 120 }, { 30, 165 } };

	private static final double[][] ON_CLOTHING = { { 140, 40 }, { 140, 100 }, { 140, 160 } };

	@Test
	void smallBallsOnClothingOfAnotherColourJoinTheirSet() {
		int found = 0;
		int total = 0;
		int elsewhere = 0;
		int onClothingBefore = 0;
		for (int clothing : CLOTHING) {
			for (int seed = 0; seed < 4; seed++) {
				Random random = new Random(seed * 7 + clothing);
				double[][] onSkin = jitter(ON_SKIN, random);
				double[][] onClothing = jitter(ON_CLOTHING, random);
				RgbImage image = scene(clothing, onSkin, onClothing, BLUE, random);
				List<Marker> markers = detect(image);
				total += onSkin.length + onClothing.length;
				found += foundAt(markers, onSkin, onClothing);
				elsewhere += reportedElsewhere(markers, onSkin, onClothing);
				onClothingBefore += (int) MarkerDetector.largestColourGroup(markers)
					.stream()
					.filter((m) -> near(m, onClothing))
					.count();
			}
		}
		// The balls on the clothing are verified, but read another hue than the set's
		// (measured: 1 of 36 within the set's by its own colour): by colour alone,
		// without the mix read beneath, most are not of the set.
		int onClothing = CLOTHING.length * 4 * ON_CLOTHING.length;
		assertThat(onClothingBefore).as("balls on the clothing in the set by their own colour, of %d", onClothing)
			.isLessThan(onClothing / 4);
		assertThat(found).as("small blue balls on skin and coloured clothing, found of %d", total)
			.isGreaterThanOrEqualTo(total - 2);
		assertThat(elsewhere).as("markers reported where none was drawn").isZero();
	}

	/**
	 * Small balls of another colour on the clothing (green: another practice's set, a
	 * bead), mixed with the clothing as the set's are, are not of the set: no share of
	 * their colour beneath the mix has the set's hue.
	 */
	@Test
	void smallBallsOfAnotherColourOnTheClothingDoNotJoin() {
		int others = 0;
		int total = 0;
		for (int clothing : CLOTHING) {
			for (int seed = 0; seed < 4; seed++) {
				Random random = new Random(seed * 11 + clothing);
				double[][] onSkin = jitter(ON_SKIN, random);
				double[][] onClothing = jitter(ON_CLOTHING, random);
				List<Marker> markers = detect(scene(clothing, onSkin, onClothing, GREEN, random));
				total += onClothing.length;
				others += (int) markers.stream().filter((m) -> near(m, onClothing)).count();
			}
		}
		assertThat(others).as("green balls on the clothing reported, of %d", total).isZero();
	}

	/** With the colour detected, as on most photos. */
	private static List<Marker> detect(RgbImage image) {
		return new MarkerDetector().detect(image, new MarkerDetector.Region(0, 0, 200, 200), List.of(),
				Optional.empty());
	}

	/**
	 * Skin on the left, clothing on the right, balls {@value #DIAMETER} px across: blue
	 * on the skin, of {@code onClothingColour} on the clothing, blurred by 1.5 px, with
	 * noise and JPEG 0.6.
	 */
	private static RgbImage scene(int clothing, double[][] onSkin, double[][] onClothing, int onClothingColour,
			Random random) {
		return DrawnPoints.skinBesideClothing(SKIN, clothing, (image) -> {
			for (double[] at : onSkin) {
				MarkerPainter.draw(image, at[0], at[1], DIAMETER, BLUE, true, Double.NaN, 0, 0);
			}
			for (double[] at : onClothing) {
				MarkerPainter.draw(image, at[0], at[1], DIAMETER, onClothingColour, true, Double.NaN, 0, 0);
			}
		}, random);
	}

}
