package org.realign.app.web;

import java.sql.DatabaseMetaData;
import java.util.Locale;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMapManager;

/**
 * What lets several servers share one database: scheduled work runs on one server at a
 * time, through a lock row in the {@code shedlock} table (timed by the database's clock,
 * so servers whose clocks disagree still agree on who holds it). HTTP sessions live in
 * the database too (Spring Session JDBC, tables from migration V65), so any server
 * continues any session.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class ReplicaConfiguration {

	/**
	 * Two requests of one session at the same moment (a page and the redirect after it,
	 * on two servers or one) can both add the same new session attribute; Spring
	 * Session's plain INSERT then fails the second request with a duplicate key (the load
	 * test met it: 500s on form posts that leave a flash message). An upsert stores the
	 * last value instead, as Spring Session's reference guide advises for PostgreSQL; H2
	 * has its own MERGE for the embedded default.
	 */
	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionAttributeUpsert(DataSource dataSource)
			throws MetaDataAccessException {
		String database = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
		String upsert = database.toLowerCase(Locale.ROOT).contains("postgres") ? POSTGRES_UPSERT : H2_UPSERT;
		return (repository) -> repository.setCreateSessionAttributeQuery(upsert);
	}

	private static final String POSTGRES_UPSERT = """
			INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			VALUES (?, ?, ?)
			ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
			DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
			""";

	private static final String H2_UPSERT = """
			MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
			VALUES (?, ?, ?)
			""";

	/**
	 * Flash messages one row each, so that concurrent requests of one session do not
	 * overwrite each other's ({@link SeparateFlashMapManager}). The name replaces Spring
	 * MVC's session-list default.
	 */
	@Bean(DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
	FlashMapManager flashMapManager() {
		return new SeparateFlashMapManager();
	}

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build());
	}

}
