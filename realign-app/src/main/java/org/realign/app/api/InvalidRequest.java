package org.realign.app.api;

import java.util.List;

import org.realign.core.feedback.FieldError;

/**
 * A request the feedback API refuses, with every offending field named; answered as 400
 * by {@link ApiErrors}. Nothing has been stored when it is thrown.
 */
public final class InvalidRequest extends RuntimeException {

	private final List<FieldError> errors;

	public InvalidRequest(List<FieldError> errors) {
		super(errors.toString());
		this.errors = List.copyOf(errors);
	}

	public static InvalidRequest of(String field, String code, String message) {
		return new InvalidRequest(List.of(new FieldError(field, code, message)));
	}

	/**
	 * The same refusal for a part read on its own that the caller sent inside
	 * {@code prefix} (a correction's {@code session}), so the field is named as sent.
	 */
	public InvalidRequest within(String prefix) {
		return new InvalidRequest(this.errors.stream().map((error) -> {
			String field = error.field().equals("body") ? prefix : prefix + "." + error.field();
			String message = error.field().equals("body") ? error.message()
					: error.message().replace(error.field(), field);
			return new FieldError(field, error.code(), message);
		}).toList());
	}

	public List<FieldError> errors() {
		return this.errors;
	}

}
