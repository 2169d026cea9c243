package org.realign.app.api;

import java.util.List;
import java.util.Map;

import org.realign.core.feedback.FieldError;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The API's answer to a refused request: {@code application/problem+json} (RFC 9457) with
 * an {@code errors} list of {@code {"field", "code", "message"}}, one per offending
 * field, the same shape for an {@link InvalidRequest} and an invalid session log. Only
 * {@link InvalidRequest} is handled here, so the advice applies to every controller.
 */
@RestControllerAdvice
public class ApiErrors {

	@ExceptionHandler(InvalidRequest.class)
	public ResponseEntity<ProblemDetail> invalid(InvalidRequest ex) {
		return badRequest(ex.errors());
	}

	@ExceptionHandler(Conflict.class)
	public ResponseEntity<ProblemDetail> conflict(Conflict ex) {
		return problem(HttpStatus.CONFLICT, "Conflict", ex.errors());
	}

	/** 400: the request names fields that cannot be used; nothing was stored. */
	public static ResponseEntity<ProblemDetail> badRequest(List<FieldError> errors) {
		return problem(HttpStatus.BAD_REQUEST, "Invalid request", errors);
	}

	/** A problem answer with the given status and one entry per field. */
	public static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, List<FieldError> errors) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle(title);
		problem.setDetail(errors.size() == 1 ? errors.get(0).message() : errors.size() + " fields cannot be used: "
				+ String.join(", ", errors.stream().map(FieldError::field).distinct().toList()));
		problem.setProperty("errors", errors.stream().map(ApiErrors::error).toList());
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static Map<String, String> error(FieldError error) {
		return Map.of("field", error.field(), "code", error.code(), "message", error.message());
	}

}
