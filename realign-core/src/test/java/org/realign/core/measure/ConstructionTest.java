package org.realign.core.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.realign.core.landmark.ImageSize;
import org.realign.core.landmark.Landmark;
import org.realign.core.landmark.LandmarkId;
import org.realign.core.landmark.LandmarkSet;
import org.realign.core.landmark.View;
import org.realign.core.measure.MeasurementDefinition.MeasurementError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The drawing of a measurement shows the angle the formula computes. */
class ConstructionTest {

	private static final MeasurementCatalog CATALOG = MeasurementCatalog.shipped();

	@Test
	void forMeasurement_everyCataloguedMeasurement_hasAConstructionTakingItsLandmarks() {
		for (MeasurementDefinition definition : CATALOG.all()) {
			Construction construction = Construction.forMeasurement(definition.id())
				.orElseThrow(() -> new AssertionError(definition.id() + " has no construction"));
			assertThat(construction.order()).as(definition.id())
				.allSatisfy((index) -> assertThat(index).isBetween(0, definition.landmarks().size() - 1));
		}
	}

	@Test
	void figure_randomLandmarks_theArcSpansTheMeasuredAngle() {
		Random random = new Random(7);
		Measurer measurer = new Measurer(CATALOG);
		int checked = 0;
		for (int round = 0; round < 50; round++) {
			for (MeasurementDefinition definition : CATALOG.all()) {
				if (!definition.unit().equals("deg") || definition.id().equals("shoulder-pelvis-angle")) {
					continue; // the difference of two level lines has no single arc
				}
				for (View view : definition.views()) {
					List<LandmarkId> ids = definition.landmarksFor(view);
					List<Landmark> landmarks = new ArrayList<>();
					List<Construction.Point> points = new ArrayList<>();
					for (LandmarkId id : ids) {
						double x = 100 + random.nextDouble() * 800;
						double y = 100 + random.nextDouble() * 1200;
						landmarks.add(Landmark.manual(id, x, y));
						points.add(new Construction.Point(x, y));
					}
					LandmarkSet set = LandmarkSet.of(view, new ImageSize(1000, 1400), landmarks);
					double value = ((Measurement.Measured) measurer.measure(definition, set)).value();
					Construction.Figure figure = Construction.forMeasurement(definition.id())
						.orElseThrow()
						.figure(view, points);
					assertThat(figure.arc()).as(definition.id()).isPresent();
					assertThat(figure.arc().get().degrees()).as(definition.id() + " on " + view.id())
						.isCloseTo(Math.abs(value), within(1e-6));
					checked++;
				}
			}
		}
		assertThat(checked).isGreaterThan(1000);
	}

	@Test
	void figure_craniovertebralOnALeftLateralView_drawsTheHorizontalTowardsTheFace() {
		Construction cva = Construction.forMeasurement("craniovertebral-angle").orElseThrow();
		Construction.Point c7 = new Construction.Point(560, 330);
		Construction.Point tragus = new Construction.Point(480, 250);
		Construction.Figure figure = cva.figure(View.LEFT_LATERAL, List.of(c7, tragus));
		Construction.Line horizontal = figure.lines()
			.stream()
			.filter(Construction.Line::reference)
			.findFirst()
			.orElseThrow();
		assertThat(horizontal.from()).isEqualTo(c7);
		assertThat(horizontal.to().y()).isEqualTo(330);
		assertThat(horizontal.to().x()).isLessThan(560);
		assertThat(figure.arc().orElseThrow().degrees()).isCloseTo(45, within(1e-9));
	}

	@Test
	void minimalDetectableChange_fromSemMdcAndOthers() {
		assertThat(new MeasurementError(2.7, "SEM", "", List.of()).minimalDetectableChange().getAsDouble())
			.isCloseTo(7.48, within(0.01));
		assertThat(new MeasurementError(1.7, "MDC", "", List.of()).minimalDetectableChange())
			.isEqualTo(OptionalDouble.of(1.7));
		assertThat(new MeasurementError(5.6, "MAE", "", List.of()).minimalDetectableChange()).isEmpty();
		assertThat(new MeasurementError(0, "not-established", "", List.of()).minimalDetectableChange()).isEmpty();
		assertThat(MeasurementError.changeExceeds(-5, 1.7)).isTrue();
		assertThat(MeasurementError.changeExceeds(1.7, 1.7)).isFalse();
	}

}
