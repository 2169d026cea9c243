package org.realign.core.knowledge;

import java.util.List;

import org.realign.core.finding.Finding;
import org.realign.core.finding.Severity;
import org.realign.core.landmark.Side;

/** Test fixtures: findings as the measurement engine would report them. */
public final class Findings {

	private Findings() {
	}

	public static Finding finding(String id) {
		return Finding.of(id, Severity.MODERATE, List.of("test"));
	}

	public static Finding onSide(String id, Side side) {
		return Finding.onSide(id, Severity.MODERATE, side, List.of("test"));
	}

	public static List<Finding> lowerCrossed() {
		return List.of(finding("anterior-pelvic-tilt"), finding("lower-crossed-syndrome"));
	}

	public static List<Finding> upperCrossed() {
		return List.of(finding("forward-head-posture"), finding("rounded-shoulders"),
				finding("upper-crossed-syndrome"));
	}

}
