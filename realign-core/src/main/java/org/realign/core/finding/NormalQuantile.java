package org.realign.core.finding;

/**
 * Quantiles of the standard normal distribution, by Acklam's rational approximation
 * (relative error below 1.2e-9), for the multiplicity correction of estimated readings.
 * <p>
 * Acklam P.J., An algorithm for computing the inverse normal cumulative distribution
 * function, 2003 (published algorithm, widely reproduced).
 */
final class NormalQuantile {

	private static final double[] A = { -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
			1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00 };

	private static final double[] B = { -5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
			6.680131188771972e+01, -1.328068155288572e+01 };

	private static final double[] C = { -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
			-2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00 };

	private static final double[] D = { 7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
			3.754408661907416e+00 };

	private NormalQuantile() {
	}

	/** The z with P(Z > z) = tail, for 0 < tail < 0.5. */
	static double upper(double tail) {
		if (!(tail > 0 && tail < 0.5)) {
			throw new IllegalArgumentException("tail must lie in (0, 0.5)");
		}
		double p = tail;
		double q = Math.sqrt(-2 * Math.log(p));
		double lower;
		if (p < 0.02425) {
			lower = (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
					/ ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
		}
		else {
			double r = p - 0.5;
			double s = r * r;
			lower = (((((A[0] * s + A[1]) * s + A[2]) * s + A[3]) * s + A[4]) * s + A[5]) * r
					/ (((((B[0] * s + B[1]) * s + B[2]) * s + B[3]) * s + B[4]) * s + 1);
		}
		return -lower;
	}

}
