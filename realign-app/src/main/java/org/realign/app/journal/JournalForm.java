package org.realign.app.journal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.realign.core.feedback.FieldError;

/**
 * The journal page's form, as typed: numbers and the date are read here so that a value
 * that cannot be read is named like any other problem.
 */
record JournalForm(String kind, String date, String where, String intensity, String setting, List<String> context,
		String trigger, String minutes, Boolean avoiding, Boolean newOrWorseSymptoms, String note) {

	JournalForm {
		context = context == null ? List.of() : List.copyOf(context);
	}

	static JournalForm empty(LocalDate today) {
		return new JournalForm(null, today.toString(), null, "", null, List.of(), null, "", null, null, "");
	}

	/** The request, or the fields that could not be read added to {@code errors}. */
	JournalRequest toRequest(List<FieldError> errors) {
		LocalDate day = null;
		if (this.date != null && !this.date.isBlank()) {
			try {
				day = LocalDate.parse(this.date.strip());
			}
			catch (DateTimeParseException ex) {
				errors.add(new FieldError("date", "unreadable", "date must be a day such as 2026-05-31"));
			}
		}
		return new JournalRequest(blankToNull(this.kind), day, blankToNull(this.where),
				number("intensity", this.intensity, errors), blankToNull(this.setting), this.context,
				blankToNull(this.trigger), number("minutes", this.minutes, errors), this.avoiding,
				this.newOrWorseSymptoms, this.note);
	}

	private static Integer number(String field, String text, List<FieldError> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			errors.add(new FieldError(field, "unreadable", field + " must be a whole number"));
			return null;
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
