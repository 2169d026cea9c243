package org.realign.pose;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.realign.core.landmark.ImageSize;
import org.realign.core.landmark.Landmark;
import org.realign.core.landmark.LandmarkId;
import org.realign.core.landmark.LandmarkSet;
import org.realign.core.landmark.View;

/**
 * Test-time augmentation of a still photo: the landmarks found on the photo, on its
 * mirror image (left and right swapped back) and on copies scaled by {@link #SCALES},
 * averaged; the spread of each keypoint over the passes is the photo's own repeatability
 * figure, which the error of every measurement carries.
 * <p>
 * A small pass of our own, to stand until the pose work's augmentation lands: it calls
 * the existing estimator, and keeps the first pass's scores, detection and region.
 *
 * @param mean the averaged pose
 * @param spread per keypoint (in {@link PoseKeypoint} order), the standard deviation of
 * its position over the passes, pixels, the same in x and y (the root of the mean of the
 * two variances)
 * @param passes how many passes found the person
 */
public record AugmentedPose(PoseResult mean, double[] spread, int passes) {

	/** The scales of the extra passes besides the photo and its mirror image. */
	public static final double[] SCALES = { 0.8, 1.25 };

	public AugmentedPose {
		spread = spread.clone();
	}

	@Override
	public double[] spread() {
		return this.spread.clone();
	}

	/**
	 * The augmented pose of a photo, empty when the person is not found on the photo
	 * itself.
	 */
	public static Optional<AugmentedPose> estimate(PoseEstimator estimator, BufferedImage image) {
		Optional<PoseResult> first = estimator.estimate(image);
		if (first.isEmpty()) {
			return Optional.empty();
		}
		int width = image.getWidth();
		List<double[][]> passes = new ArrayList<>();
		passes.add(points(first.get(), 1, 0, false));
		estimator.estimate(flip(image)).ifPresent((pose) -> passes.add(points(pose, 1, width, true)));
		for (double scale : SCALES) {
			estimator.estimate(scaled(image, scale)).ifPresent((pose) -> passes.add(points(pose, scale, 0, false)));
		}
		int n = passes.size();
		List<PoseLandmark> mean = new ArrayList<>();
		double[] spread = new double[PoseKeypoint.values().length];
		for (PoseKeypoint keypoint : PoseKeypoint.values()) {
			int k = keypoint.ordinal();
			double sx = 0;
			double sy = 0;
			for (double[][] pass : passes) {
				sx += pass[k][0];
				sy += pass[k][1];
			}
			double mx = sx / n;
			double my = sy / n;
			double var = 0;
			for (double[][] pass : passes) {
				var += ((pass[k][0] - mx) * (pass[k][0] - mx) + (pass[k][1] - my) * (pass[k][1] - my)) / 2;
			}
			spread[k] = (n > 1) ? Math.sqrt(var / (n - 1)) : 0;
			PoseLandmark original = first.get().landmarks().get(k);
			mean.add(new PoseLandmark(keypoint, mx, my, original.z(), original.visibility(), original.presence()));
		}
		PoseResult base = first.get();
		PoseResult averaged = new PoseResult(mean, base.worldLandmarks(), base.detection(), base.roi(),
				base.detectionScore(), base.poseScore(), base.model(), base.imageWidth(), base.imageHeight());
		return Optional.of(new AugmentedPose(averaged, spread, n));
	}

	/**
	 * The keypoints inside the photo as landmarks, each with its spread as its
	 * uncertainty.
	 */
	public LandmarkSet inside(View view) {
		LandmarkSet plain = PoseLandmarkSets.inside(this.mean, view);
		List<Landmark> withSpread = new ArrayList<>();
		for (Landmark l : plain.landmarks()) {
			int k = l.id().modelIndex().orElseThrow();
			withSpread.add(l.withUncertainty(this.spread[k]));
		}
		return LandmarkSet.of(view, new ImageSize(this.mean.imageWidth(), this.mean.imageHeight()), withSpread);
	}

	/**
	 * Keypoint positions in the original photo's pixels, sides swapped back on a mirror.
	 */
	private static double[][] points(PoseResult pose, double scale, int mirrorWidth, boolean mirrored) {
		double[][] points = new double[PoseKeypoint.values().length][];
		for (PoseLandmark l : pose.landmarks()) {
			double x = l.x() / scale;
			double y = l.y() / scale;
			PoseKeypoint keypoint = l.keypoint();
			if (mirrored) {
				x = mirrorWidth - x;
				keypoint = counterpart(keypoint);
			}
			points[keypoint.ordinal()] = new double[] { x, y };
		}
		return points;
	}

	private static PoseKeypoint counterpart(PoseKeypoint keypoint) {
		LandmarkId other = LandmarkId.fromId(keypoint.id()).orElseThrow().counterpart();
		return PoseKeypoint.values()[other.modelIndex().orElseThrow()];
	}

	public static BufferedImage flip(BufferedImage image) {
		BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = out.createGraphics();
		g.drawImage(image, image.getWidth(), 0, -image.getWidth(), image.getHeight(), null);
		g.dispose();
		return out;
	}

	static BufferedImage scaled(BufferedImage image, double factor) {
		int w = Math.max(1, (int) Math.round(image.getWidth() * factor));
		int h = Math.max(1, (int) Math.round(image.getHeight() * factor));
		BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = out.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.drawImage(image, 0, 0, w, h, null);
		g.dispose();
		return out;
	}

	/** The spread of one keypoint, pixels. */
	public OptionalDouble spreadOf(PoseKeypoint keypoint) {
		return OptionalDouble.of(this.spread[keypoint.ordinal()]);
	}

}
