package org.realign.core.landmark;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every point a posture photo can carry, by its kebab-case id.
 * <p>
 * Two families: the 33 keypoints of the BlazePose model [1], in the model's own order,
 * and the anatomical points a practitioner marks by hand or with skin markers, following
 * the SAPO marking protocol [2] (tragus, C7, T3, acromion, ASIS, PSIS, greater
 * trochanter, knee joint line, patella centre, tibial tuberosity, malleoli, inferior
 * scapular angle, calcaneus) plus the mid-calf and Achilles points SAPO's hindfoot angle
 * needs. The model's "hip" is the hip joint centre, not a pelvic landmark: nothing that
 * needs the ASIS or PSIS may be computed from it (see {@code field-research.md} §1.3).
 * <p>
 * [1] Bazarevsky V. et al., BlazePose: On-device Real-time Body Pose tracking,
 * arXiv:2006.10204, 2020. [2] Duarte M., Ferreira E.A., Maldonado E.P., Freitas A.Z.,
 * Documentação sobre o SAPO, 2005, http://demotu.org/sapo/.
 */
public enum LandmarkId {

	NOSE("nose", Kind.POSE_MODEL, 0), LEFT_EYE_INNER("left-eye-inner", Kind.POSE_MODEL, 1),
	LEFT_EYE("left-eye", Kind.POSE_MODEL, 2), LEFT_EYE_OUTER("left-eye-outer", Kind.POSE_MODEL, 3),
	RIGHT_EYE_INNER("right-eye-inner", Kind.POSE_MODEL, 4), RIGHT_EYE("right-eye", Kind.POSE_MODEL, 5),
	RIGHT_EYE_OUTER("right-eye-outer", Kind.POSE_MODEL, 6), LEFT_EAR("left-ear", Kind.POSE_MODEL, 7),
	RIGHT_EAR("right-ear", Kind.POSE_MODEL, 8), MOUTH_LEFT("mouth-left", Kind.POSE_MODEL, 9),
	MOUTH_RIGHT("mouth-right", Kind.POSE_MODEL, 10), LEFT_SHOULDER("left-shoulder", Kind.POSE_MODEL, 11),
	RIGHT_SHOULDER("right-shoulder", Kind.POSE_MODEL, 12), LEFT_ELBOW("left-elbow", Kind.POSE_MODEL, 13),
	RIGHT_ELBOW("right-elbow", Kind.POSE_MODEL, 14), LEFT_WRIST("left-wrist", Kind.POSE_MODEL, 15),
	RIGHT_WRIST("right-wrist", Kind.POSE_MODEL, 16), LEFT_PINKY("left-pinky", Kind.POSE_MODEL, 17),
	RIGHT_PINKY("right-pinky", Kind.POSE_MODEL, 18), LEFT_INDEX("left-index", Kind.POSE_MODEL, 19),
	RIGHT_INDEX("right-index", Kind.POSE_MODEL, 20), LEFT_THUMB("left-thumb", Kind.POSE_MODEL, 21),
	RIGHT_THUMB("right-thumb", Kind.POSE_MODEL, 22), LEFT_HIP("left-hip", Kind.POSE_MODEL, 23),
	RIGHT_HIP("right-hip", Kind.POSE_MODEL, 24), LEFT_KNEE("left-knee", Kind.POSE_MODEL, 25),
	RIGHT_KNEE("right-knee", Kind.POSE_MODEL, 26), LEFT_ANKLE("left-ankle", Kind.POSE_MODEL, 27),
	RIGHT_ANKLE("right-ankle", Kind.POSE_MODEL, 28), LEFT_HEEL("left-heel", Kind.POSE_MODEL, 29),
	RIGHT_HEEL("right-heel", Kind.POSE_MODEL, 30), LEFT_FOOT_INDEX("left-foot-index", Kind.POSE_MODEL, 31),
	RIGHT_FOOT_INDEX("right-foot-index", Kind.POSE_MODEL, 32), LEFT_TRAGUS("left-tragus", Kind.ANATOMICAL, -1),
	RIGHT_TRAGUS("right-tragus", Kind.ANATOMICAL, -1), C7("c7", Kind.ANATOMICAL, -1), T3("t3", Kind.ANATOMICAL, -1),
	LEFT_ACROMION("left-acromion", Kind.ANATOMICAL, -1), RIGHT_ACROMION("right-acromion", Kind.ANATOMICAL, -1),
	LEFT_ASIS("left-asis", Kind.ANATOMICAL, -1), RIGHT_ASIS("right-asis", Kind.ANATOMICAL, -1),
	LEFT_PSIS("left-psis", Kind.ANATOMICAL, -1), RIGHT_PSIS("right-psis", Kind.ANATOMICAL, -1),
	LEFT_GREATER_TROCHANTER("left-greater-trochanter", Kind.ANATOMICAL, -1),
	RIGHT_GREATER_TROCHANTER("right-greater-trochanter", Kind.ANATOMICAL, -1),
	LEFT_LATERAL_KNEE("left-lateral-knee", Kind.ANATOMICAL, -1),
	RIGHT_LATERAL_KNEE("right-lateral-knee", Kind.ANATOMICAL, -1),
	LEFT_PATELLA_CENTER("left-patella-center", Kind.ANATOMICAL, -1),
	RIGHT_PATELLA_CENTER("right-patella-center", Kind.ANATOMICAL, -1),
	LEFT_TIBIAL_TUBEROSITY("left-tibial-tuberosity", Kind.ANATOMICAL, -1),
	RIGHT_TIBIAL_TUBEROSITY("right-tibial-tuberosity", Kind.ANATOMICAL, -1),
	LEFT_LATERAL_MALLEOLUS("left-lateral-malleolus", Kind.ANATOMICAL, -1),
	RIGHT_LATERAL_MALLEOLUS("right-lateral-malleolus", Kind.ANATOMICAL, -1),
	LEFT_MEDIAL_MALLEOLUS("left-medial-malleolus", Kind.ANATOMICAL, -1),
	RIGHT_MEDIAL_MALLEOLUS("right-medial-malleolus", Kind.ANATOMICAL, -1),
	LEFT_INFERIOR_SCAPULAR_ANGLE("left-inferior-scapular-angle", Kind.ANATOMICAL, -1),
	RIGHT_INFERIOR_SCAPULAR_ANGLE("right-inferior-scapular-angle", Kind.ANATOMICAL, -1),
	LEFT_CALCANEUS("left-calcaneus", Kind.ANATOMICAL, -1), RIGHT_CALCANEUS("right-calcaneus", Kind.ANATOMICAL, -1),
	LEFT_MID_CALF("left-mid-calf", Kind.ANATOMICAL, -1), RIGHT_MID_CALF("right-mid-calf", Kind.ANATOMICAL, -1),
	LEFT_ACHILLES("left-achilles", Kind.ANATOMICAL, -1), RIGHT_ACHILLES("right-achilles", Kind.ANATOMICAL, -1);

