package org.realign.app.practice;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the installation has no practice, there is nobody to sign in: the sign-in page
 * leads to the setup page instead.
 */
@Component
class FirstRunRedirect extends OncePerRequestFilter {

	private final InstallationSetup setup;

	FirstRunRedirect(InstallationSetup setup) {
		this.setup = setup;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) || !"/login".equals(request.getRequestURI());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.setup.installed()) {
			chain.doFilter(request, response);
		}
		else {
			response.sendRedirect(request.getContextPath() + "/setup");
		}
	}

}
