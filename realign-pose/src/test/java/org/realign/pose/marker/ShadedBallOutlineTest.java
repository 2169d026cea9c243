package org.realign.pose.marker;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.realign.pose.RgbImage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coloured and pale balls lit from one side whose shaded side lies, in colour, about as
 * far from the ball's mean colour as the skin or clothing around it: a yellow or white
 * ball on skin, a cyan one on grey clothing, a blue one on tan skin. Read from the mean
 * colour, their edges on the shaded side land on the shading, inside the outline, and the
 * outline breaks in scattered places; read from the ball's own colour under its shading
 * (its hue), they lie on the outline. Things of the same colours and contrast that are no
 * markers (rounded patches, rings, crossed strips, shaded as a lit cylinder would be)
 * must still be refused.
 */
class ShadedBallOutlineTest {

	private static final int[][] PAIRS = {
			// marker, background
			{ 0xF2DC28, 0xE0B494 }, { 0xF2DC28, 0x8A8A90 }, { 0x22C8D8, 0x8A8A90 }, { 0xF4F4F2, 0xE0B494 },
			{ 0x2255DD, 0xA87858 }, { 0x22C8D8, 0xA87858 } };

	private static final double[] DIAMETERS = { 15, 20, 27, 34, 40 };

	/**
	 * 120 balls (six pairs of colours, five sizes, four directions of light; blur 0.5 or
	 * 1 px, sensor noise 2.5, JPEG 0.7 or 0.8), each verified from its drawn centre and
	 * size. Measured 2026-12-05: main (4ed2b17) found 88 of 120 within 1.5 px, the second
	 * reading 105. Still missed: white balls on skin, whose first reading passes on the
	 * lit part (found small, 3-4 px towards the light: their shaded side is darker than
	 * the skin, the silhouette case of {@code WhiteBallShadingTest}), and a few large
	 * cyan balls on grey whose second reading breaks too.
	 */
	@Test
	void aBallWhoseShadedSideIsAsFarFromItsColourAsTheSkinIsFoundAtItsCentre() {
		List<String> missed = new ArrayList<>();
		int found = 0;
		int cases = 0;
		int seed = 0;
		for (int[] pair : PAIRS) {
			for (double d : DIAMETERS) {
				for (int a = 0; a < 4; a++) {
					seed++;
					Random random = new Random(seed * 7919L);
					double angle = Math.PI / 2 * a + 0.6 + 0.3 * random.nextDouble();
					double blur = (a % 2 == 0) ? 0.5 : 1.0;
					float jpeg = (seed % 2 == 0) ? 0.7f : 0.8f;
					double cx = size(d) / 2.0 + random.nextDouble();
					double cy = size(d) / 2.0 + random.nextDouble();
					BufferedImage image = litBall(pair, d, cx, cy, angle);
					RgbImage photo = MarkerPainter.camera(image, blur, jpeg, random);
					cases++;
					Optional<Marker> marker = new Verifier(photo).verify(cx, cy, d / 2);
					double off = marker.map((m) -> m.distanceTo(cx, cy)).orElse(Double.NaN);
					if (off <= 1.5) {
						found++;
					}
					else {
						missed.add(String.format("%06X on %06X d=%.0f light %.0f deg blur %.1f jpeg %.1f: %s", pair[0],
								pair[1], d, Math.toDegrees(angle), blur, jpeg, marker));
					}
				}
			}
		}
		missed.forEach(System.out::println);
		assertThat(found).as("of %d balls verified from their centre", cases).isGreaterThanOrEqualTo(cases * 5 / 6);
	}

