package org.realign.pose;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Draws a pose's skeleton on a copy of its photo, for the practitioner to check the
 * automatic placement at a glance.
 */
public final class PoseOverlay {

	/** The bones drawn, as pairs of keypoint indices (MediaPipe's POSE_CONNECTIONS). */
	static final List<int[]> CONNECTIONS = List.of(new int[] { 0, 1 }, new int[] { 1, 2 }, new int[] { 2, 3 },
			new int[] { 3, 7 }, new int[] { 0, 4 }, new int[] { 4, 5 }, new int[] { 5, 6 }, new int[] { 6, 8 },
			new int[] { 9, 10 }, new int[] { 11, 12 }, new int[] { 11, 13 }, new int[] { 13, 15 }, new int[] { 15, 17 },
			new int[] { 15, 19 }, new int[] { 15, 21 }, new int[] { 17, 19 }, new int[] { 12, 14 },
			new int[] { 14, 16 }, new int[] { 16, 18 }, new int[] { 16, 20 }, new int[] { 16, 22 },
			new int[] { 18, 20 }, new int[] { 11, 23 }, new int[] { 12, 24 }, new int[] { 23, 24 },
			new int[] { 23, 25 }, new int[] { 24, 26 }, new int[] { 25, 27 }, new int[] { 26, 28 },
			new int[] { 27, 29 }, new int[] { 28, 30 }, new int[] { 29, 31 }, new int[] { 30, 32 },
			new int[] { 27, 31 }, new int[] { 28, 32 });

	private static final Color LEFT = new Color(255, 138, 0);

	private static final Color RIGHT = new Color(0, 170, 255);

	private static final Color CENTRE = new Color(240, 240, 240);

	private PoseOverlay() {
	}

	/**
	 * @return a copy of {@code photo} with the skeleton drawn: the person's left side in
	 * orange, the right side in blue
	 */
	public static BufferedImage draw(BufferedImage photo, PoseResult pose) {
		BufferedImage copy = new BufferedImage(photo.getWidth(), photo.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = copy.createGraphics();
		try {
			g.drawImage(photo, 0, 0, null);
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			float scale = Math.max(1f, Math.max(photo.getWidth(), photo.getHeight()) / 500f);
			g.setStroke(new BasicStroke(2 * scale, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
			List<PoseLandmark> points = pose.landmarks();
			for (int[] bone : CONNECTIONS) {
				PoseLandmark a = points.get(bone[0]);
				PoseLandmark b = points.get(bone[1]);
				g.setColor(colour(a.keypoint(), b.keypoint()));
				g.draw(new Line2D.Double(a.x(), a.y(), b.x(), b.y()));
			}
			double r = 3 * scale;
			for (PoseLandmark point : points) {
				g.setColor(colour(point.keypoint(), point.keypoint()));
				g.fill(new Ellipse2D.Double(point.x() - r, point.y() - r, 2 * r, 2 * r));
			}
		}
		finally {
			g.dispose();
		}
		return copy;
	}

	private static Color colour(PoseKeypoint a, PoseKeypoint b) {
		boolean leftA = a.id().startsWith("left") || a.id().endsWith("left");
		boolean leftB = b.id().startsWith("left") || b.id().endsWith("left");
		boolean rightA = a.id().startsWith("right") || a.id().endsWith("right");
		boolean rightB = b.id().startsWith("right") || b.id().endsWith("right");
		if (leftA && leftB) {
			return LEFT;
		}
		if (rightA && rightB) {
			return RIGHT;
		}
		return CENTRE;
	}

}
