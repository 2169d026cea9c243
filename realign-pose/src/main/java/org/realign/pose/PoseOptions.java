package org.realign.pose;

/**
 * How a still photo is processed, beyond MediaPipe's single pass (detector, region, one
 * landmark pass).
 *
 * @param fallbackRegion when the detector finds no one, or the landmark model finds no
 * pose in the detector's region, try the landmark model on the whole photo as one region
 * (a person who fills the frame, whom the detector, trained on people with room around
 * them, often misses), followed by a refinement pass
 * @param refine run the landmark model a second time on the region derived from the first
 * pass's landmarks (MediaPipe's tracking region, from the hip centre and the body's scale
 * point), as a video frame after the first would be
 */
public record PoseOptions(boolean fallbackRegion, boolean refine) {

	/** MediaPipe's static-image pipeline, nothing added. */
	public static PoseOptions mediaPipe() {
		return new PoseOptions(false, false);
	}

	/**
	 * The default for still photos: the fallback region on (a person who fills the frame
	 * is found), no refinement pass (measured: it does not bring the landmarks closer to
	 * Google's on the reference photos; see docs/benchmarks.md).
	 */
	public static PoseOptions defaults() {
		return new PoseOptions(true, false);
	}

}