	/**
	 * Pale balls (yellow and white, the colours whose shaded side is darker than the
	 * ball's middle by about as much as the skin is) blurred by 1.5 px, each verified
	 * from where a scan would start: the largest of the detector's scales below the
	 * ball's radius and a centre up to a pixel off. The first circle rests on the lit
	 * side and the edges on the shading; the outer circle through the outline holds the
	 * first one inside it, touching it on the lit side, where the two circles' edges lie
	 * within their own tolerance of each other, not on one line. Each ball is verified
	 * and then read past its shading, as the detector does
	 * ({@link Verifier#pastShading}). Measured 2026-12-05: main (89cf64b) centred 56 of
	 * 80 within 1.5 px, the reading past the shading 62. Still missed: yellow balls on
	 * tan skin, whose shade is as bright as the skin and whose outline read from the hue
	 * breaks on the shaded side, and white balls on tan found 2-3 px small.
	 */
	@Test
	void aBlurredPaleBallIsCentredOnItsOutlineNotOnItsLitSide() {
		int[][] pairs = { { 0xF2DC28, 0xE0B494 }, { 0xF2DC28, 0x8A8A90 }, { 0xF4F4F2, 0xA87858 },
				{ 0xF2DC28, 0xA87858 } };
		double[] scales = { 3, 4.5, 6.5, 9, 12.5 };
		List<String> missed = new ArrayList<>();
		int found = 0;
		int cases = 0;
		int seed = 500;
		for (int[] pair : pairs) {
			for (double d : new double[] { 11, 13, 15, 17, 20 }) {
				for (int a = 0; a < 4; a++) {
					seed++;
					Random random = new Random(seed * 7919L);
					double angle = Math.PI / 2 * a + 0.6 + 0.3 * random.nextDouble();
					double cx = size(d) / 2.0 + random.nextDouble();
					double cy = size(d) / 2.0 + random.nextDouble();
					BufferedImage image = litBall(pair, d, cx, cy, angle);
					RgbImage photo = MarkerPainter.camera(image, 1.5, (seed % 2 == 0) ? 0.7f : 0.8f, random);
					double scale = 3;
					for (double s : scales) {
						if (s < d / 2) {
							scale = s;
						}
					}
					double startAngle = 2 * Math.PI * random.nextDouble();
					cases++;
					Verifier verifier = new Verifier(photo);
					// As the detector does: verified, then read past its shading.
					Optional<Marker> marker = verifier
						.verify(cx + Math.cos(startAngle), cy + Math.sin(startAngle), scale)
						.map((m) -> verifier.pastShading(m).orElse(m));
					double off = marker.map((m) -> m.distanceTo(cx, cy)).orElse(Double.NaN);
					if (off <= 1.5) {
						found++;
					}
					else {
						missed.add(String.format("%06X on %06X d=%.0f light %.0f deg: %s", pair[0], pair[1], d,
								Math.toDegrees(angle), marker));
					}
				}
			}
		}
		missed.forEach(System.out::println);
		System.out.println("blurred pale balls centred: " + found + " of " + cases);
		assertThat(found).as("of %d balls", cases).isGreaterThanOrEqualTo(cases * 3 / 4);
	}

	/**
	 * Balls under the heaviest JPEG the scenes use (0.6), sharp, lit from one side and
	 * under a room's uneven light, verified from a circle a little off and small, as a
	 * scan's candidate starts: 192 balls (six pairs of colours, four sizes from 15 to 25
	 * px, eight directions of light). A look whose first reading broke on the shading
	 * held on its reading past it and found the ball's silhouette; the next look,
	 * standing on that silhouette, broke on its first reading too and was not read again,
	 * so the ball was refused though the look before held (a yellow ball of 18-21 px on
	 * grey in the scenes, 1204). Measured 2026-12-06: main (da659e6) found 155 within 1.5
	 * px, reading that look again past the shading 159 (yellow on skin at 15 px, blue on
	 * tan at 21 and 25 px; each 0.07-0.29 px off) and lost none.
	 */
	@Test
	void aLookStandingOnABallsSilhouetteIsReadAgainPastItsShading() {
		int[][] pairs = { { 0xF2DC28, 0x8A8A90 }, { 0xF2DC28, 0xE0B494 }, { 0x22C8D8, 0x8A8A90 },
				{ 0xF4F4F2, 0xE0B494 }, { 0x1FB84A, 0x8A8A90 }, { 0x2255DD, 0xA87858 } };
		int found = 0;
		int cases = 0;
		int seed = 3000;
		for (int[] pair : pairs) {
			for (double d : new double[] { 15, 18, 21, 25 }) {
				for (int a = 0; a < 8; a++) {
					seed++;
					Random random = new Random(seed * 7919L);
					double angle = Math.PI / 4 * a + 0.3 * random.nextDouble();
					double cx = size(d) / 2.0 + random.nextDouble();
					double cy = size(d) / 2.0 + random.nextDouble();
					BufferedImage image = litBall(pair, d, cx, cy, angle);
					MarkerPainter.light(image, 0.3, 0.6, image.getWidth() * (0.3 + 0.4 * random.nextDouble()));
					RgbImage photo = MarkerPainter.camera(image, 0, 0.6f, random);
					cases++;
					Verifier verifier = new Verifier(photo);
					// As the detector does: verified, then read past its shading.
					Optional<Marker> marker = verifier.verify(cx + 0.7, cy - 0.7, 0.4 * d)
						.map((m) -> verifier.pastShading(m).orElse(m));
					if (marker.map((m) -> m.distanceTo(cx, cy)).orElse(Double.NaN) <= 1.5) {
						found++;
					}
				}
			}
		}
		System.out.println("sharp balls under JPEG 0.6 centred: " + found + " of " + cases);
		assertThat(found).as("of %d balls", cases).isGreaterThanOrEqualTo(158);
	}

