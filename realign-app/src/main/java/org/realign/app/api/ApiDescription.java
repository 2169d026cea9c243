package org.realign.app.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description's own part ({@code /api/openapi}): the product's title and
 * version, and how a caller is signed in: the session cookie of the sign-in form, with
 * the page's CSRF token in the {@code X-CSRF-TOKEN} header for writes, or a personal
 * access token as a bearer token.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

	static final String SESSION_COOKIE = "session";

	/** Personal access tokens (org.realign.app.identity.ApiTokens). */
	static final String ACCESS_TOKEN = "accessToken";

	@Bean
	OpenAPI realignOpenApi(@Value("${realign.version:unknown}") String version) {
		return new OpenAPI()
			.info(new Info().title("Realign API")
				.version(version)
				.description("Postural alignment therapy: clients, assessments, menus, session logs with the "
						+ "progression rules' verdict, safety, outcomes, journal, progress, export and erasure. "
						+ "A refused request answers application/problem+json (RFC 9457) with an errors list "
						+ "of {field, code, message}.")
				.license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")))
			.components(new Components()
				.addSecuritySchemes(SESSION_COOKIE,
						new SecurityScheme().type(SecurityScheme.Type.APIKEY)
							.in(SecurityScheme.In.COOKIE)
							.name("JSESSIONID")
							.description("The session of the sign-in form (POST /login); writes also send the "
									+ "page's CSRF token in the X-CSRF-TOKEN header"))
				.addSecuritySchemes(ACCESS_TOKEN, new SecurityScheme().type(SecurityScheme.Type.HTTP)
					.scheme("bearer")
					.bearerFormat("rlgn_ personal access token")
					.description("A practitioner's personal access token, created and revoked at /account/tokens "
							+ "and shown once. It acts as that practitioner within their practice only, without "
							+ "a session or CSRF token; a revoked token, or one whose owner was deactivated, "
							+ "gets 401.")))
			.addSecurityItem(new SecurityRequirement().addList(SESSION_COOKIE))
			.addSecurityItem(new SecurityRequirement().addList(ACCESS_TOKEN));
	}

}
