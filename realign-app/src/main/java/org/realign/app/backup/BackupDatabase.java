package org.realign.app.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.realign.app.BadInputException;
import org.realign.app.assessment.PhotoStorageConfiguration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The database and data directory that {@code realign serve} would use, with the same
 * configuration (application.yml, profiles, environment, {@code --spring...} arguments),
 * but only the data source: backup and restore start no web server and run no migrations
 * of their own accord.
 */
@Configuration(proxyBeanMethods = false)
@ImportAutoConfiguration(DataSourceAutoConfiguration.class)
@Import(PhotoStorageConfiguration.class)
public class BackupDatabase {

	/** H2's "Database may be already in use": another process holds the file lock. */
	private static final int H2_LOCKED = 90020;

	@Value("${realign.data-dir}")
	Path dataDir;

	@Value("${spring.flyway.locations:classpath:db/migration}")
	String migrations;

	public static ConfigurableApplicationContext open(String[] springArguments) {
		return new SpringApplicationBuilder(BackupDatabase.class).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.properties("logging.level.root=WARN")
			.run(springArguments);
	}

	public static Connection connect(DataSource dataSource) {
		try {
			return dataSource.getConnection();
		}
		// Hikari reports a first connection that fails as an unchecked exception around
		// the driver's.
		catch (SQLException | RuntimeException ex) {
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof SQLException sql && sql.getErrorCode() == H2_LOCKED) {
					throw new IllegalStateException("the embedded database is in use by a running Realign: stop it "
							+ "and run the command again (on PostgreSQL, backups run while the app runs)");
				}
			}
			throw new IllegalStateException("cannot connect to the database: " + ex.getMessage(), ex);
		}
	}

	public Flyway flyway(DataSource dataSource, Optional<String> target) {
		var configuration = Flyway.configure().dataSource(dataSource).locations(this.migrations.split(","));
		target.ifPresent(configuration::target);
		return configuration.load();
	}

	/** The schema version the database is at, if Realign ever migrated it. */
	public static Optional<MigrationVersion> current(Flyway flyway) {
		return Optional.ofNullable(flyway.info().current()).map(MigrationInfo::getVersion);
	}

	/** The newest migration this Realign ships. */
	public static MigrationVersion newestKnown(Flyway flyway) {
		return Arrays.stream(flyway.info().all())
			.map(MigrationInfo::getVersion)
			.max(Comparator.naturalOrder())
			.orElseThrow(() -> new IllegalStateException("no migrations found"));
	}

	public static boolean known(Flyway flyway, MigrationVersion version) {
		return Arrays.stream(flyway.info().all()).anyMatch((m) -> m.getVersion().equals(version));
	}

	/**
	 * The versions of the migrations shipped on the class path, read without a database,
	 * so that an archive from another Realign is refused before anything is opened.
	 */
	public static List<MigrationVersion> shippedVersions() {
		try {
			Resource[] scripts = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:db/migration/V*__*.sql");
			return Arrays.stream(scripts)
				.map(Resource::getFilename)
				.filter(Objects::nonNull)
				.map((name) -> MigrationVersion.fromVersion(name.substring(1, name.indexOf("__")).replace('_', '.')))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list the migrations", ex);
		}
	}

	public static BadInputException unknownVersion(String archiveVersion, MigrationVersion newest) {
		return new BadInputException("the archive has schema version " + archiveVersion
				+ ", which is not one of this Realign's migrations (the newest is " + newest
				+ "): restore it with the Realign version that made it");
	}

}
