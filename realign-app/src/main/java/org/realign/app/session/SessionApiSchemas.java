package org.realign.app.session;

import java.util.List;

import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of a session's feedback: each exercise's {@code feedback} list
 * holds cramps, pains and spasms told apart by their {@code type}. The core's types carry
 * no JSON annotations (the API's mapper takes the type names from a mix-in,
 * {@code FeedbackJson.FeedbackMixIn}), so springdoc sees the three kinds but not the
 * property that names them; it is added here, with the mapping to each kind's schema.
 */
@Configuration(proxyBeanMethods = false)
class SessionApiSchemas {

	private static final String SCHEMAS = "#/components/schemas/";

	@Bean
	OpenApiCustomizer feedbackType() {
		return (openApi) -> {
			if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
				return;
			}
			Schema<?> feedback = openApi.getComponents().getSchemas().get("Feedback");
			if (feedback == null) {
				return;
			}
			feedback.type("object");
			feedback.addProperty("type", new StringSchema()._enum(List.of("cramp", "pain", "spasm"))
				.description("The kind of feedback: a cramp, a pain or a spasm"));
			feedback.addRequiredItem("type");
			feedback.discriminator(new Discriminator().propertyName("type")
				.mapping("cramp", SCHEMAS + "CrampReport")
				.mapping("pain", SCHEMAS + "PainReport")
				.mapping("spasm", SCHEMAS + "SpasmReport"));
		};
	}

}
