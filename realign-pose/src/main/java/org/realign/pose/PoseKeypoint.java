package org.realign.pose;

/**
 * The 33 keypoints of the BlazePose topology, in the model's output order, with the
 * kebab-case ids of the landmark file format.
 */
public enum PoseKeypoint {

	NOSE("nose"), LEFT_EYE_INNER("left-eye-inner"), LEFT_EYE("left-eye"), LEFT_EYE_OUTER("left-eye-outer"),
	RIGHT_EYE_INNER("right-eye-inner"), RIGHT_EYE("right-eye"), RIGHT_EYE_OUTER("right-eye-outer"),
	LEFT_EAR("left-ear"), RIGHT_EAR("right-ear"), MOUTH_LEFT("mouth-left"), MOUTH_RIGHT("mouth-right"),
	LEFT_SHOULDER("left-shoulder"), RIGHT_SHOULDER("right-shoulder"), LEFT_ELBOW("left-elbow"),
	RIGHT_ELBOW("right-elbow"), LEFT_WRIST("left-wrist"), RIGHT_WRIST("right-wrist"), LEFT_PINKY("left-pinky"),
	RIGHT_PINKY("right-pinky"), LEFT_INDEX("left-index"), RIGHT_INDEX("right-index"), LEFT_THUMB("left-thumb"),
	RIGHT_THUMB("right-thumb"), LEFT_HIP("left-hip"), RIGHT_HIP("right-hip"), LEFT_KNEE("left-knee"),
	RIGHT_KNEE("right-knee"), LEFT_ANKLE("left-ankle"), RIGHT_ANKLE("right-ankle"), LEFT_HEEL("left-heel"),
	RIGHT_HEEL("right-heel"), LEFT_FOOT_INDEX("left-foot-index"), RIGHT_FOOT_INDEX("right-foot-index");

	/** The number of keypoints, 33. */
	public static final int COUNT = 33;

	private final String id;

	PoseKeypoint(String id) {
		this.id = id;
	}

	/** The kebab-case id used in landmark files. */
	public String id() {
		return this.id;
	}

	/**
	 * The same point on the body's other side: the left eye's for the right eye, the
	 * nose's own for the nose.
	 */
	public PoseKeypoint opposite() {
		String name = name();
		if (name.contains("LEFT")) {
			return valueOf(name.replace("LEFT", "RIGHT"));
		}
		if (name.contains("RIGHT")) {
			return valueOf(name.replace("RIGHT", "LEFT"));
		}
		return this;
	}

}
