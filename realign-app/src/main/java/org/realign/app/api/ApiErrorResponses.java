package org.realign.app.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.realign.core.feedback.FieldError;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refusals under {@code /api} that never reach a controller (not signed in, a CSRF token
 * missing, a path that does not exist, a method the path does not take) and failures that
 * escape one, answered in the one shape of the API ({@link ApiProblem}) instead of the
 * servlet container's error page. It runs first, outside the security chain: every
 * {@code sendError} below it becomes {@code application/problem+json} with an
 * {@code errors} list, and no stack trace or Java name leaves the server.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiErrorResponses extends OncePerRequestFilter {

	private static final Log logger = LogFactory.getLog(ApiErrorResponses.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !isApi(request);
	}

	static boolean isApi(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals("/api") || path.startsWith("/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ProblemOnError answer = new ProblemOnError(request, response);
		try {
			chain.doFilter(request, answer);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (response.isCommitted()) {
				throw ex;
			}
			logger.error("API request failed: " + request.getMethod() + " " + request.getRequestURI(), ex);
			response.resetBuffer();
			write(request, response, 500, List.of(ApiProblem.forStatus(500)));
		}
	}

	/**
	 * Writes the problem answer; a message given with the status (the request body limit
	 * names its size) is kept when it carries no Java names.
	 */
	static void write(HttpServletRequest request, HttpServletResponse response, int status, List<FieldError> errors)
			throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(JSON.writeValueAsString(ApiProblem.body(status, request.getRequestURI(), errors)));
		response.flushBuffer();
	}

	/** The response, with {@code sendError} answered as a problem. */
	private static final class ProblemOnError extends HttpServletResponseWrapper {

		private final HttpServletRequest request;

		ProblemOnError(HttpServletRequest request, HttpServletResponse response) {
			super(response);
			this.request = request;
		}

		@Override
		public void sendError(int status) throws IOException {
			sendError(status, null);
		}

		@Override
		public void sendError(int status, String message) throws IOException {
			if (isCommitted()) {
				super.sendError(status, message);
				return;
			}
			resetBuffer();
			FieldError error = ApiProblem.forStatus(status);
			if (status == 413 && message != null) {
				error = new FieldError(error.field(), error.code(), message);
			}
			write(this.request, (HttpServletResponse) getResponse(), status, List.of(error));
		}

	}

}
