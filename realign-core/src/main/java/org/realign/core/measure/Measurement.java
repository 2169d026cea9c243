package org.realign.core.measure;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

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
	 * @param basis how the points behind it were placed
	 * @param error this reading's own error in {@code unit} (the points' placement error,
	 * the photo's repeatability and the measurement's reliability combined), when it is
	 * known; empty means the definition's error stands for it
	 */
	record Measured(String id, View view, double value, String unit, boolean proxy, Basis basis,
			OptionalDouble error) implements Measurement {

		public Measured {
			Objects.requireNonNull(id, "id");
			Objects.requireNonNull(view, "view");
			Objects.requireNonNull(unit, "unit");
			Objects.requireNonNull(basis, "basis");
			Objects.requireNonNull(error, "error");
			if (error.isPresent() && !(error.getAsDouble() >= 0)) {
				throw new IllegalArgumentException(id + ": error must be a non-negative number");
			}
		}

		/**
		 * A reading whose error is the definition's: marked points, or model keypoints
		 * standing in for them (a proxy).
		 */
		public Measured(String id, View view, double value, String unit, boolean proxy) {
			this(id, view, value, unit, proxy, proxy ? Basis.ESTIMATED : Basis.MARKED, OptionalDouble.empty());
		}

		/**
		 * The error a finding must be passed by: this reading's own when known, else the
		 * definition's.
		 */
		public double errorOr(double definitionError) {
			return this.error.orElse(definitionError);
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

	/**
	 * How the points behind a measurement were placed: the basis shown beside every value
	 * ({@code "basis"} in JSON).
	 */
	enum Basis {

		/** Placed or confirmed by a person. */
		MARKED("marked"),
		/** Estimated from the pose model's keypoints. */
		ESTIMATED("estimated"),
		/** A skin marker found in the photo. */
		MARKER("marker");

		private final String id;

		Basis(String id) {
			this.id = id;
		}

		/** The JSON and display id. */
		public String id() {
			return this.id;
		}

	}

}
