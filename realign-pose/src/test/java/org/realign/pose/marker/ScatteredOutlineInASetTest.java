package org.realign.pose.marker;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.realign.pose.RgbImage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A marker of the set whose outline breaks in a few scattered places (strands of hair
 * across its rim) is refused by the verifier alone, since a rounded patch of wall or a
 * knot of lines breaks the same way, and is taken as a second opinion once the photo's
 * marker set is known, when it is of the set's hue and size. A white one is not: white is
 * what glints, glows and pale cloth share.
 */
class ScatteredOutlineInASetTest {

	private static final int SKIN = 0xC89A7C;

	private static final int HAIR = 0x2A1E16;

	private static final double DIAMETER = 12;

	/** Where the set's other markers stand; the one with strands stands at the centre. */
	private static final double[][] SET = { { 40, 40 }, { 160, 40 }, { 40, 160 }, { 160, 160 } };

	private static final double X = 100.3;

	private static final double Y = 99.6;

	@Test
	void aMarkerOfTheSetThatLosesAFewRaysIsTakenInItsSetAndNotAlone() {
		int[] counts = outcomes(new int[] { 0xF2DC28, 0xE02020, 0x2255DD, 0x1FB84A });
		// Measured: 8 such markers in 96 scenes, 7 found in their set; with the second
		// opinion's look as strict as the verifier's, 5 (found by the model fit). The
		// eighth was put down to its candidate answering too weakly for a second look
		// (session 15), but in session 23 the strongest candidate on each such marker
		// answered at least 4 times its floor (18 markers over 12 layouts), and the look
		// at the weaker candidates of the set's colour does not find it: not traced.
		assertThat(counts[0]).as("markers refused on their outline that the second opinion's look passes")
			.isGreaterThanOrEqualTo(6);
		assertThat(counts[1]).as("of %d, found within 1.5 px among their set", counts[0])
			.isGreaterThanOrEqualTo(counts[0] - 1);
		assertThat(counts[2]).as("of %d, found without a set", counts[0]).isZero();
	}

	@Test
	void aWhiteOneIsNot() {
		int[] counts = outcomes(new int[] { 0xF4F4F0, 0xE8ECF4 });
		// Measured: 4 such markers in 48 scenes, none found.
		assertThat(counts[0]).as("white markers refused on their outline that the second opinion's look passes")
			.isGreaterThanOrEqualTo(3);
		assertThat(counts[1] + counts[2]).as("of %d, found", counts[0]).isZero();
	}

	/**
	 * Two of the set verified and the third refused on its outline, as on a side view
	 * where most of the set's small markers break: the pair is asked for the looser look,
	 * and the three are one set. Two alike alone are never a set: a pair of buttons.
	 */
	@Test
	void aPairIsJoinedByOneThatLosesAFewRaysAndTwoAloneAreNoSet() {
		int population = 0;
		int asThree = 0;
		int twoAlone = 0;
		for (int colour : new int[] { 0xF2DC28, 0xE02020, 0x2255DD, 0x1FB84A }) {
			for (int strands = 3; strands <= 6; strands++) {
				for (int seed = 0; seed < 12; seed++) {
					RgbImage pair = scene(colour, strands, 2, true, new Random(seed * 31 + strands));
					if (!refusedButLooserPasses(pair)) {
						continue;
					}
					population++;
					List<Marker> found = detect(pair);
					if (found.size() == 3 && found.stream().anyMatch((m) -> m.distanceTo(X, Y) <= 1.5)) {
						asThree++;
					}
					twoAlone += detect(scene(colour, strands, 2, false, new Random(seed * 31 + strands))).size();
				}
			}
		}
		// Measured: 15 such markers in 192 scenes, 12 found with their pair; none before
		// a pair was asked for second opinions.
		assertThat(population).as("third markers refused on their outline that the looser look passes")
			.isGreaterThanOrEqualTo(10);
		assertThat(asThree).as("of %d, found within 1.5 px with their pair, the three reported", population)
			.isGreaterThanOrEqualTo(population * 2 / 3);
		assertThat(twoAlone).as("markers reported where only the pair is").isZero();
	}

