package org.realign.app.identity;

/** What a person may do in a practice. */
public enum Role {

	/**
	 * Runs the practice: everything a practitioner may do, plus the practice's settings
	 * and people.
	 */
	OWNER,
	/**
	 * Assesses clients and prescribes their menus; sees only the clients of their own
	 * practice.
	 */
	PRACTITIONER,
	/** Does the daily sessions; sees only their own data. */
	CLIENT

}
