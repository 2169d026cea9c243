package org.realign.app.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.realign.app.practice.InstallationDatabase;
import org.realign.app.practice.PracticeCreation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

import org.springframework.context.ConfigurableApplicationContext;

/** {@code realign practice}: the practice of this installation. */
@Command(name = "practice", mixinStandardHelpOptions = true, description = "The practice of this installation.",
		subcommands = { PracticeCommand.Create.class })
final class PracticeCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		this.spec.commandLine().usage(this.spec.commandLine().getOut());
		return 0;
	}

	@Command(name = "create", mixinStandardHelpOptions = true, description = {
			"Create the practice and its owner on a new installation (instead of the setup page of the first visit).",
			"Prints a one-time code with which the owner chooses their password at /reset (24 hours).",
			"Uses the configuration 'serve' would (REALIGN_DATA_DIR, or SPRING_PROFILES_ACTIVE=postgres with "
					+ "REALIGN_DB_*); the embedded database is locked by a running app, so stop it first." })
	static final class Create implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Option(names = "--name", required = true, paramLabel = "NAME",
				description = "The practice's name, as printed on its pages and reports.")
		String name;

		@Option(names = "--owner", required = true, paramLabel = "NAME", description = "The owner's name.")
		String owner;

		@Option(names = "--email", required = true, paramLabel = "EMAIL", description = "The owner's login.")
		String email;

		@Unmatched
		String[] springArguments = new String[0];

		@Override
		public Integer call() {
			String[] settings = SpringArguments.checked(this.spec, this.springArguments);
			PracticeCreation.Created created;
			try (ConfigurableApplicationContext context = InstallationDatabase.open(settings)) {
				created = PracticeCreation.create(context.getBean(DataSource.class), Clock.systemUTC(), this.name,
						this.owner, this.email);
			}
			PrintWriter out = this.spec.commandLine().getOut();
			out.printf("Practice '%s' created, owned by %s.%n", this.name.strip(), created.ownerLogin());
			out.printf("Start the app ('realign serve'), open /reset and enter the email %s and the code %s%n",
					created.ownerLogin(), created.resetCode());
			out.printf("to choose the owner's password. The code works once, until %s.%n", created.codeExpires());
			out.flush();
			return 0;
		}

	}

}
