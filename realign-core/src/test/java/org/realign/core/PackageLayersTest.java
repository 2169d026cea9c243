package org.realign.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The measurement engine's packages form layers without cycles: landmark, then measure,
 * then finding, then assessment. A lower layer never reaches up.
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

}
