package org.realign.core.feedback;

import java.util.Objects;

/**
 * A pain, rated on the numeric pain rating scale.
 *
 * @param nprs 0 (no pain) .. 10 (worst imaginable)
 * @param location where it hurts, in the client's words or a region id
 * @param quality how it feels
 */
public record PainReport(int nprs, String location, PainQuality quality) implements Feedback {

	public PainReport {
		Objects.requireNonNull(location, "location");
		Objects.requireNonNull(quality, "quality");
	}

	@Override
	public String kind() {
		return "pain";
	}

}
