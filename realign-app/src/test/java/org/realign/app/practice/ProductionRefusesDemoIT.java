package org.realign.app.practice;

import java.nio.file.Path;
import java.util.Arrays;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;
import org.realign.app.RealignApplication;
import org.realign.app.testsupport.TestPostgres;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The production profile on a real PostgreSQL server refuses to start while the demo
 * logins exist, or when the demo is asked for; it starts on the same database once they
 * are gone.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProductionRefusesDemoIT {

	@Test
	void postgresProfile_refusesDemoLogins_andTheDemoFlag_thenStartsWithoutThem(CapturedOutput console,
			@TempDir Path data) throws Exception {
		String url = TestPostgres.shared().createDatabase("production_demo");
		String[] production = { "--spring.profiles.active=postgres", "--spring.datasource.url=" + url,
				"--spring.datasource.username=postgres", "--realign.data-dir=" + data, "--server.port=0" };

		// The schema as the app makes it, then the demo's rows, as from a demo backup
		// restored into production.
		Flyway.configure().dataSource(url, "postgres", "").locations("classpath:db/migration").load().migrate();
		JdbcClient direct = JdbcClient.create(new DriverManagerDataSource(url, "postgres", ""));
		direct.sql("INSERT INTO practice (name, created_at) VALUES ('Demo Alignment Studio', NOW())").update();
		direct
			.sql("INSERT INTO app_user (practice_id, username, password_hash, display_name, role, created_at) "
					+ "SELECT id, 'practitioner@demo.realign', 'x', 'Alex Morgan', 'OWNER', NOW() FROM practice")
			.update();

		assertThatThrownBy(() -> start(production)).hasStackTraceContaining("practitioner@demo.realign");
		assertThat(console.getAll()).contains("APPLICATION FAILED TO START",
				"refuses to start in production (the postgres profile) while the demo logins exist",
				"practitioner@demo.realign");

		assertThatThrownBy(() -> start(concat(production, "--realign.demo.enabled=true")))
			.hasStackTraceContaining("demo was asked for in production");

		direct.sql("DELETE FROM app_user WHERE username = 'practitioner@demo.realign'").update();
		try (ConfigurableApplicationContext app = start(production)) {
			assertThat(app.isRunning()).isTrue();
			assertThat(app.getBean(JdbcClient.class).sql("SELECT COUNT(*) FROM practice").query(Long.class).single())
				.isEqualTo(1);
		}
	}

	private static ConfigurableApplicationContext start(String... args) {
		return new SpringApplicationBuilder(RealignApplication.class).run(args);
	}

	private static String[] concat(String[] a, String b) {
		String[] all = Arrays.copyOf(a, a.length + 1);
		all[a.length] = b;
		return all;
	}

}
