package org.realign.core.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.realign.core.landmark.Landmark;
import org.realign.core.landmark.LandmarkId;
import org.realign.core.landmark.LandmarkSet;
import org.realign.core.measure.Formulas.Point;

/**
 * Takes every catalogued measurement a photo's view allows.
 * <p>
 * A measurement whose landmarks are not all present becomes a {@link Measurement.Gap}
 * naming them. Proxy measurements (pose-model keypoints standing in for anatomical
 * points) are taken only on views where a model placed at least one point; on a
 * hand-marked photo they would be nothing but gaps.
 */
public final class Measurer {

	private final MeasurementCatalog catalog;

	public Measurer(MeasurementCatalog catalog) {
		this.catalog = Objects.requireNonNull(catalog, "catalog");
	}

	/** A measurer over the shipped catalogue. */
	public static Measurer shipped() {
		return new Measurer(MeasurementCatalog.shipped());
	}

	public MeasurementCatalog catalog() {
		return this.catalog;
	}

	/** All measurements of one photo, in catalogue order. */
	public List<Measurement> measure(LandmarkSet set) {
		boolean hasModelPoints = set.landmarks().stream().anyMatch((l) -> l.source().isModel());
		List<Measurement> results = new ArrayList<>();
		for (MeasurementDefinition definition : this.catalog.all()) {
			if (!definition.views().contains(set.view()) || (definition.proxy() && !hasModelPoints)) {
				continue;
			}
			results.add(measure(definition, set));
		}
		return results;
	}

	/**
	 * One measurement of one photo; the photo's view must be one the definition lists.
	 */
	public Measurement measure(MeasurementDefinition definition, LandmarkSet set) {
		if (!definition.views().contains(set.view())) {
			throw new IllegalArgumentException(definition.id() + " is not taken on " + set.view().id());
		}
		List<LandmarkId> needed = definition.landmarksFor(set.view());
		List<LandmarkId> missing = needed.stream().filter((id) -> !set.contains(id)).toList();
		if (!missing.isEmpty()) {
			return new Measurement.Gap(definition.id(), set.view(), missing);
		}
		List<Landmark> used = needed.stream().map((id) -> set.find(id).orElseThrow()).toList();
		List<Point> points = used.stream().map((l) -> new Point(l.x(), l.y())).toList();
		double value = Formulas.compute(definition.id(), set.view(), points);
		return new Measurement.Measured(definition.id(), set.view(), value, definition.unit(), definition.proxy(),
				basis(definition, used), java.util.OptionalDouble.empty());
	}

	/**
	 * The basis of a reading: estimated when any point behind it was placed by a model
	 * (or the definition is a proxy); else a skin marker when any point is a marker found
	 * in the photo; else marked by a person.
	 */
	static Measurement.Basis basis(MeasurementDefinition definition, List<Landmark> used) {
		if (definition.proxy() || used.stream().anyMatch((l) -> l.source().isModel())) {
			return Measurement.Basis.ESTIMATED;
		}
		if (used.stream().anyMatch((l) -> l.source() == org.realign.core.landmark.LandmarkSource.MARKER)) {
			return Measurement.Basis.MARKER;
		}
		return Measurement.Basis.MARKED;
	}

}
