package org.realign.core.knowledge;

import org.realign.core.prescription.ExerciseDemand;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped knowledge base is consistent. Like spring-petclinic's
 * {@code I18nPropertiesSyncTest}, a failure prints every problem, one per line.
 */
class ShippedKnowledgeBaseTest {

	static final KnowledgeBase KB = KnowledgeBaseLoader.load();

	@Test
	void validate_shippedKnowledgeBase_findsNoProblem() {
		List<Problem> problems = new KnowledgeBaseValidator().validate(KB);
		assertThat(problems).as(KnowledgeBaseValidator.report(problems)).isEmpty();
	}

	@Test
	void exercises_sayWhatTheyAskOfEachMuscle_staticWallLengthensTheHamstringsAndWorksTheThighs() {
		Exercise wall = KB.exercises().find("static-wall").orElseThrow();

		assertThat(wall.demands()).anySatisfy((demand) -> {
			assertThat(demand.muscle()).isEqualTo("hamstrings");
			assertThat(demand.kind()).isEqualTo(ExerciseDemand.Kind.LENGTHENS);
			assertThat(demand.sourceIds()).contains("egoscue-1998-pain-free");
		});
		assertThat(wall.demands()).anySatisfy((demand) -> {
			assertThat(demand.muscle()).isEqualTo("quadriceps");
			assertThat(demand.kind()).isEqualTo(ExerciseDemand.Kind.WORKS);
			assertThat(demand.basis()).contains("tighten the thighs");
		});
		assertThat(KB.exercises().find("static-back").orElseThrow().demands())
			.allSatisfy((demand) -> assertThat(demand.kind()).isEqualTo(ExerciseDemand.Kind.RELEASES));
		// every stretch named a stretch lengthens what it releases
		assertThat(KB.exercises().all()).filteredOn((exercise) -> exercise.id().endsWith("-stretch"))
			.allSatisfy((exercise) -> assertThat(exercise.targets()).as(exercise.id())
				.allSatisfy((target) -> assertThat(target.demand()).isEqualTo(ExerciseDemand.Kind.LENGTHENS)));
	}

	@Test
	void muscles_includeEveryMuscleTheIssueNames() {
		assertThat(KB.muscles()).extracting(Muscle::id)
			.contains("iliopsoas", "rectus-femoris", "tensor-fasciae-latae", "hip-adductors", "gluteus-maximus",
					"gluteus-medius", "piriformis", "hamstrings", "quadriceps", "rectus-abdominis", "external-oblique",
					"internal-oblique", "transversus-abdominis", "lumbar-erector-spinae", "quadratus-lumborum",
					"thoracic-erector-spinae", "latissimus-dorsi", "upper-trapezius", "middle-trapezius",
					"lower-trapezius", "levator-scapulae", "rhomboids", "serratus-anterior", "pectoralis-major",
					"pectoralis-minor", "sternocleidomastoid", "scalenes", "suboccipitals", "deep-cervical-flexors",
					"gastrocnemius", "soleus", "tibialis-anterior", "tibialis-posterior", "peroneals");
		assertThat(KB.muscles()).allSatisfy((m) -> {
			assertThat(m.plainName()).isNotBlank();
			assertThat(m.region()).isNotBlank();
			assertThat(m.actions()).isNotEmpty();
		});
	}

	@Test
	void exercises_atLeastFortyIncludingTheClassicSetAndAlternatives() {
		assertThat(KB.exercises().size()).isGreaterThanOrEqualTo(40);
		assertThat(KB.exercises().all()).extracting(Exercise::id)
			.contains("static-back", "supine-groin-stretch", "supine-groin-progressive", "cats-and-dogs",
					"sitting-floor", "air-bench", "static-wall", "frog", "spinal-floor-twist", "hip-crossover-stretch",
					"standing-quad-stretch", "foot-circles-and-point-flexes", "arm-circles", "elbow-curls",
					"static-extension", "pullovers", "standing-gluteal-contractions", "wall-lateral-bend", "dead-bug",
					"glute-bridge", "chin-tuck", "wall-angel", "calf-stretch-wall", "ninety-ninety-breathing");
		assertThat(KB.exercises().all()).allSatisfy((e) -> {
			assertThat(e.steps()).hasSizeGreaterThanOrEqualTo(3);
			assertThat(e.feel()).isNotBlank();
			assertThat(e.targets()).isNotEmpty();
		});
	}

	@Test
	void rules_everyRuleCitesASourceAndGivesOneSentence() {
		assertThat(KB.rules()).allSatisfy((rule) -> {
			assertThat(rule.sources()).isNotEmpty();
			assertThat(rule.reasoning()).endsWith(".");
		});
	}

}
