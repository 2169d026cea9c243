package org.realign.core.measure;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.realign.core.landmark.ImageSize;
import org.realign.core.landmark.Landmark;
import org.realign.core.landmark.LandmarkId;
import org.realign.core.landmark.LandmarkSet;
import org.realign.core.landmark.View;
import org.realign.core.measure.Measurement.Gap;
import org.realign.core.measure.Measurement.Measured;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The ids and sign conventions the issue fixes, on hand-placed points (image y points
 * down).
 */
class FixedConventionsTest {

	private static final ImageSize IMAGE = new ImageSize(1000, 1000);

	private final Measurer measurer = Measurer.shipped();

	@Test
	void craniovertebralAngle_rightLateral_isTheAngleAboveTheForwardHorizontalAtC7() {
		// Person faces the image's right edge: the tragus 100 px forward (+x) and 100 px
		// up.
		LandmarkSet set = set(View.RIGHT_LATERAL, point(LandmarkId.C7, 500, 500),
				point(LandmarkId.RIGHT_TRAGUS, 600, 400));
		assertThat(value("craniovertebral-angle", set)).isCloseTo(45, within(1e-9));
	}

	@Test
	void craniovertebralAngle_leftLateral_usesTheLeftTragusAndFacesLeft() {
		LandmarkSet set = set(View.LEFT_LATERAL, point(LandmarkId.C7, 500, 500),
				point(LandmarkId.LEFT_TRAGUS, 400, 500 - 100 * Math.tan(Math.toRadians(30))));
		assertThat(value("craniovertebral-angle", set)).isCloseTo(30, within(1e-9));
	}

	@Test
	void sagittalPelvicTilt_isPositiveWhenTheAsisIsLowerThanThePsis() {
		LandmarkSet anterior = set(View.RIGHT_LATERAL, point(LandmarkId.RIGHT_PSIS, 400, 500),
				point(LandmarkId.RIGHT_ASIS, 500, 500 + 100 * Math.tan(Math.toRadians(12))));
		assertThat(value("sagittal-pelvic-tilt", anterior)).isCloseTo(12, within(1e-9));
		LandmarkSet posterior = set(View.RIGHT_LATERAL, point(LandmarkId.RIGHT_PSIS, 400, 500),
				point(LandmarkId.RIGHT_ASIS, 500, 480));
		assertThat(value("sagittal-pelvic-tilt", posterior)).isNegative();
	}

	@Test
	void sagittalPelvicTilt_withOnlyPoseModelHips_isAGapNamingAsisAndPsis() {
		LandmarkSet set = set(View.LEFT_LATERAL, point(LandmarkId.LEFT_HIP, 500, 500));
		Measurement tilt = this.measurer.measure(this.measurer.catalog().get("sagittal-pelvic-tilt"), set);
		assertThat(tilt).isInstanceOf(Gap.class);
		assertThat(((Gap) tilt).missing()).containsExactly(LandmarkId.LEFT_ASIS, LandmarkId.LEFT_PSIS);
	}

	@Test
	void shoulderHeightAsymmetry_isPositiveWhenTheLeftAcromionIsHigher_inBothFrontalViews() {
		// Anterior: the person's left is on the image's right.
		LandmarkSet anterior = set(View.ANTERIOR, point(LandmarkId.LEFT_ACROMION, 600, 390),
				point(LandmarkId.RIGHT_ACROMION, 400, 400));
		// Posterior: the person's left is on the image's left.
		LandmarkSet posterior = set(View.POSTERIOR, point(LandmarkId.LEFT_ACROMION, 400, 390),
				point(LandmarkId.RIGHT_ACROMION, 600, 400));
		double expected = Math.toDegrees(Math.atan2(10, 200));
		assertThat(value("shoulder-height-asymmetry", anterior)).isCloseTo(expected, within(1e-9));
		assertThat(value("shoulder-height-asymmetry", posterior)).isCloseTo(expected, within(1e-9));
	}

	@Test
	void pelvicObliquityAndHeadTilt_arePositiveWhenTheLeftPointIsHigher() {
		LandmarkSet set = set(View.ANTERIOR, point(LandmarkId.LEFT_ASIS, 600, 600),
				point(LandmarkId.RIGHT_ASIS, 400, 610), point(LandmarkId.LEFT_TRAGUS, 550, 220),
				point(LandmarkId.RIGHT_TRAGUS, 450, 210));
		assertThat(value("pelvic-obliquity", set)).isPositive();
		assertThat(value("head-tilt", set)).isNegative();
	}

	private double value(String id, LandmarkSet set) {
		Measurement m = this.measurer.measure(this.measurer.catalog().get(id), set);
		assertThat(m).isInstanceOf(Measured.class);
		assertThat(((Measured) m).unit()).isEqualTo("deg");
		return ((Measured) m).value();
	}

	private static Landmark point(LandmarkId id, double x, double y) {
		return Landmark.manual(id, x, y);
	}

	private static LandmarkSet set(View view, Landmark... points) {
		return LandmarkSet.of(view, IMAGE, List.of(points));
	}

}
