package org.realign.core.knowledge;

import java.util.Arrays;
import java.util.Optional;

/** What a hypothesis says about a muscle's length-tension state. */
public enum MuscleState {

	/** Held short, tight, dominant: to be released. */
	SHORT_OVERACTIVE("short-overactive"),
	/** Held long, inhibited, weak: to be woken up. */
	LONG_UNDERACTIVE("long-underactive");

	private final String id;

	MuscleState(String id) {
		this.id = id;
	}

	public String id() {
		return this.id;
	}

	public MuscleState opposite() {
		return this == SHORT_OVERACTIVE ? LONG_UNDERACTIVE : SHORT_OVERACTIVE;
	}

	public static Optional<MuscleState> fromId(String id) {
		return Arrays.stream(values()).filter((state) -> state.id.equals(id)).findFirst();
	}

}
