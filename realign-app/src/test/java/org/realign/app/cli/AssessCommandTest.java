package org.realign.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.realign.core.knowledge.Exercise;
import org.realign.core.knowledge.KnowledgeBaseLoader;
import org.realign.core.knowledge.Position;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code realign assess} end to end through picocli, without Spring: the issue's
 * acceptance cases, the JSON shape and the one-line errors with exit code 2.
 */
class AssessCommandTest {

	@TempDir
	Path dir;

	@Test
	void assess_cva40AndTilt30_reportsForwardHeadAndAnteriorTilt() throws IOException {
		Run run = run("assess", "--landmarks", write(lateral(40, 30)), "--json");
		assertThat(run.exitCode).isZero();
		JsonNode report = JsonMapper.builder().build().readTree(run.out);
		assertThat(findingIds(report)).contains("forward-head-posture", "anterior-pelvic-tilt");
		JsonNode cva = measurement(report, "craniovertebral-angle");
		assertThat(cva.get("value").asDouble()).isEqualTo(40.0);
		assertThat(cva.get("unit").asString()).isEqualTo("deg");
		assertThat(cva.get("status").asString()).isEqualTo("measured");
		// 30 deg: beyond the 0-23 deg that pelvic morphology alone gives (Preece 2008)
		// plus the error; 25 deg no longer fires (kb/measurements.json)
		assertThat(measurement(report, "sagittal-pelvic-tilt").get("value").asDouble()).isEqualTo(30.0);
		JsonNode gap = measurement(report, "hip-angle");
		assertThat(gap.get("status").asString()).isEqualTo("gap");
		assertThat(gap.get("missing").toString()).contains("left-acromion");
	}

	@Test
	void assess_cva55AndTilt8_reportsNeither() throws IOException {
		Run run = run("assess", "--landmarks", write(lateral(55, 8)), "--json");
		assertThat(run.exitCode).isZero();
		JsonNode report = JsonMapper.builder().build().readTree(run.out);
		assertThat(findingIds(report)).doesNotContain("forward-head-posture", "anterior-pelvic-tilt");
	}

	@Test
	void assess_withoutJson_printsATable() throws IOException {
		Run run = run("assess", "--landmarks", write(lateral(40, 30)));
		assertThat(run.exitCode).isZero();
		assertThat(run.out).contains("Measurements", "craniovertebral-angle", "40.0 deg", "Findings",
				"forward-head-posture", "moderate", "gap: missing");
	}

	@Test
	void assess_json_addsHypothesesAndAMenuThatAddressesThem() throws IOException {
		Run run = run("assess", "--landmarks", write(lateral(40, 30)), "--json");
		JsonNode report = JsonMapper.builder().build().readTree(run.out);

		JsonNode iliopsoas = null;
		for (JsonNode h : report.get("hypotheses")) {
			if (h.get("muscle").asString().equals("iliopsoas")) {
				iliopsoas = h;
			}
		}
		assertThat(iliopsoas).isNotNull();
		assertThat(iliopsoas.get("state").asString()).isEqualTo("short-overactive");
		assertThat(iliopsoas.get("because").toString()).contains("anterior-pelvic-tilt");
		assertThat(iliopsoas.get("sources")).isNotEmpty();
		JsonNode menu = report.get("menu");
		assertThat(menu.get("minutes").asInt()).isEqualTo(20);
		assertThat(menu.get("estimatedSeconds").asInt()).isLessThanOrEqualTo(20 * 60);
		assertThat(menu.get("exercises").size()).isBetween(5, 12);
		JsonNode first = menu.get("exercises").get(0);
		assertThat(first.has("id") && first.has("dose") && first.has("targets") && first.has("because")).isTrue();
	}

	@Test
	void assess_noFloorTenMinutes_menuHasNoLyingExerciseAndFitsTheTime() throws IOException {
		Run run = run("assess", "--landmarks", write(lateral(40, 30)), "--json", "--minutes", "10", "--constraint",
				"no-floor");
		assertThat(run.exitCode).as(run.err).isZero();
		JsonNode menu = JsonMapper.builder().build().readTree(run.out).get("menu");
		var catalog = KnowledgeBaseLoader.load().exercises();

		assertThat(menu.get("estimatedSeconds").asInt()).isLessThanOrEqualTo(10 * 60);
		assertThat(menu.get("exercises")).isNotEmpty();
		for (JsonNode item : menu.get("exercises")) {
			Exercise exercise = catalog.find(item.get("id").asString()).orElseThrow();
			assertThat(exercise.position()).as(exercise.id()).isNotIn(Position.SUPINE, Position.PRONE);
			assertThat(exercise.floor()).as(exercise.id()).isFalse();
		}
	}

	@Test
	void assess_withoutJson_printsHypothesesAndMenu() throws IOException {
		Run run = run("assess", "--landmarks", write(lateral(40, 30)));
		assertThat(run.out).contains("Muscle hypotheses (to confirm)", "iliopsoas", "Menu (20 min budget");
	}

