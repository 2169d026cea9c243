package org.realign.app.api;

import java.util.List;
import java.util.Map;

import org.realign.core.feedback.FieldError;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The API's answer to an {@link InvalidRequest}: 400 with {@code {"errors": [{"field",
 * "code", "message"}]}}, the same shape as an invalid session log. Only
 * {@link InvalidRequest} is handled here, so the advice applies to every controller.
 */
@RestControllerAdvice
public class ApiErrors {

	@ExceptionHandler(InvalidRequest.class)
	public ResponseEntity<Map<String, Object>> invalid(InvalidRequest ex) {
		return badRequest(ex.errors());
	}

	public static ResponseEntity<Map<String, Object>> badRequest(List<FieldError> errors) {
		return ResponseEntity.badRequest().body(Map.of("errors", errors.stream().map(ApiErrors::error).toList()));
	}

	private static Map<String, String> error(FieldError error) {
		return Map.of("field", error.field(), "code", error.code(), "message", error.message());
	}

}
