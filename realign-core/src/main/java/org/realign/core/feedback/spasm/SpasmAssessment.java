package org.realign.core.feedback.spasm;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.realign.core.feedback.FieldError;
import org.realign.core.feedback.RuleOutcome.Alert;

/** The outcome of assessing a spasm episode. */
public sealed interface SpasmAssessment {

	/**
	 * The episode was read.
	 *
	 * @param episodeId the episode
	 * @param links posture findings that make the trigger a likely provocation, with the
	 * finding ids that matched
	 * @param forClient what the client reads: why a spasm is protection, what comes next
	 * @param avoidanceNoticed whether the client avoids the movement
	 * @param plan the graded re-exposure plan proposed, if any
	 * @param starterMenuId the starter menu proposed ({@code after-back-spasm}), if any
	 * @param rescreenReasons why a red-flag re-screen is due; every spasm asks for one
	 * @param alerts alerts for the practitioner
	 */
	record Assessed(String episodeId, List<MatchedLink> links, List<String> forClient, boolean avoidanceNoticed,
			Optional<ReExposurePlan> plan, Optional<String> starterMenuId, List<String> rescreenReasons,
			List<Alert> alerts) implements SpasmAssessment {

		public Assessed {
			links = List.copyOf(links);
			forClient = List.copyOf(forClient);
			Objects.requireNonNull(plan, "plan");
			Objects.requireNonNull(starterMenuId, "starterMenuId");
			rescreenReasons = List.copyOf(rescreenReasons);
			alerts = List.copyOf(alerts);
		}

	}

	/** The episode was invalid; nothing was assessed. */
	record Rejected(List<FieldError> errors) implements SpasmAssessment {

		public Rejected {
			errors = List.copyOf(errors);
		}

	}

	/**
	 * A trigger link that matched the client's findings.
	 *
	 * @param link the link
	 * @param findingIds the client's findings that matched it
	 */
	record MatchedLink(TriggerLink link, List<String> findingIds) {

		public MatchedLink {
			findingIds = List.copyOf(findingIds);
		}

	}

}
