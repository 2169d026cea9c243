package org.realign.core.feedback.spasm;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A link from a spasm trigger to posture findings that make the movement a likely
 * provocation: a hypothesis for the practitioner, never a diagnosis.
 *
 * @param id kebab-case id
 * @param triggers the triggers it applies to
 * @param findingIds posture finding ids, any of which supports the link
 * @param pattern the movement pattern, for the practitioner
 * @param sourceIds ids in {@code kb/sources/feedback.json}
 */
public record TriggerLink(String id, Set<SpasmTrigger> triggers, Set<String> findingIds, String pattern,
		List<String> sourceIds) {

	public TriggerLink {
		Objects.requireNonNull(id, "id");
		triggers = Set.copyOf(triggers);
		findingIds = Set.copyOf(findingIds);
		Objects.requireNonNull(pattern, "pattern");
		sourceIds = List.copyOf(sourceIds);
	}

}
