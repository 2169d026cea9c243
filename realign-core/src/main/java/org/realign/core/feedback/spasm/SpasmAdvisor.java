package org.realign.core.feedback.spasm;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.realign.core.feedback.ClientMessages;
import org.realign.core.feedback.FieldError;
import org.realign.core.feedback.RuleOutcome.Alert;
import org.realign.core.feedback.RuleOutcome.AlertLevel;
import org.realign.core.feedback.SafetyStatus;
import org.realign.core.finding.Finding;

/**
 * Reads a spasm episode against the client's posture findings and safety status.
 * <p>
 * A spasm always asks for a red-flag re-screen (field research §5.1, §5.3). With the
 * programme paused nothing is proposed. Otherwise the trigger's re-exposure plan is
 * proposed, and for a back spasm the {@code after-back-spasm} starter menu; while a red
 * flag is open both wait for the practitioner, who is alerted.
 */
public final class SpasmAdvisor {

	/** The starter menu for the days after a back spasm (knowledge base, issue 5). */
	public static final String AFTER_BACK_SPASM_MENU = "after-back-spasm";

	/** The rule id alerts carry. */
	public static final String RULE_ID = "spasm-episode";

	private final SpasmValidator validator;

	public SpasmAdvisor(Clock clock) {
		this.validator = new SpasmValidator(Objects.requireNonNull(clock, "clock"));
	}

	public SpasmAssessment assess(SpasmEpisode episode, List<Finding> findings, SafetyStatus safety) {
		List<FieldError> errors = this.validator.validate(episode);
		if (!errors.isEmpty()) {
			return new SpasmAssessment.Rejected(errors);
		}
		Set<String> findingIds = findings.stream().map(Finding::id).collect(Collectors.toSet());
		List<SpasmAssessment.MatchedLink> links = new ArrayList<>();
		for (TriggerLink link : TriggerLinks.all()) {
			if (link.triggers().contains(episode.trigger())) {
				List<String> matched = link.findingIds().stream().filter(findingIds::contains).sorted().toList();
				if (!matched.isEmpty()) {
					links.add(new SpasmAssessment.MatchedLink(link, matched));
				}
			}
		}
		List<String> rescreen = new ArrayList<>();
		rescreen.add("a spasm episode was reported");
		if (episode.newOrWorseSymptoms()) {
			rescreen.add("the client reports new or worse symptoms with it");
		}
		List<Alert> alerts = new ArrayList<>();
		if (safety.isPaused()) {
			alerts.add(alert(episode, AlertLevel.URGENT,
					"Spasm reported while the programme is paused for urgent red flags; nothing proposed.",
					Optional.of(ClientMessages.SEEK_URGENT_CARE)));
			return new SpasmAssessment.Assessed(episode.id(), links, List.of(ClientMessages.SEEK_URGENT_CARE),
					episode.showsAvoidance(), Optional.empty(), Optional.empty(), rescreen, alerts);
		}
		List<String> forClient = new ArrayList<>();
		forClient.add(ClientMessages.SPASM_IS_PROTECTION);
		if (episode.showsAvoidance()) {
			forClient.add(ClientMessages.AVOIDANCE_NOTICED);
		}
		forClient.add(ClientMessages.NOT_MEDICAL_TREATMENT);
		Optional<ReExposurePlan> plan = ReExposurePlans.forTrigger(episode.trigger());
		Optional<String> starter = episode.isBack() ? Optional.of(AFTER_BACK_SPASM_MENU) : Optional.empty();
		StringBuilder summary = new StringBuilder("Spasm in the " + episode.region() + " after "
				+ episode.trigger().id() + " (severity " + episode.severity() + ").");
		for (SpasmAssessment.MatchedLink link : links) {
			summary.append(" Possible link to ")
				.append(String.join(", ", link.findingIds()))
				.append(": ")
				.append(link.link().pattern());
		}
		if (episode.showsAvoidance()) {
			summary.append(" The client reports avoidance");
			if (!episode.stoppedDoing().isEmpty()) {
				summary.append(" (stopped: ").append(String.join(", ", episode.stoppedDoing())).append(")");
			}
			summary.append(".");
		}
		if (!safety.isClear()) {
			summary.append(" Red flags are open (")
				.append(String.join(", ", safety.openFlags()))
				.append("): the plan and starter menu wait for your review.");
			alerts.add(alert(episode, AlertLevel.PRACTITIONER, summary.toString(), Optional.empty()));
			return new SpasmAssessment.Assessed(episode.id(), links, forClient, episode.showsAvoidance(),
					Optional.empty(), Optional.empty(), rescreen, alerts);
		}
		summary.append(" Proposed: ")
			.append(plan.map(ReExposurePlan::id).orElse("no re-exposure plan for this trigger"))
			.append(starter.map((menu) -> " and starter menu " + menu).orElse(""))
			.append("; re-screen red flags.");
		alerts.add(alert(episode, AlertLevel.PRACTITIONER, summary.toString(), Optional.empty()));
		return new SpasmAssessment.Assessed(episode.id(), links, forClient, episode.showsAvoidance(), plan, starter,
				rescreen, alerts);
	}

	private static Alert alert(SpasmEpisode episode, AlertLevel level, String message, Optional<String> forClient) {
		return new Alert(RULE_ID, episode.clientId(), Optional.empty(), level, episode.date(), message, forClient);
	}

}
