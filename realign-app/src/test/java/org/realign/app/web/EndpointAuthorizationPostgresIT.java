package org.realign.app.web;

import org.junit.jupiter.api.Test;
import org.realign.app.testsupport.TestPostgres;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authorisation matrix, the refused-but-unchanged checks and the invalid bodies of
 * {@link EndpointAuthorizationIT}, on the production setup: the {@code postgres} profile
 * on a real PostgreSQL server, with the demo practice created there for the test.
 */
@ActiveProfiles("postgres")
// The demo on the production profile, for this test only: production refuses demo logins.
@TestPropertySource(properties = { "realign.demo.enabled=true", "realign.production=false" })
class EndpointAuthorizationPostgresIT extends EndpointAuthorizationIT {

	@Autowired
	JdbcClient database;

	@Test
	void theMatrixRunsOnPostgres() {
		assertThat(this.database.sql("SELECT version()").query(String.class).single()).startsWith("PostgreSQL");
	}

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("REALIGN_DB_URL", () -> TestPostgres.shared().createDatabase("endpoint_authorization"));
		registry.add("REALIGN_DB_USER", () -> "postgres");
	}

}
