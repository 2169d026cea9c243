package org.realign.core.landmark;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;
import org.realign.core.assessment.Assessment;
import org.realign.core.assessment.AssessmentReportJson;
import org.realign.core.assessment.Assessor;

/**
 * Jazzer over what {@code POST /api/measure} and the landmark editor do with a body:
 * parse the landmark file, assess it, write the report. Whatever the bytes, the answer is
 * a report or a {@link LandmarkFileException} with a one-line message; any other
 * exception, an error (a stack overflow on deep nesting) or a hang is a finding. A file
 * that parses also survives writing and parsing again unchanged.
 * <p>
 * {@code ./mvnw verify} runs the seeds and past findings under
 * {@code LandmarkFileFuzzTestInputs}, then fuzzes for {@code fuzz.duration} (15 s); see
 * the README for a longer run.
 */
class LandmarkFileFuzzTest {

	private static final Assessor ASSESSOR = Assessor.shipped();

	@FuzzTest(maxDuration = "15s")
	@Timeout(20)
	void parse_anyBytes_givesAReportOrANamedRejection(byte[] bytes) {
		String json = new String(bytes, StandardCharsets.UTF_8);
		List<LandmarkSet> sets;
		try {
			sets = LandmarkFile.parse(json);
		}
		catch (LandmarkFileException ex) {
			String message = ex.getMessage();
			if (message == null || message.isBlank() || message.contains("\n")) {
				throw new AssertionError("not a one-line rejection: " + message, ex);
			}
			return;
		}
		String written = LandmarkFile.write(sets);
		if (!LandmarkFile.write(LandmarkFile.parse(written)).equals(written)) {
			throw new AssertionError("writing and reading again changed the landmarks:\n" + written);
		}
		if (!sets.isEmpty()) {
			String report = AssessmentReportJson
				.write(AssessmentReportJson.toJson(ASSESSOR.assess(Assessment.of(sets))));
			if (report.isEmpty()) {
				throw new AssertionError("empty report for\n" + written);
			}
		}
	}

}
