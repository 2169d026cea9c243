package org.realign.pose.marker;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.realign.pose.RgbImage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The photometric second opinion: a blurred disc (perhaps partly hidden) fitted to the
 * pixels, on drawn markers with known centres, and the things it must refuse.
 */
class DiscFitTest {

	private static final int SKIN = 0xC89A80;

	private static final int GREEN = 0x1FB84A;

	private static BufferedImage skin(int size) {
		return MarkerPainter.plain(size, SKIN);
	}

	/** Blur, sensor noise of 2.5 grey levels and JPEG at 0.8, as a camera would. */
	private static RgbImage camera(BufferedImage image, double blur, long seed) {
		return MarkerPainter.camera(image, blur, 0.8f, new Random(seed));
	}

	@Test
	void theProfileIsTheBlurredDiscsOwn() {
		double[] f = new double[3];
		// At the centre a Gaussian of unit width keeps 1 - exp(-b²/2) inside radius b.
		for (double b : new double[] { 0.5, 1, 2, 3 }) {
			DiscFit.profile(0, b, f);
			assertThat(f[0]).isCloseTo(1 - Math.exp(-b * b / 2), within(2e-3));
		}
		// Far from the centre of a large disc it is an erf edge, moved in by the
		// curvature.
		DiscFit.profile(20, 20, f);
		assertThat(f[0]).isCloseTo(DiscFit.phi(-1.0 / 40), within(2e-3));
		// The derivatives agree with the value's differences (to the tables'
		// interpolation: a step of 1/16 blur width).
		for (double[] ab : new double[][] { { 1, 2 }, { 2.5, 2 }, { 5, 6 }, { 30, 30 } }) {
			double h = 1e-3;
			double[] up = new double[3];
			DiscFit.profile(ab[0], ab[1], f);
			DiscFit.profile(ab[0] + h, ab[1], up);
			assertThat(f[1]).isCloseTo((up[0] - f[0]) / h, within(0.01));
			DiscFit.profile(ab[0], ab[1] + h, up);
			assertThat(f[2]).isCloseTo((up[0] - f[0]) / h, within(0.01));
		}
	}

	@Test
	void aBlurredDiscIsRecoveredToAFractionOfAPixel() {
		// (A 6 px marker under 1 px of blur is a disc of 2.4-3 px radius under 1.5-2 px
		// of blur: radius and blur trade off, and the centre is all the fit is sure of.)
		double[][] cases = { { 8, 1.0 }, { 11, 1.0 }, { 11, 1.5 }, { 15, 1.5 }, { 30, 0.5 } };
		int seed = 0;
		for (double[] c : cases) {
			BufferedImage image = skin(96);
			double cx = 47.3 + 0.1 * seed;
			double cy = 46.8 - 0.07 * seed;
			MarkerPainter.draw(image, cx, cy, c[0], GREEN, false, Double.NaN, 0, 0);
			// Started off the centre and at the wrong size, as a failed outline's circle
			// can be.
			Optional<Marker> found = DiscFit.secondOpinion(camera(image, c[1], seed++), cx + 0.8, cy - 0.6, 0.6 * c[0],
					List.of(), (rgb) -> true);
			assertThat(found).as("disc of %s px blurred %s", c[0], c[1]).isPresent();
			Marker m = found.get();
			assertThat(m.distanceTo(cx, cy)).as("disc of %s px blurred %s", c[0], c[1]).isLessThan(0.5);
			assertThat(m.diameter()).isCloseTo(c[0], within(0.12 * c[0]));
			// Its stated error covers the real one.
			assertThat(m.distanceTo(cx, cy)).isLessThan(3 * m.uncertainty());
		}
	}

