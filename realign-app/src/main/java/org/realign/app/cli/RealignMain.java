package org.realign.app.cli;

import picocli.CommandLine;

/**
 * Entry point of {@code ./realign}: a bare call, or {@code serve}, starts the web app;
 * every other command runs without starting Spring, so the command line answers in well
 * under a second.
 */
public final class RealignMain {

	private RealignMain() {
	}

	/**
	 * A bare call, or one with only Spring Boot settings such as
	 * {@code --server.port=9090}. Anything else goes to the command parser, so that a
	 * typo such as {@code --hlep} is an error listing the commands, never a started
	 * server.
	 */
	static boolean startsTheWebApp(String[] args) {
		for (String arg : args) {
			if (!SpringArguments.isSetting(arg)) {
				return false;
			}
		}
		return true;
	}

	public static void main(String[] args) {
		if (startsTheWebApp(args)) {
			String[] serve = new String[args.length + 1];
			serve[0] = "serve";
			System.arraycopy(args, 0, serve, 1, args.length);
			args = serve;
		}
		int exitCode = RealignCommand.commandLine().execute(args);
		if (exitCode != ServeCommand.KEEP_RUNNING) {
			System.exit(exitCode);
		}
	}

}
