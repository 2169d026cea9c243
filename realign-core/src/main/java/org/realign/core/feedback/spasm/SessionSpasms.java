package org.realign.core.feedback.spasm;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.realign.core.feedback.ExerciseEntry;
import org.realign.core.feedback.SessionLog;
import org.realign.core.feedback.SpasmReport;

/**
 * The spasms of a daily session as episodes: one spasm, one episode, the same kind a
 * client opens from the journal or the spasm form, so that every spasm alerts the
 * practitioner, asks for a re-screen and holds the dose still until it is cleared.
 * <p>
 * A corrected session is matched against the episodes its earlier versions opened by each
 * spasm's {@link #key key} (the exercise, side and region): a correction that adds a
 * spasm opens its episode, one that only changes a spasm's severity or the notes opens
 * none, and one that takes a spasm away is {@link #withdrawn withdrawn} (its episode
 * stays open: a safety record is never dismissed by the client, only cleared by the
 * practitioner).
 */
public final class SessionSpasms {

	private SessionSpasms() {
	}

	/** A spasm of a session with the exercise it was reported with. */
	public record SessionSpasm(String exerciseId, SpasmReport spasm) {

		/** The same spasm across the versions of its log: exercise, side and region. */
		public String key() {
			return this.exerciseId + "|" + this.spasm.side().map((side) -> side.id()).orElse("") + "|"
					+ this.spasm.region();
		}

		/** e.g. "left calf" or "low-back". */
		public String where() {
			return this.spasm.side().map((side) -> side.id() + " ").orElse("") + this.spasm.region();
		}

	}

	/** Every spasm of the session, in the order logged. */
	public static List<SessionSpasm> spasms(SessionLog log) {
		List<SessionSpasm> spasms = new ArrayList<>();
		for (ExerciseEntry entry : log.entries()) {
			for (SpasmReport spasm : entry.spasms()) {
				spasms.add(new SessionSpasm(entry.exerciseId(), spasm));
			}
		}
		return List.copyOf(spasms);
	}

	/**
	 * One episode per spasm reported in the session, in the order logged.
	 * @param log the session (its version in force)
	 * @param ids gives each new episode its id
	 */
	public static List<SpasmEpisode> episodes(SessionLog log, Supplier<String> ids) {
		return spasms(log).stream().map((spasm) -> episode(log, spasm, ids.get())).toList();
	}

	/**
	 * The spasms of this version that have no episode yet, with the episode each opens: a
	 * key counts as many times as an earlier version opened an episode for it.
	 * @param log the version just stored (the first or a correction)
	 * @param opened the keys of the episodes earlier versions of the log opened
	 * @param ids gives each new episode its id
	 */
	public static Map<SessionSpasm, SpasmEpisode> unopened(SessionLog log, List<String> opened, Supplier<String> ids) {
		Map<String, Integer> left = new HashMap<>();
		opened.forEach((key) -> left.merge(key, 1, Integer::sum));
		Map<SessionSpasm, SpasmEpisode> episodes = new LinkedHashMap<>();
		for (SessionSpasm spasm : spasms(log)) {
			int already = left.getOrDefault(spasm.key(), 0);
			if (already > 0) {
				left.put(spasm.key(), already - 1);
				continue;
			}
			episodes.put(spasm, episode(log, spasm, ids.get()));
		}
		return episodes;
	}

	/**
	 * The spasms a correction took away: in the version it replaces, not in the
	 * correction (as many times as they were there more often).
	 */
	public static List<SessionSpasm> withdrawn(SessionLog previous, SessionLog corrected) {
		Map<String, Integer> kept = new HashMap<>();
		spasms(corrected).forEach((spasm) -> kept.merge(spasm.key(), 1, Integer::sum));
		List<SessionSpasm> withdrawn = new ArrayList<>();
		for (SessionSpasm spasm : spasms(previous)) {
			int left = kept.getOrDefault(spasm.key(), 0);
			if (left > 0) {
				kept.put(spasm.key(), left - 1);
			}
			else {
				withdrawn.add(spasm);
			}
		}
		return List.copyOf(withdrawn);
	}

	private static SpasmEpisode episode(SessionLog log, SessionSpasm spasm, String id) {
		return new SpasmEpisode(id, 1, Optional.empty(), log.clientId(), log.date(), spasm.spasm().region(),
				SpasmTrigger.MENU_EXERCISE, spasm.spasm().severity(), Duration.ZERO, List.of(), List.of(), false,
				log.session().newOrWorseSymptoms(), "Reported with " + spasm.exerciseId() + " in the session of "
						+ log.date() + " (" + spasm.where() + ").",
				Optional.of(spasm.exerciseId()));
	}

}
