package org.realign.pose.marker;

import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scenes' generator gives {@link Random}'s own numbers for the same seed, whatever is
 * asked of it in turn, so that a scene drawn with it is the photo it was.
 */
class SceneRandomTest {

	@Test
	void givesTheNumbersOfJavasRandomForTheSameSeed() {
		for (long seed : new long[] { 0, 1, 7919L * 1301 + 1301, -42, Long.MAX_VALUE }) {
			Random expected = new Random(seed);
			Random actual = new SceneRandom(seed);
			for (int i = 0; i < 20_000; i++) {
				switch (i % 5) {
					case 0 -> assertThat(actual.nextInt(17)).isEqualTo(expected.nextInt(17));
					case 1 -> assertThat(actual.nextDouble()).isEqualTo(expected.nextDouble());
					case 2 -> assertThat(actual.nextLong()).isEqualTo(expected.nextLong());
					default -> assertThat(actual.nextGaussian()).isEqualTo(expected.nextGaussian());
				}
			}
		}
	}

	@Test
	void startsAfreshWhenSeededAgainMidwayThroughAPairOfGaussians() {
		Random expected = new Random(5);
		Random actual = new SceneRandom(5);
		assertThat(actual.nextGaussian()).isEqualTo(expected.nextGaussian());
		expected.setSeed(9);
		actual.setSeed(9);
		for (int i = 0; i < 100; i++) {
			assertThat(actual.nextGaussian()).isEqualTo(expected.nextGaussian());
		}
	}

}
