package org.realign.app.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.realign.app.identity.PracticeDirectory.Account;

import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer rlgn_...} on an {@code /api} request signs that one
 * request in as the token's practitioner: no session is made, no cookie is set. A token
 * that is not (or no longer) valid is refused with 401 and a problem detail, never
 * treated as anonymous. Placed in the security chain by SystemConfiguration; requests
 * with a bearer token need no CSRF token, since a browser never adds that header on its
 * own.
 */
public class ApiTokenAuthentication extends OncePerRequestFilter {

	private final ApiTokens tokens;

	public ApiTokenAuthentication(ApiTokens tokens) {
		this.tokens = tokens;
	}

	/** Whether the request presents a bearer token (the CSRF exemption asks too). */
	public static boolean presentsToken(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !presentsToken(request) || !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String token = request.getHeader("Authorization").substring(7).strip();
		Optional<Account> account = this.tokens.authenticate(token);
		if (account.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter()
				.write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
						+ "\"detail\":\"The access token is not valid: it may have been revoked, or its owner's login deactivated.\","
						+ "\"errors\":[{\"field\":\"Authorization\",\"code\":\"invalid_token\","
						+ "\"message\":\"The access token is not valid.\"}]}");
			return;
		}
		UserDetails user = User.withUsername(account.get().username())
			.password("")
			.authorities(new SimpleGrantedAuthority("ROLE_" + account.get().role().name()))
			.build();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
