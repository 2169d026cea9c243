package org.realign.core.knowledge;

import java.util.Arrays;
import java.util.Optional;

/**
 * Which side a rule's hypothesis lands on, relative to the side of the one-sided finding
 * it reads ({@code elevated-hip} on the left: {@code SAME} means the left muscle).
 */
public enum SideRule {

	/** Both sides, or a midline muscle. */
	NONE("none"), SAME("same"), OPPOSITE("opposite");

	private final String id;

	SideRule(String id) {
		this.id = id;
	}

	public String id() {
		return this.id;
	}

	public static Optional<SideRule> fromId(String id) {
		return Arrays.stream(values()).filter((rule) -> rule.id.equals(id)).findFirst();
	}

}
