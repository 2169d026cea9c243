package org.realign.core.feedback;

import java.util.Objects;

/**
 * A validation error that names the field, in a path a form or a JSON body can point at,
 * e.g. {@code entries[0].feedback[1].intensity}.
 *
 * @param field the path of the offending field
 * @param code a stable machine code, e.g. {@code out-of-range}
 * @param message a readable explanation
 */
public record FieldError(String field, String code, String message) {

	public FieldError {
		Objects.requireNonNull(field, "field");
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(message, "message");
	}

}
