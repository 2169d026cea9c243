package org.realign.pose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test fixtures: the shared MediaPipe reference vectors and a model cache that the tests
 * fill exactly as a user's first run would.
 */
final class TestData {

	private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?");

	private TestData() {
	}

	/**
	 * {@code shared/testdata/mediapipe-pose-ref}, found by walking up from the module
	 * directory to the first ancestor with a sibling or child {@code shared/testdata}.
	 */
	static Path referenceDir() {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null) {
			for (Path candidate : List.of(dir.resolve("shared/testdata/mediapipe-pose-ref"),
					dir.resolveSibling("shared/testdata/mediapipe-pose-ref"))) {
				if (Files.isDirectory(candidate)) {
					return candidate;
				}
			}
			dir = dir.getParent();
		}
		throw new IllegalStateException(
				"shared/testdata/mediapipe-pose-ref not found above " + Path.of("").toAbsolutePath());
	}

	static Path reference(String name) {
		return referenceDir().resolve(name);
	}

	/** The model cache: REALIGN_MODEL_DIR, the property, or the user's default. */
	static ModelStore modelStore() {
		return ModelStore.fromEnvironment();
	}

	static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** All numbers in the JSON array that follows {@code "key":}, flattened. */
	static double[] numbersAfterKey(String json, String key) {
		int start = json.indexOf("\"" + key + "\"");
		if (start < 0) {
			throw new IllegalArgumentException("no key " + key);
		}
		int open = json.indexOf('[', start);
		int depth = 0;
		int end = open;
		for (int i = open; i < json.length(); i++) {
			char c = json.charAt(i);
			if (c == '[') {
				depth++;
			}
			else if (c == ']') {
				depth--;
				if (depth == 0) {
					end = i;
					break;
				}
			}
		}
		return numbers(json.substring(open, end + 1));
	}

	static double[] numbers(String text) {
		List<Double> values = new ArrayList<>();
		Matcher matcher = NUMBER.matcher(text);
		while (matcher.find()) {
			values.add(Double.parseDouble(matcher.group()));
		}
		return values.stream().mapToDouble(Double::doubleValue).toArray();
	}

	/** The value of {@code field:} (textproto) after the given offset. */
	static double textprotoValue(String text, String field) {
		Matcher matcher = Pattern.compile("\\b" + field + ":\\s*(" + NUMBER.pattern() + ")").matcher(text);
		if (!matcher.find()) {
			throw new IllegalArgumentException("no field " + field);
		}
		return Double.parseDouble(matcher.group(1));
	}

}
