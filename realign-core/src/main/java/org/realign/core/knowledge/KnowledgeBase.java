package org.realign.core.knowledge;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.realign.core.source.SourceCatalog;

/**
 * The whole knowledge base: muscles, hypothesis rules, exercises, starter menus and the
 * sources they cite. Load it with {@link KnowledgeBaseLoader#load()} and check it with
 * {@link KnowledgeBaseValidator}.
 */
public record KnowledgeBase(List<Muscle> muscles, List<HypothesisRule> rules, ExerciseCatalog exercises,
		List<StarterMenu> starterMenus, SourceCatalog sources) {

	public KnowledgeBase {
		muscles = List.copyOf(muscles);
		rules = List.copyOf(rules);
		Objects.requireNonNull(exercises, "exercises");
		starterMenus = List.copyOf(starterMenus);
		Objects.requireNonNull(sources, "sources");
	}

	public Optional<Muscle> muscle(String id) {
		return this.muscles.stream().filter((m) -> m.id().equals(id)).findFirst();
	}

	public Optional<StarterMenu> starterMenu(String id) {
		return this.starterMenus.stream().filter((m) -> m.id().equals(id)).findFirst();
	}

}
