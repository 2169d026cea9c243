package org.realign.core.capture;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

import org.realign.core.landmark.BodyScale;
import org.realign.core.landmark.Landmark;
import org.realign.core.landmark.LandmarkId;
import org.realign.core.landmark.LandmarkSet;
import org.realign.core.landmark.Side;
import org.realign.core.landmark.View;
import org.realign.core.measure.CameraGeometry;

/**
 * Checks a photo's pose before it is measured: the photos a posture assessment rests on
 * show one person standing upright, weight on both feet, arms relaxed, the whole body in
 * the frame, from the front, the back or a side, with the camera level (SAPO's capture
 * protocol [1]). Each problem is named in a practitioner's words.
 * <p>
 * The check reads the 33 pose-model keypoints, including those the model placed outside
 * the frame (their coordinates lie outside the image, or their presence is low: that is
 * how a cut-off foot is told). Limits are set so that a relaxed standing person passes
 * with a wide margin and the postures that must be refused (squat, lunge, sitting,
 * bending, raised arms, a tilted camera) fail clearly; they are our own choices
 * ({@code realign-convention}), stated here:
 * <ul>
 * <li>framing: a keypoint is cut off when it lies outside the image or its presence is
 * below {@value #MIN_PRESENCE};</li>
 * <li>squatting or sitting: a knee bent more than {@value #MAX_KNEE_BEND} deg, or the
 * thigh appearing shorter than {@value #MIN_THIGH_TO_SHANK} of the shank (a bent knee
 * seen from the front);</li>
 * <li>lunging: feet further apart than {@value #MAX_STANCE_FRONT} (front or back) or
 * {@value #MAX_STANCE_SIDE} (side; plus, the more the person is turned from side-on, the
 * stance's width, see {@link #maxSideStance}) leg lengths;</li>
 * <li>bending: the trunk more than {@value #MAX_HIP_BEND} deg off the thigh line; one
 * foot off the floor: ankle heights differing by more than {@value #MAX_ANKLE_STEP} leg
 * lengths, plus, the more the person is turned from the camera, what the feet's depth
 * apart shows by perspective (see {@link #maxAnkleStep});</li>
 * <li>arms: the upper arm more than {@value #MAX_ARM_RAISE} deg from hanging, or the
 * wrist above the elbow;</li>
 * <li>camera: the ankles-to-shoulders line more than {@value #MAX_BODY_LINE} deg from the
 * vertical (a standing person's own sway and lean stay within a few degrees);</li>
 * <li>pixels: at least {@value #MIN_STATURE_PIXELS} pixels of stature, about twice the
 * pose model's 256-pixel input, so that the photo, not its resolution, limits the
 * keypoints' error;</li>
 * <li>view: front or back when the shoulders and hips appear at least
 * {@value #MIN_FRONTAL_WIDTH} of the torso's length wide, a side when at most
 * {@value #MAX_LATERAL_WIDTH}; between the two the person is turned.</li>
 * </ul>
 * A single photo cannot show movement; "caught mid-movement" shows here as one of the
 * postures above.
 * <p>
 * Posture, arms, view and stature are read in the body's own frame (the keypoints turned
 * so that the ankles-to-shoulders line is vertical), so that a tilted camera is named as
 * the camera, not as a lifted foot or a raised arm; and only from the parts inside the
 * photo: a knee, foot, arm or trunk the frame cuts off is the framing problem, and the
 * model's guess at where it lies names no posture, arm or view.
 * <p>
 * [1] Duarte M. et al., Documentação sobre o SAPO, 2005 ({@code sapo-2005}).
 */
public final class CaptureCheck {

	static final double MIN_PRESENCE = 0.5;

	static final double MAX_KNEE_BEND = 25;

	static final double MIN_THIGH_TO_SHANK = 0.6;

	static final double MAX_STANCE_FRONT = 0.9;

	static final double MAX_STANCE_SIDE = 0.45;

	static final double MAX_HIP_BEND = 30;

	static final double MAX_ANKLE_STEP = 0.1;

