package org.realign.core.knowledge;

import java.util.Arrays;
import java.util.Optional;

/** The clinical frameworks a hypothesis rule comes from (field research section 3). */
public enum Framework {

	JANDA("janda"), KENDALL("kendall"), SAHRMANN("sahrmann"), EGOSCUE("egoscue");

	private final String id;

	Framework(String id) {
		this.id = id;
	}

	public String id() {
		return this.id;
	}

	public static Optional<Framework> fromId(String id) {
		return Arrays.stream(values()).filter((framework) -> framework.id.equals(id)).findFirst();
	}

}
