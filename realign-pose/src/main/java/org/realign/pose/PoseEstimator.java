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
	 * each)
	 * @return an estimator to close after use
	 * @throws PoseModelException when a model cannot be loaded, or this machine has no
	 * pose natives (see {@link PoseNatives})
	 */
	static PoseEstimator open(ModelFiles models, int threads) {
		PoseNatives.requireForThisMachine();
		try {
			return new TfLitePoseEstimator(models, threads);
		}
		catch (LinkageError ex) {
			// Natives present but not loadable (a missing system library, an old OS): the
			// app
			// keeps running without automatic placement and says why.
			throw new PoseModelException(
					"the pose natives for " + PoseNatives.platform() + " failed to load: " + ex.getMessage(), ex);
		}
	}

	/** The landmark model in use. */
	PoseModel model();

	/**
	 * Finds the most confident person in a still photo and places the keypoints.
	 * @param image the photo, upright (EXIF orientation already applied)
	 * @return the pose, or empty when no person is found
	 */
	Optional<PoseResult> estimate(BufferedImage image);

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
