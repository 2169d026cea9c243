package org.realign.app;

import picocli.CommandLine;

/**
 * Entry point of {@code ./realign}: a bare call, or {@code serve}, starts the web app;
 * every other command runs without starting Spring, so the command line answers in well
 * under a second.
 */
public final class RealignMain {

	private RealignMain() {
	}

	public static void main(String[] args) {
		if (args.length == 0) {
			args = new String[] { "serve" };
		}
		int exitCode = RealignCommand.commandLine().execute(args);
		if (exitCode != ServeCommand.KEEP_RUNNING) {
			System.exit(exitCode);
		}
	}

}
