package org.realign.pose.marker;

import java.awt.image.BufferedImage;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.realign.pose.RgbImage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What hides part of a marker can end in a straight edge just past it: the far side of a
 * strap, or a dark patch a marker wide (as the scenes' {@link MarkerPainter#draw} hides
 * one, its patch ending at the marker's box). Over a ball's shaded side the patch is
 * about as far from the ball's colour as the shade is, so the edges found along the
 * hidden arc lie on the patch's far side, a straight line outside the circle. Counted as
 * outline they outvoted the ball's own arc (a circle through them and part of the arc
 * explained more edges, while the true circle had them "beyond" it), and where the line
 * passes closest to the circle they split the hidden arc in two. An outline that fails so
 * is now read again without runs of edges that lie on a line over a fifth of the outline,
 * straighter than the marker's own arc could be ({@code Verifier.dropStraightRuns}), and
 * a short run on the circle whose flanks outside it lie on one line with it is left out
 * ({@code Verifier.straightTouch}).
 */
class HiddenBallStraightEdgeTest {

	private static final int SKIN = 0xC89A7C;

	private static final int HAIR = 0x2A1E18;

	@Test
	void aBallHiddenByAPatchEndingJustPastItIsFoundOnSkinAndWalls() {
		int found = 0;
		int total = 0;
		int paleFound = 0;
		int paleTotal = 0;
		for (int background : new int[] { SKIN, 0xE8E4DC, 0x9A9A96, 0x5A5048 }) {
			for (int colour : new int[] { 0x1FB84A, 0x2255DD, 0x22C8D8, 0xF2DC28 }) {
				for (double diameter : new double[] { 15, 20 }) {
					for (int direction = 0; direction < 12; direction++) {
						for (int seed = 0; seed < 3; seed++) {
							Random random = new Random(direction * 31 + seed);
							double x = 40 + random.nextDouble();
							double y = 40 + random.nextDouble();
							RgbImage image = hidden(background, x, y, diameter, colour,
									2 * Math.PI * (direction + 0.5) / 12, random);
							Optional<Marker> marker = new Verifier(image).verify(Math.floor(x) + 0.5,
									Math.floor(y) + 0.5, diameter / 2 - 1);
							boolean good = marker.isPresent() && marker.get().distanceTo(x, y) <= 1.5;
							total++;
							found += good ? 1 : 0;
							if (background == 0xE8E4DC && colour == 0x1FB84A) {
								paleTotal++;
								paleFound += good ? 1 : 0;
							}
						}
					}
				}
			}
		}
		// Before: 948 of 1,152, and green balls on the pale wall 5 of 72. Now 1,036 and
		// 47 (session 29).
		assertThat(found).as("hidden balls found within 1.5 px, of %d", total).isGreaterThanOrEqualTo(1020);
		assertThat(paleFound).as("green balls on a pale wall found within 1.5 px, of %d", paleTotal)
			.isGreaterThanOrEqualTo(40);
	}

	/**
	 * A ball on a plain background, hidden beyond a line half its radius from its centre
	 * by a dark patch that ends at the ball's box (as {@link MarkerPainter#draw} draws
	 * it), with sensor noise and JPEG compression.
	 */
	private static RgbImage hidden(int background, double x, double y, double diameter, int colour, double angle,
			Random random) {
		BufferedImage image = MarkerPainter.plain(80, background);
		MarkerPainter.draw(image, x, y, diameter, colour, true, 0.25 * diameter, angle, HAIR);
		MarkerPainter.noise(image, 2.5, random);
		return RgbImage.of(MarkerPainter.jpeg(image, 0.9f));
	}

}
