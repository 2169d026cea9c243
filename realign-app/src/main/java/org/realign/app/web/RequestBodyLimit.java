package org.realign.app.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds every request body that is not a photo upload: a JSON body or form larger than
 * {@code realign.limits.request-body} (1 MB) is answered 413 before anyone reads it, so
 * that a hostile client cannot make the app hold a gigabyte of JSON in a string. Bodies
 * sent without a length (chunked) are read up to the limit and refused past it. Photo
 * uploads have their own, larger limits (spring.servlet.multipart). Runs before the
 * security chain, so that anonymous requests are bounded too.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10)
public class RequestBodyLimit extends OncePerRequestFilter {

	private static final JsonMapper PROBLEM = JsonMapper.builder().build();

	private final long limit;

	RequestBodyLimit(@Value("${realign.limits.request-body:1MB}") DataSize limit) {
		this.limit = limit.toBytes();
	}

	public long limit() {
		return this.limit;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		if (length > this.limit) {
			refuse(request, response);
			return;
		}
		boolean form = request.getContentType() != null
				&& request.getContentType().toLowerCase(Locale.ROOT).startsWith("application/x-www-form");
		if (length >= 0 || form || request.getHeader("Transfer-Encoding") == null) {
			// Known length within the limit; forms are parsed by the server under its
			// own form-size limit.
			chain.doFilter(request, response);
			return;
		}
		byte[] body = readAtMost(request.getInputStream(), this.limit + 1);
		if (body.length > this.limit) {
			refuse(request, response);
			return;
		}
		chain.doFilter(new BufferedBody(request, body), response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String message = "the request body is larger than the limit of " + DataSize.ofBytes(this.limit).toKilobytes()
				+ " KB";
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			Map<String, Object> problem = new LinkedHashMap<>();
			problem.put("type", "about:blank");
			problem.put("title", "Content Too Large");
			problem.put("status", HttpStatus.CONTENT_TOO_LARGE.value());
			problem.put("detail", message);
			problem.put("errors", List.of(Map.of("field", "body", "code", "too-large", "message", message)));
			response.getWriter().write(PROBLEM.writeValueAsString(problem));
			return;
		}
		response.sendError(HttpStatus.CONTENT_TOO_LARGE.value(), message);
	}

	private static byte[] readAtMost(InputStream in, long max) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		int read;
		while (out.size() < max && (read = in.read(buffer, 0, (int) Math.min(buffer.length, max - out.size()))) != -1) {
			out.write(buffer, 0, read);
		}
		return out.toByteArray();
	}

	/** The request with its body already read, within the limit. */
	private static final class BufferedBody extends HttpServletRequestWrapper {

		private final byte[] body;

		BufferedBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("the body has been read already");
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			String encoding = getCharacterEncoding() != null ? getCharacterEncoding() : StandardCharsets.UTF_8.name();
			return new BufferedReader(new InputStreamReader(getInputStream(), Charset.forName(encoding)));
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

	}

}
