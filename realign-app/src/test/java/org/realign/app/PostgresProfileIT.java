package org.realign.app;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.realign.app.testsupport.Browserless;
import org.realign.app.testsupport.TestPostgres;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production setup: the {@code postgres} profile on a real PostgreSQL server, same
 * migrations.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
class PostgresProfileIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("REALIGN_DB_URL", () -> TestPostgres.shared().createDatabase("app_profile"));
		registry.add("REALIGN_DB_USER", () -> "postgres");
	}

	@Test
	void app_startsOnPostgresWithEveryMigrationAppliedAndNoDemoData() {
		HttpResponse<String> health = new Browserless(this.port).get("/actuator/health");

		assertThat(health.body()).contains("\"status\":\"UP\"");
		assertThat(this.jdbc.sql("SELECT version() ").query(String.class).single()).startsWith("PostgreSQL");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM flyway_schema_history WHERE success").query(Long.class).single())
			.isPositive();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM practice").query(Long.class).single()).isZero();
	}

}