	/**
	 * Flat dots of every colour pair, size and blur, found by the verifier: their circle
	 * is their outline, and past it lies the background or its blurred mix with the dot,
	 * not the dot's colour in shade, so they are not looked at again past a shading they
	 * do not have ({@link Verifier#shadeBeyond}: the look it saves costs about 0.13 ms
	 * per marker).
	 */
	@Test
	void aFlatDotIsNotReadAgainPastAShadingItDoesNotHave() {
		List<String> lookedAgain = new ArrayList<>();
		int verified = 0;
		int seed = 2000;
		for (int[] pair : PAIRS) {
			for (double d : new double[] { 8, 11, 15, 20, 27 }) {
				for (double blur : new double[] { 0, 0.75, 1.5 }) {
					seed++;
					Random random = new Random(seed * 7919L);
					int size = size(d);
					BufferedImage image = MarkerPainter.plain(size, pair[1]);
					double c = size / 2.0 + random.nextDouble();
					MarkerPainter.draw(image, c, c, d, pair[0], false, Double.NaN, 0, 0);
					RgbImage photo = MarkerPainter.camera(image, blur, 0.75f, random);
					Optional<Marker> marker = new Verifier(photo).verify(c, c, d / 2);
					if (marker.isEmpty()) {
						continue;
					}
					verified++;
					if (Verifier.shadeBeyond(photo, marker.get())) {
						lookedAgain.add(String.format("%06X on %06X d=%.0f blur %.2f", pair[0], pair[1], d, blur));
					}
				}
			}
		}
		lookedAgain.forEach(System.out::println);
		System.out.println("flat dots looked at again past a shading: " + lookedAgain.size() + " of " + verified);
		assertThat(verified).isGreaterThanOrEqualTo(80);
		assertThat(lookedAgain.size()).isLessThanOrEqualTo(verified / 10);
	}

