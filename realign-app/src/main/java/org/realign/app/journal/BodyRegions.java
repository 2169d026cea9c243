package org.realign.app.journal;

import java.util.List;

/**
 * Where on the body, as ids the feedback rules read: the cramp classifier treats
 * {@code calf} and {@code foot} as the usual benign site, the spasm advisor treats
 * {@code low-back} and {@code mid-back} as the back.
 */
final class BodyRegions {

	static final List<String> ALL = List.of("calf", "foot", "front-of-thigh", "back-of-thigh", "hip", "buttock",
			"low-back", "mid-back", "neck", "shoulder", "arm", "hand", "knee", "ankle", "other");

	private BodyRegions() {
	}

}
