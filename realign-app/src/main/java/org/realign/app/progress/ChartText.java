package org.realign.app.progress;

import java.time.LocalDate;

/** The words and number formats of the charts, in the reader's locale. */
interface ChartText {

	String text(String key, Object... args);

	/** A day on an axis, short ("2 Dec" or "Dec 2"). */
	String day(LocalDate date);

	/** A value with one decimal. */
	default String number(double value) {
		return number(value, 1);
	}

	String number(double value, int decimals);

}
