package org.realign.core.feedback.spasm;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.realign.core.feedback.ExerciseEntry;
import org.realign.core.feedback.Performed;
import org.realign.core.feedback.SafetyStatus;
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

}
