package org.realign.pose.marker;

import java.util.Arrays;
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
 * Small white balls on coloured clothing read tinted: blur, and JPEG's colour at half
 * resolution, mix the clothing into their core. Beside white markers of the set found by
 * their own colour they are white markers too, with the colour detected or set to white
 * by the practice; a larger pale patch of the clothing's hue is not.
 */
class SmallWhiteOnColourTest {

	private static final int SKIN = 0xC89A7C;

	private static final int WHITE = 0xF4F4F2;

	/** The white balls' size, pixels. */
	private static final double DIAMETER = 6;

	/** A pale patch of the clothing's hue: a printed spot, twice the balls' size. */
	private static final double PATCH = 12;

	private static final int PALE_PINK = 0xF08CAC;

	/** Clothing: red, magenta, a dark pink. */
	private static final int[] CLOTHING = { 0xB01018, 0xC01870, 0xA02850 };

	/** Three markers on skin (left), three on the clothing (right). */
	private static final double[][] ON_SKIN = { { 30, 40 }, { 30, 100 }, { 30, 160 } };

	private static final double[][] ON_CLOTHING = { { 140, 40 }, { 140, 100 }, { 140, 160 } };

	@Test
	void smallWhiteBallsOnColouredClothingJoinTheWhiteSet() {
		joinTheWhiteSet(Optional.empty(), ON_CLOTHING.length);
	}

	@Test
	void soTheyDoWhenThePracticeSetsWhite() {
		joinTheWhiteSet(Optional.of(MarkerColour.WHITE), ON_CLOTHING.length);
	}

	/**
	 * Two on the clothing are too few to be a tinted set of their own (measured, with the
	 * practice's colour set to white: 46 of 60 before, 60 after).
	 */
	@Test
	void twoAloneOnTheClothingJoinItToo() {
		joinTheWhiteSet(Optional.empty(), 2);
		joinTheWhiteSet(Optional.of(MarkerColour.WHITE), 2);
	}

	private static void joinTheWhiteSet(Optional<MarkerColour> colour, int onTheClothing) {
		int found = 0;
		int total = 0;
		int elsewhere = 0;
		for (int clothing : CLOTHING) {
			for (int seed = 0; seed < 4; seed++) {
				Random random = new Random(seed * 7 + clothing);
				double[][] onSkin = jitter(ON_SKIN, random);
				double[][] onClothing = Arrays.copyOf(jitter(ON_CLOTHING, random), onTheClothing);
				List<Marker> markers = detect(scene(clothing, onSkin, onClothing, null, random), colour);
				total += onSkin.length + onClothing.length;
				found += foundAt(markers, onSkin, onClothing);
				elsewhere += reportedElsewhere(markers, onSkin, onClothing);
			}
		}
		// Measured: every one, in every variant; with the colour detected and three on
		// the clothing, 54 of 72 before white was read beneath the mix (on the magenta
		// shirt the three tinted balls outnumbered the three on skin, which were lost).
		assertThat(found).as("small white balls on skin and coloured clothing, found of %d", total)
			.isGreaterThanOrEqualTo(total - 2);
		assertThat(elsewhere).as("markers reported where none was drawn").isZero();
	}

	@Test
	void aLargerPalePatchOfTheClothingsHueDoesNotJoin() {
		int patches = 0;
		int whites = 0;
		int total = 0;
		for (int clothing : CLOTHING) {
			for (int seed = 0; seed < 4; seed++) {
				Random random = new Random(seed * 11 + clothing);
				double[][] onSkin = jitter(ON_SKIN, random);
				double[] patch = { 150 + random.nextDouble(), 100 + random.nextDouble() };
				List<Marker> markers = detect(scene(clothing, onSkin, new double[0][], patch, random),
						Optional.empty());
				total++;
				patches += (int) markers.stream().filter((m) -> m.distanceTo(patch[0], patch[1]) <= 3).count();
				whites += (int) markers.stream().filter((m) -> near(m, onSkin)).count();
			}
		}
		assertThat(patches).as("pale patches of the clothing's hue, twice the balls' size, reported of %d", total)
			.isZero();
		assertThat(whites).as("the white balls beside them").isEqualTo(3 * total);
	}

	private static List<Marker> detect(RgbImage image, Optional<MarkerColour> colour) {
		return new MarkerDetector().detect(image, new MarkerDetector.Region(0, 0, 200, 200), List.of(), colour);
	}

	/**
	 * Skin on the left, clothing on the right, white balls {@value #DIAMETER} px across
	 * at the points given and a pale patch if given, blurred by 1.5 px, with noise and
	 * JPEG 0.6.
	 */
	static RgbImage scene(int clothing, double[][] onSkin, double[][] onClothing, double[] palePatch, Random random) {
		return DrawnPoints.skinBesideClothing(SKIN, clothing, (image) -> {
			for (double[][] points : new double[][][] { onSkin, onClothing }) {
				for (double[] at : points) {
					MarkerPainter.draw(image, at[0], at[1], DIAMETER, WHITE, true, Double.NaN, 0, 0);
				}
			}
			if (palePatch != null) {
				MarkerPainter.draw(image, palePatch[0], palePatch[1], PATCH, PALE_PINK, false, Double.NaN, 0, 0);
			}
		}, random);
	}

}
