package org.realign.app.web;

import org.realign.core.json.JsonLimits;

import org.springframework.boot.jackson.autoconfigure.JsonFactoryBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The JSON limits of {@link JsonLimits} (nesting depth, string and document length) for
 * the mapper Spring builds for request bodies too, not only for the mappers Realign
 * builds itself: 100000 nested arrays are refused by the parser with a named problem
 * instead of being walked.
 */
@Configuration(proxyBeanMethods = false)
class JsonReadLimits {

	@Bean
	JsonFactoryBuilderCustomizer realignJsonReadLimits() {
		return (factory) -> factory.streamReadConstraints(JsonLimits.constraints());
	}

}
