package org.realign.app.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.realign.core.feedback.CrampReport;
import org.realign.core.feedback.Feedback;
import org.realign.core.feedback.PainReport;
import org.realign.core.feedback.SpasmReport;
import org.realign.core.json.JsonLimits;
import org.realign.core.prescription.DoseJson;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
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
	public static final JsonMapper MAPPER = builder().build();

	/**
	 * Requests are read more strictly than the stored columns: only finite JSON numbers,
	 * and whole ones where a whole number is expected ({@link StrictNumbers}).
	 */
	private static final JsonMapper REQUESTS = StrictNumbers.apply(builder()).build();

	private final JsonMapper mapper = MAPPER;

	private static JsonMapper.Builder builder() {
		return JsonLimits.mapperBuilder().addMixIn(Feedback.class, FeedbackMixIn.class).addModule(DoseJson.module());
	}

	/**
	 * @throws InvalidRequest naming the field that could not be read
	 */
	public <T> T request(String body, Class<T> type) {
		try {
			T value = REQUESTS.readerFor(type).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(body);
			if (value == null) {
				throw InvalidRequest.of("body", "required", "a JSON object is required");
			}
			return value;
		}
		catch (UnrecognizedPropertyException ex) {
			// A misspelled field in clinical data, silently dropped, is lost data.
			String field = path(ex);
			throw InvalidRequest.of(field, "unknown-field", "unknown field \"" + ex.getPropertyName() + "\"");
		}
		catch (ValueInstantiationException ex) {
			// The value's own rules refused it: a required part missing, or a value out
			// of range, named by the domain type in its own words.
			String prefix = path(ex).isEmpty() ? "" : path(ex) + ".";
			Throwable cause = ex.getCause();
			if (cause instanceof NullPointerException missing && missing.getMessage() != null
					&& missing.getMessage().matches("[A-Za-z]+")) {
				throw InvalidRequest.of(prefix + missing.getMessage(), "required",
						prefix + missing.getMessage() + " is required");
			}
			String field = path(ex).isEmpty() ? "body" : path(ex);
			throw InvalidRequest.of(field, "invalid",
					(cause instanceof IllegalArgumentException invalid && invalid.getMessage() != null)
							? invalid.getMessage() : "cannot read " + field);
		}
		catch (JacksonException ex) {
			String field = path(ex);
			throw InvalidRequest.of(field.isEmpty() ? "body" : field, "unreadable",
					"cannot read " + (field.isEmpty() ? "the request body" : field) + ": " + plainWords(ex));
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

	/**
	 * What was wrong, in the caller's words: the kind of value expected, never the Java
	 * type the body was read into.
	 */
	static String plainWords(JacksonException ex) {
		if (ex instanceof InputCoercionException tooLarge) {
			// Jackson's words would repeat all the digits sent and the Java type's range.
			return "the number is too large (expected "
					+ ((tooLarge.getTargetType() != null) ? expected(tooLarge.getTargetType()) : "a number") + ")";
		}
		if (ex instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
			return "expected " + expected(mismatch.getTargetType());
		}
		if (ex instanceof StreamReadException || ex instanceof StreamConstraintsException) {
			// The parser's own words (not JSON, nested too deep, a string too long), with
			// the names of Jackson's settings taken out.
			String message = firstLine(ex);
			return message.replaceAll("`[^`]*`", "").replaceAll("\\s+", " ").trim();
		}
		return "not a value of the expected kind";
	}

	/** The kind of value a type holds, in the caller's words (for a path variable). */
	static String expectedKind(Class<?> type) {
		return (type == null) ? "a value of another kind" : expected(type);
	}

	private static String expected(Class<?> type) {
		if (type.isEnum()) {
			return "one of " + Arrays.stream(type.getEnumConstants())
				.map((constant) -> "\"" + constant.toString().toLowerCase(Locale.ROOT).replace('_', '-') + "\"")
				.collect(Collectors.joining(", "));
		}
		if (type == LocalDate.class) {
			return "a date (YYYY-MM-DD)";
		}
		if (type == Instant.class || type == OffsetDateTime.class) {
			return "a date and time (ISO 8601)";
		}
		if (type == int.class || type == Integer.class || type == long.class || type == Long.class
				|| type == short.class || type == Short.class) {
			return "a whole number";
		}
		if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
			return "a number";
		}
		if (type == boolean.class || type == Boolean.class) {
			return "true or false";
		}
		if (type == String.class) {
			return "text";
		}
		if (Collection.class.isAssignableFrom(type) || type.isArray()) {
			return "a list";
		}
		return "an object";
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
