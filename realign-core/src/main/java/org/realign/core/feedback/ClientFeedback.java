package org.realign.core.feedback;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.realign.core.prescription.PrescribedMenu;

/**
 * Everything the progression engine reads for one client.
 *
 * @param clientId the client
 * @param menu the menu in force
 * @param logs the version in force of each session log, any order
 * @param safety the red-flag screening status
 * @param medicalReviewClearedOn the day the practitioner last cleared cramps that needed
 * medical review; cramps on or before it no longer block chasing
 * @param settings the practice's thresholds
 * @param openSpasms spasm episodes the practitioner has not cleared: while one is open no
 * dose is raised
 * @param regressions the steps back the menu took (easier exercise or lower dose), oldest
 * first
 */
public record ClientFeedback(String clientId, PrescribedMenu menu, List<SessionLog> logs, SafetyStatus safety,
		Optional<LocalDate> medicalReviewClearedOn, PracticeSettings settings, List<OpenSpasm> openSpasms,
		List<Regression> regressions) {

	public ClientFeedback {
		Objects.requireNonNull(clientId, "clientId");
		Objects.requireNonNull(menu, "menu");
		logs = logs.stream()
			.sorted(Comparator.comparing(SessionLog::date).thenComparing(SessionLog::recordedAt))
			.toList();
		Objects.requireNonNull(safety, "safety");
		Objects.requireNonNull(medicalReviewClearedOn, "medicalReviewClearedOn");
		Objects.requireNonNull(settings, "settings");
		openSpasms = List.copyOf(openSpasms);
		regressions = List.copyOf(regressions);
	}

	/** A client with no open spasm episode and no regression on record. */
	public ClientFeedback(String clientId, PrescribedMenu menu, List<SessionLog> logs, SafetyStatus safety,
			Optional<LocalDate> medicalReviewClearedOn, PracticeSettings settings) {
		this(clientId, menu, logs, safety, medicalReviewClearedOn, settings, List.of(), List.of());
	}

}
