package org.realign.core.landmark;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One point on a photo: pixel coordinates (origin top-left, y down) and provenance.
 *
 * @param id which point
 * @param x pixels from the left edge
 * @param y pixels from the top edge
 * @param source who placed it
 * @param confidence the model's score in [0, 1], for model points
 * @param visibility the model's visibility estimate in [0, 1], if it gave one
 * @param presence the model's presence estimate in [0, 1], if it gave one
 * @param uncertainty the standard uncertainty (one standard deviation, pixels, the same
 * in x and y) of where the point lies, when it is known: a model keypoint's spread over
 * augmented passes, a skin marker's localisation error, an anatomical point estimated
 * from keypoints with its published offset error; empty for hand-marked points and where
 * nothing is known
 */
public record Landmark(LandmarkId id, double x, double y, LandmarkSource source, OptionalDouble confidence,
		OptionalDouble visibility, OptionalDouble presence, OptionalDouble uncertainty) {

	public Landmark {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(confidence, "confidence");
		Objects.requireNonNull(visibility, "visibility");
		Objects.requireNonNull(presence, "presence");
		Objects.requireNonNull(uncertainty, "uncertainty");
		if (uncertainty.isPresent() && !(uncertainty.getAsDouble() >= 0)) {
			throw new IllegalArgumentException(id.id() + ": uncertainty must be a non-negative number");
		}
		if (!Double.isFinite(x) || !Double.isFinite(y)) {
			throw new IllegalArgumentException(id.id() + ": coordinates must be finite numbers");
		}
	}

	/** A point whose placement uncertainty is not known. */
	public Landmark(LandmarkId id, double x, double y, LandmarkSource source, OptionalDouble confidence,
			OptionalDouble visibility, OptionalDouble presence) {
		this(id, x, y, source, confidence, visibility, presence, OptionalDouble.empty());
	}

	/** A point placed by hand. */
	public static Landmark manual(LandmarkId id, double x, double y) {
		return new Landmark(id, x, y, LandmarkSource.MANUAL, OptionalDouble.empty(), OptionalDouble.empty(),
				OptionalDouble.empty());
	}

	public Landmark at(double newX, double newY) {
		return new Landmark(this.id, newX, newY, this.source, this.confidence, this.visibility, this.presence,
				this.uncertainty);
	}

	/**
	 * The same point with a known placement uncertainty (pixels, one standard deviation).
	 */
	public Landmark withUncertainty(double pixels) {
		return new Landmark(this.id, this.x, this.y, this.source, this.confidence, this.visibility, this.presence,
				OptionalDouble.of(pixels));
	}

	Landmark relabelled(LandmarkId newId, double newX, double newY) {
		return new Landmark(newId, newX, newY, this.source, this.confidence, this.visibility, this.presence,
				this.uncertainty);
	}

}
