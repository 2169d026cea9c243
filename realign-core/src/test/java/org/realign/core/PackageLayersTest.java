package org.realign.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The measurement engine's packages form layers without cycles: landmark, then measure,
 * then finding, then assessment. A lower layer never reaches up. Across the whole core no
 * two packages depend on each other in a circle (the knowledge base holds the exercise
 * catalogue, so the menu generator in {@code program} reads it and it never reads the
 * generator), and a prescription (dose, prescribed menu) depends on no other package.
 */
class PackageLayersTest {

	private static final JavaClasses CORE = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.realign.core");

	@Test
	void landmark_dependsOnNoOtherEnginePackage() {
		noClasses().that()
			.resideInAPackage("org.realign.core.landmark..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.realign.core.measure..", "org.realign.core.finding..",
					"org.realign.core.assessment..")
			.check(CORE);
	}

	@Test
	void measure_doesNotReachFindingsOrAssessments() {
		noClasses().that()
			.resideInAPackage("org.realign.core.measure..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.realign.core.finding..", "org.realign.core.assessment..")
			.check(CORE);
	}

	@Test
	void finding_doesNotReachAssessments() {
		noClasses().that()
			.resideInAPackage("org.realign.core.finding..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.realign.core.assessment..")
			.check(CORE);
	}

	@Test
	void corePackages_areFreeOfCycles() {
		slices().matching("org.realign.core.(*)..").should().beFreeOfCycles().check(CORE);
	}

	@Test
	void knowledge_doesNotReachTheMenuGenerator() {
		noClasses().that()
			.resideInAPackage("org.realign.core.knowledge..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.realign.core.program..", "org.realign.core.feedback..")
			.check(CORE);
	}

	@Test
	void prescription_dependsOnNoOtherCorePackage() {
		noClasses().that()
			.resideInAPackage("org.realign.core.prescription..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.realign.core.knowledge..", "org.realign.core.program..",
					"org.realign.core.feedback..", "org.realign.core.assessment..", "org.realign.core.finding..",
					"org.realign.core.measure..", "org.realign.core.landmark..")
			.check(CORE);
	}

}
