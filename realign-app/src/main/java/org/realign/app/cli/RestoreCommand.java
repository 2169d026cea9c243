package org.realign.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.realign.app.BadInputException;
import org.realign.app.assessment.PhotoStorage;
import org.realign.app.backup.ArchiveRestore;
import org.realign.app.backup.BackupDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code realign restore --in file.zip}: an archive from {@code realign backup} into an
 * empty database (H2 or PostgreSQL, whichever made it), then the migrations the archive
 * predates.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
		description = { "Restore a 'realign backup' archive into an empty database and its photos.",
				"Uses the same configuration as 'serve'. Refuses a database that holds data unless --force;"
						+ " the app must not be running." })
public final class RestoreCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--in", required = true, description = "The archive to restore")
	Path in;

	@Option(names = "--force", description = "Replace whatever the database holds")
	boolean force;

	@Unmatched
	String[] springArguments = new String[0];

	@Override
	public Integer call() throws IOException, SQLException {
		String[] settings = SpringArguments.checked(this.spec, this.springArguments);
		// The whole archive is read and checked before the database is touched.
		ArchiveRestore.Checked archive = ArchiveRestore.check(this.in.toAbsolutePath().normalize());
		List<MigrationVersion> shipped = BackupDatabase.shippedVersions();
		if (!archive.schemaVersion().matches("\\d+(\\.\\d+)*")
				|| !shipped.contains(MigrationVersion.fromVersion(archive.schemaVersion()))) {
			throw BackupDatabase.unknownVersion(archive.schemaVersion(), shipped.get(shipped.size() - 1));
		}
		try (ConfigurableApplicationContext context = BackupDatabase.open(settings)) {
			BackupDatabase database = context.getBean(BackupDatabase.class);
			DataSource dataSource = context.getBean(DataSource.class);
			try (Connection connection = BackupDatabase.connect(dataSource)) {
				Flyway latest = database.flyway(dataSource, Optional.empty());
				MigrationVersion archived = MigrationVersion.fromVersion(archive.schemaVersion());
				MigrationVersion newest = BackupDatabase.newestKnown(latest);
				if (!BackupDatabase.known(latest, archived)) {
					throw BackupDatabase.unknownVersion(archive.schemaVersion(), newest);
				}
				Optional<MigrationVersion> current = BackupDatabase.current(latest);
				if (current.isPresent()) {
					Map<String, Long> data = ArchiveRestore.dataRows(connection);
					if (!data.isEmpty() && !this.force) {
						throw new BadInputException("the target database is not empty ("
								+ data.entrySet()
									.stream()
									.map((e) -> e.getKey() + ": " + e.getValue() + " rows")
									.collect(Collectors.joining(", "))
								+ "); restore into an empty database, or pass --force to replace its contents");
					}
					if (current.get().compareTo(archived) > 0) {
						throw new BadInputException("the target database is at schema version " + current.get()
								+ ", newer than the archive's " + archived
								+ "; restore into a database that Realign has not started on yet");
					}
				}
				database.flyway(dataSource, Optional.of(archive.schemaVersion())).migrate();
				ArchiveRestore.restorePhotos(archive, context.getBean(PhotoStorage.class));
				ArchiveRestore.restoreRows(archive, connection);
				latest.migrate();
				this.spec.commandLine()
					.getOut()
					.printf("Restored %d rows in %d tables and %d photos (schema version %s%s) from %s%n",
							archive.rows(), archive.tables().size(), archive.photos().size(), archived,
							archived.equals(newest) ? "" : ", then migrated to " + newest, archive.file());
				this.spec.commandLine().getOut().flush();
			}
		}
		return 0;
	}

}
