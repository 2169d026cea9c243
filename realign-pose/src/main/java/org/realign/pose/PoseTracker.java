package org.realign.pose;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.Optional;

/**
 * Places keypoints on consecutive frames of one video, reusing each frame's pose to crop
 * the next one (MediaPipe's tracking mode, with its landmark smoothing).
 */
public interface PoseTracker {

	/**
	 * @param frame the next frame, the same size as the previous ones
	 * @param timestamp the frame's time in the video, increasing from frame to frame (the
	 * smoothing depends on the frame rate)
	 * @return the pose, or empty when no person is found
	 */
	Optional<PoseResult> next(BufferedImage frame, Duration timestamp);

}
