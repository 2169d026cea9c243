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
 * <b>Uncertainty: a systematic part shared by each bilateral pair, and an independent
 * part.</b> Each keypoint's placement error against the anatomical position is taken from
 * the published comparison of pose-model joint centres with marker-based motion capture,
 * which found the differences to be systematic: "Pose estimation derived joint centres
 * demonstrated systematic differences at the hip and knee (~ 30-50 mm), most likely due
 * to mislabeling of ground truth data in the training datasets. Where systematic
 * differences were lower, e.g., the ankle, differences of 1-15 mm were observed" (Needham
 * et al. 2021 [1], abstract; pose models trained on the same kind of hand-labelled photos
 * as BlazePose [2]). A labelling convention places a keypoint in the same anatomical
 * relation to its joint on both sides of the body, so the systematic error of the left
 * and the right keypoint of a pair is one error, seen twice: in a frontal view its
 * vertical component is the same on both sides and its horizontal component mirrored; in
 * a side view (where only the near side is used) it is the same. It cancels in left-right
 * differences (head tilt, shoulder height) and does not cancel between different
 * keypoints (a plumb-line offset from the shoulder to the hip). The study gives its size,
 * not a direction that holds across people, so no bias is subtracted: the size is stated
 * per axis as one standard deviation (a 2-D mean distance d corresponds to sigma = d /
 * 1.2533 for a round Gaussian). The shoulder, elbow, wrist and face points have no such
 * study for still photos; they take the knee's figure (limbs) or a smaller one for the
 * sharply defined face points, which is our own convention ({@code realign-convention}).
 * <p>
 * The independent part is this photo's own repeatability: the spread of the keypoint
 * under test-time augmentation (shifts, scales, a horizontal flip with the sides swapped,
 * which measures the model's left-right asymmetry on this photo), never less than
 * {@value #RANDOM_FLOOR_MM} mm per axis. We found no published figure for the
 * photo-to-photo precision of a 2-D pose keypoint on a still standing person, so the
 * floor is our own convention ({@code realign-convention}).
 * <p>
 * <b>The keypoint-to-landmark offset: a shared part and a per-side asymmetry.</b> An
 * anatomical point sits at a small, individual distance from the keypoint that stands for
 * it (the acromion above the shoulder joint centre, the trochanter beside the hip joint
 * centre, the tragus in front of the auricle's centre). That distance is mostly one
 * person's build, which the left and the right side share: paired bones differ between
 * sides by a few millimetres (a femoral landmark's distance from the head centre by 1.6
 * mm on average, {@code hasler-2021-lesser-trochanter}; the femoral offset by 3.8 mm,
 * {@code laumonerie-2018-femoral-asymmetry}; the auricle's size by 1.1-2.3 mm,
 * {@code dolci-2021-auricular-asymmetry}), much less than such distances vary between
 * people. So each {@link Offset} has a shared part, which enters like the keypoint's
 * systematic error (the same vertically, mirrored horizontally in a frontal view) and
 * cancels in a left-right difference, and a smaller per-side part, which does not. The
 * figures and their sources are at {@link #TRAGUS}, {@link #ACROMION} and
 * {@link #GREATER_TROCHANTER}; where no figure exists they say
 * {@code realign-convention}. {@link #errorShare} splits a point's stated uncertainty
 * into these parts for the measurements' propagation.
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

	/**
	 * The least independent (per-photo) error of a keypoint, mm, one SD per axis
	 * ({@code realign-convention}: no published precision figure for still photos).
	 */
	public static final double RANDOM_FLOOR_MM = 5.0;

	/**
	 * A point's stated uncertainty split for propagation, pixels, one SD per axis.
	 *
	 * @param pair the bilateral pair whose systematic error the point shares (the
	 * keypoint's name without its side), or the point's own id when it has none
	 * @param systematicPx the keypoint's shared systematic part (the published placement
	 * error)
	 * @param offsetPx the shared part of the keypoint-to-landmark offset: one person's
	 * anatomy, the same on both sides (0 for a keypoint itself)
	 * @param xSign the sign with which the shared horizontal parts enter this point's x:
	 * opposite for the left and right point in a frontal view (mirrored), the same in a
	 * side view
	 * @param repeatabilityPx the photo's own independent part: the spread under test-time
	 * augmentation, never less than the floor
	 * @param asymmetryPx the per-side part of the offset: the difference between a
	 * person's left and right anatomy (0 for a keypoint itself)
	 */
	public record ErrorShare(String pair, double systematicPx, double offsetPx, int xSign, double repeatabilityPx,
			double asymmetryPx) {

		/** The part independent between the points: repeatability and asymmetry. */
		public double independentPx() {
			return Math.hypot(this.repeatabilityPx, this.asymmetryPx);
		}

	}

	/**
	 * The spread of the distance between an anatomical point and the keypoint it is
	 * estimated from, mm, one SD per axis: the part one person shares between the left
	 * and the right side, and the per-side asymmetry.
	 *
	 * @param sharedMm between-person spread, the same for both sides of one person
	 * (vertically the same, horizontally mirrored in a frontal view)
	 * @param asymmetryMm the per-side departure from it (left-right asymmetry)
	 */
	public record Offset(double sharedMm, double asymmetryMm) {

		/** Both parts together, mm, one SD per axis. */
		public double totalMm() {
			return Math.hypot(this.sharedMm, this.asymmetryMm);
		}

	}

	/** An estimated anatomical point: from which keypoint, with what offset spread. */
	record Rule(String anatomical, String keypoint, Offset offset) {
	}

	/** Keypoint placement error, one SD per axis, millimetres, by keypoint name. */
	private static final Map<String, Double> KEYPOINT_SIGMA_MM = Map.ofEntries(Map.entry("nose", 10.0),
			Map.entry("eye-inner", 10.0), Map.entry("eye", 10.0), Map.entry("eye-outer", 10.0),
			Map.entry("mouth", 10.0), Map.entry("ear", 15.0), Map.entry("shoulder", 32.0), Map.entry("elbow", 32.0),
			Map.entry("wrist", 25.0), Map.entry("pinky", 25.0), Map.entry("index", 25.0), Map.entry("thumb", 25.0),
			Map.entry("hip", 40.0), Map.entry("knee", 32.0), Map.entry("ankle", 12.0), Map.entry("heel", 12.0),
			Map.entry("foot-index", 15.0));

	/**
	 * Tragus from the ear keypoint. Shared 10 mm: no published distance between the ear
	 * keypoint and the tragus ({@code realign-convention}; the auricle's centre lies
	 * about a centimetre behind the tragus). Asymmetry 2.5 mm: the auricle's fluctuating
	 * asymmetry is 1.06-2.34 mm in its height and width
	 * ({@code dolci-2021-auricular-asymmetry}).
	 */
	static final Offset TRAGUS = new Offset(10, 2.5);

	/**
	 * Acromion from the shoulder keypoint (a joint centre, Needham 2021). Shared 15 mm
	 * ({@code realign-convention}): the bony figures are far smaller (the glenohumeral
	 * centre follows from the scapula's landmarks within 2.3-3.0 mm RMSE per axis,
	 * {@code meskers-1998-glenohumeral-centre}), the rest is our allowance for the skin
	 * over the acromion and where it is palpated. Asymmetry 3.5 mm: no shoulder figure;
	 * borrowed from the proximal femur, where a landmark's distance from the joint centre
	 * differs between sides by 1.6 mm on average ({@code hasler-2021-lesser-trochanter})
	 * and the femoral offset by 3.8 mm ({@code laumonerie-2018-femoral-asymmetry}).
	 */
	static final Offset ACROMION = new Offset(15, 3.5);

	/**
	 * Greater trochanter from the hip keypoint. Shared 7 mm: the trochanter's tip lies
	 * from 20 mm above to 10 mm below the femoral head centre in 225 hips
	 * ({@code theivendran-2009-trochanter}), about 7 mm as one SD. Asymmetry 3.5 mm as
	 * for the acromion, from the femur's side differences (Hasler 2021, Laumonerie 2018).
	 */
	static final Offset GREATER_TROCHANTER = new Offset(7, 3.5);

	/**
	 * The knee joint line and the lateral malleolus, used only on the near side of a side
	 * view: 10 mm, our own convention ({@code realign-convention}).
	 */
	static final Offset SIDE_VIEW_ONLY = new Offset(10, 0);

	/**
	 * Lateral views: the near side's points for the plumb line and the sagittal angles.
	 */
	private static final List<Rule> LATERAL = List.of(new Rule("tragus", "ear", TRAGUS),
			new Rule("acromion", "shoulder", ACROMION), new Rule("greater-trochanter", "hip", GREATER_TROCHANTER),
			new Rule("lateral-knee", "knee", SIDE_VIEW_ONLY), new Rule("lateral-malleolus", "ankle", SIDE_VIEW_ONLY));

	/** Frontal views: head tilt (tragi) and shoulder height (acromions), both sides. */
	private static final List<Rule> ANTERIOR = List.of(new Rule("tragus", "ear", TRAGUS),
			new Rule("acromion", "shoulder", ACROMION));

	private static final List<Rule> POSTERIOR = List.of(new Rule("acromion", "shoulder", ACROMION));

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
				double sigma = Math.hypot(keypoint.uncertainty().orElse(0), rule.offset().totalMm() * scale);
				points.put(target, new Landmark(target, keypoint.x(), keypoint.y(), LandmarkSource.ESTIMATED,
						keypoint.confidence(), keypoint.visibility(), keypoint.presence(), OptionalDouble.of(sigma)));
			}
		}
		return LandmarkSet.of(set.view(), set.image(), new ArrayList<>(points.values()));
	}

	/** The keypoints an anatomical point is estimated from on a view, if any. */
	public static Optional<LandmarkId> estimatedFrom(View view, LandmarkId anatomical) {
		return ruleFor(view, anatomical).map((rule) -> LandmarkId.of(anatomical.side().orElseThrow(), rule.keypoint()));
	}

	/**
	 * A keypoint's placement error in pixels (one SD per axis): the published figure at
	 * this photo's scale, combined with the keypoint's own spread when it has one.
	 */
	static double keypointSigmaPx(Landmark keypoint, double pixelsPerMm) {
		String name = keypoint.id().id().replaceFirst("^(left|right)-", "");
		double published = KEYPOINT_SIGMA_MM.getOrDefault(name, 40.0) * pixelsPerMm;
		return Math.hypot(published, Math.max(RANDOM_FLOOR_MM * pixelsPerMm, keypoint.uncertainty().orElse(0)));
	}

	/**
	 * A point's stated uncertainty split into its parts: the systematic part its keypoint
	 * shares with the other side's (the published figure at this photo's scale), for an
	 * estimated point the offset's shared and per-side parts, and the photo's own
	 * repeatability (the rest). A point a person placed has none, a skin marker's
	 * uncertainty is independent, and so is everything when the person's size cannot be
	 * read. No part is ever more than the point's uncertainty allows.
	 */
	public static ErrorShare errorShare(LandmarkSet set, Landmark point) {
		double total = (point.source() == LandmarkSource.MANUAL) ? 0 : point.uncertainty().orElse(0);
		Optional<Rule> rule = (point.source() == LandmarkSource.ESTIMATED) ? ruleFor(set.view(), point.id())
				: Optional.empty();
		Optional<LandmarkId> keypoint = point.source().isModel() ? Optional.of(point.id())
				: rule.map((r) -> LandmarkId.of(point.id().side().orElseThrow(), r.keypoint()));
		OptionalDouble pxPerMm = keypoint.isPresent() ? BodyScale.pixelsPerMillimetre(set) : OptionalDouble.empty();
		int xSign = (set.view().isLateral() || point.id().side().orElse(Side.LEFT) == Side.LEFT) ? 1 : -1;
		if (keypoint.isEmpty() || pxPerMm.isEmpty() || total == 0) {
			return new ErrorShare(point.id().id(), 0, 0, xSign, total, 0);
		}
		double scale = pxPerMm.getAsDouble();
		String pair = keypoint.get().id().replaceFirst("^(left|right)-", "");
		double left = total * total;
		double systematic = Math.min(Math.sqrt(left), keypointSigmaMm(keypoint.get()) * scale);
		left -= systematic * systematic;
		double offset = Math.min(Math.sqrt(Math.max(0, left)),
				rule.map((r) -> r.offset().sharedMm()).orElse(0.0) * scale);
		left -= offset * offset;
		double asymmetry = Math.min(Math.sqrt(Math.max(0, left)),
				rule.map((r) -> r.offset().asymmetryMm()).orElse(0.0) * scale);
		left -= asymmetry * asymmetry;
		return new ErrorShare(pair, systematic, offset, xSign, Math.sqrt(Math.max(0, left)), asymmetry);
	}

	/** A keypoint's published placement error, millimetres, one SD per axis. */
	public static double keypointSigmaMm(LandmarkId keypoint) {
		return KEYPOINT_SIGMA_MM.getOrDefault(keypoint.id().replaceFirst("^(left|right)-", ""), 40.0);
	}

	/**
	 * The spread of the offset between an anatomical point and the keypoint it is
	 * estimated from on a view; none for ids this class does not estimate there.
	 */
	public static Optional<Offset> offsetOf(View view, LandmarkId anatomical) {
		return ruleFor(view, anatomical).map(Rule::offset);
	}

	private static Optional<Rule> ruleFor(View view, LandmarkId anatomical) {
		return anatomical.side()
			.flatMap((side) -> rulesFor(view).stream()
				.filter((rule) -> LandmarkId.of(side, rule.anatomical()) == anatomical)
				.findFirst());
	}

	private static List<Rule> rulesFor(View view) {
		return switch (view) {
			case ANTERIOR -> ANTERIOR;
			case POSTERIOR -> POSTERIOR;
			case LEFT_LATERAL, RIGHT_LATERAL -> LATERAL;
		};
	}

}
