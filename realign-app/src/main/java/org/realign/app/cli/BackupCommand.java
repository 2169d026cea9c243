package org.realign.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.Callable;
import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.realign.app.BadInputException;
import org.realign.app.assessment.PhotoStorage;
import org.realign.app.backup.BackupDatabase;
import org.realign.app.backup.DatabaseArchive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code realign backup --out file.zip}: the database and the photos its rows refer to,
 * from one snapshot, in a portable archive ({@link DatabaseArchive}).
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
		description = { "Back up the database and photos into a portable zip (restore with 'realign restore').",
				"Uses the same configuration as 'serve' (REALIGN_DATA_DIR, SPRING_PROFILES_ACTIVE=postgres, "
						+ "REALIGN_DB_URL, ...). PostgreSQL backs up while the app runs; the embedded "
						+ "database is locked by a running app, so stop it first." })
public final class BackupCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--out", required = true, description = "The archive to write, e.g. realign-backup-2026-12-02.zip")
	Path out;

	@Unmatched
	String[] springArguments = new String[0];

	@Override
	public Integer call() throws IOException, SQLException {
		String[] settings = SpringArguments.checked(this.spec, this.springArguments);
		Path target = this.out.toAbsolutePath().normalize();
		if (Files.exists(target)) {
			throw new BadInputException(target + " already exists; choose another name or remove it");
		}
		if (target.getParent() != null && !Files.isDirectory(target.getParent())) {
			throw new BadInputException("no such directory: " + target.getParent());
		}
		try (ConfigurableApplicationContext context = BackupDatabase.open(settings)) {
			BackupDatabase database = context.getBean(BackupDatabase.class);
			DataSource dataSource = context.getBean(DataSource.class);
			try (Connection connection = BackupDatabase.connect(dataSource)) {
				Flyway flyway = database.flyway(dataSource, Optional.empty());
				String version = BackupDatabase.current(flyway)
					.orElseThrow(() -> new BadInputException(
							"the configured database holds no Realign data (no migrations applied): nothing to back up"))
					.getVersion();
				Path part = target.resolveSibling(target.getFileName() + ".part");
				DatabaseArchive.Summary summary;
				try (OutputStream stream = Files.newOutputStream(part)) {
					summary = DatabaseArchive.backup(connection, version, context.getBean(PhotoStorage.class), stream);
				}
				catch (IOException | SQLException | RuntimeException ex) {
					Files.deleteIfExists(part);
					throw ex;
				}
				Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
				this.spec.commandLine()
					.getOut()
					.printf("Backed up %d rows in %d tables and %d photos (schema version %s) to %s%n", summary.rows(),
							summary.tables(), summary.photos(), summary.schemaVersion(), target);
				this.spec.commandLine().getOut().flush();
			}
		}
		return 0;
	}

}
