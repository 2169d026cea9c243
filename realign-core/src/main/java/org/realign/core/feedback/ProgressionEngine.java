package org.realign.core.feedback;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.realign.core.feedback.RuleOutcome.Alert;
import org.realign.core.feedback.RuleOutcome.AlertLevel;
import org.realign.core.feedback.RuleOutcome.Proposal;
import org.realign.core.prescription.PrescribedItem;

/**
 * Classifies the cramps of a client's sessions and runs the progression rules on the
 * latest one. A paused programme (an urgent red flag) yields no proposals, only the alert
 * that it is paused.
 */
public final class ProgressionEngine {

	private final List<ProgressionRule> rules;

	public ProgressionEngine() {
		this(ProgressionRules.allCurrentRules());
	}

	public ProgressionEngine(List<ProgressionRule> rules) {
		this.rules = List.copyOf(rules);
	}

	/**
	 * Evaluates one session as of when it happened: the rules see that session as the
	 * latest and ignore sessions dated (or, on the same day, recorded) after it, which
	 * matters when a session is logged late.
	 * @throws IllegalArgumentException if the client has no log with that id
	 */
	public Evaluation evaluate(ClientFeedback client, String logId) {
		int at = -1;
		for (int i = 0; i < client.logs().size(); i++) {
			if (client.logs().get(i).logId().equals(logId)) {
				at = i;
			}
		}
		if (at < 0) {
			throw new IllegalArgumentException("no log " + logId + " for client " + client.clientId());
		}
		// The logs are sorted by date, then by when they were recorded.
		return evaluate(
				new ClientFeedback(client.clientId(), client.menu(), client.logs().subList(0, at + 1), client.safety(),
						client.medicalReviewClearedOn(), client.settings(), client.openSpasms(), client.regressions()));
	}

	/** Evaluates the latest session of the client (by date); no logs, no outcomes. */
	public Evaluation evaluate(ClientFeedback client) {
		if (client.logs().isEmpty()) {
			return new Evaluation(List.of(), List.of());
		}
		CrampClassifier classifier = new CrampClassifier(client.settings());
		Map<String, List<ClassifiedEntry>> history = new LinkedHashMap<>();
		List<CrampClassification> openReviews = new ArrayList<>();
		List<CrampClassification> latestCramps = List.of();
		SessionLog latest = client.logs().get(client.logs().size() - 1);
		for (SessionLog log : client.logs()) {
			List<CrampClassification> sessionCramps = new ArrayList<>();
			int spontaneous = spontaneousCrampsUpTo(client, log);
			for (ExerciseEntry entry : log.entries()) {
				Optional<PrescribedItem> item = client.menu().item(entry.exerciseId());
				List<CrampClassification> cramps = entry.cramps()
					.stream()
					.map((cramp) -> classifier.classify(cramp, item, entry.worstPain(), spontaneous))
					.toList();
				sessionCramps.addAll(cramps);
				history.computeIfAbsent(entry.exerciseId(), (id) -> new ArrayList<>())
					.add(new ClassifiedEntry(log.logId(), log.version(), log.date(), entry, cramps));
			}
			for (CrampReport cramp : log.session().standaloneCramps()) {
				sessionCramps.add(classifier.classify(cramp, Optional.empty(), 0, spontaneous));
			}
			boolean cleared = client.medicalReviewClearedOn().map((day) -> !log.date().isAfter(day)).orElse(false);
			if (!cleared) {
				sessionCramps.stream().filter(CrampClassification::needsMedicalReview).forEach(openReviews::add);
			}
			if (log == latest) {
				latestCramps = sessionCramps;
			}
		}
		List<OpenSpasm> openSpasms = client.openSpasms()
			.stream()
			.filter((spasm) -> !spasm.date().isAfter(latest.date()))
			.toList();
		RuleInput input = new RuleInput(client.clientId(), client.menu(), latest, history, latestCramps, openReviews,
				client.safety(), client.settings(), openSpasms, client.regressions());
		List<RuleOutcome> outcomes = new ArrayList<>();
		for (ProgressionRule rule : this.rules) {
			outcomes.addAll(rule.apply(input));
		}
		if (client.safety().isPaused()) {
			outcomes.removeIf(Proposal.class::isInstance);
			outcomes.add(0,
					new Alert("programme-paused", client.clientId(), Optional.empty(), AlertLevel.URGENT, latest.date(),
							"Programme paused after an urgent red-flag answer ("
									+ String.join(", ", client.safety().openFlags()) + "); no changes are proposed.",
							Optional.of(ClientMessages.SEEK_URGENT_CARE)));
		}
		return new Evaluation(latestCramps, outcomes);
	}

	/** Night or rest cramps in the recurrence window that ends on the log's date. */
	private static int spontaneousCrampsUpTo(ClientFeedback client, SessionLog log) {
		LocalDate from = log.date().minusDays(client.settings().recurrenceWindowDays() - 1L);
		return (int) client.logs()
			.stream()
			.filter((other) -> !other.date().isBefore(from) && !other.date().isAfter(log.date()))
			.flatMap((other) -> other.allCramps().stream())
			.filter((cramp) -> cramp.onset().isSpontaneous())
			.count();
	}

}