	/** Where an id comes from. */
	public enum Kind {

		/** A BlazePose keypoint (a joint centre or a face point, not a bony landmark). */
		POSE_MODEL,
		/** A bony landmark palpated or marked on the skin (SAPO protocol). */
		ANATOMICAL

	}

	private static final Map<String, LandmarkId> BY_ID = Arrays.stream(values())
		.collect(Collectors.toUnmodifiableMap(LandmarkId::id, Function.identity()));

	private final String id;

	private final Kind kind;

	private final int modelIndex;

	LandmarkId(String id, Kind kind, int modelIndex) {
		this.id = id;
		this.kind = kind;
		this.modelIndex = modelIndex;
	}

	/** The kebab-case id used in landmark files. */
	public String id() {
		return this.id;
	}

	public Kind kind() {
		return this.kind;
	}

	public boolean isPoseModelKeypoint() {
		return this.kind == Kind.POSE_MODEL;
	}

	/** The keypoint's index in the BlazePose output, empty for anatomical points. */
	public Optional<Integer> modelIndex() {
		return (this.modelIndex >= 0) ? Optional.of(this.modelIndex) : Optional.empty();
	}

	/**
	 * The person's side this point belongs to; empty for midline points (nose, C7, T3).
	 */
	public Optional<Side> side() {
		if (this.id.startsWith("left-") || this.id.endsWith("-left")) {
			return Optional.of(Side.LEFT);
		}
		if (this.id.startsWith("right-") || this.id.endsWith("-right")) {
			return Optional.of(Side.RIGHT);
		}
		return Optional.empty();
	}

	/**
	 * The same point on the person's other side; midline points are their own
	 * counterpart.
	 */
	public LandmarkId counterpart() {
		String other;
		if (this.id.startsWith("left-")) {
			other = "right-" + this.id.substring(5);
		}
		else if (this.id.startsWith("right-")) {
			other = "left-" + this.id.substring(6);
		}
		else if (this.id.endsWith("-left")) {
			other = this.id.substring(0, this.id.length() - 5) + "-right";
		}
		else if (this.id.endsWith("-right")) {
			other = this.id.substring(0, this.id.length() - 6) + "-left";
		}
		else {
			return this;
		}
		return BY_ID.get(other);
	}

	/** The point of the given side for a paired name such as {@code tragus}. */
	public static LandmarkId of(Side side, String pairedName) {
		return fromId(side.id() + "-" + pairedName)
			.orElseThrow(() -> new IllegalArgumentException("no paired landmark " + pairedName));
	}

	public static Optional<LandmarkId> fromId(String id) {
		return Optional.ofNullable(BY_ID.get(id));
	}

}
