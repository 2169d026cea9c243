package org.realign.core.landmark;

import java.util.Arrays;
import java.util.Optional;

/** Who placed a landmark: a practitioner by hand, a skin marker, or a pose model. */
public enum LandmarkSource {

	MANUAL("manual"), MARKER("marker"), BLAZEPOSE_LITE("blazepose-lite"), BLAZEPOSE_FULL("blazepose-full"),
	BLAZEPOSE_HEAVY("blazepose-heavy");

	private final String id;

	LandmarkSource(String id) {
		this.id = id;
	}

	public String id() {
		return this.id;
	}

	/** Whether a model placed the point (and so it carries a confidence). */
	public boolean isModel() {
		return this != MANUAL && this != MARKER;
	}

	public static Optional<LandmarkSource> fromId(String id) {
		return Arrays.stream(values()).filter((source) -> source.id.equals(id)).findFirst();
	}

}
