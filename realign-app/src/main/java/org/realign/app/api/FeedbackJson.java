package org.realign.app.api;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.realign.core.feedback.CrampReport;
import org.realign.core.feedback.Feedback;
import org.realign.core.feedback.PainReport;
import org.realign.core.feedback.SpasmReport;
import org.realign.core.json.JsonLimits;
import org.realign.core.prescription.DoseJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads request bodies so that a value of the wrong type is refused with its field named
 * (e.g. {@code date} for "tomorrow"), and writes and reads the JSON columns of the
 * feedback tables.
 */
public final class FeedbackJson {

	/**
	 * One mapper for the package, built once: it is thread-safe, and costly to build per
	 * request. The core's types carry no Jackson annotations; the polymorphic feedback
	 * list gets its type names from a mix-in here, and a dose its one JSON form
	 * ({@link DoseJson}).
	 */
	public static final JsonMapper MAPPER = JsonLimits.mapperBuilder()
		.addMixIn(Feedback.class, FeedbackMixIn.class)
		.addModule(DoseJson.module())
		.build();

	private final JsonMapper mapper = MAPPER;

	/**
	 * @throws InvalidRequest naming the field that could not be read
	 */
	public <T> T request(String body, Class<T> type) {
		try {
			T value = this.mapper.readValue(body, type);
			if (value == null) {
				throw InvalidRequest.of("body", "required", "a JSON object is required");
			}
			return value;
		}
		catch (JacksonException ex) {
			String field = path(ex);
			throw InvalidRequest.of(field.isEmpty() ? "body" : field, "unreadable",
					"cannot read " + (field.isEmpty() ? "the request body" : field) + ": " + firstLine(ex));
		}
	}

	/** The longest free text (notes, reasons) a request may carry, in characters. */
	public static final int MAX_FREE_TEXT = 2000;

	/**
	 * @throws InvalidRequest when the text is longer than {@link #MAX_FREE_TEXT}
	 */
	public static void limitFreeText(String field, String text) {
		if (text != null && text.length() > MAX_FREE_TEXT) {
			throw InvalidRequest.of(field, "too-long",
					field + ": at most " + MAX_FREE_TEXT + " characters (" + text.length() + " given)");
		}
	}

	public String write(Object value) {
		return this.mapper.writeValueAsString(value);
	}

	public <T> T read(String json, Class<T> type) {
		return this.mapper.readValue(json, type);
	}

	public JsonNode tree(String json) {
		return this.mapper.readTree(json);
	}

	private static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static String firstLine(JacksonException ex) {
		String message = String.valueOf(JsonLimits.plain(ex.getOriginalMessage()));
		int newline = message.indexOf('\n');
		return newline < 0 ? message : message.substring(0, newline);
	}

	@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
	@JsonSubTypes({ @JsonSubTypes.Type(value = CrampReport.class, name = "cramp"),
			@JsonSubTypes.Type(value = PainReport.class, name = "pain"),
			@JsonSubTypes.Type(value = SpasmReport.class, name = "spasm") })
	public interface FeedbackMixIn {

	}

}
