package org.realign.core.feedback.spasm;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.realign.core.feedback.ClientMessages;
import org.realign.core.feedback.FieldError;
import org.realign.core.feedback.RuleOutcome.AlertLevel;
import org.realign.core.feedback.SafetyStatus;
import org.realign.core.finding.Finding;
import org.realign.core.finding.Severity;
import org.realign.core.source.SourceCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realign.core.feedback.FeedbackFixtures.DAY_1;
import static org.realign.core.feedback.FeedbackFixtures.clockOn;

class SpasmAdvisorTest {

	static final List<Finding> ANTERIOR_TILT = List
		.of(Finding.of("anterior-pelvic-tilt", Severity.MODERATE, List.of("pelvic-tilt-sagittal")));

	private final SpasmAdvisor advisor = new SpasmAdvisor(clockOn(DAY_1));

	@Test
	void assess_forwardBendWithAnteriorTilt_linksTheFindingAndProposesPlanAndStarterMenu() {
		SpasmAssessment result = this.advisor.assess(episode(SpasmTrigger.BENDING_FORWARD_QUICKLY, "low-back", false),
				ANTERIOR_TILT, SafetyStatus.clear());

		assertThat(result).isInstanceOfSatisfying(SpasmAssessment.Assessed.class, (assessed) -> {
			assertThat(assessed.links()).singleElement().satisfies((link) -> {
				assertThat(link.link().id()).isEqualTo("flexion-from-extension");
				assertThat(link.findingIds()).containsExactly("anterior-pelvic-tilt");
			});
			assertThat(assessed.plan()).contains(ReExposurePlans.FORWARD_BEND);
			assertThat(assessed.starterMenuId()).contains("after-back-spasm");
			assertThat(assessed.forClient()).contains(ClientMessages.SPASM_IS_PROTECTION);
			assertThat(assessed.rescreenReasons()).isNotEmpty();
			assertThat(assessed.alerts()).singleElement()
				.satisfies((alert) -> assertThat(alert.forPractitioner()).contains("anterior-pelvic-tilt")
					.contains("forward-bend-to-toe-touch"));
		});
	}

	@Test
	void forwardBendPlan_stepsTowardsAToeTouch() {
		List<ReExposureStep> steps = ReExposurePlans.FORWARD_BEND.steps();

		assertThat(steps).extracting(ReExposureStep::order).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
		assertThat(steps.get(6).instruction()).contains("towards your toes");
		// The method's trigger is a quick bend: the speed is graded up to it, slow first.
		assertThat(steps.subList(6, 10)).extracting((step) -> step.speed().orElseThrow())
			.containsExactly(Speed.SLOW, Speed.STEADY, Speed.EVERYDAY, Speed.QUICK);
		assertThat(steps.get(9).instruction()).contains("quickly");
		assertThat(ReExposurePlans.FORWARD_BEND.fingertipToFloorGoalCm()).contains(5.0);
		assertThat(ReExposurePlans.FORWARD_BEND.sourceIds()).contains("fb-perret-2001");
	}

	@Test
	void assess_noMatchingFinding_noLinkButStillAPlan() {
		SpasmAssessment result = this.advisor.assess(episode(SpasmTrigger.LIFTING, "low-back", false), List.of(),
				SafetyStatus.clear());

		assertThat(result).isInstanceOfSatisfying(SpasmAssessment.Assessed.class, (assessed) -> {
			assertThat(assessed.links()).isEmpty();
			assertThat(assessed.plan()).contains(ReExposurePlans.LIFTING);
		});
	}

	@Test
	void assess_avoidance_isNoticedAndExplained() {
		SpasmAssessment result = this.advisor.assess(episode(SpasmTrigger.BENDING_FORWARD, "low-back", true),
				ANTERIOR_TILT, SafetyStatus.clear());

		assertThat(result).isInstanceOfSatisfying(SpasmAssessment.Assessed.class, (assessed) -> {
			assertThat(assessed.avoidanceNoticed()).isTrue();
			assertThat(assessed.forClient()).contains(ClientMessages.AVOIDANCE_NOTICED);
			assertThat(assessed.alerts().get(0).forPractitioner()).contains("avoidance").contains("gardening");
		});
	}

