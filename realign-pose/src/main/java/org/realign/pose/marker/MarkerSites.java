package org.realign.pose.marker;

import java.util.ArrayList;
import java.util.List;

import org.realign.core.landmark.LandmarkId;
import org.realign.core.landmark.Side;
import org.realign.core.landmark.View;
import org.realign.pose.PoseKeypoint;
import org.realign.pose.PoseLandmark;

/**
 * The marker set per view (SAPO's protocol [1], the points Realign measures from) and
 * where on the body each marker is expected, predicted from the pose keypoints.
 * <p>
 * A prediction is a keypoint plus an offset in the body's own frame: "up" from the hips
 * to the shoulders, "forward" (side views) perpendicular to it towards the face, and
 * "outward" (front and back views) from the midline to the side. Offsets are fractions of
 * the trunk length {@code t} (mid-hip to mid-shoulder, about 50 cm in an adult), so they
 * hold at any distance and any zoom. The offsets are anatomical proportions, rounded: the
 * hip joint centre lies about 9 cm below and 4 cm behind the ASIS [2], the ASIS and PSIS
 * about 15 cm apart front to back with the PSIS a little higher in a neutral pelvis [3],
 * the acromion about 3 cm above the shoulder joint centre, C7 about 10 cm above and 6 cm
 * behind it. Each site has a tolerance (one "typical" miss, also in {@code t}); a marker
 * farther than {@value MarkerAssigner#GATE} tolerances from every open site is shown as
 * unassigned, not guessed.
 * <p>
 * [1] Duarte M. et al., Documentação sobre o SAPO, 2005, http://demotu.org/sapo/. [2]
 * Harrington M.E. et al., J Biomech 2007;40:595 (hip joint centre from pelvic width and
 * depth). [3] Herrington L., Man Ther 2011;16:646.
 */
public final class MarkerSites {

	/**
	 * One expected marker.
	 *
	 * @param id the anatomical point it marks
	 * @param x predicted x, pixels
	 * @param y predicted y, pixels
	 * @param tolerance typical distance of the real marker from the prediction, pixels
	 */
	public record Site(LandmarkId id, double x, double y, double tolerance) {
	}

	private MarkerSites() {
	}

	/** The SAPO marker ids expected on a view, in the documented order. */
	public static List<LandmarkId> expected(View view) {
		return sites(view, null).stream().map(Site::id).toList();
	}

	/**
	 * The expected markers of a view, placed by the keypoints.
	 * @param view the view the photo shows
	 * @param keypoints the 33 pose keypoints, pixels
	 */
	public static List<Site> predict(View view, List<PoseLandmark> keypoints) {
		return sites(view, new Body(keypoints, view));
	}

