package org.realign.app.api;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The API reads JSON only: a body sent as anything else (a form, text, a file) answers
 * 415 naming the type to send, instead of being read as a string and refused as
 * unreadable. The endpoints read their bodies as text themselves (so that a wrong field
 * is named), which would otherwise take any content type. Checked after sign-in, as a
 * handler interceptor, so a caller who is not signed in still gets 401 first.
 */
@Configuration(proxyBeanMethods = false)
class JsonBodiesOnly implements WebMvcConfigurer, HandlerInterceptor {

	private static final List<MediaType> JSON = List.of(MediaType.APPLICATION_JSON);

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/api/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws HttpMediaTypeNotSupportedException {
		boolean hasBody = request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
		if (!hasBody || request.getMethod().equals("GET")) {
			return true;
		}
		String contentType = request.getContentType();
		try {
			MediaType type = (contentType == null) ? null : MediaType.parseMediaType(contentType);
			if (type != null && (MediaType.APPLICATION_JSON.isCompatibleWith(type)
					|| (type.getType().equals("application") && type.getSubtype().endsWith("+json")))) {
				return true;
			}
			throw new HttpMediaTypeNotSupportedException(type, JSON, HttpMethod.valueOf(request.getMethod()));
		}
		catch (InvalidMediaTypeException ex) {
			throw new HttpMediaTypeNotSupportedException(contentType);
		}
	}

}
