package org.realign.core.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The feedback loop reads only the shared core contracts (findings, sides, sources): it
 * models the menu items it needs itself, so that it does not couple to the knowledge base
 * or the menu generator while those evolve, and it never reads the wall clock directly.
 */
class FeedbackArchitectureTest {

	static final JavaClasses FEEDBACK = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.realign.core.feedback");

	@Test
	void feedback_doesNotDependOnTheKnowledgeBaseMenusOrMeasurementEngine() {
		ArchRule rule = noClasses().that()
			.resideInAPackage("org.realign.core.feedback..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.realign.core.knowledge..", "org.realign.core.program..",
					"org.realign.core.assessment..", "org.realign.core.measure..");
		rule.check(FEEDBACK);
	}

	@Test
	void feedback_readsTimeOnlyThroughAnInjectedClock() {
		ArchRule rule = noClasses().that()
			.resideInAPackage("org.realign.core.feedback..")
			.should()
			.callMethod(Instant.class, "now")
			.orShould()
			.callMethod(LocalDate.class, "now")
			.orShould()
			.callMethod(LocalDateTime.class, "now")
			.orShould()
			.callMethod(System.class, "currentTimeMillis")
			.because("time comes from an injected java.time.Clock (house style)");
		rule.check(FEEDBACK);
	}

}
