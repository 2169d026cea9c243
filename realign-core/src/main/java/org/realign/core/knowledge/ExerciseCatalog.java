package org.realign.core.knowledge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The exercise catalogue, in file order, by id. */
public final class ExerciseCatalog {

	private final Map<String, Exercise> byId = new LinkedHashMap<>();

	private final List<Exercise> declared;

	public ExerciseCatalog(List<Exercise> exercises) {
		this.declared = List.copyOf(exercises);
		for (Exercise exercise : exercises) {
			// keep the first of a duplicate id; the validator reports the duplicate
			this.byId.putIfAbsent(exercise.id(), exercise);
		}
	}

	public Optional<Exercise> find(String id) {
		return Optional.ofNullable(this.byId.get(id));
	}

	public List<Exercise> all() {
		return List.copyOf(this.byId.values());
	}

	/** Every exercise as declared, duplicates included, for the validator. */
	public List<Exercise> declared() {
		return this.declared;
	}

	public int size() {
		return this.byId.size();
	}

}
