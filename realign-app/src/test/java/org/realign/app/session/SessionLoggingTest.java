package org.realign.app.session;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.realign.core.feedback.Regression;
import org.realign.core.feedback.OpenSpasm;
import org.realign.core.feedback.CrampOnset;
import org.realign.core.feedback.CrampReport;
import org.realign.core.feedback.EasedBy;
import org.realign.core.feedback.Evaluation;
import org.realign.core.feedback.ExerciseEntry;
import org.realign.core.feedback.Performed;
import org.realign.core.feedback.PracticeSettings;
import org.realign.core.feedback.ProposalDecision;
import org.realign.core.feedback.RuleOutcome.Proposal;
import org.realign.core.feedback.RuleOutcome.ProposalKind;
import org.realign.core.feedback.SafetyStatus;
import org.realign.core.feedback.SessionDraft;
import org.realign.core.feedback.SessionLog;
import org.realign.core.feedback.SessionLogHistory;
import org.realign.core.feedback.SessionLogs;
import org.realign.core.feedback.spasm.OpenedEpisode;
import org.realign.core.prescription.Dose;
import org.realign.core.prescription.PrescribedItem;
import org.realign.core.prescription.PrescribedMenu;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logging a session against in-memory stores: the log is kept, the rules' proposals are
 * kept for the practitioner (and applied when the practice says so), and a refused log
 * stores nothing.
 */
class SessionLoggingTest {

	private static final long CLIENT = 7;

	private static final long PRACTICE = 3;

	private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T18:00:00Z"), ZoneOffset.UTC);

	private static final String GLUTEAL = "standing-gluteal-contractions";

	private static final PrescribedMenu MENU = new PrescribedMenu("menu-1", 7, List.of(new PrescribedItem(GLUTEAL,
			List.of("gluteus-maximus"), Dose.reps(3, 10, false), true, Optional.empty(), Optional.empty())));

	/** Session logs in a list, append-only as the real store. */
	static final class Logs implements SessionLogs {

		final List<SessionLog> stored = new ArrayList<>();

		@Override
		public void append(SessionLog log) {
			this.stored.add(log);
		}

		@Override
		public Optional<SessionLogHistory> history(String logId) {
			List<SessionLog> versions = this.stored.stream().filter((log) -> log.logId().equals(logId)).toList();
			return versions.isEmpty() ? Optional.empty() : Optional.of(new SessionLogHistory(logId, versions));
		}

		@Override
		public List<SessionLog> currentVersions(String clientId) {
			Map<String, SessionLog> current = new LinkedHashMap<>();
			this.stored.stream()
				.filter((log) -> log.clientId().equals(clientId))
				.forEach((log) -> current.merge(log.logId(), log, (a, b) -> a.version() >= b.version() ? a : b));
			return current.values().stream().sorted(Comparator.comparing(SessionLog::date)).toList();
		}

	}

	/** Proposals and decisions in lists. */
	static final class Outcomes implements SessionLogging.RuleOutcomeRecords {

		final List<Proposal> proposals = new ArrayList<>();

		final List<ProposalDecision> decisions = new ArrayList<>();

		@Override
		public List<Proposal> record(long clientId, SessionLog log, Evaluation evaluation, Instant at) {
			List<Proposal> added = evaluation.proposals()
				.stream()
				.filter((p) -> this.proposals.stream().noneMatch((q) -> q.id().equals(p.id())))
				.toList();
			this.proposals.addAll(added);
			return added;
		}

		@Override
		public boolean decide(ProposalDecision decision) {
			return this.decisions.add(decision);
		}

	}

	private final Logs logs = new Logs();

	private final Outcomes outcomes = new Outcomes();

	private final List<Proposal> applied = new ArrayList<>();

	private final List<SessionLog> askedForEpisodes = new ArrayList<>();

	private SessionLogging logging(PracticeSettings settings) {
		SessionLogging.SafetyRecords safety = new SessionLogging.SafetyRecords() {
			@Override
			public SafetyStatus status(long clientId) {
				return SafetyStatus.clear();
			}

			@Override
			public Optional<LocalDate> medicalReviewClearedOn(long clientId) {
				return Optional.empty();
			}
		};
		return new SessionLogging(this.logs, safety, (practiceId) -> settings, this.outcomes,
				(clientId, proposal, by) -> this.applied.add(proposal), new SessionLogging.SpasmEpisodes() {
					@Override
					public List<OpenSpasm> open(long clientId) {
						return List.of();
					}

					@Override
					public List<Regression> regressions(long clientId) {
						return List.of();
					}

					@Override
					public List<OpenedEpisode> openFrom(long clientId, SessionLog log) {
						SessionLoggingTest.this.askedForEpisodes.add(log);
						return List.of();
					}
				}, CLOCK);
	}

