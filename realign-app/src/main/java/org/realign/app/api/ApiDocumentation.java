package org.realign.app.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description's own part: the product's title, and how a caller signs in,
 * either with the browser's session cookie or with a personal access token
 * ({@code /account/tokens}) as a bearer token.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static final String SESSION = "session";

	static final String TOKEN = "accessToken";

	@Bean
	OpenAPI realignOpenApi() {
		String version = ApiDocumentation.class.getPackage().getImplementationVersion();
		return new OpenAPI()
			.info(new Info().title("Realign API")
				.version(version != null ? version : "development build")
				.description("Postural alignment therapy: clients, assessments, menus, sessions with cramp, pain "
						+ "and spasm feedback, outcomes, journal, export. Errors are application/problem+json "
						+ "(RFC 9457).")
				.license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")))
			.components(new Components()
				.addSecuritySchemes(SESSION,
						new SecurityScheme().type(SecurityScheme.Type.APIKEY)
							.in(SecurityScheme.In.COOKIE)
							.name("JSESSIONID")
							.description("The session of a signed-in browser (pages' scripts); "
									+ "state-changing calls also need the X-CSRF-TOKEN header from the page."))
				.addSecuritySchemes(TOKEN, new SecurityScheme().type(SecurityScheme.Type.HTTP)
					.scheme("bearer")
					.bearerFormat("rlgn_ personal access token")
					.description("A practitioner's personal access token, created and revoked at /account/tokens "
							+ "and shown once. It acts as that practitioner within their practice only; "
							+ "a revoked token, or one whose owner was deactivated, gets 401.")))
			.addSecurityItem(new SecurityRequirement().addList(SESSION))
			.addSecurityItem(new SecurityRequirement().addList(TOKEN));
	}

}