	@Test
	void assess_badMenuOptions_oneLineErrorAndExitCode2() throws IOException {
		String file = write(lateral(40, 30));
		Run unknown = run("assess", "--landmarks", file, "--constraint", "no-stairs");
		assertThat(unknown.exitCode).isEqualTo(RealignCommand.EXIT_BAD_INPUT);
		assertThat(unknown.err.strip()).contains("no-stairs").doesNotContain("\n");
		Run minutes = run("assess", "--landmarks", file, "--minutes", "abc");
		assertThat(minutes.exitCode).isEqualTo(RealignCommand.EXIT_BAD_INPUT);
		assertThat(minutes.err).contains("--minutes");
		Run tooFew = run("assess", "--landmarks", file, "--minutes", "1");
		assertThat(tooFew.exitCode).isEqualTo(RealignCommand.EXIT_BAD_INPUT);
		assertThat(tooFew.out).isEmpty();
	}

	@Test
	void assess_badInput_oneLineErrorAndExitCode2() throws IOException {
		String valid = lateral(40, 30);
		assertBadInput(write("{not json"), "not valid JSON");
		assertBadInput(write(valid.replace("left-lateral", "upside-down")), "unknown view \"upside-down\"");
		assertBadInput(write(valid.replace("\"c7\"", "\"c9\"")), "unknown landmark id \"c9\"");
		assertBadInput(write(valid.replace("\"x\":500.0", "\"x\":5000.0")), "outside the image");
		assertBadInput(write(valid.replace("\"x\":500.0", "\"x\":NaN")), "x is NaN");
		assertBadInput(this.dir.resolve("missing.json").toString(), "no such file");
		assertBadInput(write("{\"views\":[]}"), "the \"views\" array is empty");
	}

	@Test
	void assess_nothingToAssessOrAMissingPhoto_exitCode2() {
		Run none = run("assess");
		assertThat(none.exitCode).isEqualTo(RealignCommand.EXIT_BAD_INPUT);
		assertThat(none.err).contains("nothing to assess");
		Run photo = run("assess", "--photo", "left-lateral=" + this.dir.resolve("side.jpg"));
		assertThat(photo.exitCode).isEqualTo(RealignCommand.EXIT_BAD_INPUT);
		assertThat(photo.err.strip()).doesNotContain("\n").contains("side.jpg");
	}

	private void assertBadInput(String file, String expected) {
		Run run = run("assess", "--landmarks", file);
		assertThat(run.exitCode).as(expected).isEqualTo(RealignCommand.EXIT_BAD_INPUT);
		assertThat(run.err.strip()).as(expected).startsWith("realign: ").contains(expected).doesNotContain("\n");
		assertThat(run.out).isEmpty();
	}

	/**
	 * A left-lateral photo (the person faces the image's left edge) with C7 and the
	 * tragus at the given craniovertebral angle and the PSIS and ASIS at the given tilt.
	 */
	static String lateral(double cva, double tilt) {
		double c7x = 500.0;
		double c7y = 400.0;
		double tragusX = c7x - 100 * Math.cos(Math.toRadians(cva));
		double tragusY = c7y - 100 * Math.sin(Math.toRadians(cva));
		double psisX = 600.0;
		double psisY = 800.0;
		double asisX = psisX - 120 * Math.cos(Math.toRadians(tilt));
		double asisY = psisY + 120 * Math.sin(Math.toRadians(tilt));
		return String.format(Locale.ROOT, """
				{"views":[{"view":"left-lateral","image":{"width":1000,"height":1500},"landmarks":[
				{"id":"c7","x":500.0,"y":%s,"source":"manual"},
				{"id":"left-tragus","x":%s,"y":%s,"source":"manual"},
				{"id":"left-psis","x":%s,"y":%s,"source":"marker"},
				{"id":"left-asis","x":%s,"y":%s,"source":"marker"}]}]}
				""", c7y, tragusX, tragusY, psisX, psisY, asisX, asisY);
	}

	private String write(String content) throws IOException {
		Path file = Files.createTempFile(this.dir, "landmarks", ".json");
		Files.writeString(file, content);
		return file.toString();
	}

	private static List<String> findingIds(JsonNode report) {
		List<String> ids = new ArrayList<>();
		report.get("findings").forEach((f) -> ids.add(f.get("id").asString()));
		return ids;
	}

	private static JsonNode measurement(JsonNode report, String id) {
		for (JsonNode m : report.get("measurements")) {
			if (m.get("id").asString().equals(id)) {
				return m;
			}
		}
		throw new AssertionError("no measurement " + id);
	}

	private static Run run(String... args) {
		CommandLine commandLine = RealignCommand.commandLine();
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		commandLine.setOut(new PrintWriter(out, true));
		commandLine.setErr(new PrintWriter(err, true));
		int exitCode = commandLine.execute(args);
		return new Run(exitCode, out.toString(), err.toString());
	}

	record Run(int exitCode, String out, String err) {
	}

}
