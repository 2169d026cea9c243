package org.realign.app.progress;

/** A linear map from a value domain to a pixel range. */
record Scale(double domainMin, double domainMax, double rangeMin, double rangeMax) {

	double at(double value) {
		return this.rangeMin
				+ (value - this.domainMin) * (this.rangeMax - this.rangeMin) / (this.domainMax - this.domainMin);
	}

}
