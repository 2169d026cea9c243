package org.realign.core.feedback.safety;

import java.util.ArrayList;
import java.util.List;

import org.realign.core.feedback.ExerciseEntry;
import org.realign.core.feedback.PainQuality;
import org.realign.core.feedback.PainReport;
import org.realign.core.feedback.SessionLog;

/**
 * Decides when a session log calls for a red-flag re-screen: NICE NG59 asks to think
 * again about other causes when symptoms are new or changed, and field research §5.1 asks
 * for a re-screen whenever pain or spasm logs show new or changed symptoms.
 */
public final class RescreenPolicy {

	private RescreenPolicy() {
	}

	/**
	 * Why the latest log calls for a re-screen; empty when it does not.
	 * @param latest the session just logged
	 * @param earlier the client's earlier sessions, any order
	 */
	public static List<String> reasons(SessionLog latest, List<SessionLog> earlier) {
		List<String> reasons = new ArrayList<>();
		if (latest.session().newOrWorseSymptoms()) {
			reasons.add("the client reports new or worse symptoms");
		}
		int worstBefore = earlier.stream().mapToInt(SessionLog::worstPain).max().orElse(0);
		if (latest.worstPain() > worstBefore) {
			reasons.add("pain is worse than in any earlier session (NPRS " + latest.worstPain() + " after "
					+ worstBefore + ")");
		}
		boolean radiatingBefore = earlier.stream().anyMatch(RescreenPolicy::hasRadiatingPain);
		if (hasRadiatingPain(latest) && !radiatingBefore) {
			reasons.add("radiating pain is reported for the first time");
		}
		if (latest.entries().stream().anyMatch((entry) -> !entry.spasms().isEmpty())) {
			reasons.add("a spasm is reported");
		}
		return reasons;
	}

	private static boolean hasRadiatingPain(SessionLog log) {
		return log.entries()
			.stream()
			.map(ExerciseEntry::pains)
			.flatMap(List::stream)
			.map(PainReport::quality)
			.anyMatch(PainQuality.RADIATING::equals);
	}

}
