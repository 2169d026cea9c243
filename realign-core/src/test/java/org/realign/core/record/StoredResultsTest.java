package org.realign.core.record;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.realign.core.assessment.Assessment;
import org.realign.core.assessment.AssessmentReport;
import org.realign.core.assessment.Assessor;
import org.realign.core.finding.FindingRules;
import org.realign.core.knowledge.ClientConstraints;
import org.realign.core.landmark.LandmarkFile;
import org.realign.core.measure.MeasurementCatalog;
import org.realign.core.measure.MeasurementDefinition;
import org.realign.core.measure.MeasurementDefinition.Concern;
import org.realign.core.measure.Measurer;
import org.realign.core.program.Advice;
import org.realign.core.program.Advisor;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A result made under one knowledge base keeps every value, finding, hypothesis and menu
 * line when the knowledge base changes; a re-run under the changed one shows the
 * difference, in words.
 */
class StoredResultsTest {

	private static final Advisor ADVISOR = Advisor.standard();

	@Test
	void thresholdChangedAfterTheAssessment_storedResultUnchanged_rerunShowsTheDifference() throws IOException {
		Assessment upright = golden("kendall-ideal");
		MeasurementCatalog shipped = MeasurementCatalog.shipped();
		ClinicalRecord made = record(upright, shipped, KnowledgeBaseVersion.shipped());
		String stored = made.json();
		assertThat(made.findingLines()).containsExactly("kendall-ideal mild");

		// the knowledge base changes: the forward-head cut-off moves from 48 to 54 deg
		MeasurementCatalog stricter = withForwardHeadCutoff(shipped, 54.0);
		KnowledgeBaseVersion next = new KnowledgeBaseVersion("next", "0".repeat(64));
		ClinicalRecord rerun = record(upright, stricter, next);

		ClinicalRecord readBack = ClinicalRecord.parse(stored);
		assertThat(readBack.json()).isEqualTo(stored);
		assertThat(readBack).isEqualTo(made);
		assertThat(readBack.findingLines()).containsExactly("kendall-ideal mild");
		assertThat(readBack.knowledgeBase()).isEqualTo(KnowledgeBaseVersion.shipped());

		List<String> changes = readBack.changesTo(rerun);
		assertThat(changes).contains("finding forward-head-posture would fire (mild)",
				"finding kendall-ideal would no longer fire");
		assertThat(changes).anySatisfy((line) -> assertThat(line).startsWith("knowledge base 2026"));
		assertThat(changes).anySatisfy((line) -> assertThat(line).startsWith("hypothesis suboccipitals:"));
		assertThat(readBack.changesTo(record(upright, shipped, KnowledgeBaseVersion.shipped()))).isEmpty();
	}

	@Test
	void record_keepsEachMeasurementsBasisAndError() throws IOException {
		ClinicalRecord made = record(golden("kendall-sway-back"), MeasurementCatalog.shipped(),
				KnowledgeBaseVersion.shipped());
		var cva = new ArrayList<JsonNode>();
		made.tree().get("measurements").forEach((m) -> {
			if (m.get("id").asString().equals("craniovertebral-angle")) {
				cva.add(m);
			}
		});
		assertThat(cva).singleElement().satisfies((m) -> {
			assertThat(m.get("basis").asString()).isEqualTo("marked");
			assertThat(m.get("error").asDouble()).isEqualTo(1.7);
			assertThat(m.get("value").asDouble()).isEqualTo(52.0);
		});
		assertThat(made.tree().get("hypotheses")).isNotEmpty();
		assertThat(made.tree().get("menu").get("exercises")).isNotEmpty();
	}

	@Test
	void knowledgeBaseVersion_namesTheReleaseAndHashesTheContent() {
		KnowledgeBaseVersion version = KnowledgeBaseVersion.shipped();
		assertThat(version.version()).isNotBlank();
		assertThat(version.contentHash()).matches("[0-9a-f]{64}");
		assertThat(version.describe()).startsWith(version.version() + " (");
	}

	private static ClinicalRecord record(Assessment assessment, MeasurementCatalog catalog,
			KnowledgeBaseVersion version) {
		Assessor assessor = new Assessor(new Measurer(catalog), FindingRules.allCurrentRules(catalog));
		AssessmentReport report = assessor.assess(assessment);
		Advice advice = ADVISOR.advise(report.findings(), ClientConstraints.minutes(20));
		return ClinicalRecord.of(report, advice, catalog, version);
	}

	private static MeasurementCatalog withForwardHeadCutoff(MeasurementCatalog catalog, double cutoff) {
		List<MeasurementDefinition> changed = new ArrayList<>();
		for (MeasurementDefinition d : catalog.all()) {
			if (d.id().equals("craniovertebral-angle")) {
				List<Concern> concerns = d.concerns()
					.stream()
					.map((c) -> new Concern(c.finding(), c.direction(), cutoff, OptionalDouble.empty(),
							OptionalDouble.empty(), c.positiveSide(), c.kind(), c.basis(), c.sources()))
					.toList();
				changed.add(new MeasurementDefinition(d.id(), d.name(), d.views(), d.landmarks(), d.formula(), d.unit(),
						d.signConvention(), d.proxy(), d.side(), d.normal(), concerns, d.error(), d.sources()));
			}
			else {
				changed.add(d);
			}
		}
		return MeasurementCatalog.of(changed);
	}

	private static Assessment golden(String name) throws IOException {
		try {
			Path file = Path
				.of(StoredResultsTest.class.getClassLoader().getResource("golden/" + name + "/landmarks.json").toURI());
			return Assessment.of(LandmarkFile.parse(Files.readString(file)));
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
