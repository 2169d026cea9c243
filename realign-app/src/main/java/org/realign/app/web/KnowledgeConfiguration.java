package org.realign.app.web;

import java.util.List;

import org.realign.core.assessment.Assessor;
import org.realign.core.knowledge.KnowledgeBase;
import org.realign.core.knowledge.KnowledgeBaseLoader;
import org.realign.core.knowledge.KnowledgeBaseValidator;
import org.realign.core.knowledge.Problem;
import org.realign.core.program.Advisor;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads and validates the knowledge base at startup: the app refuses to start on a broken
 * knowledge base and lists every problem.
 */
@Configuration(proxyBeanMethods = false)
class KnowledgeConfiguration {

	@Bean
	KnowledgeBase knowledgeBase() {
		return checked(KnowledgeBaseLoader.load());
	}

	/** The measurement catalogue and finding rules, loaded once for the whole app. */
	@Bean
	Assessor assessor() {
		return Assessor.shipped();
	}

	@Bean
	Advisor advisor(KnowledgeBase knowledgeBase) {
		return new Advisor(knowledgeBase);
	}

	static KnowledgeBase checked(KnowledgeBase knowledgeBase) {
		List<Problem> problems = new KnowledgeBaseValidator().validate(knowledgeBase);
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Refusing to start: " + KnowledgeBaseValidator.report(problems));
		}
		return knowledgeBase;
	}

}
