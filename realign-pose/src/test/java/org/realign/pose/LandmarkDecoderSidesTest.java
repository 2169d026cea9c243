package org.realign.pose;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Telling a pass that reads left and right the other way round from the photo's own pass,
 * and swapping it back.
 */
class LandmarkDecoderSidesTest {

	/** A person facing the camera, as the landmark model gives it (normalized). */
	private static LandmarkDecoder.Normalized facing(double jitter) {
		int n = LandmarkDecoder.NUM_LANDMARKS;
		double[] x = new double[n];
		double[] y = new double[n];
		double[] visibility = new double[n];
		for (int i = 0; i < n; i++) {
			// The two points of each bilateral pair 0.2 apart (the nose in the middle).
			x[i] = (i == 0) ? 0.5 : ((i % 2 == 1) == (i >= 11) ? 0.6 : 0.4) + jitter * Math.sin(i);
			y[i] = 0.1 + 0.025 * i;
			visibility[i] = 0.5 + 0.01 * i;
		}
		return new LandmarkDecoder.Normalized(x, y, new double[n], visibility, new double[n]);
	}

	@Test
	void aPassReadTheOtherWayRound_isToldAndSwappedBack() {
		LandmarkDecoder.Normalized own = facing(0);
		LandmarkDecoder.Normalized same = facing(0.01);
		LandmarkDecoder.Normalized otherWay = LandmarkDecoder.swapSides(same);

		assertThat(LandmarkDecoder.sidesSwapped(same, own)).isFalse();
		assertThat(LandmarkDecoder.sidesSwapped(otherWay, own)).isTrue();
		LandmarkDecoder.Normalized back = LandmarkDecoder.swapSides(otherWay);
		assertThat(back.x()).containsExactly(same.x());
		assertThat(back.visibility()).containsExactly(same.visibility());
		// left shoulder (11) and right shoulder (12) trade places and visibilities
		assertThat(otherWay.x()[11]).isEqualTo(same.x()[12]);
		assertThat(otherWay.visibility()[12]).isEqualTo(same.visibility()[11]);
		assertThat(otherWay.x()[0]).isEqualTo(same.x()[0]);
	}

}
