package org.realign.core.feedback.safety;

import java.util.List;
import java.util.Objects;

/**
 * One yes/no question of the red-flag questionnaire.
 *
 * @param id kebab-case id, stable across versions
 * @param category what it screens for
 * @param urgent whether a yes means "seek urgent medical care" and pauses the programme
 * @param question the client-facing wording, never diagnostic
 * @param sourceIds ids in {@code kb/sources/feedback.json}
 */
public record RedFlagQuestion(String id, RedFlagCategory category, boolean urgent, String question,
		List<String> sourceIds) {

	public RedFlagQuestion {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(category, "category");
		Objects.requireNonNull(question, "question");
		sourceIds = List.copyOf(sourceIds);
	}

}
