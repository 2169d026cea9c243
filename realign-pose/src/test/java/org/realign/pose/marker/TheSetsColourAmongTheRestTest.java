package org.realign.pose.marker;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.realign.pose.RgbImage;
import org.realign.pose.marker.MarkerDetector.Candidate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which of the candidates the verifier refused without noting a second look are looked at
 * once the photo's marker set is known
 * ({@link MarkerDetector#ofTheSetsColourAmongTheRest}): those whose centre is of the
 * set's colour and whose scale is of its size, after the strong candidates' looks; none
 * on a photo without a set of a hue.
 */
class TheSetsColourAmongTheRestTest {

	private static final int SKIN = 0xC89A7C;

	private static final int BLUE = 0x2255DD;

	private static final int GREEN = 0x1FB84A;

	/**
	 * Skin, with a blue and a green pixel where the candidates of those colours stand.
	 */
	private static final RgbImage IMAGE;

	static {
		BufferedImage image = MarkerPainter.plain(200, SKIN);
		image.setRGB(50, 50, BLUE);
		image.setRGB(120, 60, BLUE);
		image.setRGB(60, 120, GREEN);
		image.setRGB(150, 150, BLUE);
		image.setRGB(20, 180, BLUE);
		IMAGE = RgbImage.of(image);
	}

	private static final List<Candidate> CANDIDATES = List.of(new Candidate(50.2, 49.8, 3, 2.1),
			new Candidate(120, 60, 12.5, 2.5), new Candidate(60, 120, 3, 2.4), new Candidate(100, 100, 3, 2.0),
			new Candidate(150, 150, 4.5, 1.8), new Candidate(20, 180, 3, 9.0));

	/** The fifth candidate verified, the sixth noted for a second look. */
	private static final List<Optional<Marker>> VERIFIED = List.of(Optional.empty(), Optional.empty(), Optional.empty(),
			Optional.empty(), Optional.of(marker(150, 150, BLUE)), Optional.empty());

	private static final double[] NOTED = { 20, 180, 3 };

	@Test
	void aWeakerCandidateOfTheSetsColourAndSizeIsLookedAt() {
		List<Marker> set = List.of(marker(150, 150, BLUE), marker(30, 30, BLUE), marker(170, 30, BLUE));
		List<double[]> looks = MarkerDetector.ofTheSetsColourAmongTheRest(IMAGE, CANDIDATES, VERIFIED, noted(), set);
		// The blue candidate at a small marker's scale. Not the blue one at a scale twice
		// the set's, the green one, the one on skin, the verified one, or the one noted
		// for a second look already.
		assertThat(looks).hasSize(1);
		assertThat(looks.get(0)).containsExactly(50.2, 49.8, 3);
	}

	@Test
	void aPairOfAHueIsASetToLookFor() {
		List<Marker> pair = List.of(marker(150, 150, BLUE), marker(30, 30, BLUE));
		assertThat(MarkerDetector.aPairOfAHue(pair)).isTrue();
		assertThat(MarkerDetector.ofTheSetsColourAmongTheRest(IMAGE, CANDIDATES, VERIFIED, noted(), pair)).hasSize(1);
	}

	@Test
	void withoutASetOfAHueNothingMoreIsLookedAt() {
		List<List<Marker>> noSet = List.of(List.of(),
				// One of each colour, or a pair of two colours.
				List.of(marker(150, 150, BLUE)), List.of(marker(150, 150, BLUE), marker(30, 30, GREEN)),
				List.of(marker(150, 150, BLUE), marker(30, 30, GREEN), marker(170, 30, 0xE02020)),
				// A pair of one hue but not of one size.
				List.of(marker(150, 150, BLUE), new Marker(30, 30, 20, 1, 0.3, BLUE)),
				// A set of white markers: white is what glints.
				List.of(marker(150, 150, 0xF4F4F0), marker(30, 30, 0xF4F4F0), marker(170, 30, 0xF4F4F0)));
		for (List<Marker> found : noSet) {
			assertThat(MarkerDetector.ofTheSetsColourAmongTheRest(IMAGE, CANDIDATES, VERIFIED, noted(), found))
				.as("%s", found)
				.isEmpty();
		}
	}

	private static double[][] noted() {
		double[][] noted = new double[CANDIDATES.size()][];
		noted[5] = NOTED;
		return noted;
	}

	private static Marker marker(double x, double y, int rgb) {
		return new Marker(x, y, 8, 1, 0.3, rgb);
	}

}