	/**
	 * How high, in leg lengths, the farther foot of a side-on person appears above the
	 * nearer one while both stand on the floor: a camera above the floor sees the floor
	 * rise towards the horizon, by camera height / distance (about 0.9 m / 3 m = 0.3 with
	 * the protocol's hip-high camera at 3 m) times the feet's depth apart (up to 0.3 m, a
	 * hip- to shoulder-width stance) over the leg (about 0.85 m): about 0.11. Measured on
	 * renders of three standing people seen side-on (within 20 degrees): 0.07 to 0.14.
	 * ({@code realign-convention})
	 */
	static final double SIDE_ON_FOOT_RISE = 0.3 * 0.3 / 0.85;

	/**
	 * The trunk's apparent width, in torso lengths, of a person squarely facing the
	 * camera or turned away.
	 */
	static final double SQUARE_ON_WIDTH = 0.5;

	static final double MAX_ARM_RAISE = 40;

	static final double MAX_BODY_LINE = 10;

	static final double MIN_STATURE_PIXELS = 400;

	static final double MIN_FRONTAL_WIDTH = 0.3;

	static final double MAX_LATERAL_WIDTH = 0.2;

	private final LandmarkSet pose;

	/**
	 * The keypoints turned about the mid-ankle by minus the roll, so that the body's line
	 * is vertical: posture, arms, view and stature are read in the body's own frame, and
	 * a tilted camera is named as such instead of as a raised arm or a lifted foot.
	 */
	private final LandmarkSet upright;

	private CaptureCheck(LandmarkSet pose) {
		this.pose = pose;
		OptionalDouble line = bodyLine();
		this.upright = line.isPresent() ? turned(pose, -line.getAsDouble()) : pose;
	}

	/**
	 * Checks one photo's pose.
	 * @param pose the pose model's keypoints, including those outside the image (the
	 * set's view is ignored)
	 * @param given the view the photo was given for, if any
	 * @param people how many people the detector found
	 */
	public static CaptureReport check(LandmarkSet pose, Optional<View> given, int people) {
		return new CaptureCheck(pose).run(given, people);
	}

	private CaptureReport run(Optional<View> given, int people) {
		List<CaptureProblem> problems = new ArrayList<>();
		if (people > 1) {
			problems.add(new CaptureProblem(CaptureProblem.Check.PERSON,
					"more than one person in the photo (" + people + " found)"));
		}
		List<String> cut = cutOff();
		if (!cut.isEmpty()) {
			problems.add(new CaptureProblem(CaptureProblem.Check.FRAMING,
					"whole body not in the photo: " + joinWords(cut) + " cut off"));
		}
		posture().ifPresent((problem) -> problems.add(new CaptureProblem(CaptureProblem.Check.POSTURE, problem)));
		arms().ifPresent((problem) -> problems.add(new CaptureProblem(CaptureProblem.Check.ARMS, problem)));
		// The view is read from the trunk; one the frame cuts off tells none.
		boolean trunkInFrame = !anyOut(LandmarkId.LEFT_SHOULDER, LandmarkId.RIGHT_SHOULDER, LandmarkId.LEFT_HIP,
				LandmarkId.RIGHT_HIP);
		Optional<View> detected = trunkInFrame ? detectView() : Optional.empty();
		if (detected.isEmpty() && hasTorso() && trunkInFrame) {
			problems.add(new CaptureProblem(CaptureProblem.Check.VIEW,
					"turned between the front and the side: face the camera or stand side-on"));
		}
		if (given.isPresent() && detected.isPresent() && given.get() != detected.get()) {
			problems.add(new CaptureProblem(CaptureProblem.Check.VIEW, "shows " + CaptureReport.viewName(detected.get())
					+ ", not " + CaptureReport.viewName(given.get())));
		}
		double stature = statureInPixels();
		if (cut.isEmpty() && stature > 0 && stature < MIN_STATURE_PIXELS) {
			problems.add(new CaptureProblem(CaptureProblem.Check.PIXELS, String.format(Locale.ROOT,
					"too few pixels: the person is about %.0f pixels tall, at least %.0f are needed (step closer or use a higher resolution)",
					stature, MIN_STATURE_PIXELS)));
		}
		OptionalDouble bodyLine = bodyLine();
		if (bodyLine.isPresent() && Math.abs(bodyLine.getAsDouble()) > MAX_BODY_LINE
				&& problems.stream().noneMatch((p) -> p.check() == CaptureProblem.Check.POSTURE)) {
			problems.add(new CaptureProblem(CaptureProblem.Check.CAMERA, tiltMessage(bodyLine.getAsDouble())));
		}
		OptionalDouble pitch = detected.filter((v) -> v == View.ANTERIOR).isPresent()
				? CameraGeometry
					.pitchAtFeetDegrees(LandmarkSet.of(View.ANTERIOR, this.pose.image(), inFrameModelPoints()))
				: OptionalDouble.empty();
		return new CaptureReport(detected, problems, stature, bodyLine, pitch);
	}

