package org.realign.app.cli;

import java.io.PrintWriter;

import org.realign.app.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The product's command line. Each feature adds its subcommand to the list below.
 * <p>
 * Exit codes: 0 success, 1 the command failed, 2 bad input (usage errors and invalid
 * files), so that scripts can tell a typo from a failure.
 */
@Command(name = "realign", mixinStandardHelpOptions = true, versionProvider = RealignCommand.Version.class,
		description = "Realign: postural alignment therapy, from photos to a daily corrective exercise menu.",
		subcommands = { ServeCommand.class, AssessCommand.class, LandmarksCommand.class, EvaluateCommand.class,
				ExercisesCommand.class, MenuCommand.class, ModelsCommand.class, BackupCommand.class,
				RestoreCommand.class, PracticeCommand.class, CommandLine.HelpCommand.class })
public final class RealignCommand {

	/**
	 * Exit code for bad input: an unreadable file, an unknown id, a value out of range.
	 */
	public static final int EXIT_BAD_INPUT = 2;

	/**
	 * The command line with the product's exit-code handling; public for command tests.
	 */
	public static CommandLine commandLine() {
		CommandLine commandLine = new CommandLine(new RealignCommand());
		commandLine.setExecutionExceptionHandler(RealignCommand::reportFailure);
		commandLine.setParameterExceptionHandler(RealignCommand::reportBadUsage);
		withVersion(commandLine, new Version());
		return commandLine;
	}

	/**
	 * Every command's {@code --version} names the product's version, not an empty line.
	 */
	private static void withVersion(CommandLine commandLine, Version version) {
		commandLine.getCommandSpec().versionProvider(version);
		commandLine.getSubcommands().values().forEach((sub) -> withVersion(sub, version));
	}

	/**
	 * A mistyped command or option: the problem in one line, picocli's "did you mean"
	 * when it has one, then the usage of the command concerned, which for {@code realign}
	 * itself lists every command. Nothing has run; exit code 2.
	 */
	private static int reportBadUsage(CommandLine.ParameterException ex, String[] args) {
		CommandLine failed = ex.getCommandLine();
		PrintWriter err = failed.getErr();
		err.println("realign: " + ex.getMessage());
		CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
		err.println();
		failed.usage(err);
		err.flush();
		return EXIT_BAD_INPUT;
	}

	/**
	 * A command that fails tells the user what went wrong in one line; the stack trace is
	 * for developers and shows only with {@code REALIGN_DEBUG=1}.
	 */
	private static int reportFailure(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
		if (ex instanceof CommandLine.ParameterException usage) {
			// Checked by the command itself before it started anything (SpringArguments).
			return reportBadUsage(usage, parseResult.originalArgs().toArray(String[]::new));
		}
		PrintWriter err = commandLine.getErr();
		if (ex instanceof BadInputException) {
			err.println("realign: " + ex.getMessage());
			return EXIT_BAD_INPUT;
		}
		err.println("realign: " + (ex.getMessage() != null ? ex.getMessage() : ex.getClass().getSimpleName()));
		if ("1".equals(System.getenv("REALIGN_DEBUG"))) {
			ex.printStackTrace(err);
		}
		return 1;
	}

	static final class Version implements CommandLine.IVersionProvider {

		@Override
		public String[] getVersion() {
			String version = RealignCommand.class.getPackage().getImplementationVersion();
			return new String[] { "realign " + (version != null ? version : "development build") };
		}

	}

}
