package org.realign.app.journal;

import java.util.Arrays;
import java.util.Optional;

/** What a journal entry records. */
enum JournalKind {

	CRAMP("cramp"), PAIN("pain"), SPASM("spasm");

	private final String id;

	JournalKind(String id) {
		this.id = id;
	}

	String id() {
		return this.id;
	}

	static Optional<JournalKind> byId(String id) {
		return Arrays.stream(values()).filter((kind) -> kind.id.equals(id)).findFirst();
	}

}
