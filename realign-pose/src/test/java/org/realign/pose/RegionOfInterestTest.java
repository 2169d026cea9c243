package org.realign.pose;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RegionOfInterestTest {

	@Test
	void fromAlignmentPoints_uprightBody_squareScaledNoRotation() {
		// Hip centre at (500, 400) px, scale point straight above at (500, 200) px.
		RegionOfInterest roi = RegionOfInterest.fromAlignmentPoints(0.5, 0.4, 0.5, 0.2, 1000, 1000);
		assertThat(roi.xCenter()).isEqualTo(0.5);
		assertThat(roi.yCenter()).isEqualTo(0.4);
		assertThat(roi.width()).isCloseTo(2 * 200 * 1.25 / 1000, within(1e-12));
		assertThat(roi.rotation()).isCloseTo(0, within(1e-12));
	}

	@Test
	void fromAlignmentPoints_nonSquareImage_squareInPixels() {
		RegionOfInterest roi = RegionOfInterest.fromAlignmentPoints(0.5, 0.5, 0.5, 0.25, 1000, 500);
		assertThat(roi.width() * 1000).isCloseTo(roi.height() * 500, within(1e-9));
		assertThat(roi.height() * 500).isCloseTo(2 * 125 * 1.25, within(1e-9));
	}

	@Test
	void fromAlignmentPoints_bodyLeaningRight_positiveRotation() {
		// Scale point up and to the right: the body leans clockwise on screen.
		RegionOfInterest roi = RegionOfInterest.fromAlignmentPoints(0.5, 0.5, 0.6, 0.4, 1000, 1000);
		assertThat(roi.rotation()).isCloseTo(Math.PI / 4, within(1e-12));
		// Lying with the head to the left.
		RegionOfInterest lying = RegionOfInterest.fromAlignmentPoints(0.5, 0.5, 0.3, 0.5, 1000, 1000);
		assertThat(lying.rotation()).isCloseTo(-Math.PI / 2, within(1e-12));
	}

	@Test
	void normalizeRadians_wrapsIntoMinusPiToPi() {
		assertThat(RegionOfInterest.normalizeRadians(3 * Math.PI / 2)).isCloseTo(-Math.PI / 2, within(1e-12));
		assertThat(RegionOfInterest.normalizeRadians(-3 * Math.PI / 2)).isCloseTo(Math.PI / 2, within(1e-12));
		assertThat(RegionOfInterest.normalizeRadians(0.3)).isCloseTo(0.3, within(1e-12));
	}

	@Test
	void letterbox_wideImage_padsTopAndBottomAndRemovalRestoresCoordinates() {
		Letterbox letterbox = Letterbox.forImage(1000, 500);
		assertThat(letterbox.vertical()).isCloseTo(0.25, within(1e-12));
		assertThat(letterbox.horizontal()).isZero();
		// The image's centre is the tensor's centre; the image's top edge is at 0.25.
		PoseDetection inTensor = new PoseDetection(1, 0.5, 0.25, 0.1, 0.5,
				new double[] { 0.5, 0.25, 0, 0, 0, 0, 0, 0 });
		PoseDetection inImage = letterbox.remove(inTensor);
		assertThat(inImage.yMin()).isCloseTo(0, within(1e-12));
		assertThat(inImage.height()).isCloseTo(1, within(1e-12));
		assertThat(inImage.keypointY(0)).isCloseTo(0, within(1e-12));
		assertThat(inImage.xMin()).isCloseTo(0.5, within(1e-12));
	}

	@Test
	void decode_landmarkAtCropCentre_landsOnRoiCentreWhateverTheRotation() {
		float[] raw = new float[LandmarkDecoder.NUM_LANDMARKS * 5];
		raw[0] = 128;
		raw[1] = 128;
		// One crop-width to the right of the centre, rotated by 90 degrees: straight
		// down.
		raw[5] = 128 + 64;
		raw[6] = 128;
		RegionOfInterest roi = new RegionOfInterest(0.5, 0.5, 0.4, 0.4, Math.PI / 2);
		LandmarkDecoder.Normalized points = LandmarkDecoder.decode(raw, null, roi);
		assertThat(points.x()[0]).isCloseTo(0.5, within(1e-9));
		assertThat(points.y()[0]).isCloseTo(0.5, within(1e-9));
		assertThat(points.x()[1]).isCloseTo(0.5, within(1e-9));
		assertThat(points.y()[1]).isCloseTo(0.5 + 0.25 * 0.4, within(1e-9));
	}

	@Test
	void world_rotatesByRoiRotation() {
		float[] raw = new float[LandmarkDecoder.NUM_LANDMARKS * 3];
		raw[0] = 1;
		raw[2] = 0.5f;
		var world = LandmarkDecoder.world(raw, new RegionOfInterest(0.5, 0.5, 1, 1, Math.PI / 2));
		assertThat(world.get(0).x()).isCloseTo(0, within(1e-9));
		assertThat(world.get(0).y()).isCloseTo(1, within(1e-9));
		assertThat(world.get(0).z()).isCloseTo(0.5, within(1e-9));
	}

}
