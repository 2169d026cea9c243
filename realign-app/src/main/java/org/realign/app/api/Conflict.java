package org.realign.app.api;

import java.util.List;

import org.realign.core.feedback.FieldError;

/**
 * A request that cannot be carried out in the record's present state (a spasm episode
 * cleared before, a proposal already decided, no menu published yet); answered as 409
 * problem+json by {@link ApiErrors}, with what stands in the way named in plain words.
 * Nothing has been stored when it is thrown.
 */
public final class Conflict extends RuntimeException {

	private final List<FieldError> errors;

	public Conflict(List<FieldError> errors) {
		super(errors.toString());
		this.errors = List.copyOf(errors);
	}

	/**
	 * @param field what the conflict is about, e.g. {@code episodeId}
	 * @param code a stable id, e.g. {@code already-cleared}
	 * @param message what stands in the way, in the user's words
	 */
	public static Conflict of(String field, String code, String message) {
		return new Conflict(List.of(new FieldError(field, code, message)));
	}

	public List<FieldError> errors() {
		return this.errors;
	}

}
