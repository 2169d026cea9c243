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

	public List<FieldError> errors() {
		return this.errors;
	}

}
