package org.realign.app.api;

import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.realign.core.feedback.FieldError;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

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

	/**
	 * The refusals every operation can meet, each as {@code application/problem+json}
	 * ({@link ApiProblem}): 401 without a sign-in; 403 for a write (the account may not,
	 * or the form's CSRF token is missing; a read that refuses some accounts declares its
	 * 403 itself); 404 for a record outside the caller's reach; 400 for a parameter or
	 * body that cannot be used; 413 and 415 for a body too large or not JSON. A status an
	 * operation declares itself keeps its description and gets the problem content.
	 */
	@Bean
	GlobalOpenApiCustomizer refusalsAsProblems() {
		return (openApi) -> {
			Map<String, Schema> problemSchemas = ModelConverters.getInstance()
				.readAll(new AnnotatedType(ApiProblem.class));
			if (openApi.getComponents() == null) {
				openApi.components(new Components());
			}
			problemSchemas.forEach(openApi.getComponents()::addSchemas);
			if (openApi.getPaths() == null) {
				return;
			}
			openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
				boolean write = !method.name().equals("GET");
				boolean hasBody = operation.getRequestBody() != null;
				boolean hasParameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
				Map<Integer, Boolean> refusals = new TreeMap<>();
				refusals.put(401, true);
				// Any write with a session may lack its CSRF token; a read is refused
				// only where the operation says so (practitioners only).
				refusals.put(403, write);
				refusals.put(404, path.contains("{"));
				refusals.put(400, hasBody || hasParameters);
				refusals.put(413, hasBody);
				refusals.put(415, hasBody);
				if (operation.getResponses() == null) {
					operation.responses(new ApiResponses());
				}
				refusals.forEach((status, applies) -> {
					if (applies && !operation.getResponses().containsKey(String.valueOf(status))) {
						operation.getResponses()
							.addApiResponse(String.valueOf(status),
									new ApiResponse().description(ApiProblem.forStatus(status).message()));
					}
				});
				operation.getResponses().forEach((status, response) -> {
					if (status.startsWith("4") || status.startsWith("5")) {
						response.content(problemContent());
						if (response.getDescription() == null || response.getDescription().isBlank()) {
							FieldError generic = ApiProblem.forStatus(Integer.parseInt(status));
							response.description(generic.message());
						}
					}
				});
				sortResponses(operation);
			}));
		};
	}

	private static Content problemContent() {
		return new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")));
	}

	private static void sortResponses(Operation operation) {
		ApiResponses sorted = new ApiResponses();
		new TreeMap<>(operation.getResponses()).forEach(sorted::addApiResponse);
		operation.responses(sorted);
	}

}
