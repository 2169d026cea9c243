package org.realign.app.assessment;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.realign.app.client.Clients;
import org.realign.core.assessment.AssessmentReport;
import org.realign.core.assessment.Assessor;
import org.realign.core.finding.Finding;
import org.realign.core.finding.Severity;
import org.realign.core.knowledge.ClientConstraints;
import org.realign.core.landmark.Side;
import org.realign.core.landmark.View;
import org.realign.core.measure.Measurement;
import org.realign.core.program.Advice;
import org.realign.core.program.Advisor;
import org.realign.core.record.ClinicalRecord;
import org.realign.core.record.KnowledgeBaseVersion;
import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An assessment's results as a clinical record: made and stored when the assessment is
 * made, when landmarks are corrected, and when the practitioner chooses to store a re-run
 * with the current knowledge base; never rewritten. Each keeps the knowledge base's
 * version and content hash.
 */
@Component
public class AssessmentResults {

	/** Why a revision was stored. */
	public static final String MADE = "made";

	public static final String LANDMARKS_CORRECTED = "landmarks-corrected";

	public static final String RERUN = "re-run-with-current-knowledge-base";

	/** An assessment from before results were kept, recorded when first shown. */
	public static final String FIRST_SHOWN = "recorded-when-first-shown";

	private final JdbcClient jdbc;

	private final Assessor assessor;

	private final Advisor advisor;

	private final Clock clock;

	AssessmentResults(JdbcClient jdbc, Assessor assessor, Advisor advisor, Clock clock) {
		this.jdbc = jdbc;
		this.assessor = assessor;
		this.advisor = advisor;
		this.clock = clock;
	}

	/**
	 * One stored revision.
	 *
	 * @param revision 1 for the first
	 * @param reason why it was stored
	 * @param record the result as it was made
	 * @param createdAt when
	 */
	public record Stored(int revision, String reason, ClinicalRecord record, OffsetDateTime createdAt) {
	}

	/**
	 * The result the current knowledge base gives for these landmarks now (not stored).
	 */
	public ClinicalRecord fresh(Assessments.StoredAssessment assessment, Clients.ClientRecord client) {
		AssessmentReport report = this.assessor.assess(assessment.landmarks());
		Advice advice = this.advisor.advise(report.findings(),
				client.profile().menuConstraints(ClientConstraints.DEFAULT_MINUTES));
		return ClinicalRecord.of(report, advice, this.assessor.catalog(), KnowledgeBaseVersion.shipped());
	}

	/** The findings as recorded, for the page. */
	public static List<Finding> findings(ClinicalRecord record) {
		List<Finding> findings = new ArrayList<>();
		for (JsonNode node : record.tree().path("findings")) {
			Severity severity = Arrays.stream(Severity.values())
				.filter((s) -> s.id().equals(node.get("severity").asString()))
				.findFirst()
				.orElseThrow();
			Optional<Side> side = node.has("side") ? Side.fromId(node.get("side").asString()) : Optional.empty();
			List<String> because = new ArrayList<>();
			node.path("because").forEach((b) -> because.add(b.asString()));
			findings.add(new Finding(node.get("id").asString(), severity, side, because));
		}
		return findings;
	}

	/** The measured values as recorded, with their basis and error, for the page. */
	public static List<Measurement.Measured> measured(ClinicalRecord record) {
		List<Measurement.Measured> measured = new ArrayList<>();
		for (JsonNode node : record.tree().path("measurements")) {
			if (!"measured".equals(node.path("status").asString(""))) {
				continue;
			}
			Measurement.Basis basis = Arrays.stream(Measurement.Basis.values())
				.filter((b) -> b.id().equals(node.path("basis").asString("marked")))
				.findFirst()
				.orElse(Measurement.Basis.MARKED);
			measured.add(new Measurement.Measured(node.get("id").asString(),
					View.fromId(node.get("view").asString()).orElseThrow(), node.get("value").asDouble(),
					node.get("unit").asString(), node.path("proxy").asBoolean(false), basis,
					node.has("error") ? OptionalDouble.of(node.get("error").asDouble()) : OptionalDouble.empty()));
		}
		return measured;
	}

	/** Stores a new revision and returns it. */
	public Stored store(long assessmentId, ClinicalRecord record, String reason, long by) {
		int next = this.jdbc
			.sql("SELECT COALESCE(MAX(revision), 0) + 1 FROM assessment_result WHERE assessment_id = :id")
			.param("id", assessmentId)
			.query(Integer.class)
			.single();
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		this.jdbc
			.sql("INSERT INTO assessment_result (assessment_id, revision, reason, kb_version, kb_hash, result_json, "
					+ "created_by, created_at) VALUES (:assessment, :revision, :reason, :version, :hash, :json, :by, :at)")
			.param("assessment", assessmentId)
			.param("revision", next)
			.param("reason", reason)
			.param("version", record.knowledgeBase().version())
			.param("hash", record.knowledgeBase().contentHash())
			.param("json", record.json())
			.param("by", by)
			.param("at", now)
			.update();
		return new Stored(next, reason, record, now);
	}

	/** The latest stored revision, if any. */
	public Optional<Stored> latest(long assessmentId) {
		return history(assessmentId).stream().reduce((first, second) -> second);
	}

	/** Every stored revision, oldest first. */
	public List<Stored> history(long assessmentId) {
		return this.jdbc
			.sql("SELECT revision, reason, result_json, created_at FROM assessment_result "
					+ "WHERE assessment_id = :id ORDER BY revision")
			.param("id", assessmentId)
			.query((rs, row) -> new Stored(rs.getInt("revision"), rs.getString("reason"),
					ClinicalRecord.parse(rs.getString("result_json")),
					rs.getObject("created_at", OffsetDateTime.class)))
			.list();
	}

}
