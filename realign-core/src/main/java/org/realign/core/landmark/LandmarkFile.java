package org.realign.core.landmark;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import org.realign.core.json.JsonLimits;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes the landmark file, the input of {@code realign assess} and the output
 * of {@code realign landmarks}:
 *
 * <pre>
 * {"views":[{"view":"left-lateral","image":{"width":1000,"height":1500},
 *   "landmarks":[{"id":"c7","x":512.0,"y":388.5,"source":"manual"}]}]}
 * </pre>
 *
 * Points placed by a model ({@code blazepose-lite}, {@code blazepose-full},
 * {@code blazepose-heavy}) must carry a {@code confidence} and may add {@code visibility}
 * and {@code presence}, each in [0, 1]. Every problem is reported as a
 * {@link LandmarkFileException} whose message is one line naming the view and landmark at
 * fault.
 */
public final class LandmarkFile {

	// NaN and Infinity are accepted by the reader so that they can be reported by name
	// instead of as a generic syntax error.
	private static final JsonMapper MAPPER = JsonLimits.mapperBuilder()
		.enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
		.build();

	private LandmarkFile() {
	}

	/**
	 * Parses a landmark file.
	 * @param json the file's text
	 * @return one landmark set per view, in file order
	 * @throws LandmarkFileException with a one-line message when the file is not valid
	 */
	public static List<LandmarkSet> parse(String json) {
		JsonNode root;
		try {
			root = MAPPER.readTree(json);
		}
		catch (JacksonException ex) {
			throw new LandmarkFileException("not valid JSON: " + firstLine(JsonLimits.plain(ex.getOriginalMessage())));
		}
		if (root == null || !root.isObject()) {
			throw new LandmarkFileException("not a landmark file: expected a JSON object with a \"views\" array");
		}
		JsonNode views = root.get("views");
		if (views == null || !views.isArray()) {
			throw new LandmarkFileException("not a landmark file: missing the \"views\" array");
		}
		List<LandmarkSet> sets = new ArrayList<>();
		Set<View> seen = EnumSet.noneOf(View.class);
		int index = 0;
		for (JsonNode viewNode : views) {
			LandmarkSet set = parseView(viewNode, index++);
			if (!seen.add(set.view())) {
				throw new LandmarkFileException("duplicate view " + set.view().id());
			}
			sets.add(set);
		}
		return List.copyOf(sets);
	}

	private static LandmarkSet parseView(JsonNode node, int index) {
		if (!node.isObject()) {
			throw new LandmarkFileException("views[" + index + "] is not an object");
		}
		String viewId = text(node, "view", "views[" + index + "]");
		View view = View.fromId(viewId)
			.orElseThrow(() -> new LandmarkFileException(
					"unknown view \"" + viewId + "\" (expected anterior, posterior, left-lateral or right-lateral)"));
		JsonNode imageNode = node.get("image");
		if (imageNode == null || !imageNode.isObject()) {
			throw new LandmarkFileException(viewId + ": missing \"image\" with width and height");
		}
		double width = number(imageNode, "width", viewId + ": image");
		double height = number(imageNode, "height", viewId + ": image");
		if (!(width > 0 && height > 0)) {
			throw new LandmarkFileException(viewId + ": image width and height must be positive");
		}
		ImageSize image = new ImageSize(width, height);
		JsonNode list = node.get("landmarks");
		if (list == null || !list.isArray()) {
			throw new LandmarkFileException(viewId + ": missing the \"landmarks\" array");
		}
		List<Landmark> landmarks = new ArrayList<>();
		Set<LandmarkId> ids = new HashSet<>();
		int i = 0;
		for (JsonNode point : list) {
			Landmark landmark = parseLandmark(point, viewId + ": landmarks[" + i++ + "]", viewId, image);
			if (!ids.add(landmark.id())) {
				throw new LandmarkFileException(viewId + ": duplicate landmark \"" + landmark.id().id() + "\"");
			}
			landmarks.add(landmark);
		}
		return LandmarkSet.of(view, image, landmarks);
	}

