package org.realign.pose.marker;

import java.util.Random;

/**
 * {@link Random}'s own sequence, as its documentation specifies it (the 48-bit linear
 * congruential generator of {@code next} and the polar method of {@code nextGaussian}),
 * without its thread safety: a scene is drawn on one thread, and its sensor noise asks
 * for three Gaussian numbers a pixel, up to 24 million for one photo, where the atomic
 * update of the seed and the lock of every call took longer than the rest of the drawing.
 * The same seed gives the same numbers as {@code new Random(seed)}, so the scenes are the
 * same photos to the last bit ({@code SceneRandomTest}).
 */
final class SceneRandom extends Random {

	private static final long MULTIPLIER = 0x5DEECE66DL;

	private static final long ADDEND = 0xBL;

	private static final long MASK = (1L << 48) - 1;

	private long state;

	private double nextNextGaussian;

	private boolean haveNextNextGaussian;

	SceneRandom(long seed) {
		// Random's constructor calls setSeed, before this class's fields are set.
		super(seed);
	}

	@Override
	public void setSeed(long seed) {
		this.state = (seed ^ MULTIPLIER) & MASK;
		this.haveNextNextGaussian = false;
	}

	@Override
	protected int next(int bits) {
		this.state = (this.state * MULTIPLIER + ADDEND) & MASK;
		return (int) (this.state >>> (48 - bits));
	}

	@Override
	public double nextGaussian() {
		if (this.haveNextNextGaussian) {
			this.haveNextNextGaussian = false;
			return this.nextNextGaussian;
		}
		double v1;
		double v2;
		double s;
		do {
			v1 = 2 * nextDouble() - 1;
			v2 = 2 * nextDouble() - 1;
			s = v1 * v1 + v2 * v2;
		}
		while (s >= 1 || s == 0);
		double multiplier = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
		this.nextNextGaussian = v2 * multiplier;
		this.haveNextNextGaussian = true;
		return v1 * multiplier;
	}

}
