package org.realign.app.feedback;

import java.util.List;
import java.util.Map;

import org.realign.core.feedback.FieldError;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The feedback API's answer to invalid input: 400 with {@code {"errors": [{"field",
 * "code", "message"}]}}, the same shape as an invalid session log.
 */
@RestControllerAdvice(basePackageClasses = FeedbackErrors.class)
class FeedbackErrors {

	@ExceptionHandler(InvalidRequest.class)
	ResponseEntity<Map<String, Object>> invalid(InvalidRequest ex) {
		return badRequest(ex.errors());
	}

	static ResponseEntity<Map<String, Object>> badRequest(List<FieldError> errors) {
		return ResponseEntity.badRequest().body(Map.of("errors", errors.stream().map(FeedbackErrors::error).toList()));
	}

	private static Map<String, String> error(FieldError error) {
		return Map.of("field", error.field(), "code", error.code(), "message", error.message());
	}

}