	private List<Landmark> inFrameModelPoints() {
		return this.pose.landmarks().stream().filter(this::inFrame).toList();
	}

	/** The parts of the body the frame cuts off, head first. */
	private List<String> cutOff() {
		List<String> parts = new ArrayList<>();
		if (anyOut(LandmarkId.NOSE, LandmarkId.LEFT_EYE, LandmarkId.RIGHT_EYE)) {
			parts.add("head");
		}
		if (anyOut(LandmarkId.LEFT_SHOULDER, LandmarkId.RIGHT_SHOULDER, LandmarkId.LEFT_HIP, LandmarkId.RIGHT_HIP)) {
			parts.add("trunk");
		}
		if (anyOut(LandmarkId.LEFT_WRIST, LandmarkId.RIGHT_WRIST)) {
			parts.add("hands");
		}
		if (anyOut(LandmarkId.LEFT_KNEE, LandmarkId.RIGHT_KNEE)) {
			parts.add("knees");
		}
		if (anyOut(LandmarkId.LEFT_ANKLE, LandmarkId.RIGHT_ANKLE, LandmarkId.LEFT_HEEL, LandmarkId.RIGHT_HEEL,
				LandmarkId.LEFT_FOOT_INDEX, LandmarkId.RIGHT_FOOT_INDEX)) {
			parts.add("feet");
		}
		return parts;
	}

	private boolean anyOut(LandmarkId... ids) {
		for (LandmarkId id : ids) {
			Optional<Landmark> point = this.pose.find(id);
			if (point.isEmpty() || !inFrame(point.get())) {
				return true;
			}
		}
		return false;
	}

	private boolean inFrame(Landmark l) {
		return l.x() >= 0 && l.y() >= 0 && l.x() <= this.pose.image().width() && l.y() <= this.pose.image().height()
				&& l.presence().orElse(1) >= MIN_PRESENCE;
	}

