package org.realign.core.program;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalInt;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.realign.core.knowledge.Change;
import org.realign.core.knowledge.ClientConstraints;
import org.realign.core.knowledge.ExerciseCatalog;
import org.realign.core.knowledge.Findings;
import org.realign.core.knowledge.Hypotheses;
import org.realign.core.knowledge.Hypothesis;
import org.realign.core.knowledge.HypothesisEngine;
import org.realign.core.prescription.Dose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The practitioner overrules; every change is a new value with who, what and when. */
class MenuOverridesTest {

	static final Instant NOW = Instant.parse("2026-11-24T10:15:00Z");

	static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

	static final StarterMenus STARTERS = new StarterMenus(MenuGeneratorTest.KB);

	static final ExerciseCatalog CATALOG = MenuGeneratorTest.KB.exercises();

	static MenuSuggestion daily() {
		return STARTERS.menu("daily-alignment", OptionalInt.empty());
	}

	@Test
	void swap_toRegression_replacesInPlaceAndRecordsWhoWhatWhen() {
		MenuSuggestion before = daily();
		MenuSuggestion after = before.swap("air-bench", "standing-gluteal-contractions", CATALOG, "jane", CLOCK);
		int index = before.exerciseIds().indexOf("air-bench");
		assertThat(after.exerciseIds().get(index)).isEqualTo("standing-gluteal-contractions");
		assertThat(after.changes()).containsExactly(
				new Change("jane", "swapped air-bench for its regression standing-gluteal-contractions", NOW));
		assertThat(before.exerciseIds()).contains("air-bench");
		assertThat(before.changes()).isEmpty();
	}

	@Test
	void swap_toProgression_allowed() {
		MenuSuggestion after = daily().swap("static-back", "supine-groin-stretch", CATALOG, "jane", CLOCK);
		assertThat(after.changes().get(0).what()).contains("progression");
	}

	@Test
	void swap_toUnrelatedExercise_refused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> daily().swap("static-back", "wall-angel", CATALOG, "jane", CLOCK))
			.withMessageContaining("neither a regression nor a progression");
	}

	@Test
	void changeDose_recordsOldAndNewDose() {
		MenuSuggestion after = daily().changeDose("static-back", Dose.hold(600, false), "jane", CLOCK);
		assertThat(after.items().get(0).dose()).isEqualTo(Dose.hold(600, false));
		assertThat(after.changes().get(0).what()).isEqualTo("changed the dose of static-back from 5 min to 10 min");
	}

	@Test
	void changeDose_malformed_refused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> daily().changeDose("static-back", Dose.reps(0, 0, false), "jane", CLOCK));
	}

	@Test
	void move_changesOrderAndLogsIt() {
		MenuSuggestion after = daily().move("air-bench", 0, "jane", CLOCK);
		assertThat(after.exerciseIds().get(0)).isEqualTo("air-bench");
		assertThat(after.changes()).extracting(Change::who, Change::when).containsExactly(Tuple.tuple("jane", NOW));
	}

	@Test
	void override_withoutAName_refused() {
		assertThatIllegalArgumentException().isThrownBy(() -> daily().move("air-bench", 0, " ", CLOCK));
	}

	@Test
	void confirmAndReject_hypotheses_newValueWithLog() {
		Hypotheses hypotheses = new HypothesisEngine(MenuGeneratorTest.KB).hypothesise(Findings.lowerCrossed());
		Hypotheses changed = hypotheses.confirm("iliopsoas:short-overactive", "jane", CLOCK)
			.reject("transversus-abdominis:long-underactive", "jane", CLOCK);
		assertThat(changed.find("iliopsoas:short-overactive").orElseThrow().status())
			.isEqualTo(Hypothesis.Status.CONFIRMED);
		assertThat(changed.active()).extracting(Hypothesis::key)
			.doesNotContain("transversus-abdominis:long-underactive");
		assertThat(changed.changes()).extracting(Change::what)
			.containsExactly("confirmed iliopsoas:short-overactive", "rejected transversus-abdominis:long-underactive");
		assertThat(hypotheses.changes()).isEmpty();
		assertThat(hypotheses.find("iliopsoas:short-overactive").orElseThrow().status())
			.isEqualTo(Hypothesis.Status.PROPOSED);
	}

	@Test
	void advise_thenReadvise_afterRejectionMenuDropsTheHypothesis() {
		Advisor advisor = new Advisor(MenuGeneratorTest.KB);
		Advice advice = advisor.advise(List.of(Findings.finding("kendall-flat-back")), ClientConstraints.minutes(20));
		Hypotheses rejected = advice.hypotheses().reject("hamstrings:short-overactive", "jane", CLOCK);
		Advice again = advisor.readvise(rejected, ClientConstraints.minutes(20));
		assertThat(again.menu().items()).flatExtracting(SuggestedItem::because)
			.doesNotContain("hamstrings:short-overactive");
	}

}
