package org.realign.app.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The shape of every refused {@code /api} request, for the OpenAPI description:
 * {@code application/problem+json} (RFC 9457) with an {@code errors} list. Answers are
 * built by {@link ApiErrors}; this record only describes them.
 *
 * @param type RFC 9457 problem type, {@code about:blank}
 * @param title e.g. "Invalid request", "Conflict"
 * @param status the HTTP status
 * @param detail the one problem, or how many fields cannot be used
 * @param instance the request path
 * @param errors one entry per offending field
 */
@Schema(name = "Problem", description = "A refused request (RFC 9457 problem details) with every problem named")
public record ApiProblem(String type, String title, int status, String detail, String instance,
		List<FieldProblem> errors) {

	/**
	 * One problem.
	 *
	 * @param field the field (or header, or record) it is about
	 * @param code a stable id such as {@code required}, {@code out-of-range},
	 * {@code already-cleared}
	 * @param message what is wrong, in plain words
	 */
	@Schema(name = "FieldProblem")
	public record FieldProblem(String field, String code, String message) {
	}

	/** The media type of every refusal. */
	public static final String MEDIA_TYPE = "application/problem+json";

}
