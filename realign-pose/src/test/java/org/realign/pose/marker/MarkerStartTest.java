package org.realign.pose.marker;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.realign.pose.RgbImage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Markers the verifier accepts at their own centre and size must be found from where the
 * candidate search starts: a candidate at a scale below a large marker's, a few pixels
 * off its centre, and a marker near the edge of the searched region (on the body's
 * outline, beyond the hip keypoint), whose own scale's ring lies outside the region.
 */
class MarkerStartTest {

	private static final int SKIN = 0xC89A7C;

	private static final int WALL = 0xD8D4CC;

	private static final double[] SCALES = { 3, 4.5, 6.5, 9, 12.5, 17, 21 };

	@Test
	void aLargeMarkerLookedAtFromASmallerScaleAFewPixelsOffIsFoundWithinAPixelAndAHalf() {
		int found = 0;
		int total = 0;
		Random random = new Random(3);
		for (double diameter : new double[] { 24, 29, 34, 40 }) {
			for (int colour : new int[] { 0x2255DD, 0x1FB84A, 0xF2DC28, 0xF4F4F2 }) {
				for (boolean ball : new boolean[] { false, true }) {
					if (ball && (colour == 0xF4F4F2 || colour == 0xF2DC28)) {
						// A white or yellow ball's shaded side is about as dark as skin
						// or darker: the verifier places it 1.5-2 px towards the light,
						// or refuses it, from wherever it looks (its own centre and size
						// included).
						continue;
					}
					for (int direction = 0; direction < 4; direction++) {
						double x = 60 + random.nextDouble();
						double y = 60 + random.nextDouble();
						RgbImage image = scene(120, 120, x, y, diameter, colour, ball, 0, random);
						// The largest scale of the search whose look's window cannot hold
						// the ring around this marker (radius over 1.5 scales), as where
						// an off-centre part of the marker answers, 1-3 px off.
						double scale = 0;
						for (double s : SCALES) {
							if (diameter / 2 > 1.5 * s + 1) {
								scale = s;
							}
						}
						double angle = Math.PI / 2 * direction + 0.4;
						double off = 1 + 2 * random.nextDouble();
						Optional<Marker> marker = new Verifier(image).verify(x + off * Math.cos(angle),
								y + off * Math.sin(angle), scale);
						total++;
						if (marker.isPresent() && marker.get().distanceTo(x, y) <= 1.5) {
							found++;
						}
					}
				}
			}
		}
		// On main before this change none was found: the first look, with a window
		// sized for the small scale, found the marker's circle but could not read the
		// ring around it and refused it.
		assertThat(found).as("large markers looked at from a smaller scale, found of %d", total)
			.isGreaterThanOrEqualTo(total - 2);
	}

	@Test
	void aLargeMarkerNearTheSearchedRegionsEdgeIsFound() {
		int found = 0;
		int total = 0;
		Random random = new Random(7);
		for (double diameter : new double[] { 27, 34, 40 }) {
			for (int side = 0; side < 4; side++) {
				for (double inside : new double[] { 4, 9, 15 }) {
					int colour = (side % 2 == 0) ? 0x1FB84A : 0x2255DD;
					// The region starts 60 px into a 260 px image; the marker's centre
					// lies `inside` px within the region's edge on one side, half on the
					// body (skin) and half on the wall beyond its outline.
					int size = 260;
					int margin = 60;
					double along = 100 + 40 * random.nextDouble();
					double across = margin + inside + random.nextDouble();
					double x = (side == 0) ? across : (side == 1) ? size - across : along;
					double y = (side == 2) ? across : (side == 3) ? size - across : along;
					RgbImage image = scene(size, size, x, y, diameter, colour, false, side + 1, random);
					MarkerDetector.Region region = new MarkerDetector.Region(margin, margin, size - margin,
							size - margin);
					List<Marker> markers = new MarkerDetector().detect(image, region, List.of(),
							Optional.of(MarkerColour.seen(colour)));
					total++;
					if (markers.stream().anyMatch((m) -> m.distanceTo(x, y) <= 1.5)) {
						found++;
					}
				}
			}
		}
		// On main before this change none of the 36: the scales answering a 27-40 px
		// marker were filtered only two scales (their outer box) inside the region's
		// edges, and what answered nearer was the marker's rim.
		assertThat(found).as("large markers near the region's edge, found of %d", total)
			.isGreaterThanOrEqualTo(total - 2);
	}

	/**
	 * A marker on skin, blurred by 0.7 px, with noise and JPEG compression; with
	 * {@code wallSide} 1-4 the body ends at the marker's centre and a pale wall lies
	 * beyond (left, right, top, bottom), as for a marker on the body's outline.
	 */
	private static RgbImage scene(int width, int height, double x, double y, double diameter, int colour, boolean ball,
			int wallSide, Random random) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		for (int j = 0; j < height; j++) {
			for (int i = 0; i < width; i++) {
				boolean wall = switch (wallSide) {
					case 1 -> i < x;
					case 2 -> i >= x;
					case 3 -> j < y;
					case 4 -> j >= y;
					default -> false;
				};
				image.setRGB(i, j, wall ? WALL : SKIN);
			}
		}
		MarkerPainter.draw(image, x, y, diameter, colour, ball, Double.NaN, 0, 0);
		BufferedImage blurred = MarkerPainter.blur(image, 0.7);
		MarkerPainter.noise(blurred, 2.5, random);
		return RgbImage.of(MarkerPainter.jpeg(blurred, 0.8f));
	}

}
