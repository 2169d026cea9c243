package org.realign.app.practice;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.realign.app.identity.NewPassword;
import org.realign.app.audit.AuditLog;
import org.realign.app.identity.PracticeDirectory;
import org.realign.app.identity.Role;
import org.realign.app.identity.OneTimeCodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first run of a real installation: while the database holds no practice, the web app
 * prints a one-time setup code in its console, and whoever can read that console (the
 * person who started it) creates the practice and its owner at {@code /setup}. A stranger
 * who reaches the server first cannot, without the code. The code lives in memory only: a
 * restart prints a new one, and it dies with the first practice.
 */
@Service
public class InstallationSetup {

	private static final Logger log = LoggerFactory.getLogger(InstallationSetup.class);

	private final PracticeDirectory directory;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog audit;

	/** The hash of the code in force; null once the practice exists. */
	private final AtomicReference<String> codeHash = new AtomicReference<>();

	/** Once a practice exists there is no going back: no query per request after that. */
	private volatile boolean installed;

	InstallationSetup(PracticeDirectory directory, PasswordEncoder passwordEncoder, AuditLog audit) {
		this.directory = directory;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
	}

	/** Whether the database holds a practice. */
	public boolean installed() {
		if (!this.installed && this.directory.countPractices() > 0) {
			this.installed = true;
			this.codeHash.set(null);
		}
		return this.installed;
	}

	/**
	 * Prints the setup code once the web server is up (the demo, when asked for, has been
	 * created by then: a demo installation needs none).
	 */
	@EventListener
	void onReady(ApplicationReadyEvent event) {
		if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || installed()) {
			return;
		}
		String code = OneTimeCodes.newCode();
		this.codeHash.set(OneTimeCodes.hash(code));
		int port = web.getWebServer().getPort();
		log.warn("""

				  This Realign has no practice yet. To set it up, open
				    http://localhost:{}/setup
				  and enter the setup code  {}
				  (or stop the app and run: realign practice create --help).
				  The code works once, only while this app runs; a restart prints a new one.
				""", port, code);
	}

	/** What the setup form asks for. */
	public record Request(String code, String practiceName, String ownerName, String email, String password,
			String confirmPassword) {
	}

	/**
	 * Creates the practice and its owner when the code is right.
	 * @return message keys of what is wrong, empty when the practice was created
	 */
	@Transactional
	public synchronized List<String> setUp(Request request) {
		if (installed()) {
			return List.of("setup.done");
		}
		String expected = this.codeHash.get();
		if (expected == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
				OneTimeCodes.hashTyped(request.code()).getBytes(StandardCharsets.US_ASCII))) {
			return List.of("setup.codeWrong");
		}
		List<String> problems = new ArrayList<>(
				PracticeDetails.problems(request.practiceName(), request.ownerName(), request.email()));
		String email = PracticeDetails.login(request.email());
		problems.addAll(NewPassword.problems(request.password(), request.confirmPassword(), email));
		if (!problems.isEmpty()) {
			return problems;
		}
		try {
			create(request.practiceName().strip(), request.ownerName().strip(), email,
					this.passwordEncoder.encode(request.password()));
		}
		catch (DuplicateKeyException ex) {
			return List.of("setup.emailTaken");
		}
		this.codeHash.set(null);
		this.installed = true;
		log.info("Practice '{}' created with its owner {}", request.practiceName().strip(), email);
		return List.of();
	}

	/**
	 * Creates a practice and its owner, audited; for the setup page and the command line.
	 */
	long create(String practiceName, String ownerName, String email, String passwordHash) {
		long practice = this.directory.createPractice(practiceName);
		this.directory.createUser(practice, email, passwordHash, ownerName, Role.OWNER);
		this.audit.recordAccountEvent(email, null, "practice-created", "/setup", email);
		return practice;
	}

}
