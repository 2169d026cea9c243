package org.realign.app.api;

import org.realign.core.prescription.DoseJson;
import tools.jackson.databind.JacksonModule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The JSON the API answers with: a dose in its one form (the knowledge base's,
 * {@link DoseJson}), as the stored menus and proposals hold it.
 */
@Configuration(proxyBeanMethods = false)
class ApiJson {

	@Bean
	JacksonModule doseJson() {
		return DoseJson.module();
	}

}
