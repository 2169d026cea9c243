package org.realign.core.json;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bounds on JSON that Realign reads from users (landmark files, request bodies): no
 * valid landmark file or session log nests deeper than a handful of levels or holds a
 * string longer than a few thousand characters, so a document that does is refused by the
 * parser before it builds a tree, instead of exhausting the stack or the heap. Every
 * mapper that reads untrusted JSON is built here.
 */
public final class JsonLimits {

	/** Deepest nesting of arrays and objects accepted (a session log needs about 6). */
	public static final int MAX_NESTING_DEPTH = 32;

	/** Longest string value accepted, in characters. */
	public static final int MAX_STRING_LENGTH = 200_000;

	/** Longest property name accepted, in characters. */
	public static final int MAX_NAME_LENGTH = 1_000;

	/** Longest document accepted, in bytes or characters. */
	public static final long MAX_DOCUMENT_LENGTH = 4_000_000L;

	private JsonLimits() {
	}

	public static StreamReadConstraints constraints() {
		return StreamReadConstraints.builder()
			.maxNestingDepth(MAX_NESTING_DEPTH)
			.maxStringLength(MAX_STRING_LENGTH)
			.maxNameLength(MAX_NAME_LENGTH)
			.maxDocumentLength(MAX_DOCUMENT_LENGTH)
			.build();
	}

	/**
	 * Jackson's message without the names of its Java methods: "Document nesting depth
	 * (33) exceeds the maximum allowed (32)", fit to show a user.
	 */
	public static String plain(String message) {
		if (message == null) {
			return null;
		}
		// The parser's list of what it expected names its token kinds as Java-like words
		// ("JSON String, Number, Array"); the token it met is what the caller needs.
		return message.replaceAll(", from `[^`]*`", "")
			.replaceAll(": was expecting [^\\n]*", "")
			.replaceAll(" \\(code \\d+\\)", "");
	}

	/**
	 * A node's number as a double, NaN when the node is not a number. Not
	 * {@link JsonNode#asDouble()}: an integer beyond the double's range (a few hundred
	 * digits) makes that throw Jackson's own conversion error, where here it becomes
	 * infinite, for the caller to refuse by name.
	 */
	public static double doubleOf(JsonNode node) {
		return node.isNumber() ? node.numberValue().doubleValue() : Double.NaN;
	}

	/** A mapper builder whose parser enforces the limits above. */
	public static JsonMapper.Builder mapperBuilder() {
		return JsonMapper.builder(JsonFactory.builder().streamReadConstraints(constraints()).build());
	}

}