	private static Landmark parseLandmark(JsonNode node, String where, String viewId, ImageSize image) {
		if (!node.isObject()) {
			throw new LandmarkFileException(where + " is not an object");
		}
		String idText = text(node, "id", where);
		LandmarkId id = LandmarkId.fromId(idText)
			.orElseThrow(() -> new LandmarkFileException(viewId + ": unknown landmark id \"" + idText + "\""));
		String label = viewId + ": landmark " + idText;
		double x = number(node, "x", label);
		double y = number(node, "y", label);
		if (x < 0 || x > image.width()) {
			throw new LandmarkFileException(label + ": x " + x + " is outside the image (width " + image.width() + ")");
		}
		if (y < 0 || y > image.height()) {
			throw new LandmarkFileException(
					label + ": y " + y + " is outside the image (height " + image.height() + ")");
		}
		String sourceText = text(node, "source", label);
		LandmarkSource source = LandmarkSource.fromId(sourceText)
			.orElseThrow(() -> new LandmarkFileException(label + ": unknown source \"" + sourceText
					+ "\" (expected manual, marker, estimated, blazepose-lite, blazepose-full or blazepose-heavy)"));
		OptionalDouble confidence = unit(node, "confidence", label);
		if (source.isModel() && confidence.isEmpty()) {
			throw new LandmarkFileException(label + ": a point placed by " + source.id() + " needs a \"confidence\"");
		}
		return new Landmark(id, x, y, source, confidence, unit(node, "visibility", label),
				unit(node, "presence", label), uncertainty(node, label));
	}

	private static String text(JsonNode node, String field, String where) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			throw new LandmarkFileException(where + ": missing \"" + field + "\"");
		}
		if (!value.isString()) {
			throw new LandmarkFileException(where + ": \"" + field + "\" must be a string");
		}
		return value.asString();
	}

	private static double number(JsonNode node, String field, String where) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			throw new LandmarkFileException(where + ": missing \"" + field + "\"");
		}
		if (!value.isNumber()) {
			throw new LandmarkFileException(where + ": \"" + field + "\" must be a number");
		}
		double number = JsonLimits.doubleOf(value);
		if (Double.isNaN(number)) {
			throw new LandmarkFileException(where + ": " + field + " is NaN");
		}
		if (Double.isInfinite(number)) {
			throw new LandmarkFileException(where + ": " + field + " is infinite");
		}
		return number;
	}

	private static OptionalDouble unit(JsonNode node, String field, String where) {
		if (!node.has(field) || node.get(field).isNull()) {
			return OptionalDouble.empty();
		}
		double value = number(node, field, where);
		if (value < 0 || value > 1) {
			throw new LandmarkFileException(where + ": " + field + " " + value + " is outside [0, 1]");
		}
		return OptionalDouble.of(value);
	}

	/**
	 * A point's placement uncertainty in pixels (one standard deviation), when the file
	 * gives one: a skin marker's localisation error, a model point's spread.
	 */
	private static OptionalDouble uncertainty(JsonNode node, String where) {
		if (!node.has("uncertainty") || node.get("uncertainty").isNull()) {
			return OptionalDouble.empty();
		}
		double value = number(node, "uncertainty", where);
		if (value < 0) {
			throw new LandmarkFileException(where + ": uncertainty " + value + " is negative");
		}
		return OptionalDouble.of(value);
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "unreadable";
		}
		int newline = message.indexOf('\n');
		return (newline < 0) ? message : message.substring(0, newline);
	}

	/** Writes landmark sets in the file format {@link #parse} reads. */
	public static ObjectNode toJson(List<LandmarkSet> sets) {
		ObjectNode root = MAPPER.createObjectNode();
		ArrayNode views = root.putArray("views");
		for (LandmarkSet set : sets) {
			ObjectNode view = views.addObject();
			view.put("view", set.view().id());
			ObjectNode image = view.putObject("image");
			image.put("width", set.image().width());
			image.put("height", set.image().height());
			ArrayNode landmarks = view.putArray("landmarks");
			for (Landmark landmark : set.landmarks()) {
				ObjectNode point = landmarks.addObject();
				point.put("id", landmark.id().id());
				point.put("x", landmark.x());
				point.put("y", landmark.y());
				point.put("source", landmark.source().id());
				landmark.confidence().ifPresent((v) -> point.put("confidence", v));
				landmark.visibility().ifPresent((v) -> point.put("visibility", v));
				landmark.presence().ifPresent((v) -> point.put("presence", v));
				landmark.uncertainty().ifPresent((v) -> point.put("uncertainty", v));
			}
		}
		return root;
	}

	public static String write(List<LandmarkSet> sets) {
		return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(sets));
	}

}