	private static List<Site> sites(View view, Body b) {
		List<Site> sites = new ArrayList<>();
		if (view.isLateral()) {
			Side near = view.sideFacingCamera().orElseThrow();
			PoseKeypoint ear = (near == Side.LEFT) ? PoseKeypoint.LEFT_EAR : PoseKeypoint.RIGHT_EAR;
			PoseKeypoint shoulder = (near == Side.LEFT) ? PoseKeypoint.LEFT_SHOULDER : PoseKeypoint.RIGHT_SHOULDER;
			PoseKeypoint hip = (near == Side.LEFT) ? PoseKeypoint.LEFT_HIP : PoseKeypoint.RIGHT_HIP;
			PoseKeypoint knee = (near == Side.LEFT) ? PoseKeypoint.LEFT_KNEE : PoseKeypoint.RIGHT_KNEE;
			PoseKeypoint ankle = (near == Side.LEFT) ? PoseKeypoint.LEFT_ANKLE : PoseKeypoint.RIGHT_ANKLE;
			add(sites, b, LandmarkId.of(near, "tragus"), ear, 0, 0, 0.12);
			add(sites, b, LandmarkId.C7, shoulder, 0.20, -0.12, 0.16);
			add(sites, b, LandmarkId.of(near, "acromion"), shoulder, 0.06, 0, 0.12);
			add(sites, b, LandmarkId.of(near, "asis"), hip, 0.18, 0.10, 0.13);
			add(sites, b, LandmarkId.of(near, "psis"), hip, 0.22, -0.22, 0.13);
			add(sites, b, LandmarkId.of(near, "greater-trochanter"), hip, -0.02, 0, 0.11);
			add(sites, b, LandmarkId.of(near, "lateral-knee"), knee, 0, 0, 0.11);
			add(sites, b, LandmarkId.of(near, "lateral-malleolus"), ankle, 0, 0, 0.09);
			return sites;
		}
		boolean front = view == View.ANTERIOR;
		if (!front) {
			addMidline(sites, b, LandmarkId.C7, 0.20, 0.13);
			addMidline(sites, b, LandmarkId.T3, -0.04, 0.10);
		}
		for (Side side : Side.values()) {
			PoseKeypoint ear = (side == Side.LEFT) ? PoseKeypoint.LEFT_EAR : PoseKeypoint.RIGHT_EAR;
			PoseKeypoint shoulder = (side == Side.LEFT) ? PoseKeypoint.LEFT_SHOULDER : PoseKeypoint.RIGHT_SHOULDER;
			PoseKeypoint hip = (side == Side.LEFT) ? PoseKeypoint.LEFT_HIP : PoseKeypoint.RIGHT_HIP;
			PoseKeypoint knee = (side == Side.LEFT) ? PoseKeypoint.LEFT_KNEE : PoseKeypoint.RIGHT_KNEE;
			PoseKeypoint ankle = (side == Side.LEFT) ? PoseKeypoint.LEFT_ANKLE : PoseKeypoint.RIGHT_ANKLE;
			PoseKeypoint heel = (side == Side.LEFT) ? PoseKeypoint.LEFT_HEEL : PoseKeypoint.RIGHT_HEEL;
			if (front) {
				add(sites, b, LandmarkId.of(side, "tragus"), ear, 0, 0, 0.12);
			}
			addOutward(sites, b, LandmarkId.of(side, "acromion"), shoulder, shoulder, 0.06, 0.03, 0.11);
			if (front) {
				addOutward(sites, b, LandmarkId.of(side, "asis"), hip, hip, 0.18, 0.03, 0.12);
			}
			else {
				addPsis(sites, b, side);
				addScapula(sites, b, side);
			}
			addOutward(sites, b, LandmarkId.of(side, "greater-trochanter"), hip, hip, -0.02, 0.22, 0.10);
			if (front) {
				addAlongShank(sites, b, LandmarkId.of(side, "patella-center"), knee, ankle, 0, 0, 0.08);
				addAlongShank(sites, b, LandmarkId.of(side, "tibial-tuberosity"), knee, ankle, 0.17, 0, 0.07);
				addAlongShank(sites, b, LandmarkId.of(side, "lateral-malleolus"), knee, ankle, 1, 0.05, 0.06);
				addAlongShank(sites, b, LandmarkId.of(side, "medial-malleolus"), knee, ankle, 1, -0.05, 0.06);
			}
			else {
				addAlongShank(sites, b, LandmarkId.of(side, "mid-calf"), knee, ankle, 0.45, 0, 0.10);
				addAlongShank(sites, b, LandmarkId.of(side, "achilles"), knee, ankle, 0.94, 0, 0.05);
				add(sites, b, LandmarkId.of(side, "calcaneus"), heel, 0, 0, 0.05);
			}
		}
		return sites;
	}

	private static void add(List<Site> sites, Body b, LandmarkId id, PoseKeypoint at, double up, double forward,
			double tolerance) {
		if (b == null) {
			sites.add(new Site(id, 0, 0, 0));
			return;
		}
		PoseLandmark p = b.at(at);
		double x = p.x() + b.trunk * (up * b.upX + forward * b.forwardX);
		double y = p.y() + b.trunk * (up * b.upY + forward * b.forwardY);
		sites.add(new Site(id, x, y, tolerance * b.trunk));
	}

	private static void addMidline(List<Site> sites, Body b, LandmarkId id, double up, double tolerance) {
		if (b == null) {
			sites.add(new Site(id, 0, 0, 0));
			return;
		}
		double x = b.midShoulderX + b.trunk * up * b.upX;
		double y = b.midShoulderY + b.trunk * up * b.upY;
		sites.add(new Site(id, x, y, tolerance * b.trunk));
	}

	/** Outward: from the midpoint of the pair {@code of} belongs to, towards it. */
	private static void addOutward(List<Site> sites, Body b, LandmarkId id, PoseKeypoint at, PoseKeypoint of, double up,
			double outward, double tolerance) {
		if (b == null) {
			sites.add(new Site(id, 0, 0, 0));
			return;
		}
		PoseLandmark p = b.at(at);
		double[] out = b.outward(of);
		double x = p.x() + b.trunk * (up * b.upX + outward * out[0]);
		double y = p.y() + b.trunk * (up * b.upY + outward * out[1]);
		sites.add(new Site(id, x, y, tolerance * b.trunk));
	}

	/** A fraction of the way from knee to ankle, then outward (negative: inward). */
	private static void addAlongShank(List<Site> sites, Body b, LandmarkId id, PoseKeypoint knee, PoseKeypoint ankle,
			double along, double outward, double tolerance) {
		if (b == null) {
			sites.add(new Site(id, 0, 0, 0));
			return;
		}
		PoseLandmark k = b.at(knee);
		PoseLandmark a = b.at(ankle);
		PoseKeypoint hip = (knee == PoseKeypoint.LEFT_KNEE) ? PoseKeypoint.LEFT_HIP : PoseKeypoint.RIGHT_HIP;
		double[] out = b.outward(hip);
		double x = k.x() + along * (a.x() - k.x()) + b.trunk * outward * out[0];
		double y = k.y() + along * (a.y() - k.y()) + b.trunk * outward * out[1];
		sites.add(new Site(id, x, y, tolerance * b.trunk));
	}

