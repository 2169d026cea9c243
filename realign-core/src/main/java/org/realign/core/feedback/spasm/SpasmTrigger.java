package org.realign.core.feedback.spasm;

import java.util.Arrays;
import java.util.Optional;

/** The movement that set a spasm off, as the client reports it. */
public enum SpasmTrigger {

	BENDING_FORWARD_QUICKLY("bending-forward-quickly"), BENDING_FORWARD("bending-forward"), LIFTING("lifting"),
	TWISTING("twisting"), GETTING_OUT_OF_BED("getting-out-of-bed"), REACHING_OVERHEAD("reaching-overhead"),
	TURNING_THE_HEAD("turning-the-head"), COUGH_OR_SNEEZE("cough-or-sneeze"), NO_CLEAR_TRIGGER("no-clear-trigger"),
	/** During an exercise of the menu, reported with the daily session. */
	MENU_EXERCISE("menu-exercise");

	private final String id;

	SpasmTrigger(String id) {
		this.id = id;
	}

	public String id() {
		return this.id;
	}

	public static Optional<SpasmTrigger> fromId(String id) {
		return Arrays.stream(values()).filter((trigger) -> trigger.id.equals(id)).findFirst();
	}

}
