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
	 * is found: it finds the one of the 52 variations of {@code PoseRobustnessIT} that
	 * MediaPipe's pipeline misses), no refinement pass after a detection. Measured
	 * against Google's values, the refinement pass is a wash for the cost of a landmark
	 * pass: on pose.jpg the worst landmark went from 8.9 to 7.7 px (lite), 7.6 to 8.5
	 * (full), 11.4 to 12.7 (heavy), the mean from 3.4 to 3.3, 3.2 to 3.1, 2.9 to 2.1; on
	 * the 65 squat frames (full) the mean stayed at 7.3 px. See docs/benchmarks.md.
	 */
	public static PoseOptions defaults() {
		return new PoseOptions(true, false);
	}

}
