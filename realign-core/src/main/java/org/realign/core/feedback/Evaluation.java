package org.realign.core.feedback;

import java.util.List;

import org.realign.core.feedback.RuleOutcome.Alert;
import org.realign.core.feedback.RuleOutcome.ChaseBlocked;
import org.realign.core.feedback.RuleOutcome.Milestone;
import org.realign.core.feedback.RuleOutcome.Proposal;

/**
 * What the rules made of the latest session.
 *
 * @param cramps the classification of every cramp of the latest session
 * @param outcomes every rule outcome, in rule order
 */
public record Evaluation(List<CrampClassification> cramps, List<RuleOutcome> outcomes) {

	public Evaluation {
		cramps = List.copyOf(cramps);
		outcomes = List.copyOf(outcomes);
	}

	public List<Proposal> proposals() {
		return only(Proposal.class);
	}

	public List<Alert> alerts() {
		return only(Alert.class);
	}

	public List<Milestone> milestones() {
		return only(Milestone.class);
	}

	public List<ChaseBlocked> blocked() {
		return only(ChaseBlocked.class);
	}

	private <T> List<T> only(Class<T> type) {
		return this.outcomes.stream().filter(type::isInstance).map(type::cast).toList();
	}

}
