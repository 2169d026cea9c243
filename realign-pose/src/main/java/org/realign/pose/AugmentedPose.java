package org.realign.pose;

import java.util.ArrayList;
import java.util.List;

/**
 * The pose of a still photo averaged over test-time augmentation, with the spread of each
 * keypoint over the passes (see {@link PoseEstimator#estimateAugmented}).
 *
 * @param pose the averaged pose: each landmark is the mean of the passes, in image pixels
 * @param spread per keypoint, in {@link PoseKeypoint} order: mean position and standard
 * deviation in pixels over the passes
 * @param passes the number of passes that found the pose (at most
 * {@link PoseEstimator#AUGMENTED_PASSES})
 */
public record AugmentedPose(PoseResult pose, List<LandmarkSpread> spread, int passes) {

	public AugmentedPose {
		spread = List.copyOf(spread);
	}

	public LandmarkSpread spread(PoseKeypoint keypoint) {
		return this.spread.get(keypoint.ordinal());
	}

	/**
	 * The same, with the person's left and right exchanged
	 * ({@link PoseResult#withSidesSwapped()}).
	 */
	public AugmentedPose withSidesSwapped() {
		List<LandmarkSpread> swapped = new ArrayList<>();
		for (PoseKeypoint keypoint : PoseKeypoint.values()) {
			LandmarkSpread other = spread(keypoint.opposite());
			swapped.add(new LandmarkSpread(keypoint, other.x(), other.y(), other.sdX(), other.sdY(), other.visibility(),
					other.passes()));
		}
		return new AugmentedPose(this.pose.withSidesSwapped(), swapped, this.passes);
	}

}
