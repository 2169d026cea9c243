package org.realign.core.assessment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;

import org.realign.core.landmark.EstimatedAnatomy;
import org.realign.core.landmark.ImageSize;
import org.realign.core.landmark.Landmark;
import org.realign.core.landmark.LandmarkId;
import org.realign.core.landmark.LandmarkSet;
import org.realign.core.landmark.LandmarkSource;
import org.realign.core.landmark.Side;
import org.realign.core.landmark.View;

/**
 * A simulated standing person photographed from the four views: the true anatomical
 * points (as a person would mark them) and the pose model's keypoints drawn around them
 * with the published placement error.
 * <p>
 * Body proportions after Winter's Fig. 4.1 (eye 0.936, ear about 0.915, shoulder 0.818,
 * hip 0.530, knee 0.285, ankle 0.039 of stature; foot 0.152). Stature N(1700, 80) mm. A
 * healthy posture puts the load joints near Kendall's plumb line (each SD 10 mm), the
 * shoulders, tragi and hips level within SD 5 mm, and the feet turned out uniformly 5-13
 * deg (Morton's normal range); the camera's depression angle at the feet is drawn from
 * 10-25 deg (a hip-high camera 2-4 m away). Keypoint noise per axis has the structure and
 * the sizes {@link EstimatedAnatomy} states: the published systematic error shared by
 * each bilateral pair, the independent per-photo error (the floor) and, for the points it
 * estimates, the keypoint-to-landmark offset: a part shared by both sides of the person
 * and a per-side asymmetry.
 */
final class SimulatedStanding {

	/** The photo's scale: stature in pixels. */
	static final double STATURE_PX = 1000;

	final double stature;

	final double flareLeft;

	final double flareRight;

	final double pitchDegrees;

	private final Random random;

	private final double sway;

	/** Per anatomical point, the true offset along the view's horizontal, mm. */
	private final double earX;

	private final double shoulderX;

	private final double hipX;

	private final double kneeX;

	private final double shoulderTilt;

	private final double earTilt;

	SimulatedStanding(Random random) {
		this.random = random;
		this.stature = 1700 + 80 * random.nextGaussian();
		this.sway = 0;
		this.earX = 10 * random.nextGaussian();
		this.shoulderX = 10 * random.nextGaussian();
		this.hipX = 10 * random.nextGaussian();
		this.kneeX = 10 * random.nextGaussian();
		this.shoulderTilt = 5 * random.nextGaussian();
		this.earTilt = 5 * random.nextGaussian();
		this.flareLeft = 5 + 8 * random.nextDouble();
		this.flareRight = 5 + 8 * random.nextDouble();
		this.pitchDegrees = 10 + 15 * random.nextDouble();
	}

	/** A point in body millimetres: h along the view's horizontal, up from the floor. */
	private record Mm(double h, double up) {
	}

	/** The truth: anatomical points as marked by hand, plus the heels and toes. */
	LandmarkSet truth(View view) {
		List<Landmark> points = new ArrayList<>();
		anatomy(view).forEach((id, mm) -> points.add(Landmark.manual(id, px(view, mm).x(), px(view, mm).y())));
		return LandmarkSet.of(view, image(), points);
	}

	/**
	 * What the pose model gives: its keypoints, each off by the published systematic
	 * error, drawn once per person, view and bilateral pair (the same vertically on both
	 * sides, mirrored horizontally in a frontal view, the same in a side view), plus an
	 * independent per-photo error of the floor's size and, for the points that stand for
	 * an anatomical point, the keypoint-to-landmark offset: its shared part drawn once
	 * per pair like the systematic error, its asymmetry per side.
	 */
	LandmarkSet keypoints(View view) {
		return keypoints(view, Map.of());
	}

	/**
	 * The keypoints with some points moved, mm along the view's horizontal and up, before
	 * the model's error: a posture the healthy draw does not give.
	 */
	LandmarkSet keypoints(View view, Map<LandmarkId, double[]> moved) {
		Map<String, double[]> systematic = new HashMap<>();
		Map<String, double[]> sharedOffsets = new HashMap<>();
		List<Landmark> points = new ArrayList<>();
		keypointMm(view).forEach((id, mm) -> {
			String pair = id.id().replaceFirst("^(left|right)-", "");
			double sys = EstimatedAnatomy.keypointSigmaMm(id);
			double[] shared = systematic.computeIfAbsent(pair,
					(k) -> new double[] { sys * this.random.nextGaussian(), sys * this.random.nextGaussian() });
			double mirror = view.isLateral() ? 1
					: id.side().map((side) -> (side == Side.LEFT) ? 1.0 : -1.0).orElse(1.0);
			double independent = EstimatedAnatomy.RANDOM_FLOOR_MM;
			double[] offset = new double[2];
			LandmarkId anatomical = anatomicalFor(view, id);
			if (anatomical != null) {
				// The keypoint-to-landmark offset: one person's anatomy, shared by both
				// sides (mirrored horizontally in a frontal view), plus the per-side
				// asymmetry.
				EstimatedAnatomy.Offset spread = EstimatedAnatomy.offsetOf(view, anatomical).orElseThrow();
				offset = sharedOffsets.computeIfAbsent(pair,
						(k) -> new double[] { spread.sharedMm() * this.random.nextGaussian(),
								spread.sharedMm() * this.random.nextGaussian() });
				independent = Math.hypot(independent, spread.asymmetryMm());
			}
			double[] move = moved.getOrDefault(id, new double[2]);
			Mm noisy = new Mm(
					mm.h() + move[0] + mirror * (shared[0] + offset[0]) + independent * this.random.nextGaussian(),
					mm.up() + move[1] + shared[1] + offset[1] + independent * this.random.nextGaussian());
			Px at = px(view, noisy);
			points.add(new Landmark(id, at.x(), at.y(), LandmarkSource.BLAZEPOSE_FULL, OptionalDouble.of(0.99),
					OptionalDouble.of(0.99), OptionalDouble.of(0.99)));
		});
		return LandmarkSet.of(view, image(), points);
	}

