package org.realign.core.landmark;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Anatomical points estimated from the pose model's keypoints, each with its uncertainty:
 * the tragus from the ear, the acromion from the shoulder, the greater trochanter from
 * the hip, the knee joint line from the knee and the lateral malleolus from the ankle, on
 * the views whose measurements use them.
 * <p>
 * <b>Uncertainty.</b> Each keypoint's placement error against the anatomical position is
 * taken from the published comparisons of pose-model joint centres with marker-based
 * motion capture: systematic differences of about 30-50 mm at the hip and knee and 1-15
 * mm at the ankle (Needham et al. 2021 [1]; pose models trained on the same kind of
 * hand-labelled photos as BlazePose [2]). Those studies give the size of the difference,
 * not a direction that holds across photos, so no bias is subtracted: the size goes into
 * the uncertainty, stated per axis as one standard deviation (a 2-D mean distance d
 * corresponds to sigma = d / 1.2533 for a round Gaussian). The shoulder, elbow, wrist and
 * face points have no such study for still photos; they take the knee's figure (limbs) or
 * a smaller one for the sharply defined face points, which is our own convention
 * ({@code realign-convention}). An anatomical point sits at a small, individual distance
 * from the keypoint that stands for it (the acromion above the shoulder joint centre, the
 * trochanter lateral to the hip joint centre, the tragus in front of the auricle's
 * centre); that distance is added in quadrature as a further uncertainty.
 * <p>
 * <b>Per-photo repeatability.</b> When a keypoint already carries an uncertainty (the
 * spread of its position under test-time augmentation), it is added in quadrature.
 * <p>
 * Millimetres become pixels through {@link BodyScale}. Points the pose model is unsure of
 * (visibility below {@value #MIN_VISIBILITY}) are not used: the measurement stays a gap
 * naming the point. Points a person placed or confirmed are never replaced.
 * <p>
 * [1] Needham L. et al., The accuracy of several pose estimation methods for 3D joint
 * centre localisation, Sci Rep 2021;11:20673 ({@code needham-2021-joint-centres}). [2]
 * Bazarevsky V. et al., BlazePose, arXiv:2006.10204 ({@code bazarevsky-2020-blazepose}).
 */
public final class EstimatedAnatomy {

	/** Below this visibility a keypoint is not trusted for an estimate. */
	public static final double MIN_VISIBILITY = 0.5;

	/** An estimated anatomical point: from which keypoint, with what extra spread. */
	record Rule(String anatomical, String keypoint, double offsetSigmaMm) {
	}

	/** Keypoint placement error, one SD per axis, millimetres, by keypoint name. */
	private static final Map<String, Double> KEYPOINT_SIGMA_MM = Map.ofEntries(Map.entry("nose", 10.0),
			Map.entry("eye-inner", 10.0), Map.entry("eye", 10.0), Map.entry("eye-outer", 10.0),
			Map.entry("mouth", 10.0), Map.entry("ear", 15.0), Map.entry("shoulder", 32.0), Map.entry("elbow", 32.0),
			Map.entry("wrist", 25.0), Map.entry("pinky", 25.0), Map.entry("index", 25.0), Map.entry("thumb", 25.0),
			Map.entry("hip", 40.0), Map.entry("knee", 32.0), Map.entry("ankle", 12.0), Map.entry("heel", 12.0),
			Map.entry("foot-index", 15.0));

	/**
	 * Lateral views: the near side's points for the plumb line and the sagittal angles.
	 */
	private static final List<Rule> LATERAL = List.of(new Rule("tragus", "ear", 10),
			new Rule("acromion", "shoulder", 25), new Rule("greater-trochanter", "hip", 20),
			new Rule("lateral-knee", "knee", 10), new Rule("lateral-malleolus", "ankle", 10));

	/** Frontal views: head tilt (tragi) and shoulder height (acromions), both sides. */
	private static final List<Rule> ANTERIOR = List.of(new Rule("tragus", "ear", 10),
			new Rule("acromion", "shoulder", 25));

	private static final List<Rule> POSTERIOR = List.of(new Rule("acromion", "shoulder", 25));

	private EstimatedAnatomy() {
	}

	/**
	 * The set with the estimated points added and every model keypoint given its
	 * placement uncertainty; unchanged when the person's size cannot be read (no eyes or
	 * ankles from the model).
	 */
	public static LandmarkSet addTo(LandmarkSet set) {
		OptionalDouble pxPerMm = BodyScale.pixelsPerMillimetre(set);
		if (pxPerMm.isEmpty()) {
			return set;
		}
		double scale = pxPerMm.getAsDouble();
		Map<LandmarkId, Landmark> points = new EnumMap<>(LandmarkId.class);
		for (Landmark l : set.landmarks()) {
			points.put(l.id(), l.source().isModel() ? l.withUncertainty(keypointSigmaPx(l, scale)) : l);
		}
		List<Side> sides = set.view().sideFacingCamera().map(List::of).orElse(List.of(Side.LEFT, Side.RIGHT));
		for (Rule rule : rulesFor(set.view())) {
			for (Side side : sides) {
				LandmarkId target = LandmarkId.of(side, rule.anatomical());
				LandmarkId from = LandmarkId.of(side, rule.keypoint());
				Landmark keypoint = points.get(from);
				if (points.containsKey(target) || keypoint == null || !keypoint.source().isModel()
						|| keypoint.visibility().orElse(1) < MIN_VISIBILITY) {
					continue;
				}
				double sigma = Math.hypot(keypoint.uncertainty().orElse(0), rule.offsetSigmaMm() * scale);
				points.put(target, new Landmark(target, keypoint.x(), keypoint.y(), LandmarkSource.ESTIMATED,
						keypoint.confidence(), keypoint.visibility(), keypoint.presence(), OptionalDouble.of(sigma)));
			}
		}
		return LandmarkSet.of(set.view(), set.image(), new ArrayList<>(points.values()));
	}

	/** The keypoints an anatomical point is estimated from on a view, if any. */
	public static Optional<LandmarkId> estimatedFrom(View view, LandmarkId anatomical) {
		return anatomical.side()
			.flatMap((side) -> rulesFor(view).stream()
				.filter((rule) -> LandmarkId.of(side, rule.anatomical()) == anatomical)
				.findFirst()
				.map((rule) -> LandmarkId.of(side, rule.keypoint())));
	}

	/**
	 * A keypoint's placement error in pixels (one SD per axis): the published figure at
	 * this photo's scale, combined with the keypoint's own spread when it has one.
	 */
	static double keypointSigmaPx(Landmark keypoint, double pixelsPerMm) {
		String name = keypoint.id().id().replaceFirst("^(left|right)-", "");
		double published = KEYPOINT_SIGMA_MM.getOrDefault(name, 40.0) * pixelsPerMm;
		return Math.hypot(published, keypoint.uncertainty().orElse(0));
	}

	/** A keypoint's published placement error, millimetres, one SD per axis. */
	public static double keypointSigmaMm(LandmarkId keypoint) {
		return KEYPOINT_SIGMA_MM.getOrDefault(keypoint.id().replaceFirst("^(left|right)-", ""), 40.0);
	}

	/**
	 * The extra spread (mm, one SD per axis) between an anatomical point and the keypoint
	 * it is estimated from; 0 for ids this class does not estimate.
	 */
	public static double offsetSigmaMm(LandmarkId anatomical) {
		String name = anatomical.id().replaceFirst("^(left|right)-", "");
		return LATERAL.stream()
			.filter((r) -> r.anatomical().equals(name))
			.mapToDouble(Rule::offsetSigmaMm)
			.findFirst()
			.orElse(0);
	}

	private static List<Rule> rulesFor(View view) {
		return switch (view) {
			case ANTERIOR -> ANTERIOR;
			case POSTERIOR -> POSTERIOR;
			case LEFT_LATERAL, RIGHT_LATERAL -> LATERAL;
		};
	}

}
