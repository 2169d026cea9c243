package org.realign.app.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.realign.app.assessment.Assessments;
import org.realign.app.assessment.PhotoStore;
import org.realign.app.menu.PublishedMenus;
import org.realign.core.assessment.Assessment;
import org.realign.core.assessment.Assessor;
import org.realign.core.feedback.CrampOnset;
import org.realign.core.feedback.CrampReport;
import org.realign.core.feedback.EasedBy;
import org.realign.core.feedback.ExerciseEntry;
import org.realign.core.feedback.Feedback;
import org.realign.core.feedback.LogOutcome;
import org.realign.core.feedback.Performed;
import org.realign.core.feedback.SessionDraft;
import org.realign.core.feedback.SessionLogger;
import org.realign.core.feedback.SessionLogs;
import org.realign.core.knowledge.ClientConstraints;
import org.realign.core.landmark.ImageSize;
import org.realign.core.landmark.Landmark;
import org.realign.core.landmark.LandmarkId;
import org.realign.core.landmark.LandmarkSet;
import org.realign.core.landmark.View;
import org.realign.core.prescription.PrescribedItem;
import org.realign.core.prescription.PrescribedMenu;
import org.realign.core.program.Advisor;

import org.springframework.stereotype.Component;

/**
 * A full example for the demo client: two side-view assessments a fortnight apart
 * (forward head and an anteriorly tilted pelvis, then less of both), the menu generated
 * from the first and published, and three weeks of sessions in which the wake-up cramps
 * of the first week fade. The "photos" are drawings of the landmarks, labelled as such:
 * the demo ships no photo of a real person.
 */
@Component
class DemoHistory {

	private static final ImageSize IMAGE = new ImageSize(1000, 1500);

	private final Assessments assessments;

	private final PhotoStore photos;

	private final Advisor advisor;

	private final PublishedMenus menus;

	private final SessionLogs logs;

	private final Assessor assessor;

	private final Clock clock;

	DemoHistory(Assessments assessments, PhotoStore photos, Advisor advisor, PublishedMenus menus, SessionLogs logs,
			Assessor assessor, Clock clock) {
		this.assessor = assessor;
		this.assessments = assessments;
		this.photos = photos;
		this.advisor = advisor;
		this.menus = menus;
		this.logs = logs;
		this.clock = clock;
	}

	void fill(long clientId, long practitionerId, String practitioner, String client) {
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
		// Pelvic tilt against the sourced cut-off (sagittal-pelvic-tilt: above 23 deg,
		// the top of what pelvic morphology alone gives, plus the 2.7 deg error): 34 deg
		// is a clear, moderate anterior tilt; a fortnight later 27 deg is less (7 deg,
		// about the MDC95) and still past the cut-off.
		LandmarkSet first = sideView(42, 34);
		assess(clientId, practitionerId, today.minusDays(21), first);
		assess(clientId, practitionerId, today.minusDays(7), sideView(47, 27));

		var findings = this.assessor.assess(Assessment.of(first)).findings();
		// The generator's suggestion, published as it is: its doses included.
		PrescribedMenu menu = this.advisor.advise(findings, ClientConstraints.minutes(20))
			.menu()
			.prescribe("menu-" + UUID.randomUUID(), 6);
		this.menus.publish(clientId, menu, practitioner);

		SessionLogger logger = new SessionLogger(this.clock);
		PrescribedItem crampy = menu.items()
			.stream()
			.filter((item) -> item.expectsWakeUpCramp() && !item.targetMuscles().isEmpty())
			.findFirst()
			.orElse(menu.items().get(0));
		for (int daysAgo = 20; daysAgo >= 0; daysAgo--) {
			if (daysAgo % 7 == 3) {
				continue; // a rest day each week: six sessions a week, as prescribed
			}
			int week = (20 - daysAgo) / 7;
			int crampIntensity = week == 0 ? 5 : (week == 1 ? 3 : 0);
			List<ExerciseEntry> entries = new ArrayList<>();
			for (PrescribedItem item : menu.items()) {
				List<Feedback> feedback = new ArrayList<>();
				if (item == crampy && crampIntensity > 0) {
					feedback.add(new CrampReport(item.targetMuscles().get(0), crampIntensity, CrampOnset.DURING, 2,
							EasedBy.STRETCHING, Set.of()));
				}
				entries.add(ExerciseEntry.done(item.exerciseId(), Performed.of(item.dose().amount()), 5,
						feedback.toArray(Feedback[]::new)));
			}
			SessionDraft draft = new SessionDraft(String.valueOf(clientId), menu.menuId(), today.minusDays(daysAgo),
					entries, List.of(), false, "");
			LogOutcome outcome = logger.record("log-" + UUID.randomUUID(), draft, menu, client);
			if (outcome instanceof LogOutcome.Recorded recorded) {
				this.logs.append(recorded.log());
			}
			else {
				throw new IllegalStateException("demo session refused: " + outcome);
			}
		}
	}