	private LandmarkId anatomicalFor(View view, LandmarkId keypoint) {
		for (LandmarkId id : LandmarkId.values()) {
			if (id.kind() == LandmarkId.Kind.ANATOMICAL
					&& EstimatedAnatomy.estimatedFrom(view, id).filter((k) -> k == keypoint).isPresent()) {
				return id;
			}
		}
		return null;
	}

	private Map<LandmarkId, Mm> anatomy(View view) {
		Map<LandmarkId, Mm> points = new EnumMap<>(LandmarkId.class);
		double s = this.stature;
		if (view.isLateral()) {
			Side near = view.sideFacingCamera().orElseThrow();
			points.put(LandmarkId.of(near, "tragus"), new Mm(this.earX, 0.915 * s));
			points.put(LandmarkId.of(near, "acromion"), new Mm(this.shoulderX, 0.818 * s));
			points.put(LandmarkId.of(near, "greater-trochanter"), new Mm(this.hipX, 0.530 * s));
			points.put(LandmarkId.of(near, "lateral-knee"), new Mm(this.kneeX, 0.285 * s));
			points.put(LandmarkId.of(near, "lateral-malleolus"), new Mm(0, 0.039 * s));
			return points;
		}
		for (Side side : Side.values()) {
			double out = (side == Side.LEFT) ? 1 : -1;
			double tilt = out / 2;
			points.put(LandmarkId.of(side, "tragus"), new Mm(out * 70, 0.915 * s + tilt * this.earTilt));
			points.put(LandmarkId.of(side, "acromion"), new Mm(out * 190, 0.818 * s + tilt * this.shoulderTilt));
		}
		return points;
	}

	/** The keypoints in body millimetres, before the model's error. */
	private Map<LandmarkId, Mm> keypointMm(View view) {
		Map<LandmarkId, Mm> points = new EnumMap<>(LandmarkId.class);
		double s = this.stature;
		double foot = 0.152 * s;
		double sinPitch = Math.sin(Math.toRadians(this.pitchDegrees));
		for (Side side : Side.values()) {
			double out = view.isLateral() ? 0 : ((side == Side.LEFT) ? 1 : -1);
			double tilt = out / 2;
			boolean near = view.sideFacingCamera().map((n) -> n == side).orElse(true);
			double far = near ? 0 : 5;
			points.put(LandmarkId.of(side, "eye"),
					new Mm(view.isLateral() ? this.earX + 80 : out * 32, 0.936 * s + tilt * this.earTilt));
			points.put(LandmarkId.of(side, "ear"),
					new Mm(view.isLateral() ? this.earX + far : out * 70, 0.915 * s + tilt * this.earTilt));
			points.put(LandmarkId.of(side, "shoulder"),
					new Mm(view.isLateral() ? this.shoulderX + far : out * 190, 0.818 * s + tilt * this.shoulderTilt));
			points.put(LandmarkId.of(side, "hip"), new Mm(view.isLateral() ? this.hipX + far : out * 90, 0.530 * s));
			points.put(LandmarkId.of(side, "knee"), new Mm(view.isLateral() ? this.kneeX + far : out * 100, 0.285 * s));
			points.put(LandmarkId.of(side, "ankle"), new Mm(view.isLateral() ? far : out * 100, 0.039 * s));
			if (view == View.ANTERIOR) {
				// Heel and toe on the floor, seen foreshortened from the camera's height.
				double flare = Math.toRadians((side == Side.LEFT) ? this.flareLeft : this.flareRight);
				double heelUp = 0.01 * s;
				points.put(LandmarkId.of(side, "heel"), new Mm(out * 100, heelUp));
				points.put(LandmarkId.of(side, "foot-index"),
						new Mm(out * (100 + foot * Math.sin(flare)), heelUp - foot * Math.cos(flare) * sinPitch));
			}
			else if (view.isLateral()) {
				int forward = 1;
				points.put(LandmarkId.of(side, "heel"), new Mm(-50 * forward + far, 0.01 * s));
				points.put(LandmarkId.of(side, "foot-index"), new Mm((foot - 50) * forward + far, 0.005 * s));
			}
		}
		points.put(LandmarkId.NOSE, new Mm(view.isLateral() ? this.earX + 100 : 0, 0.90 * s));
		return points;
	}

	/** The true floor-plane foot flare of a side, deg. */
	double flare(Side side) {
		return (side == Side.LEFT) ? this.flareLeft : this.flareRight;
	}

	private record Px(double x, double y) {
	}

	/**
	 * Body millimetres to photo pixels: the view's horizontal maps to the image's x the
	 * way the view's conventions say (forward is +x in a right-lateral photo, the
	 * person's left is +x in an anterior photo).
	 */
	private Px px(View view, Mm mm) {
		double scale = STATURE_PX / this.stature;
		int direction = switch (view) {
			case ANTERIOR, RIGHT_LATERAL -> 1;
			case POSTERIOR, LEFT_LATERAL -> -1;
		};
		return new Px(600 + direction * mm.h() * scale, 1100 - mm.up() * scale);
	}

	private static ImageSize image() {
		return new ImageSize(1200, 1200);
	}

}