	/**
	 * Rounded patches, rings and crossed strips of the same colours on the same
	 * backgrounds, each flat or shaded across (a lit cylinder's shade, the same range as
	 * the balls'), sized as the balls: none reported by the detector.
	 */
	@Test
	void patchesRingsAndStripsOfTheSameColoursAreRefused() {
		List<String> reported = new ArrayList<>();
		int seed = 1000;
		for (int[] pair : PAIRS) {
			for (double d : new double[] { 15, 27, 40 }) {
				for (int kind = 0; kind < 3; kind++) {
					for (boolean shaded : new boolean[] { false, true }) {
						seed++;
						Random random = new Random(seed * 7919L);
						int size = size(d);
						BufferedImage image = MarkerPainter.plain(size, pair[1]);
						BufferedImage mask = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
						Graphics2D g = mask.createGraphics();
						g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
						g.setColor(Color.WHITE);
						double c = size / 2.0;
						if (kind == 0) {
							// A rounded patch (wall between the legs, a label).
							g.fill(new RoundRectangle2D.Double(c - 0.7 * d, c - 0.4 * d, 1.4 * d, 0.8 * d, 0.3 * d,
									0.3 * d));
						}
						else if (kind == 1) {
							// A ring, its middle the background.
							g.fill(new Ellipse2D.Double(c - d / 2, c - d / 2, d, d));
							g.setColor(Color.BLACK);
							g.fill(new Ellipse2D.Double(c - 0.3 * d, c - 0.3 * d, 0.6 * d, 0.6 * d));
						}
						else {
							// Two strips crossing (a knot of lines, straps).
							g.fillRect((int) (c - 1.5 * d), (int) (c - 0.2 * d), (int) (3 * d), (int) (0.4 * d));
							g.fillRect((int) (c - 0.2 * d), (int) (c - 1.5 * d), (int) (0.4 * d), (int) (3 * d));
						}
						g.dispose();
						paint(image, mask, pair[0], shaded ? d : 0);
						List<Marker> found = new MarkerDetector().detect(
								MarkerPainter.camera(image, 0.5, 0.75f, random),
								new MarkerDetector.Region(0, 0, size, size), List.of(),
								Optional.of(MarkerColour.seen(pair[0])));
						if (!found.isEmpty()) {
							reported.add(String.format("%06X on %06X d=%.0f kind %d shaded %s: %s", pair[0], pair[1], d,
									kind, shaded, found));
						}
					}
				}
			}
		}
		reported.forEach(System.out::println);
		assertThat(reported).isEmpty();
	}

	/**
	 * A ball found on its lit part only (a quarter smaller, its centre towards the light
	 * by the difference of the radii, as the verifier finds a ball whose shaded side
	 * fades into what lies behind it), in a set of four others found at their size: moved
	 * to its set's size, towards its shade, within 1 px of its centre. A flat dot of that
	 * smaller size, found at its own circle under a room's uneven light (a tenth darker
	 * across it), neither darkens like a ball nor has shade on one side, and stays. 72
	 * balls and 72 dots (six pairs of colours, three sizes, four directions of light,
	 * blur 1 px, JPEG 0.8). Measured 2026-12-06: all 72 balls moved within 1 px of their
	 * centre; no dot moved.
	 */
	@Test
	void aBallFoundOnItsLitSideIsMovedToItsSetsSizeAndADotIsNot() {
		int balls = 0;
		int ballsMoved = 0;
		int dotsMoved = 0;
		int wrongWay = 0;
		for (int[] pair : PAIRS) {
			for (double d : new double[] { 20, 27, 34 }) {
				for (int a = 0; a < 4; a++) {
					double angle = Math.PI / 2 * a + 0.3;
					double c = size(d) / 2.0;
					double small = 0.75 * d;
					double toLight = (d - small) / 2;
					Marker lit = new Marker(c + toLight * Math.cos(angle), c + toLight * Math.sin(angle), small, 1, 0.4,
							pair[0]);
					List<Marker> set = inASetOf(lit, d);
					BufferedImage ball = MarkerPainter.jpeg(MarkerPainter.blur(litBall(pair, d, c, c, angle), 1.0),
							0.8f);
					Marker moved = MarkerDetector.towardsTheirShade(RgbImage.of(ball), set, List.of()).get(0);
					// Never onto an exclusion (an eye): there it stays where it was
					// found.
					assertThat(MarkerDetector
						.towardsTheirShade(RgbImage.of(ball), set, List.of(new MarkerDetector.Exclusion(c, c, 2)))
						.get(0)).isSameAs(lit);
					balls++;
					if (moved.distanceTo(c, c) <= 1) {
						ballsMoved++;
					}
					else if (moved != lit) {
						wrongWay++;
					}
					BufferedImage dot = MarkerPainter.plain(size(d), pair[1]);
					MarkerPainter.draw(dot, c, c, small, pair[0], false, Double.NaN, 0, 0);
					unevenLight(dot, angle, small);
					dot = MarkerPainter.jpeg(MarkerPainter.blur(dot, 1.0), 0.8f);
					set.set(0, new Marker(c, c, small, 1, 0.3, pair[0]));
					if (MarkerDetector.towardsTheirShade(RgbImage.of(dot), set, List.of()).get(0) != set.get(0)) {
						dotsMoved++;
					}
				}
			}
		}
		System.out.printf(
				"balls found on their lit side moved to their centre: %d of %d, elsewhere: %d; dots moved: %d%n",
				ballsMoved, balls, wrongWay, dotsMoved);
		// The shade past the circle tells which way the ball continues when it lies on
		// one side; on a ball found this small (a quarter under its size) it lies past
		// all but the lit rim, and the way the ball darkens inside tells it instead
		// (Verifier.downhill): with the rays alone, 24 of 72 moved and the rest stayed.
		assertThat(ballsMoved).isGreaterThanOrEqualTo(68);
		assertThat(wrongWay).isZero();
		assertThat(dotsMoved).isZero();
	}

