package org.realign.app.api;

import java.net.URI;
import java.util.List;

import org.realign.core.feedback.FieldError;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The API's answer to a refused request: {@code application/problem+json} (RFC 9457) with
 * an {@code errors} list of {@code {"field", "code", "message"}} ({@link ApiProblem}),
 * one per offending field: for an {@link InvalidRequest}, for a
 * {@link ResponseStatusException} (a record not found, a conflict), and for what Spring
 * MVC itself refuses (a path variable of the wrong kind, a body that is not JSON, a
 * missing parameter). Refusals outside the controllers (sign-in, CSRF, unknown paths) get
 * the same shape from {@link ApiErrorResponses}. Only JSON controllers are advised: a
 * page shows its refusals as pages.
 */
@RestControllerAdvice(annotations = RestController.class)
public class ApiErrors extends ResponseEntityExceptionHandler {

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
		problem.setDetail(ApiProblem.detail(errors));
		problem.setProperty("errors", errors.stream().map(ApiProblem::entry).toList());
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/**
	 * Spring MVC's own refusals and every {@link ErrorResponse} (a
	 * {@link ResponseStatusException} among them), with the {@code errors} list added and
	 * the detail in the caller's words.
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		FieldError error = error(ex, statusCode);
		ProblemDetail problem = ProblemDetail.forStatus(statusCode);
		problem.setTitle(ApiProblem.title(statusCode));
		problem.setDetail(error.message());
		if (request instanceof ServletWebRequest servlet) {
			problem.setInstance(URI.create(servlet.getRequest().getRequestURI()));
		}
		problem.setProperty("errors", List.of(ApiProblem.entry(error)));
		HttpHeaders answerHeaders = new HttpHeaders();
		answerHeaders.addAll(headers);
		answerHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		return ResponseEntity.status(statusCode).headers(answerHeaders).body(problem);
	}

	/** The refused part of the request, named without the Java types behind it. */
	private static FieldError error(Exception ex, HttpStatusCode status) {
		if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
			return new FieldError(mismatch.getName(), "invalid",
					mismatch.getName() + ": " + FeedbackJson.expectedKind(mismatch.getRequiredType()) + " expected");
		}
		if (ex instanceof MissingServletRequestParameterException missing) {
			return new FieldError(missing.getParameterName(), "required", missing.getParameterName() + " is required");
		}
		if (ex instanceof HttpMediaTypeNotSupportedException) {
			return ApiProblem.forStatus(415);
		}
		if (ex instanceof ResponseStatusException statusException && statusException.getReason() != null) {
			FieldError generic = ApiProblem.forStatus(status.value());
			return new FieldError(generic.field(), generic.code(), statusException.getReason());
		}
		if (ex instanceof HttpMessageNotReadableException) {
			return new FieldError("body", "unreadable", "the request body is not readable JSON");
		}
		return ApiProblem.forStatus(status.value());
	}

}
