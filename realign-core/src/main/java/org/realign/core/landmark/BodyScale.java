package org.realign.core.landmark;

import java.util.OptionalDouble;

/**
 * The person's size in a photo, from the eyes and ankles, so that errors published in
 * millimetres can be stated in the photo's pixels.
 * <p>
 * In Drillis and Contini's segment proportions, as tabulated by Winter [1], the eyes lie
 * at 0.936 and the ankle joint at 0.039 of stature, so stature is the eye-to-ankle height
 * divided by 0.897. Millimetres become pixels through a stature of
 * {@value #ASSUMED_STATURE_MM} mm: shorter than most adults, so that a published error in
 * millimetres is never understated in pixels.
 * <p>
 * [1] Winter D.A., Biomechanics and Motor Control of Human Movement, 4th ed., Wiley 2009,
 * Fig. 4.1 (source {@code winter-2009-anthropometry}).
 */
public final class BodyScale {

	/** Eye height minus ankle height, as a fraction of stature (Winter Fig. 4.1). */
	public static final double EYE_TO_ANKLE_OF_STATURE = 0.936 - 0.039;

	/** The stature used to turn millimetres into pixels. */
	public static final double ASSUMED_STATURE_MM = 1600;

	private BodyScale() {
	}

	/**
	 * The person's stature in pixels, when an eye and an ankle (placed by the model or by
	 * hand) are in the set; empty otherwise.
	 */
	public static OptionalDouble staturePixels(LandmarkSet set) {
		OptionalDouble eyes = meanY(set, LandmarkId.LEFT_EYE, LandmarkId.RIGHT_EYE);
		OptionalDouble ankles = meanY(set, LandmarkId.LEFT_ANKLE, LandmarkId.RIGHT_ANKLE);
		if (eyes.isEmpty() || ankles.isEmpty()) {
			return OptionalDouble.empty();
		}
		double height = ankles.getAsDouble() - eyes.getAsDouble();
		return (height > 0) ? OptionalDouble.of(height / EYE_TO_ANKLE_OF_STATURE) : OptionalDouble.empty();
	}

	/** Pixels per millimetre at the person, when the stature can be read. */
	public static OptionalDouble pixelsPerMillimetre(LandmarkSet set) {
		OptionalDouble stature = staturePixels(set);
		return stature.isPresent() ? OptionalDouble.of(stature.getAsDouble() / ASSUMED_STATURE_MM)
				: OptionalDouble.empty();
	}

	private static OptionalDouble meanY(LandmarkSet set, LandmarkId a, LandmarkId b) {
		return set.landmarks().stream().filter((l) -> l.id() == a || l.id() == b).mapToDouble(Landmark::y).average();
	}

}
