package org.realign.core.knowledge;

import java.util.Arrays;
import java.util.Optional;

/** The starting position of an exercise, and the menu stage it belongs to. */
public enum Position {

	SUPINE("supine", 1), PRONE("prone", 1), SIDE_LYING("side-lying", 1), QUADRUPED("quadruped", 2), SEATED("seated", 2),
	STANDING("standing", 3), WALL("wall", 3);

	private final String id;

	private final int stage;

	Position(String id, int stage) {
		this.id = id;
		this.stage = stage;
	}

	public String id() {
		return this.id;
	}

	/**
	 * Menu stage: 1 unloaded (lying), 2 floor, quadruped and seated, 3 loaded (standing
	 * or against a wall).
	 */
	public int stage() {
		return this.stage;
	}

	public static Optional<Position> fromId(String id) {
		return Arrays.stream(values()).filter((position) -> position.id.equals(id)).findFirst();
	}

}
