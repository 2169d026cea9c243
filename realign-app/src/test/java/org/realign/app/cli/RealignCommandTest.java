package org.realign.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

class RealignCommandTest {

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	private int run(String... args) {
		CommandLine commandLine = RealignCommand.commandLine();
		commandLine.setOut(new PrintWriter(this.out));
		commandLine.setErr(new PrintWriter(this.err));
		return commandLine.execute(args);
	}

	@Test
	void help_listsTheCommands() {
		int exit = run("--help");

		assertThat(exit).isZero();
		assertThat(this.out.toString()).contains("Usage: realign").contains("serve");
	}

	@Test
	void unknownCommand_isBadInputWithExitCode2AndNoStackTrace() {
		int exit = run("frobnicate");

		assertThat(exit).isEqualTo(RealignCommand.EXIT_BAD_INPUT);
		assertThat(this.err.toString()).contains("frobnicate").doesNotContain("Exception").doesNotContain("\tat ");
	}

	@Test
	void startsTheWebApp_forNoArgumentsOrOnlySpringOptions_notForCommandsOrHelp() {
		assertThat(RealignMain.startsTheWebApp(new String[0])).isTrue();
		assertThat(RealignMain.startsTheWebApp(new String[] { "--server.port=9090" })).isTrue();
		assertThat(RealignMain.startsTheWebApp(new String[] { "--help" })).isFalse();
		assertThat(RealignMain.startsTheWebApp(new String[] { "--version" })).isFalse();
		assertThat(RealignMain.startsTheWebApp(new String[] { "assess", "--json" })).isFalse();
	}

}
