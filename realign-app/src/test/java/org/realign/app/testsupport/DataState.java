package org.realign.app.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Everything a refused request must leave as it was, as one text to compare before and
 * after: every row of every table (H2 or PostgreSQL) and every file in the data directory
 * but the embedded database's own. The audit trail is left out, since recording refusals
 * is its job, and so is the servers' runtime state (HTTP sessions, whose last-access time
 * every request moves; failed-login counts; scheduler locks), which holds no one's data.
 */
public final class DataState {

	private static final List<String> RUNTIME_TABLES = List.of("audit_event", "spring_session",
			"spring_session_attributes", "failed_attempt", "shedlock", "flyway_schema_history");

	private DataState() {
	}

	public static String of(JdbcClient jdbc, Path dataDir) {
		StringBuilder state = new StringBuilder();
		List<String> tables = jdbc
			.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
					+ "AND table_type = 'BASE TABLE' ORDER BY table_name")
			.query(String.class)
			.list();
		for (String table : tables) {
			if (RUNTIME_TABLES.contains(table.toLowerCase(Locale.ROOT))) {
				continue;
			}
			state.append(table).append('\n');
			jdbc.sql("SELECT * FROM " + table)
				.query()
				.listOfRows()
				.stream()
				.map(DataState::rowText)
				.sorted()
				.forEach((row) -> state.append(row).append('\n'));
		}
		if (Files.isDirectory(dataDir)) {
			try (Stream<Path> files = Files.walk(dataDir)) {
				files.filter((file) -> !file.startsWith(dataDir.resolve("db")))
					.map((file) -> dataDir.relativize(file).toString().replace('\\', '/'))
					.sorted()
					.forEach((file) -> state.append(file).append('\n'));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return state.toString();
	}

	private static String rowText(Map<String, Object> row) {
		return row.entrySet()
			.stream()
			.map((column) -> column.getKey() + "="
					+ (column.getValue() instanceof byte[] bytes ? Arrays.toString(bytes) : column.getValue()))
			.collect(Collectors.joining(", "));
	}

}
