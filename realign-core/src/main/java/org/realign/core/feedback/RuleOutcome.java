package org.realign.core.feedback;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.realign.core.prescription.Dose;

/**
 * What a progression rule produces: a proposal, an alert, a milestone, or a blocked
 * chase.
 */
public sealed interface RuleOutcome {

	/** The rule that produced it. */
	String ruleId();

	/**
	 * A change to the menu that the practitioner accepts or rejects, or that applies
	 * itself when the practice says so.
	 *
	 * @param id stable id: rule, exercise, log and version
	 * @param ruleId the rule
	 * @param clientId the client
	 * @param exerciseId the exercise concerned
	 * @param kind what changes
	 * @param newDose the proposed dose, for a raise
	 * @param newExerciseId the exercise to switch to, for a regression or progression;
	 * empty for a replacement the practitioner chooses
	 * @param session the session the proposal rests on
	 * @param reasoning why, in one or two sentences for the practitioner
	 * @param sourceIds the sources of the rule
	 */
	record Proposal(String id, String ruleId, String clientId, String exerciseId, ProposalKind kind,
			Optional<Dose> newDose, Optional<String> newExerciseId, LocalDate session, String reasoning,
			List<String> sourceIds) implements RuleOutcome {

		public Proposal {
			Objects.requireNonNull(id, "id");
			Objects.requireNonNull(kind, "kind");
			Objects.requireNonNull(newDose, "newDose");
			Objects.requireNonNull(newExerciseId, "newExerciseId");
			sourceIds = List.copyOf(sourceIds);
		}

	}

	/**
	 * A message for the practitioner, and where needed one for the client.
	 *
	 * @param ruleId the rule
	 * @param clientId the client
	 * @param exerciseId the exercise concerned, if any
	 * @param level how urgent
	 * @param date the session or screening date
	 * @param forPractitioner what happened and why
	 * @param forClient what the client is told, empty when nothing
	 */
	record Alert(String ruleId, String clientId, Optional<String> exerciseId, AlertLevel level, LocalDate date,
			String forPractitioner, Optional<String> forClient) implements RuleOutcome {

		public Alert {
			Objects.requireNonNull(exerciseId, "exerciseId");
			Objects.requireNonNull(level, "level");
			Objects.requireNonNull(forClient, "forClient");
		}

	}

	/**
	 * A muscle that used to cramp in an exercise and has stopped: it has woken up.
	 *
	 * @param ruleId the rule
	 * @param clientId the client
	 * @param muscle the muscle that woke up
	 * @param exerciseId the exercise that used to cramp it
	 * @param date the session on which the milestone was reached
	 * @param quietSessions how many sessions in a row passed without a cramp
	 */
	record Milestone(String ruleId, String clientId, String muscle, String exerciseId, LocalDate date,
			int quietSessions) implements RuleOutcome {
	}

	/**
	 * A cramp that would have been chased, stopped by a guardrail.
	 *
	 * @param ruleId the guardrail rule
	 * @param clientId the client
	 * @param exerciseId the exercise
	 * @param date the session
	 * @param reasons why chasing stopped
	 */
	record ChaseBlocked(String ruleId, String clientId, String exerciseId, LocalDate date,
			List<String> reasons) implements RuleOutcome {

		public ChaseBlocked {
			reasons = List.copyOf(reasons);
		}

	}

	/** What a proposal changes. */
	enum ProposalKind {

		/** Keep the exercise, raise the dose gently. */
		RAISE_DOSE("raise-dose"),
		/** Swap for the catalogue's easier exercise. */
		REGRESS("regress"),
		/** Replace with an exercise the practitioner chooses (no regression known). */
		REPLACE("replace"),
		/** Swap for the catalogue's harder exercise. */
		PROGRESS("progress"),
		/**
		 * Take the exercise off the menu: it has done its work and the catalogue names
		 * nothing harder.
		 */
		RETIRE("retire");

		private final String id;

		ProposalKind(String id) {
			this.id = id;
		}

		public String id() {
			return this.id;
		}

	}

	/** How urgent an alert is. */
	enum AlertLevel {

		/** The practitioner should look at it before the next menu change. */
		PRACTITIONER("practitioner"),
		/** The client is told to see a doctor. */
		SEE_A_DOCTOR("see-a-doctor"),
		/** The client is told to seek urgent medical care; the programme is paused. */
		URGENT("urgent");

		private final String id;

		AlertLevel(String id) {
			this.id = id;
		}

		public String id() {
			return this.id;
		}

	}

}
