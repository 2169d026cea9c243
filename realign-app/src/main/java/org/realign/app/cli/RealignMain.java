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
	 * A bare call, or one with only Spring Boot options such as
	 * {@code --server.port=9090}.
	 */
	static boolean startsTheWebApp(String[] args) {
		if (args.length == 0) {
			return true;
		}
		String first = args[0];
		boolean realignOption = first.equals("--help") || first.equals("-h") || first.equals("--version")
				|| first.equals("-V");
		return first.startsWith("--") && !realignOption;
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
