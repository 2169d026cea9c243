package org.realign.core.feedback.outcome;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.realign.core.feedback.FieldError;
import org.realign.core.feedback.outcome.OutcomeRecord.AssessmentPoint;
import org.realign.core.feedback.outcome.StartBack.Bothersomeness;
import org.realign.core.feedback.outcome.StartBack.Risk;
import org.realign.core.source.SourceCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.realign.core.feedback.FeedbackFixtures.DAY_1;
import static org.realign.core.feedback.FeedbackFixtures.clockOn;

class OutcomeMeasuresTest {

	@Test
	void everyMeasure_citesKnownSourcesAndStatesItsLicence() {
		SourceCatalog sources = SourceCatalog.load();

		assertThat(OutcomeMeasures.all()).allSatisfy((measure) -> {
			assertThat(measure.sourceIds()).as(measure.id()).isNotEmpty().allMatch(sources::contains);
			assertThat(measure.licenceNote()).as(measure.id()).isNotBlank();
		});
	}

	@Test
	void startBack_isOptionalAndItsLicenceSaysNonCommercialOnly() {
		assertThat(OutcomeMeasures.START_BACK.optional()).isTrue();
		assertThat(OutcomeMeasures.START_BACK.licenceNote()).contains("non-commercial use only").contains("Keele");
	}

	@Test
	void nprs_dropOfTwoPoints_meetsTheMcid() {
		OutcomeComparison comparison = OutcomeComparison.of(OutcomeMeasures.NPRS, nprs(6, AssessmentPoint.INTAKE),
				nprs(4, AssessmentPoint.REASSESSMENT));

		assertThat(comparison.improvement()).isEqualTo(2.0);
		assertThat(comparison.meetsMcid()).contains(true);
	}

	@Test
	void nprs_dropOfOnePointFromThree_meetsTheMcidByPercent() {
		OutcomeComparison comparison = OutcomeComparison.of(OutcomeMeasures.NPRS, nprs(3, AssessmentPoint.INTAKE),
				nprs(2, AssessmentPoint.REASSESSMENT));

		assertThat(comparison.meetsMcid()).contains(true);
	}

	@Test
	void nprs_dropOfOnePointFromEight_doesNotMeetTheMcid() {
		OutcomeComparison comparison = OutcomeComparison.of(OutcomeMeasures.NPRS, nprs(8, AssessmentPoint.INTAKE),
				nprs(7, AssessmentPoint.REASSESSMENT));

		assertThat(comparison.meetsMcid()).contains(false);
	}

	@Test
	void fingertipToFloor_hasNoMcidClaimed_butCountsAFallAsImprovement() {
		OutcomeComparison comparison = OutcomeComparison.of(OutcomeMeasures.FINGERTIP_TO_FLOOR,
				record("fingertip-to-floor", 24, AssessmentPoint.INTAKE),
				record("fingertip-to-floor", 9, AssessmentPoint.REASSESSMENT));

		assertThat(comparison.improvement()).isEqualTo(15.0);
		assertThat(comparison.meetsMcid()).isEmpty();
	}

	@Test
	void psfs_averagesThreeToFiveActivities() {
		Psfs psfs = new Psfs(List.of(new Psfs.Activity("put on socks", 3), new Psfs.Activity("garden for an hour", 4),
				new Psfs.Activity("pick up my grandchild", 2)));

		assertThat(psfs.score()).isEqualTo(3.0);
	}

	@Test
	void psfs_invalidAnswers_nameTheField() {
		Psfs psfs = new Psfs(List.of(new Psfs.Activity("walk", 11), new Psfs.Activity(" ", 3)));

		assertThat(psfs.validate()).extracting(FieldError::field)
			.containsExactlyInAnyOrder("activities", "activities[0].rating", "activities[1].name");
		assertThatIllegalStateException().isThrownBy(psfs::score);
	}

	@Test
	void startBack_lowMediumHigh() {
		assertThat(startBack(3, 0, Bothersomeness.SLIGHTLY).risk()).isEqualTo(Risk.LOW);
		assertThat(startBack(4, 1, Bothersomeness.MODERATELY).risk()).isEqualTo(Risk.MEDIUM);
		assertThat(startBack(4, 3, Bothersomeness.VERY_MUCH)).satisfies((result) -> {
			assertThat(result.total()).isEqualTo(8);
			assertThat(result.psychosocial()).isEqualTo(4);
			assertThat(result.risk()).isEqualTo(Risk.HIGH);
		});
	}

	@Test
	void validate_outOfRangeUnknownAndFuture_nameTheField() {
		assertThat(OutcomeMeasures.validate(record("nprs", 11, AssessmentPoint.INTAKE), clockOn(DAY_1)))
			.extracting(FieldError::field)
			.containsExactly("value");
		assertThat(OutcomeMeasures.validate(record("odi", 20, AssessmentPoint.INTAKE), clockOn(DAY_1)))
			.extracting(FieldError::field)
			.containsExactly("measureId");
		assertThat(OutcomeMeasures.validate(
				new OutcomeRecord("client-7", "nprs", DAY_1.plusDays(1), AssessmentPoint.INTAKE, 3), clockOn(DAY_1)))
			.extracting(FieldError::field)
			.containsExactly("date");
	}

	/** Physical items 1..4 agreed first, then psychosocial items 5..8. */
	private static StartBack.Result startBack(int physical, int psychosocial, Bothersomeness item9) {
		List<Boolean> items = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			items.add(i < physical);
		}
		for (int i = 0; i < 4; i++) {
			items.add(i < psychosocial);
		}
		return new StartBack(items, item9).score();
	}

	private static OutcomeRecord nprs(double value, AssessmentPoint point) {
		return record("nprs", value, point);
	}

	private static OutcomeRecord record(String id, double value, AssessmentPoint point) {
		return new OutcomeRecord("client-7", id, DAY_1, point, value);
	}

}
