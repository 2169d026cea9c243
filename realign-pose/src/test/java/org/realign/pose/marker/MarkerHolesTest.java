package org.realign.pose.marker;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.realign.core.landmark.View;
import org.realign.pose.PoseKeypoint;
import org.realign.pose.PoseLandmark;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A button's holes, still visible at 16-20 px though blur and JPEG lighten them, make it
 * no marker; a plain dot, a shaded ball and a dot a quarter hidden of the same size and
 * colour are markers.
 */
class MarkerHolesTest {

	private static final int YELLOW = 0xF2DC28;

	@Test
	void aButtonWithHolesIsRefusedWhereADotABallAndAHiddenDotAreFound() {
		MarkerScenes.Scene base = MarkerScenes.make(
				new MarkerScenes.Recipe("squat8", View.ANTERIOR, 18, YELLOW, false, 0, 0, 1f, false, false, 1),
				MarkerScenes.photo("squat8"), MarkerScenes.keypoints("squat8"), false);
		List<PoseLandmark> k = base.keypoints();
		PoseLandmark hip = k.get(PoseKeypoint.LEFT_HIP.ordinal());
		PoseLandmark knee = k.get(PoseKeypoint.LEFT_KNEE.ordinal());
		double x = (hip.x() + knee.x()) / 2;
		double y = (hip.y() + knee.y()) / 2;
		for (double d : new double[] { 16, 20 }) {
			assertThat(found(button(base.image(), x, y, d), k, x, y)).as("a %.0f px button", d).isFalse();
			BufferedImage dot = MarkerPainter.copy(base.image());
			MarkerPainter.draw(dot, x, y, d, YELLOW, false, Double.NaN, 0, 0);
			assertThat(found(dot, k, x, y)).as("a %.0f px dot", d).isTrue();
			BufferedImage ball = MarkerPainter.copy(base.image());
			MarkerPainter.draw(ball, x, y, d, YELLOW, true, Double.NaN, 0, 0);
			assertThat(found(ball, k, x, y)).as("a %.0f px ball", d).isTrue();
			BufferedImage hidden = MarkerPainter.copy(base.image());
			MarkerPainter.draw(hidden, x, y, d, YELLOW, false, 0.25 * d, 1.0, 0x2A1E18);
			assertThat(found(hidden, k, x, y)).as("a %.0f px dot a quarter hidden", d).isTrue();
		}
	}

	/** A button as the distractor scenes draw it: a darker rim and four holes. */
	private static BufferedImage button(BufferedImage photo, double x, double y, double d) {
		BufferedImage image = MarkerPainter.copy(photo);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		Color colour = new Color(YELLOW);
		g.setColor(colour);
		g.fill(new Ellipse2D.Double(x - d / 2, y - d / 2, d, d));
		g.setColor(colour.darker().darker());
		g.setStroke(new java.awt.BasicStroke((float) Math.max(1, d / 8)));
		g.draw(new Ellipse2D.Double(x - d / 2, y - d / 2, d, d));
		double h = Math.max(1.2, d / 7);
		for (int i = 0; i < 4; i++) {
			double a = Math.PI / 2 * i + 0.4;
			g.fill(new Ellipse2D.Double(x + d / 5 * Math.cos(a) - h / 2, y + d / 5 * Math.sin(a) - h / 2, h, h));
		}
		g.dispose();
		return image;
	}

	private static boolean found(BufferedImage image, List<PoseLandmark> keypoints, double x, double y) {
		BufferedImage photo = MarkerPainter.jpeg(MarkerPainter.blur(image, 0.6), 0.8f);
		return new MarkerDetector().detect(photo, keypoints, Optional.of(MarkerColour.seen(YELLOW)))
			.stream()
			.anyMatch((m) -> m.distanceTo(x, y) < 1.5);
	}

}
