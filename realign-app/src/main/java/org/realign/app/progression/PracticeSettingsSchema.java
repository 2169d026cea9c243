package org.realign.app.progression;

import java.math.BigDecimal;

import io.swagger.v3.oas.models.media.Schema;
import org.realign.core.feedback.PracticeSettings;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The practice settings' ranges in the OpenAPI description, from the same
 * {@link PracticeSettings#LIMITS} the API and the settings page check, so that an
 * integration sees each setting's minimum and maximum before it is refused.
 */
@Configuration(proxyBeanMethods = false)
class PracticeSettingsSchema {

	@Bean
	GlobalOpenApiCustomizer practiceSettingsLimits() {
		return (openApi) -> {
			if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
				return;
			}
			Schema<?> settings = openApi.getComponents().getSchemas().get(PracticeSettings.class.getSimpleName());
			if (settings == null || settings.getProperties() == null) {
				return;
			}
			for (PracticeSettings.Limit limit : PracticeSettings.LIMITS) {
				Schema<?> property = settings.getProperties().get(limit.name());
				if (property != null) {
					property.minimum(BigDecimal.valueOf(limit.min())).maximum(BigDecimal.valueOf(limit.max()));
				}
			}
		};
	}

}
