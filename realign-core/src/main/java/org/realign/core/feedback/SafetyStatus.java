package org.realign.core.feedback;

import java.util.List;
import java.util.Objects;

/**
 * Where a client's red-flag screening stands. Only {@link Level#CLEAR} lets the
 * progression rules raise a dose or progress an exercise.
 *
 * @param level clear, practitioner review, or paused
 * @param openFlags ids of the red-flag items answered yes and not yet cleared by the
 * practitioner
 */
public record SafetyStatus(Level level, List<String> openFlags) {

	public SafetyStatus {
		Objects.requireNonNull(level, "level");
		openFlags = List.copyOf(openFlags);
	}

	public static SafetyStatus clear() {
		return new SafetyStatus(Level.CLEAR, List.of());
	}

	public boolean isClear() {
		return this.level == Level.CLEAR;
	}

	public boolean isPaused() {
		return this.level == Level.PAUSED;
	}

	/** How far a screening restricts the programme. */
	public enum Level {

		/** No open red flag. */
		CLEAR("clear"),
		/** A red flag is open: the practitioner is alerted and no dose is raised. */
		PRACTITIONER_REVIEW("practitioner-review"),
		/** An urgent red flag (cauda equina): seek urgent care, programme paused. */
		PAUSED("paused");

		private final String id;

		Level(String id) {
			this.id = id;
		}

		public String id() {
			return this.id;
		}

	}

}