	private static void addPsis(List<Site> sites, Body b, Side side) {
		LandmarkId id = LandmarkId.of(side, "psis");
		if (b == null) {
			sites.add(new Site(id, 0, 0, 0));
			return;
		}
		PoseLandmark hip = b.at((side == Side.LEFT) ? PoseKeypoint.LEFT_HIP : PoseKeypoint.RIGHT_HIP);
		double x = b.midHipX + 0.45 * (hip.x() - b.midHipX) + b.trunk * 0.15 * b.upX;
		double y = b.midHipY + 0.45 * (hip.y() - b.midHipY) + b.trunk * 0.15 * b.upY;
		sites.add(new Site(id, x, y, 0.10 * b.trunk));
	}

	private static void addScapula(List<Site> sites, Body b, Side side) {
		LandmarkId id = LandmarkId.of(side, "inferior-scapular-angle");
		if (b == null) {
			sites.add(new Site(id, 0, 0, 0));
			return;
		}
		PoseLandmark shoulder = b.at((side == Side.LEFT) ? PoseKeypoint.LEFT_SHOULDER : PoseKeypoint.RIGHT_SHOULDER);
		double x = b.midShoulderX + 0.45 * (shoulder.x() - b.midShoulderX) - b.trunk * 0.33 * b.upX;
		double y = b.midShoulderY + 0.45 * (shoulder.y() - b.midShoulderY) - b.trunk * 0.33 * b.upY;
		sites.add(new Site(id, x, y, 0.12 * b.trunk));
	}

	/** The body's frame in the photo. */
	private static final class Body {

		private final List<PoseLandmark> keypoints;

		private final double trunk;

		private final double upX;

		private final double upY;

		private final double forwardX;

		private final double forwardY;

		private final double midShoulderX;

		private final double midShoulderY;

		private final double midHipX;

		private final double midHipY;

		Body(List<PoseLandmark> keypoints, View view) {
			if (keypoints.size() < PoseKeypoint.COUNT) {
				throw new IllegalArgumentException("33 pose keypoints are needed");
			}
			this.keypoints = keypoints;
			PoseLandmark ls = at(PoseKeypoint.LEFT_SHOULDER);
			PoseLandmark rs = at(PoseKeypoint.RIGHT_SHOULDER);
			PoseLandmark lh = at(PoseKeypoint.LEFT_HIP);
			PoseLandmark rh = at(PoseKeypoint.RIGHT_HIP);
			this.midShoulderX = (ls.x() + rs.x()) / 2;
			this.midShoulderY = (ls.y() + rs.y()) / 2;
			this.midHipX = (lh.x() + rh.x()) / 2;
			this.midHipY = (lh.y() + rh.y()) / 2;
			double dx = this.midShoulderX - this.midHipX;
			double dy = this.midShoulderY - this.midHipY;
			double length = Math.hypot(dx, dy);
			this.trunk = Math.max(1, length);
			this.upX = (length > 0) ? dx / length : 0;
			this.upY = (length > 0) ? dy / length : -1;
			// Forward in a side view: perpendicular to "up", towards the image edge the
			// person faces (the left edge on a left-lateral view).
			int facing = (view == View.RIGHT_LATERAL) ? 1 : -1;
			double px = -this.upY;
			double py = this.upX;
			if (Math.signum(px) != facing) {
				px = -px;
				py = -py;
			}
			this.forwardX = px;
			this.forwardY = py;
		}

		PoseLandmark at(PoseKeypoint keypoint) {
			return this.keypoints.get(keypoint.ordinal());
		}

		/** Unit vector from the midpoint of a left-right pair to the given member. */
		double[] outward(PoseKeypoint of) {
			PoseKeypoint pair = switch (of) {
				case LEFT_SHOULDER -> PoseKeypoint.RIGHT_SHOULDER;
				case RIGHT_SHOULDER -> PoseKeypoint.LEFT_SHOULDER;
				case LEFT_HIP -> PoseKeypoint.RIGHT_HIP;
				case RIGHT_HIP -> PoseKeypoint.LEFT_HIP;
				default -> throw new IllegalArgumentException(of.id());
			};
			PoseLandmark a = at(of);
			PoseLandmark b = at(pair);
			double dx = a.x() - b.x();
			double dy = a.y() - b.y();
			double length = Math.hypot(dx, dy);
			if (length < 1e-6) {
				return new double[] { 0, 0 };
			}
			return new double[] { dx / length, dy / length };
		}

	}

}