	private static SessionDraft wakeUpCramp(String exerciseId) {
		return new SessionDraft("ignored", "ignored", DAY,
				List.of(ExerciseEntry.done(exerciseId, Performed.of(10), 5,
						new CrampReport("gluteus-maximus", 4, CrampOnset.DURING, 1, EasedBy.STRETCHING, Set.of()))),
				List.of(), false, "");
	}

	@Test
	void aWakeUpCramp_isStoredAndEvaluated_andItsRaiseWaitsForThePractitioner() {
		SessionLogging.Result result = logging(PracticeSettings.defaults().withAutoApply(false)).log(CLIENT, PRACTICE,
				MENU, wakeUpCramp(GLUTEAL), "client-7");

		assertThat(result).isInstanceOf(SessionLogging.Logged.class);
		SessionLogging.Logged logged = (SessionLogging.Logged) result;
		assertThat(this.logs.stored).containsExactly(logged.log());
		assertThat(logged.log().clientId()).as("the client comes from the caller, not the body").isEqualTo("7");
		assertThat(logged.log().session().menuId()).isEqualTo("menu-1");
		assertThat(this.outcomes.proposals).singleElement().satisfies((proposal) -> {
			assertThat(proposal.kind()).isEqualTo(ProposalKind.RAISE_DOSE);
			assertThat(proposal.newDose()).contains(Dose.reps(3, 11, false));
		});
		assertThat(this.outcomes.decisions).isEmpty();
		assertThat(this.applied).isEmpty();
		assertThat(logged.safety()).isEqualTo(SafetyStatus.clear());
	}

	@Test
	void whenThePracticeAutoApplies_theRaiseIsDecidedAndPublished() {
		logging(PracticeSettings.defaults().withAutoApply(true)).log(CLIENT, PRACTICE, MENU, wakeUpCramp(GLUTEAL),
				"client-7");

		assertThat(this.outcomes.decisions).singleElement()
			.satisfies((decision) -> assertThat(decision.decidedBy()).isEqualTo(ProposalDecision.AUTO_APPLY));
		assertThat(this.applied).containsExactlyElementsOf(this.outcomes.proposals);
	}

	@Test
	void aLogForAnExerciseNotOnTheMenu_isRejected_andNothingIsStored() {
		SessionLogging.Result result = logging(PracticeSettings.defaults()).log(CLIENT, PRACTICE, MENU,
				wakeUpCramp("static-back"), "client-7");

		assertThat(result).isInstanceOf(SessionLogging.Rejected.class);
		assertThat(((SessionLogging.Rejected) result).errors()).isNotEmpty();
		assertThat(this.logs.stored).isEmpty();
		assertThat(this.outcomes.proposals).isEmpty();
	}

	@Test
	void aCorrection_isTheNextVersionOfItsLog_andKeepsOneCurrentLog() {
		SessionLogging logging = logging(PracticeSettings.defaults().withAutoApply(false));
		SessionLogging.Logged first = (SessionLogging.Logged) logging.log(CLIENT, PRACTICE, MENU, wakeUpCramp(GLUTEAL),
				"client-7");

		SessionLogging.Result corrected = logging.correct(CLIENT, PRACTICE, MENU,
				this.logs.history(first.log().logId()).orElseThrow(), wakeUpCramp(GLUTEAL), "client-7", "typo");

		assertThat(corrected).isInstanceOf(SessionLogging.Logged.class);
		assertThat(((SessionLogging.Logged) corrected).log().version()).isEqualTo(2);
		assertThat(this.logs.currentVersions("7")).hasSize(1);
		assertThat(this.askedForEpisodes).as("a correction may add a spasm: its version is asked for episodes too")
			.extracting(SessionLog::version)
			.containsExactly(1, 2);
	}

	@Test
	void aRefusedLog_opensNoSpasmEpisode() {
		logging(PracticeSettings.defaults()).log(CLIENT, PRACTICE, MENU, wakeUpCramp("static-back"), "client-7");

		assertThat(this.askedForEpisodes).isEmpty();
	}

}
