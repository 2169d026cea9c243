package org.realign.app.feedback;

import java.util.List;

import org.realign.core.feedback.FieldError;

/**
 * A request the feedback API refuses, with every offending field named; answered as 400
 * by {@link FeedbackErrors}. Nothing has been stored when it is thrown.
 */
final class InvalidRequest extends RuntimeException {

	private final List<FieldError> errors;

	InvalidRequest(List<FieldError> errors) {
		super(errors.toString());
		this.errors = List.copyOf(errors);
	}

	static InvalidRequest of(String field, String code, String message) {
		return new InvalidRequest(List.of(new FieldError(field, code, message)));
	}

	List<FieldError> errors() {
		return this.errors;
	}

}
