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
				RestoreCommand.class, CommandLine.HelpCommand.class })
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
		return commandLine;
	}

	/**
	 * A command that fails tells the user what went wrong in one line; the stack trace is
	 * for developers and shows only with {@code REALIGN_DEBUG=1}.
	 */
	private static int reportFailure(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
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
