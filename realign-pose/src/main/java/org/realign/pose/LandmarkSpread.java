package org.realign.pose;

/**
 * Where one keypoint lands on average over the augmented passes of
 * {@link PoseEstimator#estimateAugmented}, and how far the passes disagree: the
 * repeatability of the model on this photo.
 *
 * @param keypoint which keypoint
 * @param x mean x over the passes, image pixels
 * @param y mean y over the passes, image pixels
 * @param sdX sample standard deviation of x over the passes, pixels
 * @param sdY sample standard deviation of y over the passes, pixels
 * @param visibility mean visibility over the passes, 0..1
 * @param passes how many passes placed the point (the passes whose crop held a pose)
 */
public record LandmarkSpread(PoseKeypoint keypoint, double x, double y, double sdX, double sdY, double visibility,
		int passes) {

	/**
	 * The spread as one distance in pixels: {@code sqrt(sdX^2 + sdY^2)}, the root mean
	 * square distance of the passes from their mean position (with the n - 1 of the
	 * sample standard deviation). Use it as the standard error of the point's position
	 * when propagating to a measurement.
	 */
	public double sd() {
		return Math.hypot(this.sdX, this.sdY);
	}

}
