package org.realign.app.practice;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns the refusal into Spring Boot's "APPLICATION FAILED TO START" report: what is
 * wrong and what to do, without a stack trace.
 */
public final class DemoLoginsRefusedAnalyzer extends AbstractFailureAnalyzer<DemoLoginsInProduction.Refused> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DemoLoginsInProduction.Refused cause) {
		if (cause.logins.isEmpty()) {
			return new FailureAnalysis(
					"Realign refuses to create the demo practice in production (the postgres profile): its logins share a published password.",
					"Start without --demo. To look around, run the demo on the embedded database instead: ./realign serve --demo",
					cause);
		}
		return new FailureAnalysis(
				"Realign refuses to start in production (the postgres profile) while the demo "
						+ "logins exist in its database: " + String.join(", ", cause.logins)
						+ ". Their password is published, so anyone could sign in.",
				"Use a database without the demo practice: start on an empty database and create your practice at "
						+ "/setup (or with 'realign practice create'), or restore a backup of a real installation. "
						+ "Do not restore a demo installation's backup into production.",
				cause);
	}

}