	private void assess(long clientId, long practitionerId, LocalDate day, LandmarkSet landmarks) {
		String photo = this.photos.store(drawing(landmarks));
		this.assessments.create(clientId, day, practitionerId,
				List.of(new Assessments.StoredView(View.LEFT_LATERAL, photo, landmarks)));
	}

	/**
	 * A left-lateral view (the person faces the image's left edge) with the given
	 * craniovertebral angle and sagittal pelvic tilt, and the load joints roughly stacked
	 * over the ankle.
	 */
	static LandmarkSet sideView(double craniovertebralDegrees, double pelvicTiltDegrees) {
		double c7x = 560;
		double c7y = 330;
		double cva = Math.toRadians(craniovertebralDegrees);
		double tilt = Math.toRadians(pelvicTiltDegrees);
		double psisX = 600;
		double psisY = 720;
		Map<String, double[]> points = Map.of("c7", new double[] { c7x, c7y }, "left-tragus",
				new double[] { c7x - 110 * Math.cos(cva), c7y - 110 * Math.sin(cva) }, "left-acromion",
				new double[] { 505, 385 }, "left-psis", new double[] { psisX, psisY }, "left-asis",
				new double[] { psisX - 130 * Math.cos(tilt), psisY + 130 * Math.sin(tilt) }, "left-greater-trochanter",
				new double[] { 525, 780 }, "left-lateral-knee", new double[] { 515, 1080 }, "left-lateral-malleolus",
				new double[] { 530, 1400 });
		List<Landmark> landmarks = new ArrayList<>();
		points.forEach((id, xy) -> landmarks.add(Landmark.manual(LandmarkId.fromId(id).orElseThrow(), xy[0], xy[1])));
		return LandmarkSet.of(View.LEFT_LATERAL, IMAGE, landmarks);
	}

	private static BufferedImage drawing(LandmarkSet landmarks) {
		BufferedImage image = new BufferedImage((int) IMAGE.width(), (int) IMAGE.height(), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setColor(new Color(0xEEF1F5));
		g.fillRect(0, 0, image.getWidth(), image.getHeight());
		g.setColor(new Color(0x5A6473));
		g.setStroke(new BasicStroke(14, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		String[][] segments = { { "left-tragus", "c7" }, { "c7", "left-acromion" },
				{ "left-acromion", "left-greater-trochanter" }, { "left-psis", "left-asis" },
				{ "left-greater-trochanter", "left-lateral-knee" }, { "left-lateral-knee", "left-lateral-malleolus" } };
		for (String[] segment : segments) {
			Landmark a = find(landmarks, segment[0]);
			Landmark b = find(landmarks, segment[1]);
			g.draw(new Line2D.Double(a.x(), a.y(), b.x(), b.y()));
		}
		Landmark tragus = find(landmarks, "left-tragus");
		g.fill(new Ellipse2D.Double(tragus.x() - 70, tragus.y() - 80, 140, 150));
		g.setColor(new Color(0x1D2430));
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 28));
		g.drawString("Demo: a drawing of hand-placed landmarks, not a photo", 40, 60);
		g.dispose();
		return image;
	}

	private static Landmark find(LandmarkSet landmarks, String id) {
		return landmarks.find(LandmarkId.fromId(id).orElseThrow()).orElseThrow();
	}

}
