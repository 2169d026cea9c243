package org.realign.core.landmark;

import java.util.Arrays;
import java.util.Optional;

/** The person's own left or right, never the viewer's. */
public enum Side {

	LEFT("left"), RIGHT("right");

	private final String id;

	Side(String id) {
		this.id = id;
	}

	public String id() {
		return this.id;
	}

	public Side opposite() {
		return this == LEFT ? RIGHT : LEFT;
	}

	public static Optional<Side> fromId(String id) {
		return Arrays.stream(values()).filter((side) -> side.id.equals(id)).findFirst();
	}

}
