package org.realign.core.feedback;

import java.util.Objects;
import java.util.Optional;

import org.realign.core.landmark.Side;

/**
 * A pain, rated on the numeric pain rating scale.
 *
 * @param nprs 0 (no pain) .. 10 (worst imaginable)
 * @param location where it hurts, in the client's words or a region id
 * @param quality how it feels
 * @param side the client's own left or right, empty when not said or in the middle
 */
public record PainReport(int nprs, String location, PainQuality quality, Optional<Side> side) implements Feedback {

	public PainReport {
		Objects.requireNonNull(location, "location");
		Objects.requireNonNull(quality, "quality");
		side = side == null ? Optional.empty() : side;
	}

	/** A pain whose side was not said. */
	public PainReport(int nprs, String location, PainQuality quality) {
		this(nprs, location, quality, Optional.empty());
	}

	@Override
	public String kind() {
		return "pain";
	}

}