	/**
	 * White balls lit from one side on a grey wall, grey clothing or skin as dark as
	 * their shaded side (a white ball's shade is 0.62 of its white, about the grey of
	 * {@code 8C8C8C}): the verifier finds their lit part, a tenth or more small and off
	 * towards the light, with their shade past its circle nearly all round. In a set of
	 * four others found at their size, {@link MarkerDetector#towardsTheirShade} moves
	 * them to the set's size, towards their shade; a set's markers differ by up to a
	 * tenth in size, so the size alone moved only those found a fifth small. A flat white
	 * dot found at its circle, a tenth under the set's size, under a room's uneven light,
	 * has its background past its circle and is not moved. Four backgrounds, four sizes
	 * (20-41 px), eight directions of light, blur 1.5 px, JPEG 0.7. Measured 2026-12-07
	 * (session 27): of 116 balls the verifier passed, 6 lay within 1.5 px of their centre
	 * as found, 26 after the move by size alone, 98 after this one (mean 2.44 px off to
	 * 0.78); none of 128 dots moved. Without the ball's darkening inside asked too, one
	 * dot moved: a white dot of 24 px on taupe, whose blurred rim read as shade past 10
	 * rays.
	 */
	@Test
	void aWhiteBallWhoseShadeFadesIntoItsBackgroundIsMovedByItsShadeAllRound() {
		int[] backgrounds = { 0x8C8C8C, 0x9C8C80, 0xC8A080, 0xE0B494 };
		Random random = new Random(5);
		int verified = 0;
		int before = 0;
		int after = 0;
		double offBefore = 0;
		double offAfter = 0;
		int dots = 0;
		int dotsMoved = 0;
		for (int background : backgrounds) {
			int[] pair = { 0xF4F4F2, background };
			for (double d : new double[] { 20, 27, 34, 41 }) {
				for (int a = 0; a < 8; a++) {
					double angle = Math.PI / 4 * a + 0.3;
					double c = size(d) / 2.0 + random.nextDouble();
					RgbImage ball = RgbImage
						.of(MarkerPainter.jpeg(MarkerPainter.blur(litBall(pair, d, c, c, angle), 1.5), 0.7f));
					Optional<Marker> found = new Verifier(ball).verify(c, c, d / 2);
					if (found.isPresent()) {
						Marker m = found.get();
						Marker moved = MarkerDetector.towardsTheirShade(ball, inASetOf(m, d), List.of()).get(0);
						verified++;
						before += (m.distanceTo(c, c) <= 1.5) ? 1 : 0;
						after += (moved.distanceTo(c, c) <= 1.5) ? 1 : 0;
						offBefore += m.distanceTo(c, c);
						offAfter += moved.distanceTo(c, c);
					}
					BufferedImage dot = MarkerPainter.plain(size(d), background);
					MarkerPainter.draw(dot, c, c, 0.9 * d, pair[0], false, Double.NaN, 0, 0);
					unevenLight(dot, angle, 0.9 * d);
					RgbImage flat = RgbImage.of(MarkerPainter.jpeg(MarkerPainter.blur(dot, 1.5), 0.7f));
					Optional<Marker> plain = new Verifier(flat).verify(c, c, 0.45 * d);
					if (plain.isPresent()) {
						dots++;
						List<Marker> set = inASetOf(plain.get(), d);
						if (MarkerDetector.towardsTheirShade(flat, set, List.of()).get(0) != set.get(0)) {
							dotsMoved++;
						}
					}
				}
			}
		}
		System.out.printf(
				"white balls within 1.5 px of their centre: %d of %d found, %d after the move (mean off %.2f -> %.2f); "
						+ "dots moved: %d of %d%n",
				before, verified, after, offBefore / verified, offAfter / verified, dotsMoved, dots);
		assertThat(verified).isGreaterThanOrEqualTo(96);
		assertThat(after).isGreaterThanOrEqualTo(verified * 4 / 5);
		assertThat(offAfter).isLessThan(offBefore / 2);
		assertThat(dots).isGreaterThanOrEqualTo(96);
		assertThat(dotsMoved).isZero();
	}

