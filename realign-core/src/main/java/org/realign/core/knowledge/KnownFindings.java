package org.realign.core.knowledge;

import java.util.List;
import java.util.Set;

/**
 * The finding ids the measurement engine produces (issue 3). The knowledge base may only
 * refer to these; the validator reports any other id.
 */
public final class KnownFindings {

	/** Findings that always carry a side. */
	public static final Set<String> ONE_SIDED = Set.of("elevated-shoulder", "elevated-hip", "lateral-head-tilt",
			"lateral-trunk-shift", "knee-hyperextension", "knee-flexion", "knee-valgus", "knee-varus", "foot-flare");

	/** Every finding id, one-sided ones included. */
	public static final List<String> ALL = List.of("forward-head-posture", "rounded-shoulders", "anterior-pelvic-tilt",
			"posterior-pelvic-tilt", "elevated-shoulder", "elevated-hip", "lateral-head-tilt", "lateral-trunk-shift",
			"knee-hyperextension", "knee-flexion", "knee-valgus", "knee-varus", "foot-flare", "load-joints-out-of-line",
			"kendall-ideal", "kendall-kyphotic-lordotic", "kendall-lordotic", "kendall-flat-back", "kendall-sway-back",
			"upper-crossed-syndrome", "lower-crossed-syndrome", "egoscue-condition-1", "egoscue-condition-2",
			"egoscue-condition-3");

	private KnownFindings() {
	}

	public static boolean isKnown(String id) {
		return ALL.contains(id);
	}

}
