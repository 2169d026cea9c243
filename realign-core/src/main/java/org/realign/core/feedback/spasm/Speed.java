package org.realign.core.feedback.spasm;

import java.util.Arrays;
import java.util.Optional;

/**
 * How fast a movement of a re-exposure plan was done, graded from slow to quick. The
 * method's trigger for a back spasm is a quick forward bend, so a forward-bend plan ends
 * at quick speed; slower grades come first, as the lower rungs of the graded-exposure
 * hierarchy (Vlaeyen and Linton 2000). The grades and their timings are our own reading,
 * not published values.
 */
public enum Speed {

	/** About five seconds down and five up. */
	SLOW("slow", "about 5 seconds down"),
	/** About three seconds down. */
	STEADY("steady", "about 3 seconds down"),
	/** About a second, as when picking something up. */
	EVERYDAY("everyday", "about 1 second down, as when picking something up"),
	/** A quick dip, as when catching something that falls. */
	QUICK("quick", "a quick dip, as when catching something that falls");

	private final String id;

	private final String description;

	Speed(String id, String description) {
		this.id = id;
		this.description = description;
	}

	public String id() {
		return this.id;
	}

	public String description() {
		return this.description;
	}

	/** Whether this speed is at least as quick as {@code asked}. */
	public boolean atLeast(Speed asked) {
		return compareTo(asked) >= 0;
	}

	public static Optional<Speed> fromId(String id) {
		return Arrays.stream(values()).filter((speed) -> speed.id.equals(id)).findFirst();
	}

}
