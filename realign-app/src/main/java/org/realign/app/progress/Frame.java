package org.realign.app.progress;

/** The plot area inside a chart of the given size. */
record Frame(double totalWidth, double totalHeight, double left, double top, double rightMargin, double bottomMargin) {

	double right() {
		return this.totalWidth - this.rightMargin;
	}

	double bottom() {
		return this.totalHeight - this.bottomMargin;
	}

	double width() {
		return right() - this.left;
	}

}
