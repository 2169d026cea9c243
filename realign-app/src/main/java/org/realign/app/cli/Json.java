package org.realign.app.cli;

import tools.jackson.databind.json.JsonMapper;

/** JSON output of the command line: pretty-printed, stable member order. */
final class Json {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private Json() {
	}

	static String pretty(Object value) {
		return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
	}

}
