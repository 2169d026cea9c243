package org.realign.core.capture;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * One reason a photo cannot be measured as it is, in a practitioner's words.
 *
 * @param check which check failed
 * @param message the problem, e.g. "whole body not in the photo: feet cut off"
 */
public record CaptureProblem(Check check, String message) {

	public CaptureProblem {
		Objects.requireNonNull(check, "check");
		Objects.requireNonNull(message, "message");
	}

	/** The checks a photo goes through, by the id an override records. */
	public enum Check {

		/** Exactly one person. */
		PERSON("person"),
		/** The whole body, head to feet, inside the frame. */
		FRAMING("framing"),
		/** Standing upright with weight on both feet. */
		POSTURE("posture"),
		/** Arms relaxed at the sides. */
		ARMS("arms"),
		/** The photo shows the view it is given for. */
		VIEW("view"),
		/** Enough pixels on the person for the stated errors. */
		PIXELS("pixels"),
		/** The camera held level. */
		CAMERA("camera");

		private final String id;

		Check(String id) {
			this.id = id;
		}

		public String id() {
			return this.id;
		}

		public static Optional<Check> fromId(String id) {
			return Arrays.stream(values()).filter((c) -> c.id.equals(id)).findFirst();
		}

	}

}
