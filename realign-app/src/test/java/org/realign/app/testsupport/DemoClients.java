package org.realign.app.testsupport;

import org.realign.app.identity.PracticeDirectory;

/** The demo practice's clients, found by name as a practitioner would. */
public final class DemoClients {

	private DemoClients() {
	}

	/** The id of the demo practice's client with this display name. */
	public static long id(PracticeDirectory directory, String name) {
		long practice = directory.findAccount("practitioner@demo.realign").orElseThrow().practiceId();
		return directory.clientsOf(practice)
			.stream()
			.filter((c) -> c.displayName().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("the demo practice has no client " + name))
			.id();
	}

}
