package org.realign.app;

import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;

/** Test fixture: runs the command line in-process and captures what it prints. */
record CommandRun(int exitCode, String out, String err) {

	static CommandRun of(String... args) {
		CommandLine commandLine = RealignCommand.commandLine();
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		commandLine.setOut(new PrintWriter(out));
		commandLine.setErr(new PrintWriter(err));
		int exitCode = commandLine.execute(args);
		return new CommandRun(exitCode, out.toString(), err.toString());
	}

}