	/**
	 * The first posture problem, in practitioner words, if any. Read only when the trunk
	 * and the legs are inside the photo: the model's guess at a cut-off knee or foot says
	 * nothing about the posture, its hips are unsure when the shoulders are cut off, and
	 * the framing problem already names what is missing.
	 */
	private Optional<String> posture() {
		if (anyOut(LandmarkId.LEFT_SHOULDER, LandmarkId.RIGHT_SHOULDER, LandmarkId.LEFT_HIP, LandmarkId.RIGHT_HIP,
				LandmarkId.LEFT_KNEE, LandmarkId.RIGHT_KNEE, LandmarkId.LEFT_ANKLE, LandmarkId.RIGHT_ANKLE)) {
			return Optional.empty();
		}
		Optional<double[]> lh = xy(LandmarkId.LEFT_HIP);
		Optional<double[]> rh = xy(LandmarkId.RIGHT_HIP);
		Optional<double[]> lk = xy(LandmarkId.LEFT_KNEE);
		Optional<double[]> rk = xy(LandmarkId.RIGHT_KNEE);
		Optional<double[]> la = xy(LandmarkId.LEFT_ANKLE);
		Optional<double[]> ra = xy(LandmarkId.RIGHT_ANKLE);
		if (lh.isEmpty() || rh.isEmpty() || lk.isEmpty() || rk.isEmpty() || la.isEmpty() || ra.isEmpty()) {
			return Optional.empty();
		}
		double leftKnee = bend(lh.get(), lk.get(), la.get());
		double rightKnee = bend(rh.get(), rk.get(), ra.get());
		double leftThigh = (lk.get()[1] - lh.get()[1]) / Math.max(1e-6, la.get()[1] - lk.get()[1]);
		double rightThigh = (rk.get()[1] - rh.get()[1]) / Math.max(1e-6, ra.get()[1] - rk.get()[1]);
		double leg = (dist(lh.get(), la.get()) + dist(rh.get(), ra.get())) / 2;
		double stance = Math.abs(la.get()[0] - ra.get()[0]) / leg;
		double step = Math.abs(la.get()[1] - ra.get()[1]) / leg;
		boolean lateral = detectView().map(View::isLateral).orElse(false);
		boolean wide = stance > (lateral ? maxSideStance() : MAX_STANCE_FRONT);
		boolean leftBent = leftKnee > MAX_KNEE_BEND || leftThigh < MIN_THIGH_TO_SHANK;
		boolean rightBent = rightKnee > MAX_KNEE_BEND || rightThigh < MIN_THIGH_TO_SHANK;
		if (wide && (leftBent || rightBent || step > maxAnkleStep())) {
			return Optional.of("not standing: lunging (feet wide apart, a knee bent)");
		}
		if (wide) {
			return Optional
				.of("not standing: feet wide apart (a lunge or straddle); stand with the feet hip-width apart");
		}
		if (leftBent && rightBent) {
			return Optional
				.of(String.format(Locale.ROOT, "not standing: squatting or sitting (knees bent about %.0f degrees)",
						Math.max(leftKnee, rightKnee)));
		}
		if (leftBent || rightBent) {
			return Optional.of("not standing: one knee bent (weight not on both feet)");
		}
		if (step > maxAnkleStep()) {
			return Optional.of("not standing: one foot off the floor (weight not on both feet)");
		}
		Optional<double[]> ls = xy(LandmarkId.LEFT_SHOULDER);
		Optional<double[]> rs = xy(LandmarkId.RIGHT_SHOULDER);
		if (ls.isPresent() && rs.isPresent()) {
			double hipBend = Math.max(bend(ls.get(), lh.get(), lk.get()), bend(rs.get(), rh.get(), rk.get()));
			if (hipBend > MAX_HIP_BEND) {
				return Optional.of(String.format(Locale.ROOT,
						"not standing upright: bending at the hips (about %.0f degrees)", hipBend));
			}
		}
		return Optional.empty();
	}

