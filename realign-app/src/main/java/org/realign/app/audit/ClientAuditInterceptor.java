package org.realign.app.audit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Records every request to a client's record, pages and API alike, with its outcome: one
 * place, so that no new endpoint can forget it. Refused requests are recorded too; they
 * are what an audit is for.
 */
@Component
class ClientAuditInterceptor implements HandlerInterceptor {

	private static final Logger log = LoggerFactory.getLogger(ClientAuditInterceptor.class);

	private static final Pattern CLIENT_PATH = Pattern.compile("^/(?:api/)?clients/(\\d+)(?:/.*)?$");

	private final AuditLog audit;

	ClientAuditInterceptor(AuditLog audit) {
		this.audit = audit;
	}

	/**
	 * The status the caller gets. An exception still on its way out has not set it yet:
	 * Spring Security turns an access refusal into 403 after this interceptor has run.
	 */
	private static int statusOf(HttpServletResponse response, Exception ex) {
		if (ex instanceof AccessDeniedException) {
			return HttpServletResponse.SC_FORBIDDEN;
		}
		return ex != null && response.getStatus() < 400 ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR
				: response.getStatus();
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		Matcher client = CLIENT_PATH.matcher(request.getRequestURI());
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		if (!client.matches() || who == null || !who.isAuthenticated()) {
			return;
		}
		try {
			int status = statusOf(response, ex);
			this.audit.record(who.getName(), Long.parseLong(client.group(1)), request.getMethod(),
					request.getRequestURI(), status);
		}
		catch (RuntimeException failure) {
			// The request has been answered; a failing audit write must be seen, not
			// swallowed silently.
			log.error("Could not write the audit event for {} {}", request.getMethod(), request.getRequestURI(),
					failure);
		}
	}

}
