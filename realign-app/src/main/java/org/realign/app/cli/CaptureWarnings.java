package org.realign.app.cli;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.realign.core.capture.CaptureProblem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Photos kept despite a failed capture check ({@code --accept-capture}): the output names
 * them and every measurement of such a photo carries the warning.
 */
final class CaptureWarnings {

	private CaptureWarnings() {
	}

	static String warning(LandmarkPlacer.Placed photo) {
		return "capture check overridden for " + photo.file().getFileName() + ": "
				+ String.join("; ", photo.overridden().stream().map(CaptureProblem::message).toList());
	}

	/** Adds {@code "capture"} per photo and a {@code "warning"} to its measurements. */
	static void addTo(ObjectNode json, List<LandmarkPlacer.Placed> placed) {
		if (placed.isEmpty()) {
			return;
		}
		Map<String, String> byView = new HashMap<>();
		ArrayNode capture = json.putArray("capture");
		for (LandmarkPlacer.Placed photo : placed) {
			ObjectNode node = capture.addObject();
			node.put("photo", photo.file().getFileName().toString());
			node.put("view", photo.landmarks().view().id());
			node.put("passed", photo.overridden().isEmpty());
			ArrayNode overridden = node.putArray("overridden");
			for (CaptureProblem problem : photo.overridden()) {
				overridden.addObject().put("check", problem.check().id()).put("message", problem.message());
			}
			if (!photo.overridden().isEmpty()) {
				byView.put(photo.landmarks().view().id(), warning(photo));
			}
		}
		for (JsonNode measurement : json.get("measurements")) {
			String warning = byView.get(measurement.get("view").asString());
			if (warning != null) {
				((ObjectNode) measurement).put("warning", warning);
			}
		}
	}

	static void print(List<LandmarkPlacer.Placed> placed, PrintWriter out) {
		for (LandmarkPlacer.Placed photo : placed) {
			if (!photo.overridden().isEmpty()) {
				out.println();
				out.println("Warning: " + warning(photo) + "; its measurements may not describe standing posture.");
			}
		}
	}

}
