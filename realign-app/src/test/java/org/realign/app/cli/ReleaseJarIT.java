package org.realign.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.realign.pose.PoseNatives;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The release artefact, {@code realign-app/target/realign.jar}, run as a practice would
 * run it: {@code java -jar realign.jar ...}, as its own process.
 */
class ReleaseJarIT {

	private static final Path JAR = Path.of("target", "realign.jar");

	@TempDir
	Path dir;

	record Run(int exitCode, String out, String err) {
	}

	private Run run(String... args) throws IOException, InterruptedException {
		return run(List.of(), args);
	}

	private Run run(List<String> javaOptions, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		command.addAll(javaOptions);
		command.addAll(List.of("-jar", JAR.toAbsolutePath().toString()));
		command.addAll(List.of(args));
		Path out = this.dir.resolve("out.txt");
		Path err = this.dir.resolve("err.txt");
		ProcessBuilder builder = new ProcessBuilder(command).directory(this.dir.toFile())
			.redirectOutput(out.toFile())
			.redirectError(err.toFile());
		// Were anything started, it would create its database here.
		builder.environment().put("REALIGN_DATA_DIR", this.dir.resolve("data").toString());
		builder.environment().put("SERVER_PORT", "0");
		Process process = builder.start();
		boolean exited = process.waitFor(60, TimeUnit.SECONDS);
		if (!exited) {
			process.destroyForcibly().waitFor();
		}
		assertThat(exited).as("realign %s exited by itself (a started server would not)", String.join(" ", args))
			.isTrue();
		return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
	}

	@Test
	void theJarCarriesThePoseNativesOfEveryPlatform() throws IOException {
		assertThat(JAR).as("the app jar (built by the package phase before failsafe runs)").exists();
		try (JarFile jar = new JarFile(JAR.toFile())) {
			Set<String> libraries = jar.stream()
				.map((entry) -> entry.getName())
				.filter((name) -> name.startsWith("BOOT-INF/lib/"))
				.collect(Collectors.toSet());
			for (String platform : PoseNatives.PLATFORMS) {
				assertThat(libraries).as(platform)
					.anyMatch((name) -> name.matches("BOOT-INF/lib/tensorflow-lite-[^/]+-" + platform + "\\.jar"))
					.anyMatch((name) -> name.matches("BOOT-INF/lib/javacpp-[^/]+-" + platform + "\\.jar"));
			}
		}
	}

	/**
	 * Java 24 and later print four lines of warnings on stderr when JavaCPP loads the
	 * pose model's natives, unless the launched jar allows native access (JEP 472). The
	 * fast start (README, "Running more than one server") runs the extracted jar on Java
	 * 25, so both the jar and the extracted jar must keep the attribute.
	 */
	@Test
	void theJarAndTheExtractedJarAllowNativeAccess() throws Exception {
		try (JarFile jar = new JarFile(JAR.toFile())) {
			assertThat(jar.getManifest().getMainAttributes().getValue("Enable-Native-Access")).isEqualTo("ALL-UNNAMED");
		}
		Run extract = run(List.of("-Djarmode=tools"), "extract", "--destination", this.dir.resolve("x").toString());
		assertThat(extract.exitCode()).as(extract.err()).isZero();
		try (JarFile jar = new JarFile(this.dir.resolve("x").resolve("realign.jar").toFile())) {
			assertThat(jar.getManifest().getMainAttributes().getValue("Enable-Native-Access")).isEqualTo("ALL-UNNAMED");
			assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
				.isEqualTo(RealignMain.class.getName());
		}
	}

	@Test
	void serveHelp_printsTheUsageAndStartsNothing() throws Exception {
		Run run = run("serve", "--help");

		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).startsWith("Usage: realign serve").contains("--demo");
		assertThat(run.out() + run.err()).doesNotContain("Tomcat", "Started", "Flyway");
		assertThat(this.dir.resolve("data")).doesNotExist();
	}

	@Test
	void aMistypedOption_isExitTwoWithTheCommands_andStartsNothing() throws Exception {
		Run run = run("--hlep");

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("Unknown option: '--hlep'", "Commands:", "serve", "backup");
		assertThat(this.dir.resolve("data")).doesNotExist();
	}

	@Test
	void version_andTheModelStatusNamingThisMachinesNatives() throws Exception {
		assertThat(run("--version").out()).startsWith("realign ");

		Run status = run("models", "status");
		assertThat(status.exitCode()).isZero();
		assertThat(status.out()).contains("pose natives for " + PoseNatives.platform());
	}

}