	private Optional<String> arms() {
		List<String> raised = new ArrayList<>();
		for (Side side : Side.values()) {
			// An arm the frame cuts off is the framing problem, not a raised arm.
			if (anyOut(LandmarkId.of(side, "shoulder"), LandmarkId.of(side, "elbow"), LandmarkId.of(side, "wrist"))) {
				continue;
			}
			Optional<double[]> shoulder = xy(LandmarkId.of(side, "shoulder"));
			Optional<double[]> elbow = xy(LandmarkId.of(side, "elbow"));
			Optional<double[]> wrist = xy(LandmarkId.of(side, "wrist"));
			if (shoulder.isEmpty() || elbow.isEmpty() || wrist.isEmpty()) {
				continue;
			}
			double[] s = shoulder.get();
			double[] e = elbow.get();
			double[] w = wrist.get();
			double raise = Math.toDegrees(Math.atan2(Math.abs(e[0] - s[0]), e[1] - s[1]));
			double forearm = dist(e, w);
			if (raise > MAX_ARM_RAISE || w[1] < e[1] - 0.3 * forearm) {
				raised.add(side.id());
			}
		}
		if (raised.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of("arms not relaxed at the sides: "
				+ ((raised.size() == 2) ? "both arms" : raised.get(0) + " arm") + " raised or held out");
	}

	/**
	 * The largest ankle height difference, in leg lengths, of two feet on the floor: the
	 * model's own scatter ({@value #MAX_ANKLE_STEP}) plus, by the sine of how far the
	 * person is turned from the camera (told by how narrow the trunk appears), the rise
	 * of the farther foot by perspective ({@link #SIDE_ON_FOOT_RISE}). Squarely from the
	 * front or the back both feet are as far from the camera and the allowance is the
	 * scatter only; side-on, the farther foot of a normal stance appears higher without
	 * being lifted.
	 */
	private double maxAnkleStep() {
		OptionalDouble width = trunkWidth();
		if (width.isEmpty()) {
			return MAX_ANKLE_STEP;
		}
		double cosTurn = Math.min(1, width.getAsDouble() / SQUARE_ON_WIDTH);
		return MAX_ANKLE_STEP + SIDE_ON_FOOT_RISE * Math.sqrt(1 - cosTurn * cosTurn);
	}

	/**
	 * The widest stance, in leg lengths across the photo, of a person seen from a side:
	 * the front-to-back spread short of a lunge ({@value #MAX_STANCE_SIDE}) plus, by how
	 * far the person is turned from side-on (the trunk's apparent width over its width
	 * square-on), the side-to-side stance allowed from the front
	 * ({@value #MAX_STANCE_FRONT}): turned, the feet's width apart shows across the photo
	 * too, and is no lunge.
	 */
	private double maxSideStance() {
		double turned = Math.min(1, trunkWidth().orElse(0) / SQUARE_ON_WIDTH);
		return MAX_STANCE_SIDE + MAX_STANCE_FRONT * turned;
	}

	/** {@link #maxAnkleStep()} of a pose, for tests. */
	static double maxAnkleStep(LandmarkSet pose) {
		return new CaptureCheck(pose).maxAnkleStep();
	}

	/**
	 * Shoulders' and hips' mean apparent width in torso lengths; empty without a torso.
	 */
	private OptionalDouble trunkWidth() {
		if (!hasTorso()) {
			return OptionalDouble.empty();
		}
		double[] ls = xy(LandmarkId.LEFT_SHOULDER).get();
		double[] rs = xy(LandmarkId.RIGHT_SHOULDER).get();
		double[] lh = xy(LandmarkId.LEFT_HIP).get();
		double[] rh = xy(LandmarkId.RIGHT_HIP).get();
		double torso = dist(mid(ls, rs), mid(lh, rh));
		if (torso <= 0) {
			return OptionalDouble.empty();
		}
		return OptionalDouble.of((Math.abs(ls[0] - rs[0]) + Math.abs(lh[0] - rh[0])) / 2 / torso);
	}

	private boolean hasTorso() {
		return xy(LandmarkId.LEFT_SHOULDER).isPresent() && xy(LandmarkId.RIGHT_SHOULDER).isPresent()
				&& xy(LandmarkId.LEFT_HIP).isPresent() && xy(LandmarkId.RIGHT_HIP).isPresent();
	}

	/**
	 * The view the pose shows: front or back when shoulders and hips appear wide, a side
	 * when they appear narrow; which front or side from the direction the person faces.
	 */
	Optional<View> detectView() {
		OptionalDouble trunkWidth = trunkWidth();
		if (trunkWidth.isEmpty()) {
			return Optional.empty();
		}
		double width = trunkWidth.getAsDouble();
		if (width >= MIN_FRONTAL_WIDTH) {
			double[] ls = xy(LandmarkId.LEFT_SHOULDER).get();
			double[] rs = xy(LandmarkId.RIGHT_SHOULDER).get();
			double[] lh = xy(LandmarkId.LEFT_HIP).get();
			double[] rh = xy(LandmarkId.RIGHT_HIP).get();
			// The person's left on the photo's right: they face the camera.
			double leftward = (ls[0] - rs[0]) + (lh[0] - rh[0]);
			return Optional.of((leftward > 0) ? View.ANTERIOR : View.POSTERIOR);
		}
		if (width > MAX_LATERAL_WIDTH) {
			return Optional.empty();
		}
		double facing = 0;
		Optional<double[]> nose = xy(LandmarkId.NOSE);
		Optional<double[]> le = xy(LandmarkId.LEFT_EAR);
		Optional<double[]> re = xy(LandmarkId.RIGHT_EAR);
		if (nose.isPresent() && le.isPresent() && re.isPresent()) {
			facing += Math.signum(nose.get()[0] - mid(le.get(), re.get())[0]);
		}
		for (Side side : Side.values()) {
			Optional<double[]> heel = xy(LandmarkId.of(side, "heel"));
			Optional<double[]> toe = xy(LandmarkId.of(side, "foot-index"));
			if (heel.isPresent() && toe.isPresent()) {
				facing += 0.5 * Math.signum(toe.get()[0] - heel.get()[0]);
			}
		}
		if (facing == 0) {
			return Optional.empty();
		}
		// Facing the photo's right edge: the person's right side faces the camera.
		return Optional.of((facing > 0) ? View.RIGHT_LATERAL : View.LEFT_LATERAL);
	}

	/**
	 * The stature in pixels, read along the body's line (a tilted photo's is not
	 * shorter).
	 */
	private double statureInPixels() {
		List<Landmark> inFrame = this.upright.landmarks()
			.stream()
			.filter((l) -> this.pose.find(l.id()).filter(this::inFrame).isPresent())
			.toList();
		return BodyScale.staturePixels(LandmarkSet.of(View.ANTERIOR, this.pose.image(), inFrame)).orElse(0);
	}

	/**
	 * Degrees from the photo's vertical of the line from mid-ankle to mid-shoulder (-180
	 * to 180, positive when the shoulders lie to the right of the ankles); empty when a
	 * shoulder or an ankle is outside the photo.
	 */
	private OptionalDouble bodyLine() {
		if (anyOut(LandmarkId.LEFT_SHOULDER, LandmarkId.RIGHT_SHOULDER, LandmarkId.LEFT_ANKLE,
				LandmarkId.RIGHT_ANKLE)) {
			return OptionalDouble.empty();
		}
		Landmark ls = this.pose.find(LandmarkId.LEFT_SHOULDER).orElseThrow();
		Landmark rs = this.pose.find(LandmarkId.RIGHT_SHOULDER).orElseThrow();
		Landmark la = this.pose.find(LandmarkId.LEFT_ANKLE).orElseThrow();
		Landmark ra = this.pose.find(LandmarkId.RIGHT_ANKLE).orElseThrow();
		double topX = (ls.x() + rs.x()) / 2;
		double topY = (ls.y() + rs.y()) / 2;
		double bottomX = (la.x() + ra.x()) / 2;
		double bottomY = (la.y() + ra.y()) / 2;
		return OptionalDouble.of(Math.toDegrees(Math.atan2(topX - bottomX, bottomY - topY)));
	}

	/**
	 * Every point turned by the given degrees (clockwise on the photo) about the
	 * mid-ankle.
	 */
	private static LandmarkSet turned(LandmarkSet pose, double degrees) {
		Landmark la = pose.find(LandmarkId.LEFT_ANKLE).orElseThrow();
		Landmark ra = pose.find(LandmarkId.RIGHT_ANKLE).orElseThrow();
		double cx = (la.x() + ra.x()) / 2;
		double cy = (la.y() + ra.y()) / 2;
		double cos = Math.cos(Math.toRadians(degrees));
		double sin = Math.sin(Math.toRadians(degrees));
		List<Landmark> points = new ArrayList<>();
		for (Landmark l : pose.landmarks()) {
			double dx = l.x() - cx;
			double dy = l.y() - cy;
			points.add(l.at(cx + dx * cos - dy * sin, cy + dx * sin + dy * cos));
		}
		return LandmarkSet.of(pose.view(), pose.image(), points);
	}

	private static String tiltMessage(double degrees) {
		double off = Math.abs(degrees);
		if (off > 135) {
			return "photo upside down: turn it upright";
		}
		if (off > 45) {
			return String.format(Locale.ROOT,
					"photo on its side: the person lies %.0f degrees from upright (turn the photo upright)", off);
		}
		return String.format(Locale.ROOT,
				"camera tilted: the body's line is %.0f degrees from the vertical (hold the camera level, or the client is leaning)",
				off);
	}

	/** A point in the body's upright frame. */
	private Optional<double[]> xy(LandmarkId id) {
		return this.upright.find(id).map((l) -> new double[] { l.x(), l.y() });
	}

	/** 180 minus the internal angle at the vertex: 0 for a straight chain. */
	static double bend(double[] a, double[] vertex, double[] b) {
		double ax = a[0] - vertex[0];
		double ay = a[1] - vertex[1];
		double bx = b[0] - vertex[0];
		double by = b[1] - vertex[1];
		double internal = Math.toDegrees(Math.atan2(Math.abs(ax * by - ay * bx), ax * bx + ay * by));
		return 180 - internal;
	}

	private static double dist(double[] a, double[] b) {
		return Math.hypot(a[0] - b[0], a[1] - b[1]);
	}

	private static double[] mid(double[] a, double[] b) {
		return new double[] { (a[0] + b[0]) / 2, (a[1] + b[1]) / 2 };
	}

	private static String joinWords(List<String> words) {
		if (words.size() == 1) {
			return words.get(0);
		}
		return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
	}

}