	/** A marker found with four others of its set, found at about {@code d} across. */
	private static List<Marker> inASetOf(Marker m, double d) {
		List<Marker> set = new ArrayList<>(List.of(m));
		for (int k = 1; k <= 4; k++) {
			set.add(new Marker(-100 * k, -100, d * (0.95 + 0.025 * k), 1, 0.3, m.rgb()));
		}
		return set;
	}

	/** Darkens a photo by a tenth across {@code span} pixels towards {@code angle}. */
	private static void unevenLight(BufferedImage image, double angle, double span) {
		double c = image.getWidth() / 2.0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				double along = ((x + 0.5 - c) * Math.cos(angle) + (y + 0.5 - c) * Math.sin(angle)) / span;
				double light = Math.max(0.5, Math.min(1.1, 1 - 0.1 * along));
				int p = image.getRGB(x, y);
				image.setRGB(x, y,
						MarkerPainter.pack(light * ((p >> 16) & 0xFF), light * ((p >> 8) & 0xFF), light * (p & 0xFF)));
			}
		}
	}

	/** The side of a square test photo for a marker {@code d} px across. */
	private static int size(double d) {
		return (int) Math.ceil(5 * d + 30);
	}

	/**
	 * A ball of a pair's colour (marker, background) on a plain square of its background,
	 * lit from the given direction in the image's plane.
	 */
	private static BufferedImage litBall(int[] pair, double d, double cx, double cy, double angle) {
		BufferedImage image = MarkerPainter.plain(size(d), pair[1]);
		MarkerPainter.draw(image, cx, cy, d, pair[0], true, Double.NaN, 0, 0, 0.64 * Math.cos(angle),
				0.64 * Math.sin(angle));
		return image;
	}

	/**
	 * Paints a colour where a mask is white (anti-aliased by its grey), shaded across
	 * from 1 to 0.62 over {@code shadeSpan} pixels from the upper left when positive.
	 */
	private static void paint(BufferedImage image, BufferedImage mask, int rgb, double shadeSpan) {
		double c = image.getWidth() / 2.0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				double cover = (mask.getRGB(x, y) & 0xFF) / 255.0;
				if (cover <= 0) {
					continue;
				}
				double shade = 1;
				if (shadeSpan > 0) {
					double along = ((x - c) + (y - c)) / Math.sqrt(2) / shadeSpan + 0.5;
					shade = 1 - 0.38 * Math.max(0, Math.min(1, along));
				}
				int p = image.getRGB(x, y);
				int r = (int) Math.round((1 - cover) * ((p >> 16) & 0xFF) + cover * shade * ((rgb >> 16) & 0xFF));
				int gr = (int) Math.round((1 - cover) * ((p >> 8) & 0xFF) + cover * shade * ((rgb >> 8) & 0xFF));
				int b = (int) Math.round((1 - cover) * (p & 0xFF) + cover * shade * (rgb & 0xFF));
				image.setRGB(x, y, (r << 16) | (gr << 8) | b);
			}
		}
	}

}
