package org.realign.app.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.realign.app.progression.JdbcPracticeSettings;
import org.realign.app.progression.JdbcRuleOutcomes;
import org.realign.app.progression.MenuChanges;
import org.realign.app.safety.JdbcScreenings;
import org.realign.app.session.SessionLogging;
import org.realign.core.feedback.Evaluation;
import org.realign.core.feedback.OpenSpasm;
import org.realign.core.feedback.spasm.OpenedEpisode;
import org.realign.core.feedback.Regression;
import org.realign.app.safety.SpasmGuards;
import org.realign.core.feedback.ProposalDecision;
import org.realign.core.feedback.RuleOutcome.Proposal;
import org.realign.core.feedback.SafetyStatus;
import org.realign.core.feedback.SessionLog;
import org.realign.core.feedback.SessionLogs;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Plugs the stores of safety and progression into the session-logging use case, so that
 * the session feature depends on neither of them (they read the menus the session shows).
 */
@Configuration(proxyBeanMethods = false)
class FeedbackWiring {

	@Bean
	SessionLogging sessionLogging(SessionLogs logs, JdbcScreenings screenings, JdbcPracticeSettings settings,
			JdbcRuleOutcomes outcomes, MenuChanges changes, SpasmGuards spasms, Clock clock) {
		SessionLogging.SafetyRecords safety = new SessionLogging.SafetyRecords() {
			@Override
			public SafetyStatus status(long clientId) {
				return screenings.status(clientId);
			}

			@Override
			public Optional<LocalDate> medicalReviewClearedOn(long clientId) {
				return screenings.medicalReviewClearedOn(clientId);
			}
		};
		SessionLogging.RuleOutcomeRecords records = new SessionLogging.RuleOutcomeRecords() {
			@Override
			public List<Proposal> record(long clientId, SessionLog log, Evaluation evaluation, Instant at) {
				return outcomes.record(clientId, log, evaluation, at);
			}

			@Override
			public boolean decide(ProposalDecision decision) {
				return outcomes.decide(decision);
			}
		};
		return new SessionLogging(logs, safety, settings::forPractice, records,
				(clientId, proposal, by) -> changes.apply(clientId, proposal, by), new SessionLogging.SpasmEpisodes() {
					@Override
					public List<OpenSpasm> open(long clientId) {
						return spasms.open(clientId);
					}

					@Override
					public List<Regression> regressions(long clientId) {
						return spasms.regressions(clientId);
					}

					@Override
					public List<OpenedEpisode> openFrom(long clientId, SessionLog log) {
						return spasms.openFrom(clientId, log);
					}
				}, clock);
	}

}
