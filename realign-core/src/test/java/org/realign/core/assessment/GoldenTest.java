package org.realign.core.assessment;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.realign.core.landmark.LandmarkFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Golden cases under {@code src/test/resources/golden/<case>/}: the landmarks were placed
 * by construction from chosen angles and the expected values worked out independently
 * ({@code generate.py} in that folder); the expected findings were written by hand. Every
 * measurement the views allow must be listed, with values within 0.1 of their unit, and
 * the findings must match exactly (id, severity, side, and the measurements and findings
 * they name).
 */
class GoldenTest {

	static final double TOLERANCE = 0.1;

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final Assessor assessor = Assessor.shipped();

	@TestFactory
	Stream<DynamicTest> goldenCases() throws IOException {
		return caseFolders().stream().map((folder) -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> {
			String landmarks = Files.readString(folder.resolve("landmarks.json"));
			JsonNode expected = MAPPER.readTree(Files.readString(folder.resolve("expected.json")));
			AssessmentReport report = this.assessor.assess(Assessment.of(LandmarkFile.parse(landmarks)));
			JsonNode actual = AssessmentReportJson.toJson(report);
			assertMeasurements(actual.get("measurements"), expected.get("measurements"));
			assertThat(findings(actual.get("findings"))).as("findings")
				.containsExactlyInAnyOrderElementsOf(findings(expected.get("findings")));
		}));
	}

	@Test
	void goldenCases_coverEveryClassification() throws IOException {
		Set<String> fired = new HashSet<>();
		for (Path folder : caseFolders()) {
			MAPPER.readTree(Files.readString(folder.resolve("expected.json")))
				.get("findings")
				.forEach((f) -> fired.add(f.get("id").asString()));
		}
		assertThat(fired).contains("kendall-ideal", "kendall-kyphotic-lordotic", "kendall-lordotic",
				"kendall-flat-back", "kendall-sway-back", "upper-crossed-syndrome", "lower-crossed-syndrome",
				"egoscue-condition-1", "egoscue-condition-2", "egoscue-condition-3");
	}

	private static void assertMeasurements(JsonNode actual, JsonNode expected) {
		Map<String, JsonNode> actualByKey = new HashMap<>();
		actual.forEach((m) -> actualByKey.put(key(m), m));
		Set<String> expectedKeys = new HashSet<>();
		for (JsonNode want : expected) {
			String key = key(want);
			expectedKeys.add(key);
			JsonNode got = actualByKey.get(key);
			assertThat(got).as("measurement " + key).isNotNull();
			assertThat(got.get("status").asString()).as(key + " status").isEqualTo(want.get("status").asString());
			if ("measured".equals(want.get("status").asString())) {
				assertThat(got.get("value").asDouble()).as(key + " value")
					.isCloseTo(want.get("value").asDouble(), within(TOLERANCE));
				assertThat(got.get("unit").asString()).as(key + " unit").isEqualTo(want.get("unit").asString());
			}
			else {
				assertThat(strings(got.get("missing"))).as(key + " missing")
					.containsExactlyElementsOf(strings(want.get("missing")));
			}
		}
		assertThat(actualByKey.keySet()).as("measurements reported").isEqualTo(expectedKeys);
	}

	private static String key(JsonNode measurement) {
		return measurement.get("view").asString() + "/" + measurement.get("id").asString();
	}

	private static List<String> findings(JsonNode findings) {
		List<String> out = new ArrayList<>();
		for (JsonNode f : findings) {
			String side = f.has("side") ? f.get("side").asString() : "-";
			out.add(f.get("id").asString() + " " + f.get("severity").asString() + " side=" + side + " because="
					+ new TreeSet<>(strings(f.get("because"))));
		}
		return out;
	}

	private static List<String> strings(JsonNode array) {
		List<String> out = new ArrayList<>();
		array.forEach((v) -> out.add(v.asString()));
		return out;
	}

	static List<Path> caseFolders() throws IOException {
		try {
			Path root = Path.of(GoldenTest.class.getClassLoader().getResource("golden").toURI());
			try (Stream<Path> children = Files.list(root)) {
				List<Path> folders = children.filter(Files::isDirectory).sorted().toList();
				assertThat(folders).as("golden case folders").isNotEmpty();
				return folders;
			}
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
