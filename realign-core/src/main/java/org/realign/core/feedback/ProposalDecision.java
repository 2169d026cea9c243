package org.realign.core.feedback;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.realign.core.feedback.RuleOutcome.Proposal;

/**
 * What became of a proposal: accepted or rejected by the practitioner, or applied by
 * itself because the practice chose so. Decisions are records, never edits of the
 * proposal.
 *
 * @param proposalId the proposal
 * @param verdict accepted, rejected or auto-applied
 * @param decidedBy the practitioner's user id, or {@link #AUTO_APPLY} for the practice
 * setting
 * @param decidedAt when (from the injected clock)
 * @param note optional free text
 */
public record ProposalDecision(String proposalId, Verdict verdict, String decidedBy, Instant decidedAt, String note) {

	/** Who "decides" an auto-applied proposal. */
	public static final String AUTO_APPLY = "practice-setting:auto-apply";

	public ProposalDecision {
		Objects.requireNonNull(proposalId, "proposalId");
		Objects.requireNonNull(verdict, "verdict");
		Objects.requireNonNull(decidedBy, "decidedBy");
		Objects.requireNonNull(decidedAt, "decidedAt");
		note = note == null ? "" : note;
	}

	public static ProposalDecision accept(Proposal proposal, String by, Clock clock, String note) {
		return new ProposalDecision(proposal.id(), Verdict.ACCEPTED, by, clock.instant(), note);
	}

	public static ProposalDecision reject(Proposal proposal, String by, Clock clock, String note) {
		return new ProposalDecision(proposal.id(), Verdict.REJECTED, by, clock.instant(), note);
	}

	/**
	 * The decisions a practice's auto-apply setting takes by itself: one per proposal
	 * when it is on, none when it is off (the proposals then wait for the practitioner).
	 */
	public static List<ProposalDecision> autoApplied(List<Proposal> proposals, PracticeSettings settings, Clock clock) {
		if (!settings.autoApply()) {
			return List.of();
		}
		return proposals.stream()
			.map((proposal) -> new ProposalDecision(proposal.id(), Verdict.AUTO_APPLIED, AUTO_APPLY, clock.instant(),
					"applied by the practice's auto-apply setting"))
			.toList();
	}

	/** The verdict on a proposal. */
	public enum Verdict {

		ACCEPTED("accepted"), REJECTED("rejected"), AUTO_APPLIED("auto-applied");

		private final String id;

		Verdict(String id) {
			this.id = id;
		}

		public String id() {
			return this.id;
		}

	}

}
