package org.realign.core.assessment;

import org.realign.core.finding.Finding;
import org.realign.core.measure.Measurement;
import org.realign.core.measure.Measurement.Gap;
import org.realign.core.measure.Measurement.Measured;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes an {@link AssessmentReport} as the JSON object of {@code realign assess --json}:
 *
 * <pre>
 * {"measurements":[{"id":"craniovertebral-angle","view":"left-lateral","value":47.9,"unit":"deg","status":"measured"},
 *                  {"id":"sagittal-pelvic-tilt","view":"left-lateral","status":"gap","missing":["left-asis"]}],
 *  "findings":[{"id":"forward-head-posture","severity":"moderate","because":["craniovertebral-angle"]}]}
 * </pre>
 *
 * {@link #toJson} returns a mutable object so that later features can add their keys
 * ({@code hypotheses}, {@code menu}) before writing it. Values are rounded to 0.1 of
 * their unit; proxies carry {@code "proxy":true}.
 */
public final class AssessmentReportJson {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private AssessmentReportJson() {
	}

	public static ObjectNode toJson(AssessmentReport report) {
		ObjectNode root = MAPPER.createObjectNode();
		ArrayNode measurements = root.putArray("measurements");
		for (Measurement measurement : report.measurements()) {
			ObjectNode node = measurements.addObject();
			node.put("id", measurement.id());
			node.put("view", measurement.view().id());
			if (measurement instanceof Measured measured) {
				node.put("value", round(measured.value()));
				node.put("unit", measured.unit());
				node.put("status", "measured");
				node.put("basis", measured.basis().id());
				measured.error().ifPresent((error) -> node.put("error", round(error)));
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
		if (report.findings().isEmpty()) {
			root.put("findingsNote", AssessmentReport.NO_DEVIATION);
		}
		ArrayNode findings = root.putArray("findings");
		for (Finding finding : report.findings()) {
			ObjectNode node = findings.addObject();
			node.put("id", finding.id());
			node.put("severity", finding.severity().id());
			finding.side().ifPresent((side) -> node.put("side", side.id()));
			node.put("basis", report.basisOf(finding).id());
			ArrayNode because = node.putArray("because");
			finding.because().forEach(because::add);
		}
		return root;
	}

	/** The report as pretty-printed JSON text. */
	public static String write(AssessmentReport report) {
		return write(toJson(report));
	}

	/** Any report object (perhaps extended by later features) as pretty-printed JSON. */
	public static String write(ObjectNode report) {
		return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(report);
	}

	/** Rounds to 0.1; adding 0.0 turns a negative zero into zero. */
	public static double round(double value) {
		return Math.round(value * 10) / 10.0 + 0.0;
	}

}
