package org.realign.core.feedback.spasm;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.realign.core.feedback.OpenSpasm;

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
 * @param exerciseId the menu exercise it came with, when reported with a session
 */
public record SpasmEpisode(String id, int version, Optional<Integer> replacesVersion, String clientId, LocalDate date,
		String region, SpasmTrigger trigger, int severity, Duration duration, List<String> helped,
		List<String> stoppedDoing, boolean avoiding, boolean newOrWorseSymptoms, String notes,
		Optional<String> exerciseId) {

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
		exerciseId = exerciseId == null ? Optional.empty() : exerciseId;
	}

	/** An episode reported on its own (journal, spasm form), not with a session. */
	public SpasmEpisode(String id, int version, Optional<Integer> replacesVersion, String clientId, LocalDate date,
			String region, SpasmTrigger trigger, int severity, Duration duration, List<String> helped,
			List<String> stoppedDoing, boolean avoiding, boolean newOrWorseSymptoms, String notes) {
		this(id, version, replacesVersion, clientId, date, region, trigger, severity, duration, helped, stoppedDoing,
				avoiding, newOrWorseSymptoms, notes, Optional.empty());
	}

	/** The episode as a guardrail of the progression rules, while it is not cleared. */
	public OpenSpasm asOpen() {
		return new OpenSpasm(this.id, this.date, this.region);
	}

	public boolean isBack() {
		return BACK_REGIONS.contains(this.region);
	}

	/** The client avoids the movement, or says the spasm stopped them doing something. */
	public boolean showsAvoidance() {
		return this.avoiding || !this.stoppedDoing.isEmpty();
	}

}
