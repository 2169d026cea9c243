package org.realign.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.postgresql.ds.PGSimpleDataSource;
import org.realign.app.menu.Prescriptions;
import org.realign.app.menu.PublishedMenus;
import org.realign.app.outcome.JdbcOutcomeRecords;
import org.realign.app.progression.JdbcPracticeSettings;
import org.realign.app.progression.JdbcRuleOutcomes;
import org.realign.app.safety.JdbcScreenings;
import org.realign.app.safety.JdbcSpasmEpisodes;
import org.realign.app.session.JdbcSessionLogs;
import org.realign.app.testsupport.TestPostgres;
import org.realign.core.feedback.Evaluation;
import org.realign.core.feedback.PracticeSettings;
import org.realign.core.feedback.ProposalDecision;
import org.realign.core.feedback.RuleOutcome.Alert;
import org.realign.core.feedback.RuleOutcome.AlertLevel;
import org.realign.core.feedback.RuleOutcome.Milestone;
import org.realign.core.feedback.RuleOutcome.Proposal;
import org.realign.core.feedback.RuleOutcome.ProposalKind;
import org.realign.core.feedback.SafetyStatus;
import org.realign.core.feedback.SessionDraft;
import org.realign.core.feedback.SessionLog;
import org.realign.core.feedback.outcome.OutcomeRecord;
import org.realign.core.feedback.outcome.Psfs;
import org.realign.core.feedback.safety.ScreeningAnswers;
import org.realign.core.feedback.safety.ScreeningOutcome;
import org.realign.core.feedback.spasm.SpasmAssessment;
import org.realign.core.feedback.spasm.SpasmEpisode;
import org.realign.core.feedback.spasm.SpasmTrigger;
import org.realign.core.knowledge.KnowledgeBaseLoader;
import org.realign.core.prescription.Dose;
import org.realign.core.prescription.PrescribedItem;
import org.realign.core.prescription.PrescribedMenu;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feedback repositories on a real PostgreSQL server, after the real migrations: what
 * the full-stack tests check on the embedded H2, stored and read back the same way here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedbackRecordsPostgresIT {

	private static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");

	private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

	private JdbcClient jdbc;

	private long practiceId;

	@BeforeAll
	void migrate() {
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setURL(TestPostgres.shared().createDatabase("feedback_records"));
		dataSource.setUser("postgres");
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		this.jdbc = JdbcClient.create(dataSource);
		this.practiceId = this.jdbc
			.sql("INSERT INTO practice (name, created_at) VALUES ('PG practice', :now) RETURNING id")
			.param("now", T0.atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}

	private long newClient() {
		return this.jdbc
			.sql("INSERT INTO client (practice_id, display_name, created_at) VALUES (:p, 'Client', :now) RETURNING id")
			.param("p", this.practiceId)
			.param("now", T0.atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}

	@Test
	void screeningsAndClearances_giveTheSafetyStatus() {
		long client = newClient();
		JdbcScreenings screenings = new JdbcScreenings(this.jdbc);
		ScreeningAnswers answers = new ScreeningAnswers(String.valueOf(client), DAY, ScreeningAnswers.Occasion.INTAKE,
				1, Map.of("saddle-numbness", true, "night-pain", false));
		ScreeningOutcome.Screened paused = new ScreeningOutcome.Screened(
				new SafetyStatus(SafetyStatus.Level.PAUSED, List.of("saddle-numbness")), List.of("saddle-numbness"),
				Optional.of("seek care"), Optional.empty());

		long id = screenings.append(client, answers, paused, "client@example.org", T0);

		assertThat(id).isPositive();
		assertThat(screenings.status(client).level()).isEqualTo(SafetyStatus.Level.PAUSED);
		assertThat(screenings.screenings(client).get(0).answers()).containsEntry("saddle-numbness", true);
		screenings.clear(client, JdbcScreenings.RED_FLAGS, DAY, "seen", "owner@example.org", T0.plusSeconds(60));
		screenings.clear(client, JdbcScreenings.MEDICAL_REVIEW, DAY, "seen", "owner@example.org", T0.plusSeconds(61));
		assertThat(screenings.status(client)).isEqualTo(SafetyStatus.clear());
		assertThat(screenings.medicalReviewClearedOn(client)).contains(DAY);
		assertThat(screenings.clearances(client)).hasSize(2);
	}

	@Test
	void ruleOutcomes_areStored_andAProposalIsDecidedOnce() {
		long client = newClient();
		JdbcRuleOutcomes outcomes = new JdbcRuleOutcomes(this.jdbc);
		Proposal proposal = new Proposal("chase-the-cramp:x:log-1:v1", "chase-the-cramp", String.valueOf(client), "x",
				ProposalKind.RAISE_DOSE, Optional.of(Dose.reps(22)), Optional.empty(), DAY, "because", List.of());
		Alert alert = new Alert("pain-regress", String.valueOf(client), Optional.of("x"), AlertLevel.PRACTITIONER, DAY,
				"pain", Optional.empty());
		Milestone milestone = new Milestone("woken-up", String.valueOf(client), "gluteus-maximus", "x", DAY, 5);

		SessionLog log = new SessionLog("log-pg-" + client, 1, Optional.empty(),
				new SessionDraft(String.valueOf(client), "menu-pg", DAY, List.of(), List.of(), false, ""), T0, "c",
				Optional.empty());
		new JdbcSessionLogs(this.jdbc).append(log);
		List<Proposal> added = outcomes.record(client, log,
				new Evaluation(List.of(), List.of(proposal, alert, milestone)), T0);
		List<Proposal> again = outcomes.record(client, log, new Evaluation(List.of(), List.of(proposal)), T0);

		assertThat(added).containsExactly(proposal);
		assertThat(again).isEmpty();
		assertThat(outcomes.proposals(client)).singleElement()
			.satisfies((stored) -> assertThat(stored.open()).isTrue());
		ProposalDecision decision = ProposalDecision.accept(proposal, "owner@example.org",
				Clock.fixed(T0, ZoneOffset.UTC), "ok");
		assertThat(outcomes.decide(decision)).isTrue();
		assertThat(outcomes.decide(decision)).isFalse();
		assertThat(outcomes.find(client, proposal.id()).orElseThrow().decision()).contains(decision);
		assertThat(outcomes.alerts(client)).singleElement()
			.satisfies((json) -> assertThat(json.get("ruleId").asString()).isEqualTo("pain-regress"));
		assertThat(outcomes.milestones(client)).containsExactly(milestone);

		Proposal later = new Proposal("chase-the-cramp:x:" + log.logId() + ":v1-b", "chase-the-cramp",
				String.valueOf(client), "x", ProposalKind.RAISE_DOSE, Optional.of(Dose.reps(22)), Optional.empty(), DAY,
				"because", List.of());
		outcomes.record(client, log, new Evaluation(List.of(), List.of(later)), T0);
		assertThat(outcomes.find(client, later.id()).orElseThrow().open()).isTrue();
		new JdbcSessionLogs(this.jdbc).append(new SessionLog(log.logId(), 2, Optional.of(1), log.session(),
				T0.plusSeconds(5), "c", Optional.of("typo")));
		JdbcRuleOutcomes.StoredProposal superseded = outcomes.find(client, later.id()).orElseThrow();
		assertThat(superseded.superseded()).isTrue();
		assertThat(superseded.open()).isFalse();
	}

	@Test
	void spasmsOutcomesSettingsAndMenus_roundTrip() {
		long client = newClient();
		JdbcSpasmEpisodes spasms = new JdbcSpasmEpisodes(this.jdbc);
		SpasmEpisode episode = new SpasmEpisode("spasm-1", 1, Optional.empty(), String.valueOf(client), DAY, "low-back",
				SpasmTrigger.LIFTING, 6, Duration.ofMinutes(30), List.of(), List.of(), false, false, "");
		spasms.append(client, episode, new SpasmAssessment.Assessed("spasm-1", List.of(), List.of("why"), false,
				Optional.empty(), Optional.of("after-back-spasm"), List.of("a spasm"), List.of()), "c", T0);
		assertThat(spasms.episodes(client)).singleElement()
			.satisfies((stored) -> assertThat(stored.episode().get("duration").asString()).isEqualTo("PT30M"));

		JdbcOutcomeRecords records = new JdbcOutcomeRecords(this.jdbc);
		OutcomeRecord psfs = new OutcomeRecord(String.valueOf(client), "psfs", DAY,
				OutcomeRecord.AssessmentPoint.INTAKE, 4.5);
		records.append(client, psfs, new Psfs(List.of(new Psfs.Activity("run", 4))), "c", T0);
		assertThat(records.records(client)).singleElement().satisfies((stored) -> {
			assertThat(stored.record()).isEqualTo(psfs);
			assertThat(stored.detail().get("activities")).hasSize(1);
		});

		JdbcPracticeSettings settings = new JdbcPracticeSettings(this.jdbc);
		long practice = this.jdbc.sql("INSERT INTO practice (name, created_at) VALUES ('Own', :now) RETURNING id")
			.param("now", T0.atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
		assertThat(settings.forPractice(practice)).isEqualTo(PracticeSettings.defaults());
		settings.save(practice, PracticeSettings.defaults().withAutoApply(true), "owner", T0);
		assertThat(settings.forPractice(practice).autoApply()).isTrue();

		PublishedMenus menus = new PublishedMenus(this.jdbc, Clock.fixed(T0, ZoneOffset.UTC),
				new Prescriptions(KnowledgeBaseLoader.load()));
		assertThat(menus.firstPublishedOn(client)).isEmpty();
		menus.publish(client, new PrescribedMenu("menu-pg", 5, List
			.of(new PrescribedItem("x", List.of("m"), Dose.reps(10), true, Optional.empty(), Optional.empty()))),
				"owner");
		assertThat(menus.firstPublishedOn(client)).contains(DAY);
	}

}
