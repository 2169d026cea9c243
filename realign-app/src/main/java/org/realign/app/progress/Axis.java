package org.realign.app.progress;

import java.util.ArrayList;
import java.util.List;

/**
 * An axis with round tick values that covers a range.
 *
 * @param min the first tick
 * @param max the last tick
 * @param step between ticks
 */
record Axis(double min, double max, double step) {

	/** Round ticks (1, 2, 2.5 or 5 times a power of ten) covering low to high. */
	static Axis nice(double low, double high, int about) {
		if (!(high > low)) {
			// A flat series still needs an axis with some room around it.
			double pad = Math.max(1, Math.abs(low) * 0.1);
			low -= pad;
			high += pad;
		}
		double raw = (high - low) / about;
		double power = Math.pow(10, Math.floor(Math.log10(raw)));
		double step = power * 10;
		for (double m : new double[] { 1, 2, 2.5, 5, 10 }) {
			if (raw <= m * power + 1e-12) {
				step = m * power;
				break;
			}
		}
		double min = Math.floor(low / step + 1e-9) * step;
		double max = Math.ceil(high / step - 1e-9) * step;
		return new Axis(min, max, step);
	}

	List<Double> ticks() {
		List<Double> ticks = new ArrayList<>();
		for (int i = 0; this.min + i * this.step <= this.max + this.step * 1e-6; i++) {
			ticks.add(this.min + i * this.step);
		}
		return ticks;
	}

	/** Decimals the tick labels need. */
	int decimals() {
		return (this.step >= 1 && this.step == Math.rint(this.step)) ? 0 : (this.step >= 0.1 ? 1 : 2);
	}

}
