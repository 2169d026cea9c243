package org.realign.app.progression;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.realign.app.api.FeedbackJson;
import org.realign.core.feedback.Evaluation;
import org.realign.core.feedback.ProposalDecision;
import org.realign.core.feedback.RuleOutcome.Alert;
import org.realign.core.feedback.RuleOutcome.Milestone;
import org.realign.core.feedback.RuleOutcome.Proposal;
import org.realign.core.feedback.SessionLog;
import tools.jackson.databind.JsonNode;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the rules produced for a client (migration V25): proposals with the decision on
 * each, alerts and milestones. Insert and select only; a proposal is decided once.
 */
@Repository
public class JdbcRuleOutcomes {

	private final FeedbackJson json = new FeedbackJson();

	private final JdbcClient jdbc;

	public JdbcRuleOutcomes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A stored proposal and what became of it.
	 *
	 * @param proposalId the proposal's id
	 * @param proposal the proposal as the rules wrote it
	 * @param decision the decision, empty while it is open
	 * @param superseded whether the session log it rests on was corrected since; a
	 * superseded proposal can no longer be decided
	 */
	public record StoredProposal(String proposalId, JsonNode proposal, Optional<ProposalDecision> decision,
			boolean superseded) {

		public boolean open() {
			return this.decision.isEmpty() && !this.superseded;
		}

	}

	/**
	 * Stores the evaluation's proposals (those not stored before: re-evaluating a
	 * corrected log repeats none), alerts and milestones.
	 * @param log the session log version the evaluation was made for
	 * @return the proposals that were new
	 */
	public List<Proposal> record(long clientId, SessionLog log, Evaluation evaluation, Instant at) {
		List<Proposal> added = new ArrayList<>();
		for (Proposal proposal : evaluation.proposals()) {
			if (find(clientId, proposal.id()).isPresent()) {
				continue;
			}
			this.jdbc
				.sql("INSERT INTO progression_proposal (proposal_id, client_id, session_date, proposal_json, "
						+ "recorded_at, log_id, log_version) VALUES (:id, :client, :date, :json, :at, :log, :version)")
				.param("id", proposal.id())
				.param("log", log.logId())
				.param("version", log.version())
				.param("client", clientId)
				.param("date", proposal.session())
				.param("json", this.json.write(proposal))
				.param("at", utc(at))
				.update();
			added.add(proposal);
		}
		alerts(clientId, evaluation.alerts(), at);
		for (Milestone milestone : evaluation.milestones()) {
			this.jdbc
				.sql("INSERT INTO feedback_milestone (client_id, muscle, exercise_id, milestone_date, milestone_json, "
						+ "recorded_at) VALUES (:client, :muscle, :exercise, :date, :json, :at)")
				.param("client", clientId)
				.param("muscle", milestone.muscle())
				.param("exercise", milestone.exerciseId())
				.param("date", milestone.date())
				.param("json", this.json.write(milestone))
				.param("at", utc(at))
				.update();
		}
		return added;
	}

	public void alerts(long clientId, List<Alert> alerts, Instant at) {
		for (Alert alert : alerts) {
			this.jdbc.sql(
					"INSERT INTO feedback_alert (client_id, rule_id, alert_level, alert_date, alert_json, recorded_at) "
							+ "VALUES (:client, :rule, :level, :date, :json, :at)")
				.param("client", clientId)
				.param("rule", alert.ruleId())
				.param("level", alert.level().id())
				.param("date", alert.date())
				.param("json", this.json.write(alert))
				.param("at", utc(at))
				.update();
		}
	}

	/**
	 * @return false when the proposal was already decided
	 */
	public boolean decide(ProposalDecision decision) {
		try {
			this.jdbc
				.sql("INSERT INTO proposal_decision (proposal_id, verdict, decided_by, decided_at, note) "
						+ "VALUES (:id, :verdict, :by, :at, :note)")
				.param("id", decision.proposalId())
				.param("verdict", decision.verdict().name())
				.param("by", decision.decidedBy())
				.param("at", utc(decision.decidedAt()))
				.param("note", decision.note())
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/** Oldest first. */
	public List<StoredProposal> proposals(long clientId) {
		return this.jdbc.sql(PROPOSALS + " WHERE p.client_id = :client ORDER BY p.id")
			.param("client", clientId)
			.query(this::proposal)
			.list();
	}

	public Optional<StoredProposal> find(long clientId, String proposalId) {
		return this.jdbc.sql(PROPOSALS + " WHERE p.client_id = :client AND p.proposal_id = :id")
			.param("client", clientId)
			.param("id", proposalId)
			.query(this::proposal)
			.optional();
	}

	/** Newest first. */
	public List<JsonNode> alerts(long clientId) {
		return this.jdbc.sql("SELECT alert_json FROM feedback_alert WHERE client_id = :client ORDER BY id DESC")
			.param("client", clientId)
			.query(String.class)
			.list()
			.stream()
			.map(this.json::tree)
			.toList();
	}

	/** Every milestone reached, the first time each muscle woke up in each exercise. */
	public List<Milestone> milestones(long clientId) {
		List<Milestone> all = this.jdbc
			.sql("SELECT milestone_json FROM feedback_milestone WHERE client_id = :client ORDER BY milestone_date, id")
			.param("client", clientId)
			.query(String.class)
			.list()
			.stream()
			.map((text) -> this.json.read(text, Milestone.class))
			.toList();
		List<Milestone> first = new ArrayList<>();
		for (Milestone milestone : all) {
			if (first.stream()
				.noneMatch((m) -> m.muscle().equals(milestone.muscle())
						&& m.exerciseId().equals(milestone.exerciseId()))) {
				first.add(milestone);
			}
		}
		return first;
	}

	private static final String PROPOSALS = "SELECT p.proposal_id, p.proposal_json, d.verdict, d.decided_by, "
			+ "d.decided_at, d.note, EXISTS (SELECT 1 FROM session_log s WHERE s.log_id = p.log_id "
			+ "AND s.log_version > p.log_version) AS superseded FROM progression_proposal p "
			+ "LEFT JOIN proposal_decision d ON d.proposal_id = p.proposal_id";

	private StoredProposal proposal(ResultSet rs, int row) throws SQLException {
		String id = rs.getString("proposal_id");
		String verdict = rs.getString("verdict");
		Optional<ProposalDecision> decision = verdict == null ? Optional.empty()
				: Optional.of(new ProposalDecision(id, ProposalDecision.Verdict.valueOf(verdict),
						rs.getString("decided_by"), instant(rs, "decided_at"), rs.getString("note")));
		return new StoredProposal(id, this.json.tree(rs.getString("proposal_json")), decision,
				rs.getBoolean("superseded"));
	}

	private static OffsetDateTime utc(Instant at) {
		return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

}
