package org.realign.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.realign.app.RealignApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * Starts the web application. Spring Boot settings pass through, e.g.
 * {@code --server.port=9090}; anything else is refused before the app starts.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
		description = { "Start the web app (the default when no command is given).",
				"Spring Boot settings pass through as --name=value, e.g. --server.port=9090." })
final class ServeCommand implements Callable<Integer> {

	/** Returned when the web app is up: the JVM keeps running until it is stopped. */
	static final int KEEP_RUNNING = -1;

	@Spec
	CommandSpec spec;

	@Option(names = "--demo",
			description = "Create the demo practice with its public logins (password realign-demo) if the database is empty. Never for real client data.")
	boolean demo;

	@Unmatched
	String[] springArguments = new String[0];

	@Override
	public Integer call() {
		RealignApplication.start(settings());
		return KEEP_RUNNING;
	}

	String[] settings() {
		List<String> settings = new ArrayList<>(List.of(SpringArguments.checked(this.spec, this.springArguments)));
		if (this.demo) {
			settings.add("--realign.demo.enabled=true");
		}
		return settings.toArray(String[]::new);
	}

}
