package org.realign.core.feedback.spasm;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.realign.core.feedback.ExerciseEntry;
import org.realign.core.feedback.SessionLog;
import org.realign.core.feedback.SpasmReport;

/**
 * The spasms of a daily session as episodes: one spasm, one episode, the same kind a
 * client opens from the journal or the spasm form, so that every spasm alerts the
 * practitioner, asks for a re-screen and holds the dose still until it is cleared.
 */
public final class SessionSpasms {

	private SessionSpasms() {
	}

	/**
	 * One episode per spasm reported in the session, in the order logged.
	 * @param log the session (its version in force)
	 * @param ids gives each new episode its id
	 */
	public static List<SpasmEpisode> episodes(SessionLog log, Supplier<String> ids) {
		List<SpasmEpisode> episodes = new ArrayList<>();
		for (ExerciseEntry entry : log.entries()) {
			for (SpasmReport spasm : entry.spasms()) {
				String region = spasm.side().map((side) -> side.id() + " ").orElse("") + spasm.region();
				episodes.add(new SpasmEpisode(ids.get(), 1, Optional.empty(), log.clientId(), log.date(),
						spasm.region(), SpasmTrigger.MENU_EXERCISE, spasm.severity(), Duration.ZERO, List.of(),
						List.of(), false, log.session().newOrWorseSymptoms(), "Reported with " + entry.exerciseId()
								+ " in the session of " + log.date() + " (" + region + ").",
						Optional.of(entry.exerciseId())));
			}
		}
		return List.copyOf(episodes);
	}

}
