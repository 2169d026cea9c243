package org.realign.app.assessment;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The landmark file and the measurement report as the OpenAPI description shows them. The
 * API reads and writes them through the core's own parser and writer
 * ({@code LandmarkFile}, {@code AssessmentReportJson}), which stay the one definition;
 * these records only describe that JSON for callers.
 */
final class LandmarkSchemas {

	private LandmarkSchemas() {
	}

	/** A landmark file: one entry per photographed view. */
	@Schema(name = "LandmarkFile")
	record File(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<ViewLandmarks> views) {
	}

	/**
	 * @param view anterior, posterior, left-lateral or right-lateral
	 * @param image the photo's size in pixels
	 * @param landmarks the points on it
	 * @param unassignedMarkers the skin markers found on the photo that fit no point of
	 * the view's marker set (on saving: those still not named; a marker is named or
	 * removed, never added)
	 */
	@Schema(name = "ViewLandmarks")
	record ViewLandmarks(@Schema(example = "left-lateral") String view, ImageSize image, List<Point> landmarks,
			List<UnassignedMarker> unassignedMarkers) {
	}

	/**
	 * @param x centre, pixels from the left edge
	 * @param y centre, pixels from the top edge
	 * @param diameter pixels
	 * @param confidence the detector's confidence in [0, 1]
	 * @param uncertainty one standard deviation of the centre, pixels
	 * @param rgb the colour seen, {@code #rrggbb}
	 */
	@Schema(name = "UnassignedMarker")
	record UnassignedMarker(double x, double y, double diameter, double confidence, double uncertainty,
			@Schema(example = "#2255dd") String rgb) {
	}

	@Schema(name = "ImageSize")
	record ImageSize(@Schema(example = "1000") double width, @Schema(example = "1500") double height) {
	}

	/**
	 * @param id the landmark's id, e.g. {@code c7}, {@code greater-trochanter}
	 * @param x pixels from the left edge
	 * @param y pixels from the top edge
	 * @param source {@code manual}, {@code marker} (a skin marker found on the photo), or
	 * the model that placed it ({@code blazepose-full}, ...), or {@code estimated} from
	 * the model's keypoints
	 * @param confidence the model's confidence in [0, 1] (required for model points)
	 * @param visibility the model's visibility in [0, 1]
	 * @param presence the model's presence in [0, 1]
	 * @param uncertainty one standard deviation of the point's position, in pixels
	 */
	@Schema(name = "LandmarkPoint")
	record Point(@Schema(example = "c7") String id, @Schema(example = "512.0") double x,
			@Schema(example = "388.5") double y, @Schema(example = "manual") String source, Double confidence,
			Double visibility, Double presence, Double uncertainty) {
	}

	/** Measurements and findings from a landmark file. */
	@Schema(name = "MeasurementReport")
	record Report(List<MeasurementValue> measurements, @Schema(
			description = "Present when no finding lies beyond its cut-off plus the measurement's error") String findingsNote,
			List<FindingValue> findings) {
	}

	/**
	 * @param id the measurement's id
	 * @param view the view it was measured on
	 * @param status {@code measured}, or {@code gap} when landmarks are missing
	 * @param value the value (measured only), rounded to 0.1
	 * @param unit its unit (measured only)
	 * @param basis {@code marked}, {@code estimated} or {@code marker}
	 * @param error this reading's own error, in its unit
	 * @param proxy true when the value only stands in for the clinical measure
	 * @param missing the landmarks a gap lacks
	 */
	@Schema(name = "MeasurementValue")
	record MeasurementValue(String id, String view, @Schema(allowableValues = {
			"measured", "gap" }) String status, Double value, String unit,
			@Schema(allowableValues = { "marked", "estimated", "marker" }) String basis, Double error, Boolean proxy,
			List<String> missing){
	}

	/**
	 * @param id the finding's id
	 * @param severity how far beyond its cut-off
	 * @param side left or right, for a one-sided finding
	 * @param basis the basis of the measurements it rests on
	 * @param because the readings that made it fire, in words
	 */
	@Schema(name = "FindingValue")
	record FindingValue(String id, String severity, String side, String basis, List<String> because) {
	}

	/** A view's landmarks were replaced. */
	@Schema(name = "LandmarksSaved")
	record Saved(boolean saved) {
	}

}
