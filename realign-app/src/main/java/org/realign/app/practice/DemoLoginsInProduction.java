package org.realign.app.practice;

import java.util.List;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A production installation ({@code realign.production}, set by the {@code postgres}
 * profile) refuses to start while the demo logins exist or the demo is asked for: their
 * password is published in the README, so anyone could sign in to real client data. It
 * runs once every bean is made (Flyway has migrated), before the web server listens.
 */
@Component
class DemoLoginsInProduction implements SmartInitializingSingleton {

	/** The demo's logins (org.realign.app.demo.DemoPractice). */
	static final List<String> DEMO_LOGINS = List.of("practitioner@demo.realign", "sam@demo.realign", "jo@demo.realign");

	private final JdbcClient jdbc;

	private final boolean production;

	private final boolean demoRequested;

	DemoLoginsInProduction(JdbcClient jdbc, @Value("${realign.production:false}") boolean production,
			@Value("${realign.demo.enabled:false}") boolean demoRequested) {
		this.jdbc = jdbc;
		this.production = production;
		this.demoRequested = demoRequested;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (!this.production) {
			return;
		}
		if (this.demoRequested) {
			throw new Refused(List.of());
		}
		List<String> present = this.jdbc
			.sql("SELECT username FROM app_user WHERE username IN (:logins) OR username LIKE '%@demo.realign' "
					+ "ORDER BY username")
			.param("logins", DEMO_LOGINS)
			.query(String.class)
			.list();
		if (!present.isEmpty()) {
			throw new Refused(present);
		}
	}

	/** Why the production installation did not start. */
	static final class Refused extends IllegalStateException {

		final List<String> logins;

		Refused(List<String> logins) {
			super(logins.isEmpty() ? "the demo was asked for in production"
					: "demo logins exist in the production database: " + String.join(", ", logins));
			this.logins = logins;
		}

	}

}
