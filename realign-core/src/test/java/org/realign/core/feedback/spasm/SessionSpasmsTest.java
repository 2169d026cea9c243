package org.realign.core.feedback.spasm;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.realign.core.feedback.ExerciseEntry;
import org.realign.core.feedback.Performed;
import org.realign.core.feedback.SafetyStatus;
import org.realign.core.feedback.SessionLog;
import org.realign.core.feedback.SpasmReport;
import org.realign.core.landmark.Side;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realign.core.feedback.FeedbackFixtures.CATS;
import static org.realign.core.feedback.FeedbackFixtures.DAY_1;
import static org.realign.core.feedback.FeedbackFixtures.GROIN;
import static org.realign.core.feedback.FeedbackFixtures.clockOn;
import static org.realign.core.feedback.FeedbackFixtures.done;
import static org.realign.core.feedback.FeedbackFixtures.draft;
import static org.realign.core.feedback.FeedbackFixtures.log;

/** One spasm in a session, one episode, read like any other. */
class SessionSpasmsTest {

	@Test
	void eachSpasmOfASession_becomesOneEpisode_withTheExerciseItCameWith() {
		AtomicInteger ids = new AtomicInteger();
		var log = log(draft(DAY_1, done(GROIN, 2), ExerciseEntry.done(CATS.exerciseId(), Performed.of(10), 4,
				new SpasmReport("low-back", 7), new SpasmReport("calf", 3, Optional.of(Side.LEFT)))));

		List<SpasmEpisode> episodes = SessionSpasms.episodes(log, () -> "spasm-" + ids.incrementAndGet());

		assertThat(episodes).extracting(SpasmEpisode::id).containsExactly("spasm-1", "spasm-2");
		assertThat(episodes.get(0)).satisfies((episode) -> {
			assertThat(episode.region()).isEqualTo("low-back");
			assertThat(episode.severity()).isEqualTo(7);
			assertThat(episode.trigger()).isEqualTo(SpasmTrigger.MENU_EXERCISE);
			assertThat(episode.exerciseId()).contains(CATS.exerciseId());
			assertThat(episode.date()).isEqualTo(DAY_1);
			assertThat(episode.asOpen().region()).isEqualTo("low-back");
		});
		assertThat(episodes.get(1).notes()).contains("left calf");
	}

	@Test
	void aSessionWithoutSpasm_opensNothing() {
		assertThat(SessionSpasms.episodes(log(draft(DAY_1, done(GROIN, 2))), () -> "never")).isEmpty();
	}

	@Test
	void aBackSpasmFromASession_alertsAsksForARescreenAndOffersTheStarterMenu() {
		var log = log(draft(DAY_1, done(CATS, 4, new SpasmReport("low-back", 7))));
		SpasmEpisode episode = SessionSpasms.episodes(log, () -> "spasm-1").get(0);

		SpasmAssessment result = new SpasmAdvisor(clockOn(DAY_1)).assess(episode, List.of(), SafetyStatus.clear());

		assertThat(result).isInstanceOfSatisfying(SpasmAssessment.Assessed.class, (assessed) -> {
			assertThat(assessed.alerts()).isNotEmpty();
			assertThat(assessed.rescreenReasons()).contains("a spasm episode was reported");
			assertThat(assessed.starterMenuId()).contains(SpasmAdvisor.AFTER_BACK_SPASM_MENU);
		});
	}

	@Test
	void aCorrectionThatAddsASpasm_opensOnlyTheNewOne_andOneThatChangesASeverity_opensNone() {
		var first = log(draft(DAY_1,
				ExerciseEntry.done(CATS.exerciseId(), Performed.of(10), 4, new SpasmReport("low-back", 7))));
		List<String> opened = SessionSpasms.spasms(first).stream().map(SessionSpasms.SessionSpasm::key).toList();
		var milder = corrected(first,
				ExerciseEntry.done(CATS.exerciseId(), Performed.of(10), 4, new SpasmReport("low-back", 4)));
		var added = corrected(first, ExerciseEntry.done(CATS.exerciseId(), Performed.of(10), 4,
				new SpasmReport("low-back", 7), new SpasmReport("calf", 3, Optional.of(Side.LEFT))));

		assertThat(SessionSpasms.unopened(milder, opened, () -> "never")).as("the same spasm, milder").isEmpty();
		assertThat(SessionSpasms.unopened(added, opened, () -> "spasm-2").values()).singleElement()
			.satisfies((episode) -> {
				assertThat(episode.region()).isEqualTo("calf");
				assertThat(episode.notes()).contains("left calf");
			});
		assertThat(SessionSpasms.unopened(first, List.of(), () -> "spasm-1")).hasSize(1);
	}

	@Test
	void theSameRegionOnTheOtherSide_isAnotherSpasm() {
		var left = log(draft(DAY_1, ExerciseEntry.done(CATS.exerciseId(), Performed.of(10), 4,
				new SpasmReport("calf", 3, Optional.of(Side.LEFT)))));
		var right = corrected(left, ExerciseEntry.done(CATS.exerciseId(), Performed.of(10), 4,
				new SpasmReport("calf", 3, Optional.of(Side.RIGHT))));
		List<String> opened = SessionSpasms.spasms(left).stream().map(SessionSpasms.SessionSpasm::key).toList();

		assertThat(SessionSpasms.unopened(right, opened, () -> "spasm-2")).hasSize(1);
		assertThat(SessionSpasms.withdrawn(left, right)).singleElement()
			.satisfies((spasm) -> assertThat(spasm.where()).isEqualTo("left calf"));
	}

	@Test
	void aCorrectionThatTakesASpasmAway_withdrawsIt_andKeepingItWithdrawsNothing() {
		var first = log(
				draft(DAY_1, ExerciseEntry.done(CATS.exerciseId(), Performed.of(10), 4, new SpasmReport("low-back", 7)),
						done(GROIN, 2)));
		var without = corrected(first, ExerciseEntry.done(CATS.exerciseId(), Performed.of(10), 4), done(GROIN, 2));

		assertThat(SessionSpasms.withdrawn(first, without)).singleElement()
			.satisfies((spasm) -> assertThat(spasm.exerciseId()).isEqualTo(CATS.exerciseId()));
		assertThat(SessionSpasms.withdrawn(first, first)).isEmpty();
		assertThat(SessionSpasms.withdrawn(without, first)).as("put back: nothing withdrawn").isEmpty();
	}

	private static SessionLog corrected(SessionLog previous, ExerciseEntry... entries) {
		return new SessionLog(previous.logId(), previous.version() + 1, Optional.of(previous.version()),
				draft(previous.date(), entries), previous.recordedAt().plusSeconds(60), previous.recordedBy(),
				Optional.of("typo"));
	}

}
