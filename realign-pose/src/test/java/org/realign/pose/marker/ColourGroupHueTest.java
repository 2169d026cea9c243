package org.realign.pose.marker;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A set's hues spread (a small marker's edge mixes with its surround, JPEG halves the
 * colour's resolution), and the colour group is formed around the set's own hue, not
 * around whichever marker the order found made its seed.
 */
class ColourGroupHueTest {

	/**
	 * The colours of five yellow balls 6 px across, as verified on set 1101 of the
	 * development scenes' combinations (squat frame 64, from the side), in the order
	 * found: hues 63, 30, 27, 57, 56. Each seed's group of one colour with it holds at
	 * most four, and the first of four (the acromion's) leaves out the truest yellow, the
	 * greater trochanter's.
	 */
	private static final int[] SPREAD = { 0xC2CA1B, 0xFBB26A, 0xFBA865, 0xC0B941, 0xCCC34B };

	@Test
	void aSetWhoseHuesSpreadIsOneGroupAroundItsMeanHue() {
		List<Marker> found = markers(SPREAD);
		for (Marker seed : found) {
			assertThat(found.stream().filter((m) -> MarkerColour.sameColour(seed.rgb(), m.rgb())).count())
				.as("markers of one colour with %06X", seed.rgb())
				.isLessThan(found.size());
		}
		assertThat(MarkerDetector.largestColourGroup(found)).containsExactlyElementsOf(found);
	}

	@Test
	void aMarkerOfAnotherHueStaysOut() {
		// The same set and a red and a blue round thing: neither within the tolerance of
		// the set's mean hue (about 42).
		int[] withOthers = { 0xC2CA1B, 0xFBB26A, 0xD0303A, 0xFBA865, 0xC0B941, 0x3050D0, 0xCCC34B };
		List<Marker> found = markers(withOthers);
		assertThat(MarkerDetector.largestColourGroup(found)).extracting(Marker::rgb)
			.containsExactly(0xC2CA1B, 0xFBB26A, 0xFBA865, 0xC0B941, 0xCCC34B);
	}

	@Test
	void aWhiteGroupIsLeftAsItIs() {
		// Whites have no hue to gather around: a pale yellow stays out of a white set.
		int[] whites = { 0xF2F2EE, 0xEEEEEA, 0xF4F3F0, 0xF0E49A };
		assertThat(MarkerDetector.largestColourGroup(markers(whites))).extracting(Marker::rgb)
			.containsExactly(0xF2F2EE, 0xEEEEEA, 0xF4F3F0);
	}

	private static List<Marker> markers(int[] rgbs) {
		return java.util.stream.IntStream.range(0, rgbs.length)
			.mapToObj((k) -> new Marker(40 * k, 100, 6, 1, 0.3, rgbs[k]))
			.toList();
	}

}
