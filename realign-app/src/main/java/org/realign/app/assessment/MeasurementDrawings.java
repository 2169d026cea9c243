package org.realign.app.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.realign.core.assessment.Assessor;
import org.realign.core.landmark.Landmark;
import org.realign.core.landmark.LandmarkId;
import org.realign.core.landmark.LandmarkSet;
import org.realign.core.landmark.View;
import org.realign.core.measure.Construction;
import org.realign.core.measure.Measurement;
import org.realign.core.measure.MeasurementDefinition;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * What to draw on a photo for its measurements: for each measured value, the construction
 * core registered with its formula and the landmarks that take its roles. The assessment
 * page draws these in the browser (and redraws them as a point is dragged), the
 * comparison page draws them on both photos, and the PDF report draws them on its photo
 * pages.
 */
@Component
public class MeasurementDrawings {

	/**
	 * Drawn until the practitioner chooses otherwise: the measurements a practitioner
	 * looks at first (head, pelvis, plumb line, the frontal level lines), and their
	 * pose-model proxies. Every other measurement is one toggle away; drawing all of them
	 * at once hides the photo.
	 */
	static final Set<String> SHOWN_BY_DEFAULT = Set.of("craniovertebral-angle", "sagittal-pelvic-tilt",
			"body-vertical-alignment", "head-tilt", "shoulder-height-asymmetry", "pelvic-obliquity",
			"ear-shoulder-angle-proxy", "shoulder-height-asymmetry-proxy", "hip-height-asymmetry-proxy",
			"head-tilt-proxy");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Assessor assessor;

	MeasurementDrawings(Assessor assessor) {
		this.assessor = assessor;
	}

	/**
	 * One measurement's drawing on one view.
	 *
	 * @param id the measurement definition id
	 * @param name its name
	 * @param view the view id
	 * @param kind the construction kind id ({@link Construction.Kind#id()})
	 * @param points landmark ids in the order the construction takes its roles
	 * @param forward +1 when the person faces the image's right edge, -1 when the left, 0
	 * on frontal views
	 * @param value the measured value
	 * @param unit its unit
	 * @param shown whether it is drawn until the practitioner switches it off
	 */
	public record Drawing(String id, String name, String view, String kind, List<String> points, int forward,
			double value, String unit, boolean shown) {

		public Drawing {
			points = List.copyOf(points);
		}

	}

	/** The drawings of the measured values taken on this photo, in catalogue order. */
	public List<Drawing> of(LandmarkSet set, List<Measurement> measurements) {
		List<Drawing> drawings = new ArrayList<>();
		for (Measurement measurement : measurements) {
			if (!(measurement instanceof Measurement.Measured measured) || measured.view() != set.view()) {
				continue;
			}
			MeasurementDefinition definition = this.assessor.catalog().get(measured.id());
			Optional<Construction> construction = Construction.forMeasurement(measured.id());
			if (construction.isEmpty()) {
				continue;
			}
			List<LandmarkId> landmarks = definition.landmarksFor(set.view());
			List<String> points = construction.get().order().stream().map((i) -> landmarks.get(i).id()).toList();
			drawings.add(new Drawing(measured.id(), definition.name(), set.view().id(), construction.get().kind().id(),
					points, forward(set.view()), measured.value(), measured.unit(),
					SHOWN_BY_DEFAULT.contains(measured.id())));
		}
		return drawings;
	}

	/** The drawings as JSON, for a {@code data-drawings} attribute. */
	public String json(List<Drawing> drawings) {
		return JSON.writeValueAsString(drawings);
	}

	/**
	 * The figure of a drawing on its photo, in image pixels, computed by core from the
	 * same construction.
	 */
	public Construction.Figure figure(Drawing drawing, LandmarkSet set) {
		MeasurementDefinition definition = this.assessor.catalog().get(drawing.id());
		List<Construction.Point> points = definition.landmarksFor(set.view()).stream().map((id) -> {
			Landmark l = set.find(id).orElseThrow();
			return new Construction.Point(l.x(), l.y());
		}).toList();
		return Construction.forMeasurement(drawing.id()).orElseThrow().figure(set.view(), points);
	}

	private static int forward(View view) {
		return switch (view) {
			case RIGHT_LATERAL -> 1;
			case LEFT_LATERAL -> -1;
			default -> 0;
		};
	}

}
