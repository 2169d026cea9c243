package org.realign.app.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.realign.core.knowledge.ExerciseCatalog;
import org.realign.core.knowledge.KnowledgeBase;
import org.realign.core.knowledge.KnowledgeBaseLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class KnowledgeConfigurationTest {

	@Test
	void knowledgeBase_shipped_loadsAndPassesValidation() {
		assertThat(new KnowledgeConfiguration().knowledgeBase().exercises().size()).isGreaterThanOrEqualTo(40);
	}

	@Test
	void checked_brokenKnowledgeBase_refusesToStartListingTheProblems() {
		KnowledgeBase shipped = KnowledgeBaseLoader.load();
		KnowledgeBase noExercises = new KnowledgeBase(shipped.muscles(), shipped.rules(),
				new ExerciseCatalog(List.of()), shipped.starterMenus(), shipped.sources());
		assertThatIllegalStateException().isThrownBy(() -> KnowledgeConfiguration.checked(noExercises))
			.withMessageStartingWith("Refusing to start: ")
			.withMessageContaining("[unaddressed-muscle] muscles.json iliopsoas")
			.withMessageContaining("[unknown-id] starter-menus.json after-back-spasm");
	}

}
