package org.realign.app.assessment;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;

import org.realign.core.landmark.Landmark;
import org.realign.core.landmark.LandmarkId;
import org.realign.core.landmark.LandmarkSet;

import org.springframework.stereotype.Component;

/**
 * Blurs the face in a posture photo so a report can leave the practice without showing
 * who it is. The face box comes from the pose model's face landmarks; without them, from
 * the head region above the shoulders.
 */
@Component
public class FaceBlur {

	private static final List<LandmarkId> FACE = List.of(LandmarkId.NOSE, LandmarkId.LEFT_EYE_INNER,
			LandmarkId.LEFT_EYE, LandmarkId.LEFT_EYE_OUTER, LandmarkId.RIGHT_EYE_INNER, LandmarkId.RIGHT_EYE,
			LandmarkId.RIGHT_EYE_OUTER, LandmarkId.LEFT_EAR, LandmarkId.RIGHT_EAR, LandmarkId.MOUTH_LEFT,
			LandmarkId.MOUTH_RIGHT, LandmarkId.LEFT_TRAGUS, LandmarkId.RIGHT_TRAGUS);

	/** A copy of the image with the face box blurred; the rest is unchanged. */
	public BufferedImage blur(BufferedImage image, LandmarkSet landmarks) {
		BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		copy.getGraphics().drawImage(image, 0, 0, null);
		faceBox(landmarks, image.getWidth(), image.getHeight()).ifPresent((box) -> blurBox(copy, box));
		return copy;
	}

	/**
	 * Whether the landmarks place the face (face points, the tragus, or the shoulders or
	 * acromions below the head); without, {@link #blur} changes nothing.
	 */
	public boolean locatesTheFace(LandmarkSet landmarks, int width, int height) {
		return faceBox(landmarks, width, height).isPresent();
	}

	Optional<Rectangle> faceBox(LandmarkSet landmarks, int width, int height) {
		List<Landmark> face = FACE.stream().flatMap((id) -> landmarks.find(id).stream()).toList();
		double minX;
		double maxX;
		double minY;
		double maxY;
		if (!face.isEmpty()) {
			minX = face.stream().mapToDouble(Landmark::x).min().orElseThrow();
			maxX = face.stream().mapToDouble(Landmark::x).max().orElseThrow();
			minY = face.stream().mapToDouble(Landmark::y).min().orElseThrow();
			maxY = face.stream().mapToDouble(Landmark::y).max().orElseThrow();
			// The landmarks sit inside the face: grow the box to cover forehead, chin
			// and hair line.
			double size = Math.max(maxX - minX, maxY - minY);
			if (face.stream().allMatch(FaceBlur::isTragus)) {
				// A hand-marked side view has the tragus, at the back of the face: the
				// face reaches about a head's length forward of it, and the tragus-to-C7
				// distance is about that length; without C7, a twelfth of the photo's
				// height.
				size = landmarks.find(LandmarkId.C7)
					.map((c7) -> Math.hypot(c7.x() - face.get(0).x(), c7.y() - face.get(0).y()) * 1.2)
					.orElse(height / 12.0);
			}
			double pad = Math.max(size, width / 30.0);
			minX -= pad;
			maxX += pad;
			minY -= pad * 1.5;
			maxY += pad;
		}
		else {
			List<Landmark> shoulders = List
				.of(LandmarkId.LEFT_SHOULDER, LandmarkId.RIGHT_SHOULDER, LandmarkId.LEFT_ACROMION,
						LandmarkId.RIGHT_ACROMION)
				.stream()
				.flatMap((id) -> landmarks.find(id).stream())
				.toList();
			if (shoulders.isEmpty()) {
				return Optional.empty();
			}
			double top = shoulders.stream().mapToDouble(Landmark::y).min().orElseThrow();
			double centre = shoulders.stream().mapToDouble(Landmark::x).average().orElseThrow();
			double half = width / 6.0;
			minX = centre - half;
			maxX = centre + half;
			minY = 0;
			maxY = top;
		}
		int x0 = (int) Math.max(0, Math.floor(minX));
		int y0 = (int) Math.max(0, Math.floor(minY));
		int x1 = (int) Math.min(width, Math.ceil(maxX));
		int y1 = (int) Math.min(height, Math.ceil(maxY));
		if (x1 <= x0 || y1 <= y0) {
			return Optional.empty();
		}
		return Optional.of(new Rectangle(x0, y0, x1 - x0, y1 - y0));
	}

	private static boolean isTragus(Landmark landmark) {
		return landmark.id() == LandmarkId.LEFT_TRAGUS || landmark.id() == LandmarkId.RIGHT_TRAGUS;
	}

	/**
	 * Three passes of a wide box blur approximate a Gaussian; the radius scales with the
	 * box so no feature survives.
	 */
	private static void blurBox(BufferedImage image, Rectangle box) {
		int radius = Math.max(4, Math.min(box.width, box.height) / 6);
		int[] pixels = image.getRGB(box.x, box.y, box.width, box.height, null, 0, box.width);
		for (int pass = 0; pass < 3; pass++) {
			pixels = boxBlur(pixels, box.width, box.height, radius, true);
			pixels = boxBlur(pixels, box.width, box.height, radius, false);
		}
		image.setRGB(box.x, box.y, box.width, box.height, pixels, 0, box.width);
	}

	private static int[] boxBlur(int[] in, int w, int h, int radius, boolean horizontal) {
		int[] out = new int[in.length];
		int lines = horizontal ? h : w;
		int length = horizontal ? w : h;
		for (int line = 0; line < lines; line++) {
			for (int i = 0; i < length; i++) {
				int r = 0;
				int g = 0;
				int b = 0;
				int n = 0;
				for (int k = Math.max(0, i - radius); k <= Math.min(length - 1, i + radius); k++) {
					int p = horizontal ? in[line * w + k] : in[k * w + line];
					r += (p >> 16) & 0xff;
					g += (p >> 8) & 0xff;
					b += p & 0xff;
					n++;
				}
				int index = horizontal ? line * w + i : i * w + line;
				out[index] = 0xff000000 | ((r / n) << 16) | ((g / n) << 8) | (b / n);
			}
		}
		return out;
	}

}
