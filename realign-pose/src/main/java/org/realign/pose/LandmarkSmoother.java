package org.realign.pose;

/**
 * Temporal smoothing of one set of normalized points across video frames, as MediaPipe's
 * {@code LandmarksSmoothingCalculator} with a one-euro filter [1]: points are filtered in
 * pixels, each axis separately, with the speed scaled by the inverse of the object's size
 * (the mean of the width and height of the points' bounding box). Visibility, when kept,
 * goes through {@code VisibilitySmoothingCalculator}'s low-pass filter.
 * <p>
 * The parameters come from {@code pose_landmark_filtering.pbtxt} [2]: landmarks min
 * cutoff 0.1, beta 40, derivative cutoff 1, visibility alpha 0.1; auxiliary points min
 * cutoff 0.01, beta 1, derivative cutoff 1.
 * <p>
 * [1] mediapipe/calculators/util/landmarks_smoothing_calculator.cc<br>
 * [2] mediapipe/modules/pose_landmark/pose_landmark_filtering.pbtxt
 */
final class LandmarkSmoother {

	/** LandmarksSmoothingCalculatorOptions' default frequency, used until two samples. */
	private static final double DEFAULT_FREQUENCY = 30.0;

	private static final double VISIBILITY_ALPHA = 0.1;

	private final int from;

	private final int to;

	private final OneEuroFilter[] x;

	private final OneEuroFilter[] y;

	private final OneEuroFilter[] z;

	private final OneEuroFilter.LowPass[] visibility;

	private LandmarkSmoother(int from, int to, double minCutoff, double beta, double derivateCutoff) {
		this.from = from;
		this.to = to;
		int n = to - from;
		this.x = new OneEuroFilter[n];
		this.y = new OneEuroFilter[n];
		this.z = new OneEuroFilter[n];
		this.visibility = new OneEuroFilter.LowPass[n];
		for (int i = 0; i < n; i++) {
			this.x[i] = new OneEuroFilter(DEFAULT_FREQUENCY, minCutoff, beta, derivateCutoff);
			this.y[i] = new OneEuroFilter(DEFAULT_FREQUENCY, minCutoff, beta, derivateCutoff);
			this.z[i] = new OneEuroFilter(DEFAULT_FREQUENCY, minCutoff, beta, derivateCutoff);
			this.visibility[i] = new OneEuroFilter.LowPass();
		}
	}

	/** The filter for the 33 pose landmarks. */
	static LandmarkSmoother landmarks() {
		return new LandmarkSmoother(0, 33, 0.1, 40.0, 1.0);
	}

	/** The filter for the two auxiliary points that place the next crop. */
	static LandmarkSmoother auxiliary() {
		return new LandmarkSmoother(33, 35, 0.01, 1.0, 1.0);
	}

	/** Smooths the points {@code from..to} of {@code points} in place. */
	void apply(LandmarkDecoder.Normalized points, long timestampNanos, int imageWidth, int imageHeight) {
		double[] px = points.x();
		double[] py = points.y();
		double[] pz = points.z();
		double[] vis = points.visibility();
		double minX = Double.MAX_VALUE;
		double maxX = -Double.MAX_VALUE;
		double minY = Double.MAX_VALUE;
		double maxY = -Double.MAX_VALUE;
		for (int i = this.from; i < this.to; i++) {
			minX = Math.min(minX, px[i] * imageWidth);
			maxX = Math.max(maxX, px[i] * imageWidth);
			minY = Math.min(minY, py[i] * imageHeight);
			maxY = Math.max(maxY, py[i] * imageHeight);
		}
		double objectScale = ((maxX - minX) + (maxY - minY)) / 2;
		for (int i = this.from; i < this.to; i++) {
			vis[i] = this.visibility[i - this.from].apply(vis[i], VISIBILITY_ALPHA);
		}
		if (objectScale < 1e-6) {
			return;
		}
		double valueScale = 1.0 / objectScale;
		for (int i = this.from; i < this.to; i++) {
			int k = i - this.from;
			px[i] = this.x[k].apply(timestampNanos, valueScale, px[i] * imageWidth) / imageWidth;
			py[i] = this.y[k].apply(timestampNanos, valueScale, py[i] * imageHeight) / imageHeight;
			pz[i] = this.z[k].apply(timestampNanos, valueScale, pz[i] * imageWidth) / imageWidth;
		}
	}

}
