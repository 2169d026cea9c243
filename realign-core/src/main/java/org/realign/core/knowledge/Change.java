package org.realign.core.knowledge;

import java.time.Instant;
import java.util.Objects;

/**
 * One practitioner override: who changed what, and when. Overrides are appended, never
 * edited (clinical records are append-only).
 *
 * @param who the practitioner
 * @param what what changed, in words, e.g. "rejected iliopsoas:short-overactive"
 * @param when when, from the injected clock
 */
public record Change(String who, String what, Instant when) {

	public Change {
		Objects.requireNonNull(who, "who");
		Objects.requireNonNull(what, "what");
		Objects.requireNonNull(when, "when");
		if (who.isBlank()) {
			throw new IllegalArgumentException("an override must name who made it");
		}
	}

}
