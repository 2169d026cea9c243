package org.realign.core.landmark;

import java.util.Arrays;
import java.util.Optional;

/**
 * The four standard photo views of a posture assessment.
 * <p>
 * Lateral views are named after the side of the person that faces the camera: in a
 * {@link #LEFT_LATERAL} photo the person's left side faces the camera, so the person
 * faces the image's left edge.
 */
public enum View {

	ANTERIOR("anterior"), POSTERIOR("posterior"), LEFT_LATERAL("left-lateral"), RIGHT_LATERAL("right-lateral");

	private final String id;

	View(String id) {
		this.id = id;
	}

	/** The kebab-case id used in files, URLs and the command line. */
	public String id() {
		return this.id;
	}

	public boolean isLateral() {
		return this == LEFT_LATERAL || this == RIGHT_LATERAL;
	}

	/**
	 * For a lateral view, the person's side that faces the camera (the side whose
	 * landmarks the lateral measurements use); empty for frontal views.
	 */
	public Optional<Side> sideFacingCamera() {
		return switch (this) {
			case LEFT_LATERAL -> Optional.of(Side.LEFT);
			case RIGHT_LATERAL -> Optional.of(Side.RIGHT);
			default -> Optional.empty();
		};
	}

	public static Optional<View> fromId(String id) {
		return Arrays.stream(values()).filter((view) -> view.id.equals(id)).findFirst();
	}

}
