package org.realign.core.record;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.realign.core.assessment.AssessmentReport;
import org.realign.core.finding.Finding;
import org.realign.core.knowledge.Hypothesis;
import org.realign.core.measure.Measurement;
import org.realign.core.measure.Measurement.Gap;
import org.realign.core.measure.Measurement.Measured;
import org.realign.core.measure.MeasurementCatalog;
import org.realign.core.program.Advice;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An assessment's result as it was made: its measurements (value, basis, error),
 * findings, hypotheses and generated menu, with the knowledge base that made them. Stored
 * once, shown as stored; a change to a formula, cut-off or rule never rewrites it. A
 * re-run under another knowledge base is a new record, and {@link #changesTo} says in
 * words what it would change.
 */
public final class ClinicalRecord {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final ObjectNode root;

	private ClinicalRecord(ObjectNode root) {
		this.root = root;
	}

	/**
	 * The record of a result made now.
	 * @param report measurements and findings
	 * @param advice hypotheses and menu, if any were made
	 * @param catalog the catalogue the measurements were taken with (for their error when
	 * a reading carries none of its own)
	 * @param knowledgeBase the knowledge base that made it
	 */
	public static ClinicalRecord of(AssessmentReport report, Advice advice, MeasurementCatalog catalog,
			KnowledgeBaseVersion knowledgeBase) {
		Objects.requireNonNull(report, "report");
		ObjectNode root = MAPPER.createObjectNode();
		ObjectNode kb = root.putObject("knowledgeBase");
		kb.put("version", knowledgeBase.version());
		kb.put("contentHash", knowledgeBase.contentHash());
		ArrayNode measurements = root.putArray("measurements");
		for (Measurement measurement : report.measurements()) {
			ObjectNode node = measurements.addObject();
			node.put("id", measurement.id());
			node.put("view", measurement.view().id());
			if (measurement instanceof Measured measured) {
				node.put("status", "measured");
				node.put("value", round(measured.value()));
				node.put("unit", measured.unit());
				node.put("basis", measured.basis().id());
				double definitionError = catalog.find(measured.id()).map((d) -> d.error().value()).orElse(0.0);
				node.put("error", round(measured.errorOr(definitionError)));
				if (measured.proxy()) {
					node.put("proxy", true);
				}
			}
			else if (measurement instanceof Gap gap) {
				node.put("status", "gap");
				ArrayNode missing = node.putArray("missing");
				gap.missing().forEach((id) -> missing.add(id.id()));
			}
		}
		ArrayNode findings = root.putArray("findings");
		for (Finding finding : report.findings()) {
			ObjectNode node = findings.addObject();
			node.put("id", finding.id());
			node.put("severity", finding.severity().id());
			finding.side().ifPresent((side) -> node.put("side", side.id()));
			ArrayNode because = node.putArray("because");
			finding.because().forEach(because::add);
		}
		ArrayNode hypotheses = root.putArray("hypotheses");
		if (advice != null) {
			for (Hypothesis hypothesis : advice.hypotheses().items()) {
				ObjectNode node = MAPPER.valueToTree(Advice.hypothesisJson(hypothesis));
				node.put("key", hypothesis.key());
				hypotheses.add(node);
			}
			root.set("menu", MAPPER.valueToTree(Advice.menuJson(advice.menu())));
		}
		return new ClinicalRecord(root);
	}

	/** A stored record, read back exactly as it was written. */
	public static ClinicalRecord parse(String json) {
		JsonNode node = MAPPER.readTree(json);
		if (!(node instanceof ObjectNode object) || !object.has("knowledgeBase")) {
			throw new IllegalArgumentException("not a clinical record");
		}
		return new ClinicalRecord(object);
	}

	/** The record as JSON, for storage. */
	public String json() {
		return MAPPER.writeValueAsString(this.root);
	}

	/** A read-only view of the record's JSON tree, for pages and exports. */
	public JsonNode tree() {
		return this.root.deepCopy();
	}

	public KnowledgeBaseVersion knowledgeBase() {
		JsonNode kb = this.root.get("knowledgeBase");
		return new KnowledgeBaseVersion(kb.get("version").asString(), kb.get("contentHash").asString());
	}

	/** The findings as {@code id[ side] severity}, in the order they were recorded. */
	public List<String> findingLines() {
		List<String> lines = new ArrayList<>();
		findings(this.root).forEach((key, severity) -> lines.add(key + " " + severity));
		return lines;
	}

	/**
	 * What a fresh result would change against this stored one, in words, one line per
	 * change: the knowledge base, findings that would appear, disappear or change grade,
	 * hypotheses that would appear or disappear, exercises the menu would gain or lose,
	 * and measurement values or errors that moved. Empty when nothing would change.
	 */
	public List<String> changesTo(ClinicalRecord fresh) {
		List<String> changes = new ArrayList<>();
		KnowledgeBaseVersion before = knowledgeBase();
		KnowledgeBaseVersion after = fresh.knowledgeBase();
		if (!before.equals(after)) {
			changes.add("knowledge base " + before.describe() + " -> " + after.describe());
		}
		Map<String, String> oldFindings = findings(this.root);
		Map<String, String> newFindings = findings(fresh.root);
		newFindings.forEach((key, severity) -> {
			String old = oldFindings.get(key);
			if (old == null) {
				changes.add("finding " + key + " would fire (" + severity + ")");
			}
			else if (!old.equals(severity)) {
				changes.add("finding " + key + " would change from " + old + " to " + severity);
			}
		});
		oldFindings.keySet()
			.stream()
			.filter((key) -> !newFindings.containsKey(key))
			.forEach((key) -> changes.add("finding " + key + " would no longer fire"));
		List<String> oldHypotheses = keys(this.root.get("hypotheses"), "key");
		List<String> newHypotheses = keys(fresh.root.get("hypotheses"), "key");
		newHypotheses.stream()
			.filter((key) -> !oldHypotheses.contains(key))
			.forEach((key) -> changes.add("hypothesis " + key + " would be added"));
		oldHypotheses.stream()
			.filter((key) -> !newHypotheses.contains(key))
			.forEach((key) -> changes.add("hypothesis " + key + " would be dropped"));
		List<String> oldMenu = menuExercises(this.root);
		List<String> newMenu = menuExercises(fresh.root);
		newMenu.stream().filter((id) -> !oldMenu.contains(id)).forEach((id) -> changes.add("menu would gain " + id));
		oldMenu.stream().filter((id) -> !newMenu.contains(id)).forEach((id) -> changes.add("menu would lose " + id));
		Map<String, JsonNode> oldMeasured = measured(this.root);
		measured(fresh.root).forEach((key, now) -> {
			JsonNode then = oldMeasured.get(key);
			if (then == null) {
				changes.add("measurement " + key + " would be taken: " + now.get("value").asDouble());
			}
			else if (Math.abs(then.get("value").asDouble() - now.get("value").asDouble()) > 0.05
					|| Math.abs(then.path("error").asDouble(0) - now.path("error").asDouble(0)) > 0.05) {
				changes.add("measurement " + key + " would read " + now.get("value").asDouble() + " +/- "
						+ now.path("error").asDouble(0) + " instead of " + then.get("value").asDouble() + " +/- "
						+ then.path("error").asDouble(0));
			}
		});
		return changes;
	}

	private static Map<String, String> findings(JsonNode root) {
		Map<String, String> bySide = new LinkedHashMap<>();
		for (JsonNode finding : root.path("findings")) {
			String key = finding.get("id").asString()
					+ (finding.has("side") ? " (" + finding.get("side").asString() + ")" : "");
			bySide.put(key, finding.get("severity").asString());
		}
		return bySide;
	}

	private static Map<String, JsonNode> measured(JsonNode root) {
		Map<String, JsonNode> byKey = new LinkedHashMap<>();
		for (JsonNode measurement : root.path("measurements")) {
			if ("measured".equals(measurement.path("status").asString(""))) {
				byKey.put(measurement.get("id").asString() + " (" + measurement.get("view").asString() + ")",
						measurement);
			}
		}
		return byKey;
	}

	private static List<String> keys(JsonNode array, String field) {
		List<String> keys = new ArrayList<>();
		if (array != null) {
			array.forEach((node) -> keys.add(node.path(field).asString("")));
		}
		return keys;
	}

	private static List<String> menuExercises(JsonNode root) {
		return keys(root.path("menu").path("exercises"), "id");
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ClinicalRecord record && record.root.equals(this.root);
	}

	@Override
	public int hashCode() {
		return this.root.hashCode();
	}

}
