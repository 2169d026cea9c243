package org.realign.app.testsupport;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.realign.app.cli.RealignCommand;
import picocli.CommandLine;

/** Runs {@code realign ...} in the test's JVM with captured output. */
public record CommandRun(int exitCode, String out, String err) {

	public static CommandRun of(String... args) {
		CommandLine commandLine = RealignCommand.commandLine();
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		commandLine.setOut(new PrintWriter(out));
		commandLine.setErr(new PrintWriter(err));
		int exitCode = commandLine.execute(args);
		return new CommandRun(exitCode, out.toString(), err.toString());
	}

	/** {@code shared/testdata/mediapipe-pose-ref}, found by walking up from here. */
	public static Path reference(String name) {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null) {
			Path candidate = dir.resolve("shared/testdata/mediapipe-pose-ref");
			if (Files.isDirectory(candidate)) {
				return candidate.resolve(name);
			}
			candidate = dir.resolveSibling("shared/testdata/mediapipe-pose-ref");
			if (Files.isDirectory(candidate)) {
				return candidate.resolve(name);
			}
			dir = dir.getParent();
		}
		throw new IllegalStateException("shared/testdata/mediapipe-pose-ref not found");
	}

}
