package org.realign.core.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * A muscle (or functional group) the knowledge base reasons about.
 *
 * @param id kebab-case id, e.g. {@code iliopsoas}
 * @param name the anatomical name
 * @param plainName what a client would call it, e.g. "deep hip flexor"
 * @param region body region, e.g. "hip"
 * @param actions its main actions, in plain words
 */
public record Muscle(String id, String name, String plainName, String region, List<String> actions) {

	public Muscle {
		Objects.requireNonNull(id, "id");
		actions = List.copyOf(actions);
	}

}
