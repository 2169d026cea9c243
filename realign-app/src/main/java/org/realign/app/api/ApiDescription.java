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
 * the page's CSRF token in the {@code X-CSRF-TOKEN} header for writes.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

	static final String SESSION_COOKIE = "session";

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
			.components(new Components().addSecuritySchemes(SESSION_COOKIE,
					new SecurityScheme().type(SecurityScheme.Type.APIKEY)
						.in(SecurityScheme.In.COOKIE)
						.name("JSESSIONID")
						.description("The session of the sign-in form (POST /login); writes also send the "
								+ "page's CSRF token in the X-CSRF-TOKEN header")))
			.addSecurityItem(new SecurityRequirement().addList(SESSION_COOKIE));
	}

}
