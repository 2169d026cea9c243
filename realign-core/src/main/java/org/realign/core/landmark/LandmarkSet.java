package org.realign.core.landmark;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The landmarks of one photo: its view, its pixel size, and at most one point per id.
 */
public final class LandmarkSet {

	private final View view;

	private final ImageSize image;

	private final Map<LandmarkId, Landmark> landmarks;

	private LandmarkSet(View view, ImageSize image, Map<LandmarkId, Landmark> landmarks) {
		this.view = Objects.requireNonNull(view, "view");
		this.image = Objects.requireNonNull(image, "image");
		this.landmarks = landmarks;
	}

	/**
	 * A set from the given points.
	 * @throws IllegalArgumentException on a duplicate id
	 */
	public static LandmarkSet of(View view, ImageSize image, Collection<Landmark> landmarks) {
		Map<LandmarkId, Landmark> byId = new EnumMap<>(LandmarkId.class);
		for (Landmark landmark : landmarks) {
			if (byId.putIfAbsent(landmark.id(), landmark) != null) {
				throw new IllegalArgumentException("duplicate landmark " + landmark.id().id());
			}
		}
		return new LandmarkSet(view, image, byId);
	}

	public View view() {
		return this.view;
	}

	public ImageSize image() {
		return this.image;
	}

	public Optional<Landmark> find(LandmarkId id) {
		return Optional.ofNullable(this.landmarks.get(id));
	}

	public boolean contains(LandmarkId id) {
		return this.landmarks.containsKey(id);
	}

	public Collection<Landmark> landmarks() {
		return this.landmarks.values();
	}

	/**
	 * The same points shifted by (dx, dy) on a canvas grown to hold them; for tests of
	 * translation invariance.
	 */
	public LandmarkSet translated(double dx, double dy) {
		Map<LandmarkId, Landmark> moved = new EnumMap<>(LandmarkId.class);
		this.landmarks.forEach((id, l) -> moved.put(id, l.at(l.x() + dx, l.y() + dy)));
		return new LandmarkSet(this.view,
				new ImageSize(this.image.width() + Math.abs(dx), this.image.height() + Math.abs(dy)), moved);
	}

	/** The same points and image scaled uniformly by a positive factor. */
	public LandmarkSet scaled(double factor) {
		if (!(factor > 0)) {
			throw new IllegalArgumentException("scale factor must be positive");
		}
		Map<LandmarkId, Landmark> moved = new EnumMap<>(LandmarkId.class);
		this.landmarks.forEach((id, l) -> {
			Landmark at = l.at(l.x() * factor, l.y() * factor);
			moved.put(id,
					l.uncertainty().isPresent() ? at.withUncertainty(l.uncertainty().getAsDouble() * factor) : at);
		});
		return new LandmarkSet(this.view, new ImageSize(this.image.width() * factor, this.image.height() * factor),
				moved);
	}

	/**
	 * The photo flipped horizontally, seen as the photo of a mirror-image person: x
	 * becomes {@code width - x}, every left point becomes the matching right point and
	 * the lateral views swap (a mirrored left-lateral photo is a right-lateral photo).
	 * Frontal views keep their name.
	 */
	public LandmarkSet mirrored() {
		Map<LandmarkId, Landmark> flipped = new EnumMap<>(LandmarkId.class);
		this.landmarks.forEach((id, l) -> flipped.put(id.counterpart(),
				l.relabelled(id.counterpart(), this.image.width() - l.x(), l.y())));
		View mirroredView = switch (this.view) {
			case LEFT_LATERAL -> View.RIGHT_LATERAL;
			case RIGHT_LATERAL -> View.LEFT_LATERAL;
			default -> this.view;
		};
		return new LandmarkSet(mirroredView, this.image, flipped);
	}

	@Override
	public String toString() {
		return "LandmarkSet[" + this.view.id() + ", " + this.landmarks.size() + " landmarks]";
	}

}
