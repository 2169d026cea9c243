package org.realign.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The app is packaged by feature ({@code org.realign.app.<feature>}); these rules keep it
 * that way: no two features depend on each other in a circle, controllers leave SQL to
 * the stores, and only the command-line package uses picocli.
 */
class ArchitectureTest {

	static final JavaClasses APP = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.realign.app");

	@Test
	void featurePackages_areFreeOfCycles() {
		slices().matching("org.realign.app.(*)..").should().beFreeOfCycles().check(APP);
	}

	@Test
	void onlyTheCommandLine_usesPicocli() {
		noClasses().that()
			.resideOutsideOfPackage("org.realign.app.cli..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("picocli..")
			.because("every command lives in org.realign.app.cli")
			.check(APP);
	}

	@Test
	void controllers_neverTouchSql() {
		noClasses().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.jdbc..", "java.sql..", "javax.sql..")
			.because("a controller reads the request, checks access and renders; stores and use cases query")
			.check(APP);
	}

	@Test
	void theFhirExport_readsThroughTheFeatures_notTheirTables() {
		noClasses().that()
			.haveSimpleNameStartingWith("Fhir")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.jdbc..", "java.sql..", "javax.sql..")
			.because("the FHIR export reads clients, screenings, outcomes and menus through those features' "
					+ "use cases, so no table of theirs is queried from privacy")
			.check(APP);
	}

}