	/**
	 * Whether the verifier refuses the marker with strands on its outline, looked at from
	 * where it was drawn, and the second opinion's looser look passes it.
	 */
	private static boolean refusedButLooserPasses(RgbImage image) {
		Verifier verifier = new Verifier(image);
		return verifier.verify(X, Y, DIAMETER / 2).isEmpty() && verifier.failedOnOutline()
				&& Verifier.forSecondOpinions(image).verify(X, Y, DIAMETER / 2).isPresent();
	}

	private static List<Marker> detect(RgbImage image) {
		return new MarkerDetector().detect(image, new MarkerDetector.Region(0, 0, 200, 200), List.of(),
				Optional.empty());
	}

	/**
	 * Over 3-6 strands and six layouts per colour: how many markers with strands the
	 * verifier refuses on their outline and a second opinion's look passes, and of those
	 * how many the detector reports within 1.5 px among their set and alone.
	 */
	private static int[] outcomes(int[] colours) {
		int population = 0;
		int inSet = 0;
		int alone = 0;
		for (int colour : colours) {
			for (int strands = 3; strands <= 6; strands++) {
				for (int seed = 0; seed < 6; seed++) {
					RgbImage image = scene(colour, strands, true, new Random(seed * 31 + strands));
					if (!refusedButLooserPasses(image)) {
						continue;
					}
					population++;
					if (found(image)) {
						inSet++;
					}
					if (found(scene(colour, strands, false, new Random(seed * 31 + strands)))) {
						alone++;
					}
				}
			}
		}
		return new int[] { population, inSet, alone };
	}

	private static boolean found(RgbImage image) {
		return detect(image).stream().anyMatch((m) -> m.distanceTo(X, Y) <= 1.5);
	}

	/**
	 * Skin with a marker at ({@link #X}, {@link #Y}) crossed at its rim by
	 * {@code strands} strands of hair, and the set's other four markers when
	 * {@code withSet}; blurred by 0.7 px, with noise and JPEG compression.
	 */
	static RgbImage scene(int colour, int strands, boolean withSet, Random random) {
		return scene(colour, strands, withSet ? SET.length : 0, true, random);
	}

	/**
	 * Skin with the first {@code others} of the set's other markers, and the marker with
	 * {@code strands} strands at ({@link #X}, {@link #Y}) when {@code withStrands};
	 * blurred by 0.7 px, with noise and JPEG compression.
	 */
	static RgbImage scene(int colour, int strands, int others, boolean withStrands, Random random) {
		BufferedImage image = MarkerPainter.plain(200, SKIN);
		for (double[] at : Arrays.copyOf(SET, others)) {
			MarkerPainter.draw(image, at[0] + random.nextDouble(), at[1] + random.nextDouble(),
					DIAMETER * (0.95 + 0.1 * random.nextDouble()), colour, false, Double.NaN, 0, 0);
		}
		if (!withStrands) {
			return finished(image, random);
		}
		MarkerPainter.draw(image, X, Y, DIAMETER, colour, false, Double.NaN, 0, 0);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setColor(new Color(HAIR));
		g.setStroke(new BasicStroke(0.9f));
		double r = DIAMETER / 2;
		for (int s = 0; s < strands; s++) {
			// Spread round the rim, each a short stroke across it.
			double angle = 2 * Math.PI * (s + 0.3 * random.nextDouble()) / strands;
			double tilt = 0.6 * (random.nextDouble() - 0.5);
			double dx = Math.cos(angle + tilt);
			double dy = Math.sin(angle + tilt);
			double cx = X + r * Math.cos(angle);
			double cy = Y + r * Math.sin(angle);
			g.draw(new Line2D.Double(cx - 2.2 * dx, cy - 2.2 * dy, cx + 2.2 * dx, cy + 2.2 * dy));
		}
		g.dispose();
		return finished(image, random);
	}

	private static RgbImage finished(BufferedImage image, Random random) {
		BufferedImage blurred = MarkerPainter.blur(image, 0.7);
		MarkerPainter.noise(blurred, 2.5, random);
		return RgbImage.of(MarkerPainter.jpeg(blurred, 0.8f));
	}

}
