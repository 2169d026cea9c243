package org.realign.core.feedback.spasm;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the client reads after reporting a spasm, and what it started: the same for an
 * episode from a session, the journal, a re-exposure attempt or the spasm form ("one
 * spasm, one episode").
 *
 * @param episode the episode as stored
 * @param links posture findings that make the trigger a likely provocation
 * @param forClient why a spasm is protection and what comes next, as message keys
 * @param avoidanceNoticed whether the client avoids the movement
 * @param plan the graded re-exposure plan for the trigger, if any
 * @param starterMenu the starter menu offered (after a back spasm), if any
 * @param rescreenDue why a red-flag re-screen is due
 * @param trackedPlan the client's tracked plan this episode started, if it started one
 * (none while the same plan already runs)
 */
public record OpenedEpisode(SpasmEpisode episode, List<SpasmAssessment.MatchedLink> links, List<String> forClient,
		boolean avoidanceNoticed, Optional<ReExposurePlan> plan, Optional<StarterMenu> starterMenu,
		List<String> rescreenDue, Optional<String> trackedPlan) {

	public OpenedEpisode {
		Objects.requireNonNull(episode, "episode");
		links = List.copyOf(links);
		forClient = List.copyOf(forClient);
		Objects.requireNonNull(plan, "plan");
		Objects.requireNonNull(starterMenu, "starterMenu");
		rescreenDue = List.copyOf(rescreenDue);
		Objects.requireNonNull(trackedPlan, "trackedPlan");
	}

	/**
	 * A starter menu offered with the episode.
	 *
	 * @param id e.g. {@code after-back-spasm}
	 * @param exercises its exercises, in order
	 */
	public record StarterMenu(String id, List<String> exercises) {

		public StarterMenu {
			Objects.requireNonNull(id, "id");
			exercises = List.copyOf(exercises);
		}

	}

}
