package org.realign.core.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.realign.core.landmark.BodyScale;
import org.realign.core.landmark.Landmark;
import org.realign.core.landmark.LandmarkId;
import org.realign.core.landmark.LandmarkSet;
import org.realign.core.landmark.Side;
import org.realign.core.landmark.View;

/**
 * What the camera's height does to the floor in a front photo, and how to undo it for
 * foot flare.
 * <p>
 * A camera above the floor sees the floor foreshortened: a foot at true angle theta from
 * straight ahead, seen from a depression angle phi, shows the image angle alpha with tan
 * alpha = tan theta / sin phi. At the capture protocol's 3 m and a hip-high camera, phi
 * is about 17 deg and a true 5 deg reads about 17 deg. The depression angle is estimated
 * from the feet themselves: a foot is about {@value #FOOT_LENGTH_OF_STATURE} of stature
 * long (Winter [1]), its sideways extent in the photo is L sin theta and its extent down
 * the photo L cos theta sin phi, so each foot gives sin phi = dy / sqrt(L^2 - dx^2); the
 * two feet are averaged. The foot-length ratio is given a 10% uncertainty (people vary by
 * about 4% [1], and the heel and toe keypoints do not sit exactly at the foot's ends: our
 * own allowance), which {@link Measurer} carries into the corrected angle's error.
 * <p>
 * [1] Winter D.A., Biomechanics and Motor Control of Human Movement, 4th ed., 2009, Fig.
 * 4.1 ({@code winter-2009-anthropometry}).
 */
public final class CameraGeometry {

	/** Foot length as a fraction of stature (Winter Fig. 4.1). */
	public static final double FOOT_LENGTH_OF_STATURE = 0.152;

	/** Relative uncertainty (one SD) of the foot length in pixels. */
	static final double FOOT_LENGTH_RELATIVE_SIGMA = 0.10;

	/** Below this sine of the depression angle the floor is too edge-on to correct. */
	static final double MIN_SIN_PITCH = 0.05;

	private CameraGeometry() {
	}

	/**
	 * The camera's depression angle at the feet, in degrees, from an anterior photo's
	 * heel and toe keypoints; empty on other views or when the feet or the person's size
	 * cannot be read.
	 */
	public static OptionalDouble pitchAtFeetDegrees(LandmarkSet set) {
		if (set.view() != View.ANTERIOR) {
			return OptionalDouble.empty();
		}
		OptionalDouble stature = BodyScale.staturePixels(set);
		if (stature.isEmpty()) {
			return OptionalDouble.empty();
		}
		List<double[]> feet = feet(set);
		OptionalDouble sin = sinPitch(feet, FOOT_LENGTH_OF_STATURE * stature.getAsDouble());
		return sin.isPresent() ? OptionalDouble.of(Math.toDegrees(Math.asin(sin.getAsDouble())))
				: OptionalDouble.empty();
	}

	/**
	 * The true (floor-plane) foot flare for one side, corrected for the depression angle,
	 * when it can be estimated.
	 * @param feet per foot {dx, dy}: sideways extent (positive away from the midline) and
	 * extent down the photo, pixels; the side's own foot first
	 * @param footLength the expected foot length in pixels
	 */
	static OptionalDouble correctedFlare(List<double[]> feet, double footLength) {
		OptionalDouble sin = sinPitch(feet, footLength);
		if (sin.isEmpty()) {
			return OptionalDouble.empty();
		}
		double[] own = feet.get(0);
		return OptionalDouble.of(Math.toDegrees(Math.atan2(own[0] * sin.getAsDouble(), own[1])));
	}

	private static OptionalDouble sinPitch(List<double[]> feet, double footLength) {
		double sum = 0;
		int n = 0;
		for (double[] foot : feet) {
			double across = footLength * footLength - foot[0] * foot[0];
			if (across <= 0 || foot[1] <= 0) {
				continue;
			}
			sum += Math.min(1, foot[1] / Math.sqrt(across));
			n++;
		}
		if (n == 0) {
			return OptionalDouble.empty();
		}
		double sin = sum / n;
		return (sin >= MIN_SIN_PITCH) ? OptionalDouble.of(sin) : OptionalDouble.empty();
	}

	/** Each foot's {dx, dy} in the anterior view, the left first. */
	static List<double[]> feet(LandmarkSet set) {
		List<double[]> feet = new ArrayList<>();
		for (Side side : Side.values()) {
			foot(set, side).ifPresent(feet::add);
		}
		return feet;
	}

	static Optional<double[]> foot(LandmarkSet set, Side side) {
		Optional<Landmark> heel = set.find(LandmarkId.of(side, "heel"));
		Optional<Landmark> toe = set.find(LandmarkId.of(side, "foot-index"));
		if (heel.isEmpty() || toe.isEmpty()) {
			return Optional.empty();
		}
		int lateral = Formulas.lateral(View.ANTERIOR, side);
		return Optional.of(new double[] { lateral * (toe.get().x() - heel.get().x()), toe.get().y() - heel.get().y() });
	}

}
