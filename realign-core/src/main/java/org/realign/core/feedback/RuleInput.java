package org.realign.core.feedback;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.realign.core.prescription.PrescribedMenu;

/**
 * What a progression rule reads after a session was logged.
 *
 * @param clientId the client
 * @param menu the client's menu
 * @param latest the session just logged (its version in force)
 * @param historyByExercise per exercise id, every entry of that exercise so far, oldest
 * first, the latest session's entry last
 * @param latestCramps the classification of every cramp of the latest session, on an
 * exercise or not
 * @param openMedicalReviews cramps that need medical review and that the practitioner has
 * not cleared yet
 * @param safety the red-flag screening status
 * @param settings the practice's thresholds
 * @param openSpasms spasm episodes not cleared by the practitioner, started on or before
 * the latest session
 * @param regressions steps back the menu took, oldest first
 */
public record RuleInput(String clientId, PrescribedMenu menu, SessionLog latest,
		Map<String, List<ClassifiedEntry>> historyByExercise, List<CrampClassification> latestCramps,
		List<CrampClassification> openMedicalReviews, SafetyStatus safety, PracticeSettings settings,
		List<OpenSpasm> openSpasms, List<Regression> regressions) {

	public RuleInput {
		Objects.requireNonNull(latest, "latest");
		historyByExercise = Map.copyOf(historyByExercise);
		latestCramps = List.copyOf(latestCramps);
		openMedicalReviews = List.copyOf(openMedicalReviews);
		Objects.requireNonNull(safety, "safety");
		Objects.requireNonNull(settings, "settings");
		openSpasms = List.copyOf(openSpasms);
		regressions = List.copyOf(regressions);
	}

	/** Every spasm reported in the latest session, on any exercise. */
	public List<SpasmReport> latestSpasms() {
		return this.latest.entries().stream().flatMap((entry) -> entry.spasms().stream()).toList();
	}

	/** The history of one exercise, oldest first; empty when never logged. */
	public List<ClassifiedEntry> history(String exerciseId) {
		return this.historyByExercise.getOrDefault(exerciseId, List.of());
	}

	/**
	 * The latest session's entry for the exercise with its classified cramps, empty when
	 * the exercise was not logged in the latest session.
	 */
	public Optional<ClassifiedEntry> latestEntry(String exerciseId) {
		List<ClassifiedEntry> history = history(exerciseId);
		if (history.isEmpty()) {
			return Optional.empty();
		}
		ClassifiedEntry last = history.get(history.size() - 1);
		return last.logId().equals(this.latest.logId()) ? Optional.of(last) : Optional.empty();
	}

}
