package org.realign.core.feedback.progress;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.realign.core.feedback.progress.ProgressSummary.ReassessmentDue.Status;

import static org.assertj.core.api.Assertions.assertThat;
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
