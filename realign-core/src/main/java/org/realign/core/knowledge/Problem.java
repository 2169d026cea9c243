package org.realign.core.knowledge;

import java.util.Objects;

/**
 * One inconsistency in the knowledge base.
 *
 * @param kind what sort of problem
 * @param where the file and entry, e.g. {@code exercises.json static-back}
 * @param message what is wrong, in one line
 */
public record Problem(Kind kind, String where, String message) {

	public Problem {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(where, "where");
		Objects.requireNonNull(message, "message");
	}

	@Override
	public String toString() {
		return "[" + this.kind.id() + "] " + this.where + ": " + this.message;
	}

	public enum Kind {

		DUPLICATE_ID("duplicate-id"), UNKNOWN_ID("unknown-id"), ORPHAN_EXERCISE("orphan-exercise"),
		UNADDRESSED_MUSCLE("unaddressed-muscle"), MISSING_SOURCE("missing-source"), UNKNOWN_SOURCE("unknown-source"),
		PROGRESSION_CYCLE("progression-cycle"), MALFORMED_DOSE("malformed-dose"), BROKEN_CHAIN("broken-chain"),
		MISSING_PICTURE("missing-picture"), MEASUREMENT("measurement"), MISMATCHED_DEMAND("mismatched-demand");

		private final String id;

		Kind(String id) {
			this.id = id;
		}

		public String id() {
			return this.id;
		}

	}

}
