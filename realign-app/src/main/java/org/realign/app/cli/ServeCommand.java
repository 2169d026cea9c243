package org.realign.app.cli;

import java.util.concurrent.Callable;

import org.realign.app.RealignApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * Starts the web application. Spring Boot properties pass through, e.g.
 * {@code --server.port=9090}.
 */
@Command(name = "serve", description = "Start the web app (the default when no command is given).")
final class ServeCommand implements Callable<Integer> {

	/** Returned when the web app is up: the JVM keeps running until it is stopped. */
	static final int KEEP_RUNNING = -1;

	@Unmatched
	String[] springArguments = new String[0];

	@Override
	public Integer call() {
		RealignApplication.start(this.springArguments);
		return KEEP_RUNNING;
	}

}
