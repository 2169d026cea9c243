package org.realign.app.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.realign.core.assessment.Assessment;
import org.realign.core.landmark.LandmarkFile;
import org.realign.core.landmark.LandmarkSet;
import org.realign.core.landmark.View;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * A client's assessments: photos and landmarks per view. Every lookup is scoped to the
 * client.
 */
@Repository
public class Assessments {

	private final JdbcClient jdbc;

	private final Clock clock;

	Assessments(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @param unassignedMarkers the skin markers found that fit no point of the view's
	 * marker set, as JSON ({@link SkinMarkers#unassignedJson}); {@code []} when there are
	 * none, null when none were looked for
	 */
	public record StoredView(View view, String photo, LandmarkSet landmarks, String unassignedMarkers) {

		public StoredView(View view, String photo, LandmarkSet landmarks) {
			this(view, photo, landmarks, null);
		}

	}

	public record StoredAssessment(long id, long clientId, LocalDate takenOn, List<StoredView> views) {

		public Optional<StoredView> view(View view) {
			return this.views.stream().filter((v) -> v.view() == view).findFirst();
		}

		public Assessment landmarks() {
			return Assessment.of(this.views.stream().map(StoredView::landmarks).toList());
		}

	}

	public record Summary(long id, LocalDate takenOn, int views) {
	}

	public long create(long clientId, LocalDate takenOn, long createdBy, List<StoredView> views) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO assessment (client_id, taken_on, created_by, created_at) "
					+ "VALUES (:client, :taken, :by, :now)")
			.param("client", clientId)
			.param("taken", takenOn)
			.param("by", createdBy)
			.param("now", OffsetDateTime.now(this.clock))
			.update(keys, "id");
		long id = keys.getKeyAs(Long.class);
		for (StoredView view : views) {
			this.jdbc
				.sql("INSERT INTO assessment_view (assessment_id, view_id, photo_path, image_width, image_height, "
						+ "landmarks_json, unassigned_markers_json) "
						+ "VALUES (:assessment, :view, :photo, :width, :height, :landmarks, :markers)")
				.param("assessment", id)
				.param("view", view.view().id())
				.param("photo", view.photo())
				.param("width", view.landmarks().image().width())
				.param("height", view.landmarks().image().height())
				.param("landmarks", LandmarkFile.write(List.of(view.landmarks())))
				.param("markers", view.unassignedMarkers())
				.update();
		}
		return id;
	}

	public Optional<StoredAssessment> find(long clientId, long assessmentId) {
		Optional<LocalDate> takenOn = this.jdbc
			.sql("SELECT taken_on FROM assessment WHERE id = :id AND client_id = :client")
			.param("id", assessmentId)
			.param("client", clientId)
			.query(LocalDate.class)
			.optional();
		return takenOn.map((date) -> new StoredAssessment(assessmentId, clientId, date, views(assessmentId)));
	}

	public List<Summary> list(long clientId) {
		return this.jdbc
			.sql("SELECT a.id, a.taken_on, COUNT(v.id) AS views FROM assessment a "
					+ "LEFT JOIN assessment_view v ON v.assessment_id = a.id WHERE a.client_id = :client "
					+ "GROUP BY a.id, a.taken_on ORDER BY a.taken_on DESC, a.id DESC")
			.param("client", clientId)
			.query((rs, row) -> new Summary(rs.getLong("id"), rs.getObject("taken_on", LocalDate.class),
					rs.getInt("views")))
			.list();
	}

	/**
	 * Replaces a view's landmarks, keeping the previous set as a revision.
	 * @return false when the assessment has no such view
	 */
	boolean replaceLandmarks(long assessmentId, View view, LandmarkSet landmarks, long replacedBy) {
		Optional<Long> viewRow = this.jdbc
			.sql("SELECT id FROM assessment_view WHERE assessment_id = :assessment AND view_id = :view")
			.param("assessment", assessmentId)
			.param("view", view.id())
			.query(Long.class)
			.optional();
		if (viewRow.isEmpty()) {
			return false;
		}
		this.jdbc
			.sql("INSERT INTO assessment_view_revision (assessment_view_id, landmarks_json, replaced_by, replaced_at) "
					+ "SELECT id, landmarks_json, :by, :now FROM assessment_view WHERE id = :id")
			.param("by", replacedBy)
			.param("now", OffsetDateTime.now(this.clock))
			.param("id", viewRow.get())
			.update();
		this.jdbc.sql("UPDATE assessment_view SET landmarks_json = :landmarks WHERE id = :id")
			.param("landmarks", LandmarkFile.write(List.of(landmarks)))
			.param("id", viewRow.get())
			.update();
		return true;
	}

	/**
	 * Replaces the markers of a view still left unnamed (the practitioner named or
	 * removed some), as JSON ({@link SkinMarkers#unassignedJson}).
	 */
	void replaceUnassignedMarkers(long assessmentId, View view, String json) {
		this.jdbc
			.sql("UPDATE assessment_view SET unassigned_markers_json = :markers "
					+ "WHERE assessment_id = :assessment AND view_id = :view")
			.param("markers", json)
			.param("assessment", assessmentId)
			.param("view", view.id())
			.update();
	}

	int revisions(long assessmentId, View view) {
		return this.jdbc.sql(
				"SELECT COUNT(*) FROM assessment_view_revision r JOIN assessment_view v ON v.id = r.assessment_view_id "
						+ "WHERE v.assessment_id = :assessment AND v.view_id = :view")
			.param("assessment", assessmentId)
			.param("view", view.id())
			.query(Integer.class)
			.single();
	}

	private List<StoredView> views(long assessmentId) {
		return this.jdbc
			.sql("SELECT view_id, photo_path, landmarks_json, unassigned_markers_json FROM assessment_view "
					+ "WHERE assessment_id = :id ORDER BY id")
			.param("id", assessmentId)
			.query((rs, row) -> new StoredView(View.fromId(rs.getString("view_id")).orElseThrow(),
					rs.getString("photo_path"), LandmarkFile.parse(rs.getString("landmarks_json")).get(0),
					rs.getString("unassigned_markers_json")))
			.list();
	}

}
