package org.realign.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.realign.app.testsupport.CommandRun;

import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command answers {@code --help} with its usage and exit code 0 without doing
 * anything; a mistyped command or option is exit code 2 with the command list, and never
 * reaches a command (in particular never starts the web app).
 */
class CommandLineHelpTest {

	/** Every command and subcommand, as the words typed after {@code realign}. */
	static Stream<String> everyCommand() {
		List<String> names = new ArrayList<>();
		collect(RealignCommand.commandLine(), "", names);
		return names.stream();
	}

	private static void collect(CommandLine commandLine, String prefix, List<String> names) {
		commandLine.getSubcommands().forEach((name, sub) -> {
			if (sub.getCommandSpec().aliases().length == 0 || !List.of(sub.getCommandSpec().aliases()).contains(name)) {
				names.add(prefix + name);
			}
			collect(sub, prefix + name + " ", names);
		});
	}

	@Test
	void theListCoversEveryTopLevelCommand() {
		assertThat(everyCommand()).contains("serve", "assess", "landmarks", "exercises", "menu", "models",
				"models status", "models import", "backup", "restore", "help");
	}

	@ParameterizedTest
	@MethodSource("everyCommand")
	void everyCommand_answersHelp_withItsUsageAndExitZero(String command) {
		List<String> args = new ArrayList<>(List.of(command.split(" ")));
		args.add("--help");
		CommandRun run = CommandRun.of(args.toArray(String[]::new));

		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).contains("Usage: realign " + command);
		assertThat(run.err()).isEmpty();
	}

	@Test
	void serveHelp_describesTheDemoAndSpringSettings_andDoesNotStartTheApp() {
		// A started app would answer ServeCommand.KEEP_RUNNING (-1), not 0.
		CommandRun run = CommandRun.of("serve", "--help");

		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).contains("--demo", "--server.port=9090");
		assertThat(RealignMain.startsTheWebApp(new String[] { "serve", "--help" })).isFalse();
		assertThat(CommandRun.of("serve", "--version").out()).startsWith("realign ");
	}

	@Test
	void helpAmongOtherArguments_doesNothingButHelp(@TempDir Path dir) {
		Path archive = dir.resolve("backup.zip");
		Path overlays = dir.resolve("overlays");

		assertThat(CommandRun.of("backup", "--out", archive.toString(), "--help").exitCode()).isZero();
		assertThat(CommandRun.of("landmarks", "photo.jpg", "--overlay", overlays.toString(), "--help").exitCode())
			.isZero();
		assertThat(CommandRun.of("restore", "--in", archive.toString(), "--force", "--help").exitCode()).isZero();

		assertThat(archive).doesNotExist();
		assertThat(overlays).doesNotExist();
	}

	@Test
	void backupAndRestoreHelp_needNoRequiredOptions() {
		assertThat(CommandRun.of("backup", "--help").exitCode()).isZero();
		assertThat(CommandRun.of("restore", "-h").exitCode()).isZero();
		assertThat(CommandRun.of("menu", "--help").out()).contains("--starter");
		assertThat(CommandRun.of("exercises", "--help").out()).contains("--json");
	}

	@Test
	void mistypedOption_isExitTwo_namesIt_andListsTheCommands() {
		assertThat(RealignMain.startsTheWebApp(new String[] { "--hlep" })).isFalse();

		CommandRun run = CommandRun.of("--hlep");

		assertThat(run.exitCode()).isEqualTo(RealignCommand.EXIT_BAD_INPUT);
		assertThat(run.err()).startsWith("realign: Unknown option: '--hlep'")
			.contains("Commands:", "serve", "assess", "backup", "exercises")
			.doesNotContain("Exception", "\tat ");
		assertThat(run.out()).isEmpty();
	}

	@Test
	void mistypedCommand_isExitTwo_suggestsTheNearestAndListsTheCommands() {
		CommandRun run = CommandRun.of("serv");

		assertThat(run.exitCode()).isEqualTo(RealignCommand.EXIT_BAD_INPUT);
		assertThat(run.err()).contains("'serv'", "serve", "Commands:", "landmarks");
	}

	@Test
	void serveWithAnOptionThatIsNoSpringSetting_isRefusedBeforeAnythingStarts() {
		CommandRun run = CommandRun.of("serve", "--hlep");

		assertThat(run.exitCode()).isEqualTo(RealignCommand.EXIT_BAD_INPUT);
		assertThat(run.err()).contains("unknown option '--hlep' for 'realign serve'", "Usage: realign serve");

		CommandRun stray = CommandRun.of("serve", "9090");
		assertThat(stray.exitCode()).isEqualTo(RealignCommand.EXIT_BAD_INPUT);
		assertThat(stray.err()).contains("unexpected argument '9090'");
	}

	@Test
	void backupWithAStrayOption_isRefusedBeforeTheDatabaseIsOpened(@TempDir Path dir) {
		Path out = dir.resolve("backup.zip");

		CommandRun run = CommandRun.of("backup", "--out", out.toString(), "--froce");

		assertThat(run.exitCode()).isEqualTo(RealignCommand.EXIT_BAD_INPUT);
		assertThat(run.err()).contains("'--froce'");
		assertThat(out).doesNotExist();
	}

	@Test
	void springSettings_passThroughToServe_andDemoBecomesItsSetting() {
		ServeCommand serve = new ServeCommand();
		CommandLine commandLine = new CommandLine(serve);
		commandLine.setErr(new PrintWriter(new StringWriter()));
		commandLine.parseArgs("--demo", "--server.port=9090", "--spring.profiles.active=postgres");

		assertThat(serve.settings()).containsExactly("--server.port=9090", "--spring.profiles.active=postgres",
				"--realign.demo.enabled=true");
		assertThat(RealignMain.startsTheWebApp(new String[] { "--server.port=9090" })).isTrue();
		assertThat(RealignMain.startsTheWebApp(new String[0])).isTrue();
	}

}