	@Test
	void assess_neckSpasm_noBackStarterMenu() {
		SpasmAssessment result = this.advisor.assess(episode(SpasmTrigger.TURNING_THE_HEAD, "neck", false),
				List.of(Finding.of("forward-head-posture", Severity.MILD, List.of("cva"))), SafetyStatus.clear());

		assertThat(result).isInstanceOfSatisfying(SpasmAssessment.Assessed.class, (assessed) -> {
			assertThat(assessed.starterMenuId()).isEmpty();
			assertThat(assessed.plan()).contains(ReExposurePlans.NECK);
			assertThat(assessed.links()).extracting((link) -> link.link().id())
				.containsExactly("neck-from-forward-head");
		});
	}

	@Test
	void assess_openRedFlag_withholdsPlanAndMenuAndAlerts() {
		SpasmAssessment result = this.advisor.assess(episode(SpasmTrigger.BENDING_FORWARD, "low-back", false),
				ANTERIOR_TILT, new SafetyStatus(SafetyStatus.Level.PRACTITIONER_REVIEW, List.of("fever-or-chills")));

		assertThat(result).isInstanceOfSatisfying(SpasmAssessment.Assessed.class, (assessed) -> {
			assertThat(assessed.plan()).isEmpty();
			assertThat(assessed.starterMenuId()).isEmpty();
			assertThat(assessed.alerts().get(0).forPractitioner()).contains("fever-or-chills");
		});
	}

	@Test
	void assess_pausedProgramme_onlySeekUrgentCare() {
		SpasmAssessment result = this.advisor.assess(episode(SpasmTrigger.BENDING_FORWARD, "low-back", false),
				ANTERIOR_TILT, new SafetyStatus(SafetyStatus.Level.PAUSED, List.of("bladder-change")));

		assertThat(result).isInstanceOfSatisfying(SpasmAssessment.Assessed.class, (assessed) -> {
			assertThat(assessed.plan()).isEmpty();
			assertThat(assessed.forClient()).containsExactly(ClientMessages.SEEK_URGENT_CARE);
			assertThat(assessed.alerts().get(0).level()).isEqualTo(AlertLevel.URGENT);
		});
	}

	@Test
	void assess_invalidEpisode_isRejectedNamingFields() {
		SpasmEpisode bad = new SpasmEpisode("spasm-1", 1, Optional.empty(), "client-7", DAY_1.plusDays(2), "low-back",
				SpasmTrigger.LIFTING, 12, Duration.ofHours(-1), List.of(), List.of(), false, false, "");

		SpasmAssessment result = this.advisor.assess(bad, List.of(), SafetyStatus.clear());

		assertThat(result).isInstanceOfSatisfying(SpasmAssessment.Rejected.class,
				(rejected) -> assertThat(rejected.errors()).extracting(FieldError::field)
					.containsExactlyInAnyOrder("date", "severity", "duration"));
	}

	@Test
	void linksAndPlans_citeKnownSources() {
		SourceCatalog sources = SourceCatalog.load();

		assertThat(TriggerLinks.all())
			.allSatisfy((link) -> assertThat(link.sourceIds()).isNotEmpty().allMatch(sources::contains));
		assertThat(ReExposurePlans.all())
			.allSatisfy((plan) -> assertThat(plan.sourceIds()).isNotEmpty().allMatch(sources::contains));
		assertThat(SpasmTrigger.values())
			.filteredOn((trigger) -> trigger != SpasmTrigger.COUGH_OR_SNEEZE && trigger != SpasmTrigger.NO_CLEAR_TRIGGER
			// a spasm during a menu exercise: the practitioner picks the plan
					&& trigger != SpasmTrigger.MENU_EXERCISE)
			.allMatch((trigger) -> ReExposurePlans.forTrigger(trigger).isPresent());
	}

	static SpasmEpisode episode(SpasmTrigger trigger, String region, boolean avoiding) {
		return new SpasmEpisode("spasm-1", 1, Optional.empty(), "client-7", LocalDate.of(2026, 11, 1), region, trigger,
				7, Duration.ofDays(2), List.of("lying on the floor", "heat"),
				avoiding ? List.of("gardening") : List.of(), avoiding, false, "");
	}

}
