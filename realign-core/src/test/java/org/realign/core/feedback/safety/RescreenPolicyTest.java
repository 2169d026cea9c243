package org.realign.core.feedback.safety;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.realign.core.feedback.ExerciseEntry;
import org.realign.core.feedback.PainQuality;
import org.realign.core.feedback.PainReport;
import org.realign.core.feedback.SessionDraft;
import org.realign.core.feedback.SessionLog;
import org.realign.core.feedback.SpasmReport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realign.core.feedback.FeedbackFixtures.AIR_BENCH;
import static org.realign.core.feedback.FeedbackFixtures.CATS;
import static org.realign.core.feedback.FeedbackFixtures.CLIENT;
import static org.realign.core.feedback.FeedbackFixtures.DAY_1;
import static org.realign.core.feedback.FeedbackFixtures.MENU;
import static org.realign.core.feedback.FeedbackFixtures.done;
import static org.realign.core.feedback.FeedbackFixtures.draft;
import static org.realign.core.feedback.FeedbackFixtures.log;
import static org.realign.core.feedback.FeedbackFixtures.pain;

class RescreenPolicyTest {

	@Test
	void reasons_quietSession_none() {
		assertThat(RescreenPolicy.reasons(log(draft(DAY_1.plusDays(1), done(AIR_BENCH, 3))),
				List.of(log(draft(DAY_1, done(AIR_BENCH, 3, pain(2)))))))
			.isEmpty();
	}

	@Test
	void reasons_newOrWorseSymptomsTicked_due() {
		SessionDraft ticked = new SessionDraft(CLIENT, MENU.menuId(), DAY_1, List.of(done(AIR_BENCH, 3)), List.of(),
				true, "");

		assertThat(RescreenPolicy.reasons(log(ticked), List.of()))
			.containsExactly("the client reports new or worse symptoms");
	}

	@Test
	void reasons_painWorseThanBefore_due() {
		assertThat(RescreenPolicy.reasons(log(draft(DAY_1.plusDays(1), done(AIR_BENCH, 3, pain(4)))),
				List.of(log(draft(DAY_1, done(AIR_BENCH, 3, pain(2)))))))
			.singleElement()
			.asString()
			.contains("NPRS 4 after 2");
	}

	@Test
	void reasons_samePainAsBefore_none() {
		assertThat(RescreenPolicy.reasons(log(draft(DAY_1.plusDays(1), done(AIR_BENCH, 3, pain(2)))),
				List.of(log(draft(DAY_1, done(AIR_BENCH, 3, pain(2)))))))
			.isEmpty();
	}

	@Test
	void reasons_firstRadiatingPainOrASpasm_due() {
		ExerciseEntry radiating = done(AIR_BENCH, 3, new PainReport(1, "back of the thigh", PainQuality.RADIATING));
		ExerciseEntry spasm = done(CATS, 3, new SpasmReport("low-back", 6));
		List<SessionLog> before = List.of(log(draft(DAY_1, done(AIR_BENCH, 3, pain(1)))));

		assertThat(RescreenPolicy.reasons(log(draft(DAY_1.plusDays(1), radiating, spasm)), before))
			.containsExactly("radiating pain is reported for the first time", "a spasm is reported");
	}

}