	@Test
	void aDiscWithAQuarterHiddenIsFoundAtItsOwnCentre() {
		// (A 30 px marker a third hidden states 0.1 of its diameter per share hidden,
		// 1 px, as the verifier does: more than a second opinion may, see
		// DiscFit.precise. Markers that large are the verifier's to find.)
		double[][] cases = { { 12, 0.5, 4.0 }, { 15, 1.0, 1.2 }, { 18, 0.5, 5.5 } };
		int seed = 10;
		for (double[] c : cases) {
			BufferedImage image = skin(96);
			double cx = 48.4;
			double cy = 47.6;
			// Dark hair over the quarter beyond a quarter of the diameter from the
			// centre.
			MarkerPainter.draw(image, cx, cy, c[0], GREEN, false, 0.25 * c[0], c[2], 0x2A1E18);
			RgbImage photo = camera(image, c[1], seed++);
			DiscFit fit = new DiscFit(photo);
			assertThat(fit.read(cx, cy, c[0] / 2)).isTrue();
			Optional<Marker> found = DiscFit.secondOpinion(photo, cx + 0.5, cy + 0.5, c[0] / 2, List.of(),
					(rgb) -> true);
			assertThat(found).as("%s px hidden towards %s", c[0], c[2]).isPresent();
			// Within the 1.5 px the issue holds markers to (whether the stated errors
			// cover the real ones is a statistical matter: MarkerAcceptanceTest's).
			assertThat(found.get().distanceTo(cx, cy)).as("%s px hidden towards %s", c[0], c[2]).isLessThan(1.5);
			assertThat(found.get().diameter()).isCloseTo(c[0], within(0.12 * c[0]));
		}
	}

	@Test
	void buttonsRingsStripesAndHighlightsAreRefused() {
		for (int size : new int[] { 16, 22, 30 }) {
			// A button: a disc with a darker rim and four holes.
			BufferedImage button = skin(96);
			Graphics2D g = button.createGraphics();
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			Color yellow = new Color(0xF2DC28);
			g.setColor(yellow);
			g.fill(new Ellipse2D.Double(48 - size / 2.0, 48 - size / 2.0, size, size));
			g.setColor(yellow.darker().darker());
			g.setStroke(new BasicStroke(size / 8f));
			g.draw(new Ellipse2D.Double(48 - size / 2.0, 48 - size / 2.0, size, size));
			double hole = size / 7.0;
			for (int k = 0; k < 4; k++) {
				double a = Math.PI / 2 * k + 0.4;
				g.fill(new Ellipse2D.Double(48 + size / 5.0 * Math.cos(a) - hole / 2,
						48 + size / 5.0 * Math.sin(a) - hole / 2, hole, hole));
			}
			g.dispose();
			assertThat(DiscFit.secondOpinion(camera(button, 0.6, size), 48, 48, size / 2.0, List.of(), (rgb) -> true))
				.as("button %s", size)
				.isEmpty();
			// A hoop: an outline, no inside.
			BufferedImage hoop = skin(96);
			g = hoop.createGraphics();
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setColor(new Color(GREEN));
			g.setStroke(new BasicStroke(size / 9f));
			g.draw(new Ellipse2D.Double(48 - size / 2.0, 48 - size / 2.0, size, size));
			g.dispose();
			assertThat(DiscFit.secondOpinion(camera(hoop, 0.6, size + 1), 48, 48, size / 2.0, List.of(), (rgb) -> true))
				.as("hoop %s", size)
				.isEmpty();
			// A striped patch: bars of the marker's width running on past it.
			BufferedImage stripes = skin(128);
			g = stripes.createGraphics();
			g.setColor(new Color(GREEN));
			double stripe = size / 2.0;
			for (int k = -2; k <= 2; k++) {
				g.fill(new Rectangle2D.Double(64 - stripe / 2 + 2 * k * stripe, 64 - 2 * size, stripe, 4 * size));
			}
			g.dispose();
			assertThat(
					DiscFit.secondOpinion(camera(stripes, 0.6, size + 2), 64, 64, stripe / 2, List.of(), (rgb) -> true))
				.as("stripe %s", size)
				.isEmpty();
			// A soft highlight on skin: bright, round, and all blur. (One bright enough
			// to clip at white has a flat top and looks like a white dot; the detector's
			// set of one colour and size is what keeps those out.)
			BufferedImage highlight = skin(96);
			DistractorScenes.highlight(highlight, 48, 48, size / 5.0, 50);
			assertThat(DiscFit.secondOpinion(camera(highlight, 0.6, size + 3), 48, 48, size / 4.0, List.of(),
					(rgb) -> true))
				.as("highlight %s", size)
				.isEmpty();
		}
	}

}
