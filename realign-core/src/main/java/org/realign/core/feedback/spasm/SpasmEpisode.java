package org.realign.core.feedback.spasm;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One spasm episode, append-only like session logs: a correction is a new version with
 * the same id pointing to the version it replaces.
 *
 * @param id stable id across versions
 * @param version 1 for the first record
 * @param replacesVersion the version this one corrects, empty for version 1
 * @param clientId the client
 * @param date the day it started
 * @param region e.g. {@code low-back}, {@code neck}, {@code calf}
 * @param trigger the movement that set it off
 * @param severity 0..10
 * @param duration how long it lasted (or has lasted so far)
 * @param helped what helped, in the client's words
 * @param stoppedDoing what it stopped the client doing, in the client's words
 * @param avoiding whether the client reports avoiding the movement since
 * @param newOrWorseSymptoms whether the client reports new or worse symptoms with it
 * @param notes free text
 */
public record SpasmEpisode(String id, int version, Optional<Integer> replacesVersion, String clientId, LocalDate date,
		String region, SpasmTrigger trigger, int severity, Duration duration, List<String> helped,
		List<String> stoppedDoing, boolean avoiding, boolean newOrWorseSymptoms, String notes) {

	/** Regions read as the back, for which the after-back-spasm starter menu applies. */
	public static final List<String> BACK_REGIONS = List.of("low-back", "mid-back", "back");

	public SpasmEpisode {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(replacesVersion, "replacesVersion");
		Objects.requireNonNull(clientId, "clientId");
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(region, "region");
		Objects.requireNonNull(trigger, "trigger");
		Objects.requireNonNull(duration, "duration");
		helped = List.copyOf(helped);
		stoppedDoing = List.copyOf(stoppedDoing);
		notes = notes == null ? "" : notes;
	}

	public boolean isBack() {
		return BACK_REGIONS.contains(this.region);
	}

	/** The client avoids the movement, or says the spasm stopped them doing something. */
	public boolean showsAvoidance() {
		return this.avoiding || !this.stoppedDoing.isEmpty();
	}

}
