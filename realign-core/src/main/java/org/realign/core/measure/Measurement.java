package org.realign.core.measure;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.realign.core.landmark.LandmarkId;
import org.realign.core.landmark.View;

/**
 * The outcome of one measurement on one view: a value, or a gap naming the landmarks that
 * were missing. A gap is never filled with a guess.
 */
public sealed interface Measurement {

	/** The measurement definition's id, e.g. {@code craniovertebral-angle}. */
	String id();

	View view();

	/**
	 * A computed value.
	 *
	 * @param id definition id
	 * @param view the view it was taken on
	 * @param value the value in {@code unit}
	 * @param unit UCUM code, e.g. {@code deg} or {@code %}
	 * @param proxy whether it was computed from pose-model keypoints standing in for
	 * anatomical points
	 */
	record Measured(String id, View view, double value, String unit, boolean proxy) implements Measurement {

		public Measured {
			Objects.requireNonNull(id, "id");
			Objects.requireNonNull(view, "view");
			Objects.requireNonNull(unit, "unit");
		}

		/** The value as an {@link Angle}, when the unit is degrees. */
		public Optional<Angle> angle() {
			return Angle.UNIT.equals(this.unit) ? Optional.of(Angle.ofDegrees(this.value)) : Optional.empty();
		}

	}

	/**
	 * A measurement that could not be taken.
	 *
	 * @param id definition id
	 * @param view the view it was asked of
	 * @param missing the landmarks the view lacks, in definition order
	 */
	record Gap(String id, View view, List<LandmarkId> missing) implements Measurement {

		public Gap {
			Objects.requireNonNull(id, "id");
			Objects.requireNonNull(view, "view");
			missing = List.copyOf(missing);
		}

	}

}
