package org.realign.core.feedback;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A named progression rule: what it reads, why, and on which sources it rests. Rules are
 * gathered in {@link ProgressionRules#allCurrentRules()}.
 *
 * @param id kebab-case id, e.g. {@code chase-the-cramp}
 * @param reasoning the rule's reasoning in one or two sentences
 * @param sourceIds ids in {@code kb/sources/feedback.json}
 * @param body what the rule does after a session
 */
public record ProgressionRule(String id, String reasoning, List<String> sourceIds,
		Function<RuleInput, List<RuleOutcome>> body) {

	public ProgressionRule {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(reasoning, "reasoning");
		sourceIds = List.copyOf(sourceIds);
		Objects.requireNonNull(body, "body");
	}

	public List<RuleOutcome> apply(RuleInput input) {
		return List.copyOf(this.body.apply(input));
	}

}
