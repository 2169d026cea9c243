package org.realign.app.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.realign.core.feedback.FieldError;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * The one shape of every refusal under {@code /api}: {@code application/problem+json}
 * (RFC 9457) with an {@code errors} list of {@code {"field", "code", "message"}}. The
 * record is what the OpenAPI description shows; {@link #body} builds the same shape for
 * answers written outside Spring MVC (filters, the security chain).
 *
 * @param type always {@code about:blank}: the status says what kind of problem it is
 * @param title the status in words
 * @param status the HTTP status code
 * @param detail the problem, in the caller's words
 * @param instance the path that was requested
 * @param errors one entry per offending field, or one naming the part of the request
 * (authorization, path, body, Content-Type) that was refused
 */
@Schema(name = "Problem", description = "A refused request (RFC 9457 problem details); nothing was stored.")
public record ApiProblem(@Schema(example = "about:blank") String type, @Schema(example = "Bad Request") String title,
		@Schema(example = "400") int status, @Schema(example = "date: expected a date (YYYY-MM-DD)") String detail,
		@Schema(example = "/api/clients/7/outcomes") String instance, @ArraySchema(minItems = 1) List<Error> errors) {

	/**
	 * @param field the field (a dotted path into the body, a parameter, or the part of
	 * the request: {@code authorization}, {@code path}, {@code body},
	 * {@code Content-Type})
	 * @param code a stable code for programs: {@code required}, {@code invalid},
	 * {@code unknown-field}, {@code unreadable}, {@code not-found}, ...
	 * @param message the problem in the caller's words
	 */
	@Schema(name = "ProblemError")
	public record Error(@Schema(example = "date") String field, @Schema(example = "unreadable") String code,
			@Schema(example = "cannot read date: expected a date (YYYY-MM-DD)") String message) {
	}

	/**
	 * What a refusal with only a status (from the security chain or the servlet
	 * container) says, in the caller's words: the field it concerns, a code and a
	 * message.
	 */
	public static FieldError forStatus(int status) {
		return switch (status) {
			case 400 -> new FieldError("request", "invalid", "the request cannot be used as sent");
			case 401 -> new FieldError("authorization", "unauthenticated",
					"sign in first: the session of the sign-in form, or a personal access token as a bearer token");
			case 403 -> new FieldError("authorization", "forbidden",
					"not allowed for this account, or the form's CSRF token is missing or out of date");
			case 404 -> new FieldError("path", "not-found", "no such record here, or not one this account may reach");
			case 405 -> new FieldError("method", "method-not-allowed", "this address does not take that method");
			case 406 -> new FieldError("Accept", "not-acceptable", "the answer is JSON; ask for application/json");
			case 409 -> new FieldError("request", "conflict", "the record is not in a state that allows this");
			case 413 -> new FieldError("body", "too-large", "the request body is larger than the limit");
			case 415 -> new FieldError("Content-Type", "unsupported-media-type", "send the body as application/json");
			case 429 -> new FieldError("request", "too-many-requests", "too many requests; try again later");
			case 503 -> new FieldError("request", "unavailable", "the server is busy; try again later");
			default -> (status >= 500) ? new FieldError("request", "server-error",
					"the server could not complete the request; try again, and tell the practice if it persists")
					: new FieldError("request", "refused", "the request was refused");
		};
	}

	/** The problem as a JSON object, for answers written outside Spring MVC. */
	public static Map<String, Object> body(int status, String instance, List<FieldError> errors) {
		HttpStatus known = HttpStatus.resolve(status);
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", (known != null) ? known.getReasonPhrase() : "Error");
		problem.put("status", status);
		problem.put("detail", detail(errors));
		problem.put("instance", instance);
		problem.put("errors", errors.stream().map(ApiProblem::entry).toList());
		return problem;
	}

	static String detail(List<FieldError> errors) {
		return errors.size() == 1 ? errors.get(0).message() : errors.size() + " fields cannot be used: "
				+ String.join(", ", errors.stream().map(FieldError::field).distinct().toList());
	}

	static Map<String, String> entry(FieldError error) {
		Map<String, String> entry = new LinkedHashMap<>();
		entry.put("field", error.field());
		entry.put("code", error.code());
		entry.put("message", error.message());
		return entry;
	}

	static String title(HttpStatusCode status) {
		HttpStatus known = HttpStatus.resolve(status.value());
		return (known != null) ? known.getReasonPhrase() : "Error";
	}

}
