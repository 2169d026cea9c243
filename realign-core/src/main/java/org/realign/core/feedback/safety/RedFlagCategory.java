package org.realign.core.feedback.safety;

import java.util.Arrays;

/** The serious pathologies a red-flag question screens for (field research §5.1). */
public enum RedFlagCategory {

	CAUDA_EQUINA("cauda-equina"), CANCER("cancer"), INFECTION("infection"), FRACTURE("fracture"),
	INFLAMMATORY("inflammatory"), NEUROLOGICAL("neurological");

	private final String id;

	RedFlagCategory(String id) {
		this.id = id;
	}

	public String id() {
		return this.id;
	}

	public static RedFlagCategory fromId(String id) {
		return Arrays.stream(values())
			.filter((category) -> category.id.equals(id))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown red-flag category: " + id));
	}

}
