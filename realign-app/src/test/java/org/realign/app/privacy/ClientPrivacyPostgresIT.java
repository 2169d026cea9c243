package org.realign.app.privacy;

import org.realign.app.testsupport.EmbeddedApp;
import org.realign.app.testsupport.TestPostgres;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Export and erasure of a client's record, against the real app on a real PostgreSQL
 * server (the production setup), with the demo practice created there for the test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "realign.demo.enabled=true",
		// The demo on the production profile, for this test only: production refuses demo
		// logins.
		"realign.production=false" })
@ContextConfiguration(initializers = EmbeddedApp.FreshDataDirectory.class)
@ActiveProfiles("postgres")
class ClientPrivacyPostgresIT extends ClientPrivacyChecks {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("REALIGN_DB_URL", () -> TestPostgres.shared().createDatabase("client_privacy"));
		registry.add("REALIGN_DB_USER", () -> "postgres");
	}

}
