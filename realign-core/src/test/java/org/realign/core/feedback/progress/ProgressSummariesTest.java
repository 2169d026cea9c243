package org.realign.core.feedback.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.realign.core.feedback.progress.ProgressSummary.ReassessmentDue.Status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.realign.core.feedback.FeedbackFixtures.AIR_BENCH;
import static org.realign.core.feedback.FeedbackFixtures.DAY_1;
import static org.realign.core.feedback.FeedbackFixtures.GLUTEALS;
import static org.realign.core.feedback.FeedbackFixtures.MENU;
import static org.realign.core.feedback.FeedbackFixtures.clockOn;
import static org.realign.core.feedback.FeedbackFixtures.done;
import static org.realign.core.feedback.FeedbackFixtures.draft;
import static org.realign.core.feedback.FeedbackFixtures.logs;
import static org.realign.core.feedback.FeedbackFixtures.pain;
import static org.realign.core.feedback.FeedbackFixtures.wakeUpCramp;

class ProgressSummariesTest {

	@Test
	void reassessment_dueFromDay10ToDay14_overdueAfter() {
		assertThat(ProgressSummaries.reassessment(DAY_1, DAY_1.plusDays(9)).status()).isEqualTo(Status.NOT_YET);
		assertThat(ProgressSummaries.reassessment(DAY_1, DAY_1.plusDays(10)).status()).isEqualTo(Status.DUE);
		assertThat(ProgressSummaries.reassessment(DAY_1, DAY_1.plusDays(14)).status()).isEqualTo(Status.DUE);
		assertThat(ProgressSummaries.reassessment(DAY_1, DAY_1.plusDays(15)).status()).isEqualTo(Status.OVERDUE);
	}

	@Test
	void build_timelineMarksChangesBeyondTheMdc() {
		ProgressSummary summary = new ProgressSummaries(clockOn(DAY_1.plusDays(20))).build("client-7", MENU, List.of(),
				List.of(new MeasurementPoint("pelvic-tilt-sagittal", DAY_1, 18.0, "deg", 2.5),
						new MeasurementPoint("pelvic-tilt-sagittal", DAY_1.plusDays(14), 16.5, "deg", 2.5),
						new MeasurementPoint("pelvic-tilt-sagittal", DAY_1.plusDays(20), 14.0, "deg", 2.5)),
				List.of(), List.of(), List.of(), DAY_1.plusDays(14));

		assertThat(summary.measurements()).singleElement().satisfies((series) -> {
			assertThat(series.unit()).isEqualTo("deg");
			assertThat(series.points()).extracting(ProgressSummary.TimelinePoint::beyondMdc)
				.containsExactly(false, false, true);
			assertThat(series.points().get(2).changeFromFirst()).isEqualTo(-4.0);
		});
		assertThat(summary.adherence()).isEmpty();
	}

	@Test
	void build_readingsWithTheirOwnWiderErrors_needALargerChange_asTheComparisonPageJudgesIt() {
		// MDC 2.5 deg: its share per reading is 2.5 / sqrt(2) = 1.77 deg. Marked readings
		// carry that share (the bar is the MDC); estimated readings carry their own,
		// wider.
		double share = 2.5 / Math.sqrt(2);
		ProgressSummary summary = new ProgressSummaries(clockOn(DAY_1.plusDays(20))).build("client-7", MENU, List.of(),
				List.of(point(DAY_1, 18.0, share), point(DAY_1.plusDays(14), 15.0, share),
						point(DAY_1.plusDays(20), 15.0, 3.0), point(DAY_1.plusDays(21), 13.0, 3.0)),
				List.of(), List.of(), List.of(), DAY_1.plusDays(14));

		List<ProgressSummary.TimelinePoint> points = summary.measurements().get(0).points();
		// 3.0 deg from a marked reading to a marked one: beyond the 2.5 deg MDC.
		assertThat(points.get(1).mdc()).isCloseTo(2.5, within(1e-9));
		assertThat(points.get(1).beyondMdc()).isTrue();
		// The same 3.0 deg to an estimated reading of +/-3.0: the bar is
		// hypot(1.77, 3.0) = 3.48 deg, so it is not beyond the error; 5.0 deg is.
		assertThat(points.get(2).mdc()).isCloseTo(Math.hypot(share, 3.0), within(1e-9));
		assertThat(points.get(2).beyondMdc()).isFalse();
		assertThat(points.get(3).beyondMdc()).isTrue();
	}

	@Test
	void build_readingsWithoutAnErrorOfTheirOwn_areJudgedAgainstTheMdc() {
		ProgressSummary summary = new ProgressSummaries(clockOn(DAY_1.plusDays(20))).build("client-7", MENU, List.of(),
				List.of(point(DAY_1, 18.0, 3.0),
						new MeasurementPoint("pelvic-tilt-sagittal", DAY_1.plusDays(14), 15.0, "deg", 2.5)),
				List.of(), List.of(), List.of(), DAY_1.plusDays(14));

		assertThat(summary.measurements().get(0).points().get(1).mdc()).isEqualTo(2.5);
		assertThat(summary.measurements().get(0).points().get(1).beyondMdc()).isTrue();
	}

	private static MeasurementPoint point(LocalDate day, double value, double readingError) {
		return new MeasurementPoint("pelvic-tilt-sagittal", day, value, "deg", 2.5, OptionalDouble.of(readingError));
	}

	@Test
	void build_countsCrampsPerMusclePerWeek_painAndAdherence() {
		LocalDate monday = DAY_1;
		ProgressSummary summary = new ProgressSummaries(clockOn(monday.plusDays(8))).build("client-7", MENU,
				logs(draft(monday, done(GLUTEALS, 5, wakeUpCramp("gluteus-maximus"))),
						draft(monday.plusDays(1), done(GLUTEALS, 5, wakeUpCramp("gluteus-maximus"))),
						draft(monday.plusDays(2), done(AIR_BENCH, 5, pain(4))),
						draft(monday.plusDays(7), done(GLUTEALS, 5, wakeUpCramp("gluteus-maximus")))),
				List.of(), List.of(), List.of(), List.of(), monday);

		assertThat(summary.crampsPerMuscle().get("gluteus-maximus")).extracting(ProgressSummary.WeekCount::count)
			.containsExactly(2, 1);
		assertThat(summary.pain()).extracting(ProgressSummary.PainPoint::worstNprs).containsExactly(0, 0, 4, 0);
		assertThat(summary.adherence()).extracting(ProgressSummary.WeekAdherence::sessionsDone).containsExactly(3, 1);
		assertThat(summary.adherence().get(0).sessionsPrescribed()).isEqualTo(7);
	}

}
