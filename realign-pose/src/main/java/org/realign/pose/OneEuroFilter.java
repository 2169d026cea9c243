package org.realign.pose;

/**
 * The one-euro filter of MediaPipe's landmark smoothing: an exponential moving average
 * whose cutoff frequency rises with the speed of the value, so that still points stop
 * jittering and moving points do not lag much.
 * <p>
 * A port of {@code OneEuroFilter} and {@code LowPassFilter} [1] [2], after Casiez et al.
 * [3]. Timestamps in nanoseconds; the first sample only sets the clock, as in MediaPipe.
 * <p>
 * [1] mediapipe/util/filtering/one_euro_filter.cc<br>
 * [2] mediapipe/util/filtering/low_pass_filter.cc<br>
 * [3] Casiez, Roussel, Vogel. 1 euro filter: a simple speed-based low-pass filter for
 * noisy input in interactive systems. CHI 2012.
 */
final class OneEuroFilter {

	private final double minCutoff;

	private final double beta;

	private final double derivateCutoff;

	private double frequency;

	private long lastTime;

	private final LowPass x = new LowPass();

	private final LowPass dx = new LowPass();

	OneEuroFilter(double frequency, double minCutoff, double beta, double derivateCutoff) {
		this.frequency = frequency;
		this.minCutoff = minCutoff;
		this.beta = beta;
		this.derivateCutoff = derivateCutoff;
	}

	double apply(long timestampNanos, double valueScale, double value) {
		if (this.lastTime >= timestampNanos) {
			return value;
		}
		if (this.lastTime != 0 && timestampNanos != 0) {
			this.frequency = 1.0 / ((timestampNanos - this.lastTime) * 1e-9);
		}
		this.lastTime = timestampNanos;
		double dvalue = this.x.initialized ? (value - this.x.raw) * valueScale * this.frequency : 0.0;
		double edvalue = this.dx.apply(dvalue, alpha(this.derivateCutoff));
		double cutoff = this.minCutoff + this.beta * Math.abs(edvalue);
		return this.x.apply(value, alpha(cutoff));
	}

	private double alpha(double cutoff) {
		double te = 1.0 / this.frequency;
		double tau = 1.0 / (2 * Math.PI * cutoff);
		return 1.0 / (1.0 + tau / te);
	}

	/** An exponential moving average that remembers its last raw input. */
	static final class LowPass {

		private boolean initialized;

		private double raw;

		private double stored;

		double apply(double value, double alpha) {
			double result = this.initialized ? alpha * value + (1 - alpha) * this.stored : value;
			this.initialized = true;
			this.raw = value;
			this.stored = result;
			return result;
		}

	}

}
