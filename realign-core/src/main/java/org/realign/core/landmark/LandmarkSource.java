package org.realign.core.landmark;

import java.util.Arrays;
import java.util.Optional;

/**
 * Who placed a landmark: a practitioner by hand, a skin marker, a pose model, or an
 * anatomical point estimated from the pose model's keypoints ({@link #ESTIMATED}).
 */
public enum LandmarkSource {

	MANUAL("manual"), MARKER("marker"), BLAZEPOSE_LITE("blazepose-lite"), BLAZEPOSE_FULL("blazepose-full"),
	BLAZEPOSE_HEAVY("blazepose-heavy"),
	/**
	 * An anatomical point (tragus, acromion, greater trochanter, ...) placed from a pose
	 * model keypoint with a published offset and uncertainty ({@link EstimatedAnatomy});
	 * confirming or moving it makes it {@link #MANUAL}.
	 */
	ESTIMATED("estimated");

	private final String id;

	LandmarkSource(String id) {
		this.id = id;
	}

	public String id() {
		return this.id;
	}

	/** Whether a model placed the point (and so it carries a confidence). */
	public boolean isModel() {
		return this != MANUAL && this != MARKER && this != ESTIMATED;
	}

	/**
	 * Whether the point's position comes from the pose model, directly or through an
	 * anatomical estimate: a measurement that uses it has the basis "estimated".
	 */
	public boolean isEstimated() {
		return isModel() || this == ESTIMATED;
	}

	public static Optional<LandmarkSource> fromId(String id) {
		return Arrays.stream(values()).filter((source) -> source.id.equals(id)).findFirst();
	}

}
