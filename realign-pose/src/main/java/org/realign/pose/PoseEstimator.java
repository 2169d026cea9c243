package org.realign.pose;

import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * Places the 33 BlazePose keypoints on the person in a photo.
 * <p>
 * One estimator holds the loaded models and a bounded pool of interpreters, so that a
 * batch of images reuses them; it is safe to call from several threads at once (each call
 * borrows an interpreter, waiting when all are busy). Close it to free the native memory.
 */
public interface PoseEstimator extends AutoCloseable {

	/**
	 * Opens the models of the given files.
	 * @param models the detector and landmark model files, e.g. from
	 * {@link ModelStore#ensureAvailable(PoseModel)}
	 * @param threads the largest number of images processed at once (one interpreter pair
	 * each, on one thread); a still photo alone in flight uses all the machine's cores
	 * (see {@link #open(ModelFiles, int, PoseOptions, int)})
	 * @return an estimator to close after use
	 * @throws PoseModelException when a model cannot be loaded, or this machine has no
	 * pose natives (see {@link PoseNatives})
	 */
	static PoseEstimator open(ModelFiles models, int threads) {
		return open(models, threads, PoseOptions.defaults());
	}

	/**
	 * As {@link #open(ModelFiles, int)}, with the given processing of still photos.
	 * @param models the detector and landmark model files
	 * @param threads the largest number of images processed at once
	 * @param options what is done beyond MediaPipe's single pass
	 * @return an estimator to close after use
	 */
	static PoseEstimator open(ModelFiles models, int threads, PoseOptions options) {
		return open(models, threads, options, Runtime.getRuntime().availableProcessors());
	}

	/**
	 * As {@link #open(ModelFiles, int, PoseOptions)}, with the threads a still photo gets
	 * when it is the only one in flight. {@link #estimate} of such a photo (one upload,
	 * one photo of the command line) runs the models with XNNPACK on {@code loneThreads}
	 * threads instead of one, so that it does not leave the other cores idle; the
	 * landmarks are the same within float noise. A batch that keeps every core busy with
	 * its own photo passes 1, so that a photo which finds the others between two photos
	 * does not take a second core from them.
	 * @param models the detector and landmark model files
	 * @param threads the largest number of images processed at once
	 * @param options what is done beyond MediaPipe's single pass
	 * @param loneThreads threads for a still photo alone in flight (the machine's cores
	 * by default; 1 for one thread whatever else runs)
	 * @return an estimator to close after use
	 */
	static PoseEstimator open(ModelFiles models, int threads, PoseOptions options, int loneThreads) {
		PoseNatives.requireForThisMachine();
		try {
			return new TfLitePoseEstimator(models, threads, options, loneThreads);
		}
		catch (LinkageError ex) {
			// Natives present but not loadable (a missing system library, an old OS): the
			// app keeps running without automatic placement and says why.
			throw new PoseModelException(
					"the pose natives for " + PoseNatives.platform() + " failed to load: " + ex.getMessage(), ex);
		}
	}

	/**
	 * The passes of {@link #estimateAugmented}: the region at 0.9, 1.0 and 1.1 times its
	 * size, each as it is and mirrored.
	 */
	int AUGMENTED_PASSES = 6;

	/** The landmark model in use. */
	PoseModel model();

	/**
	 * Finds the most confident person in a still photo and places the keypoints.
	 * @param image the photo, upright (EXIF orientation already applied)
	 * @return the pose, or empty when no person is found
	 */
	Optional<PoseResult> estimate(BufferedImage image);

	/**
	 * As {@link #estimate(BufferedImage)}, for a photo decoded by
	 * {@link ImageLoader#loadForPose} (possibly at a reduced scale, which is faster).
	 * @param photo the photo
	 * @return the pose in the pixels of the full, upright photo, or empty when no person
	 * is found
	 */
	Optional<PoseResult> estimate(PosePhoto photo);

	/**
	 * The pose of a still photo with its repeatability: after the usual detection and
	 * region, the landmark model runs {@value #AUGMENTED_PASSES} times, on the region
	 * scaled by 0.9, 1.0 and 1.1, each as it is and mirrored (with left and right swapped
	 * back). The result's pose is the mean of the passes; for each keypoint,
	 * {@link AugmentedPose#spread()} gives the mean position and the standard deviation
	 * in pixels over the passes, the model's own test-retest error on this photo (how
	 * much the landmark moves when the same person is framed slightly differently). It is
	 * a lower bound of the error against the true anatomical point, since all passes
	 * share the model's biases. Costs one detector run and {@value #AUGMENTED_PASSES}
	 * landmark passes (the unscaled, unmirrored one is the photo's own pass, not run
	 * twice); when another of the estimator's interpreter pairs is idle, it takes half of
	 * the passes on a second thread, with the same result.
	 * @param photo the photo
	 * @return the averaged pose and its spread, or empty when no person is found
	 */
	Optional<AugmentedPose> estimateAugmented(PosePhoto photo);

	/**
	 * A tracker for the frames of one video: like MediaPipe's video mode, each frame's
	 * crop comes from the previous frame's pose, and the detector runs only when the
	 * person was lost.
	 * @return a new tracker, to use from one thread
	 */
	PoseTracker tracker();

	@Override
	void close();

}
