package org.realign.app.assessment;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.realign.core.capture.CaptureProblem;
import org.realign.core.landmark.View;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Photos kept despite a failed capture check: which check, what it said, who kept the
 * photo and when. Append-only, like the rest of the clinical record.
 */
@Repository
class CaptureOverrides {

	/** One kept problem. */
	record Override(View view, String check, String message, long by, OffsetDateTime at) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	CaptureOverrides(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void record(long assessmentId, View view, List<CaptureProblem> problems, long by) {
		for (CaptureProblem problem : problems) {
			this.jdbc
				.sql("INSERT INTO capture_override (assessment_id, view_id, check_id, message, overridden_by, "
						+ "overridden_at) VALUES (:assessment, :view, :check, :message, :by, :at)")
				.param("assessment", assessmentId)
				.param("view", view.id())
				.param("check", problem.check().id())
				.param("message", problem.message())
				.param("by", by)
				.param("at", OffsetDateTime.now(this.clock))
				.update();
		}
	}

	List<Override> list(long assessmentId) {
		return this.jdbc
			.sql("SELECT view_id, check_id, message, overridden_by, overridden_at FROM capture_override "
					+ "WHERE assessment_id = :assessment ORDER BY id")
			.param("assessment", assessmentId)
			.query((rs, row) -> new Override(View.fromId(rs.getString("view_id")).orElseThrow(),
					rs.getString("check_id"), rs.getString("message"), rs.getLong("overridden_by"),
					rs.getObject("overridden_at", OffsetDateTime.class)))
			.list();
	}

}
