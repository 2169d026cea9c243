package org.realign.core.feedback;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A spasm episode the practitioner has not cleared yet. While one is open no dose is
 * raised and no exercise is made harder: a spasm is the body guarding a movement (Hodges
 * and Tucker 2011), so the programme holds still until the practitioner has re-screened
 * and looked at the episode. Holding still until then is our own conservative reading of
 * the field research's guardrails (§5.3), not a published rule.
 *
 * @param episodeId the episode
 * @param date the day it started
 * @param region where, e.g. {@code low-back}
 */
public record OpenSpasm(String episodeId, LocalDate date, String region) {

	public OpenSpasm {
		Objects.requireNonNull(episodeId, "episodeId");
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(region, "region");
	}

}
