package org.realign.pose.marker;

import java.awt.image.BufferedImage;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.realign.pose.RgbImage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A marker a quarter hidden (hair across it) gives edges along the hiding chord as well
 * as on its visible arc. A circle through the chord and part of the arc can explain about
 * as many edges as the marker's own circle, with the rest of the visible arc lying well
 * outside it; scored by its inliers alone, the verifier's robust circle took such a
 * circle on large blurred dots and refused them (their outline "broken in two arcs"). The
 * edges beyond a circle now count against it ({@code Verifier.ransacCircle}).
 */
class HiddenMarkerCircleTest {

	private static final int SKIN = 0xC89A7C;

	private static final int HAIR = 0x2A1E18;

	@Test
	void aLargeDotAQuarterHiddenIsFoundFromEveryDirectionOfWhatHidesIt() {
		for (int colour : new int[] { 0x2255DD, 0x1FB84A }) {
			for (double blur : new double[] { 0.5, 1.0 }) {
				int found = 0;
				int total = 0;
				for (int direction = 0; direction < 12; direction++) {
					for (int seed = 0; seed < 3; seed++) {
						Random random = new Random(direction * 31 + seed);
						double x = 40 + random.nextDouble();
						double y = 40 + random.nextDouble();
						RgbImage image = hidden(x, y, 27, colour, 2 * Math.PI * direction / 12, blur, random);
						Optional<Marker> marker = new Verifier(image).verify(Math.floor(x) + 0.5, Math.floor(y) + 0.5,
								12.5);
						total++;
						if (marker.isPresent() && marker.get().distanceTo(x, y) <= 1.5) {
							found++;
						}
					}
				}
				// Before, 19-31 of the 36 per colour and blur; now all of them.
				assertThat(found)
					.as("27 px dots of %06X a quarter hidden, blur %.1f px, found within 1.5 px of %d", colour, blur,
							total)
					.isGreaterThanOrEqualTo(total - 2);
			}
		}
	}

	/**
	 * A flat dot on skin, hidden beyond a line a quarter of its diameter from its centre
	 * by a strip of hair, then blurred, with sensor noise and JPEG compression.
	 */
	private static RgbImage hidden(double x, double y, double diameter, int colour, double angle, double blur,
			Random random) {
		BufferedImage image = MarkerPainter.plain(80, SKIN);
		MarkerPainter.draw(image, x, y, diameter, colour, false, 0.25 * diameter, angle, HAIR);
		BufferedImage blurred = MarkerPainter.blur(image, blur);
		MarkerPainter.noise(blurred, 2.5, random);
		return RgbImage.of(MarkerPainter.jpeg(blurred, 0.8f));
	}

}
