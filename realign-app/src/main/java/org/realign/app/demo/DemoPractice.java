package org.realign.app.demo;

import java.util.List;

import org.realign.app.identity.PracticeDirectory;
import org.realign.app.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the first start of an empty database, creates a demo practice so that a newcomer can
 * log in and look around at once. Enabled for the embedded default
 * ({@code realign.demo.enabled}), never for PostgreSQL. The logins are fixed and
 * published in the README: this is demo data on the user's own machine.
 */
@Component
@ConditionalOnProperty(name = "realign.demo.enabled", havingValue = "true")
class DemoPractice implements ApplicationRunner {

	static final String PASSWORD = "realign-demo";

	static final String PRACTITIONER = "practitioner@demo.realign";

	static final List<String> CLIENTS = List.of("sam@demo.realign", "jo@demo.realign");

	private static final Logger log = LoggerFactory.getLogger(DemoPractice.class);

	private final PracticeDirectory directory;

	private final PasswordEncoder passwordEncoder;

	private final DemoHistory history;

	DemoPractice(PracticeDirectory directory, PasswordEncoder passwordEncoder, DemoHistory history) {
		this.directory = directory;
		this.passwordEncoder = passwordEncoder;
		this.history = history;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.directory.countPractices() > 0) {
			return;
		}
		String hash = this.passwordEncoder.encode(PASSWORD);
		long practice = this.directory.createPractice("Demo Alignment Studio");
		long practitioner = this.directory.createUser(practice, PRACTITIONER, hash, "Alex Morgan", Role.OWNER);
		long sam = this.directory.createUser(practice, CLIENTS.get(0), hash, "Sam Taylor", Role.CLIENT);
		long jo = this.directory.createUser(practice, CLIENTS.get(1), hash, "Jo Rivera", Role.CLIENT);
		long samClient = this.directory.createClient(practice, practitioner, sam, "Sam Taylor");
		this.directory.createClient(practice, practitioner, jo, "Jo Rivera");
		this.history.fill(samClient, practitioner, PRACTITIONER, CLIENTS.get(0));
		log.info("""

				  Demo practice created. Log in with password '{}' as:
				    practitioner  {}
				    client        {}
				    client        {}
				""", PASSWORD, PRACTITIONER, CLIENTS.get(0), CLIENTS.get(1));
	}

}
