package org.realign.app.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.realign.app.assessment.PhotoStorage;
import org.realign.app.BadInputException;
import org.realign.app.backup.DatabaseArchive.Column;
import org.realign.app.backup.DatabaseArchive.Table;
import org.realign.core.json.JsonLimits;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.realign.app.backup.DatabaseArchive.FORMAT;
import static org.realign.app.backup.DatabaseArchive.FORMAT_VERSION;
import static org.realign.app.backup.DatabaseArchive.JSON;
import static org.realign.app.backup.DatabaseArchive.SAFE_NAME;
import static org.realign.app.backup.DatabaseArchive.sha256;
import static org.realign.app.backup.DatabaseArchive.tables;

/**
 * Restores a {@link DatabaseArchive}: reads and checks the whole archive first (manifest,
 * every row, every photo against its checksum), then writes the photos and the rows into
 * an empty database, parents before children.
 */
public final class ArchiveRestore {

	private ArchiveRestore() {
	}

	/** An archive read and checked in full before anything is restored. */
	public record Checked(Path file, String schemaVersion, List<String> tables, Map<String, List<String>> columns,
			Map<String, Long> rowCounts, Map<String, String> photos) {

		public long rows() {
			return this.rowCounts.values().stream().mapToLong(Long::longValue).sum();
		}

	}

	/**
	 * Reads the whole archive: manifest, every row, every photo against its checksum.
	 * @throws BadInputException naming the first problem
	 */
	public static Checked check(Path file) {
		if (!Files.isRegularFile(file)) {
			throw new BadInputException("no backup archive at " + file);
		}
		try (ZipFile zip = new ZipFile(file.toFile())) {
			ZipEntry manifestEntry = zip.getEntry("manifest.json");
			if (manifestEntry == null) {
				throw new BadInputException(file + " is not a Realign backup: it has no manifest.json");
			}
			JsonNode manifest;
			try (InputStream in = zip.getInputStream(manifestEntry)) {
				manifest = JSON.readTree(in);
			}
			if (!FORMAT.equals(manifest.path("format").asString(""))) {
				throw new BadInputException(
						file + " is not a Realign backup: its manifest names no format " + "\"realign-backup\"");
			}
			if (manifest.path("formatVersion").asInt(-1) != FORMAT_VERSION) {
				throw new BadInputException(file + " has backup format version " + manifest.path("formatVersion")
						+ "; this Realign reads version " + FORMAT_VERSION);
			}
			String schemaVersion = manifest.path("schemaVersion").asString("");
			if (schemaVersion.isBlank()) {
				throw new BadInputException(file + " names no schema version in its manifest");
			}
			List<String> tables = new ArrayList<>();
			Map<String, List<String>> columns = new LinkedHashMap<>();
			Map<String, Long> rowCounts = new LinkedHashMap<>();
			for (JsonNode table : manifest.path("tables")) {
				String name = table.path("name").asString("");
				if (!SAFE_NAME.matcher(name).matches()) {
					throw new BadInputException(file + " names a table that is not a plain name: " + name);
				}
				List<String> names = new ArrayList<>();
				table.path("columns").forEach((c) -> names.add(c.path("name").asString("")));
				long expected = table.path("rows").asLong(-1);
				long counted = eachRow(zip, name, (row) -> {
					row.propertyNames().forEach((column) -> {
						if (!names.contains(column)) {
							throw new BadInputException(
									"table " + name + " in " + file + " has a row with an unknown column " + column);
						}
					});
				});
				if (counted != expected) {
					throw new BadInputException("table " + name + " in " + file + " has " + counted
							+ " rows where its manifest says " + expected + " (a damaged archive?)");
				}
				tables.add(name);
				columns.put(name, names);
				rowCounts.put(name, counted);
			}
			if (tables.isEmpty()) {
				throw new BadInputException(file + " holds no tables");
			}
			Map<String, String> photos = new LinkedHashMap<>();
			for (JsonNode photo : manifest.path("photos")) {
				String name = photo.path("name").asString("");
				if (!SAFE_NAME.matcher(name).matches()) {
					throw new BadInputException(file + " names a photo that is not a plain file name: " + name);
				}
				ZipEntry entry = zip.getEntry("photos/" + name);
				if (entry == null) {
					throw new BadInputException(file + " lists photo " + name + " but does not hold it");
				}
				String actual;
				try (InputStream in = zip.getInputStream(entry)) {
					actual = sha256(in.readAllBytes());
				}
				if (!actual.equals(photo.path("sha256").asString(""))) {
					throw new BadInputException(
							"photo " + name + " in " + file + " does not match its checksum (a damaged archive?)");
				}
				photos.put(name, actual);
			}
			return new Checked(file, schemaVersion, tables, columns, rowCounts, photos);
		}
		catch (IOException | JacksonException | IllegalArgumentException ex) {
			throw new BadInputException(file + " is not a readable backup archive: " + ex.getMessage());
		}
	}

	private interface RowVisitor {

		void visit(ObjectNode row) throws SQLException;

	}

	private static long eachRow(ZipFile zip, String table, RowVisitor visitor) throws IOException {
		ZipEntry entry = zip.getEntry("tables/" + table + ".jsonl");
		if (entry == null) {
			throw new BadInputException(zip.getName() + " lists table " + table + " but does not hold it");
		}
		long count = 0;
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8))) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				if (line.isBlank()) {
					continue;
				}
				JsonNode row = JSON.readTree(line);
				if (!(row instanceof ObjectNode object)) {
					throw new BadInputException(
							"table " + table + " in " + zip.getName() + " has a line that is not " + "a JSON object");
				}
				try {
					visitor.visit(object);
				}
				catch (SQLException ex) {
					throw new SqlFailure(ex);
				}
				count++;
			}
		}
		return count;
	}

	/** A database failure while rows are being read from the archive. */
	private static final class SqlFailure extends RuntimeException {

		SqlFailure(SQLException cause) {
			super(cause);
		}

	}

	/**
	 * The tables of the target that already hold data, with their row counts; lookup
	 * tables that migrations fill do not count.
	 */
	public static Map<String, Long> dataRows(Connection connection) throws SQLException {
		Map<String, Long> found = new LinkedHashMap<>();
		for (Table table : tables(connection)) {
			if (!table.holdsData()) {
				continue;
			}
			try (Statement statement = connection.createStatement();
					ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table.name())) {
				rs.next();
				if (rs.getLong(1) > 0) {
					found.put(table.name(), rs.getLong(1));
				}
			}
		}
		return found;
	}

	/**
	 * Restores the rows into a database migrated to the archive's schema version, in one
	 * transaction: every table the archive holds is emptied (lookup tables the migrations
	 * filled, and with {@code force} everything), filled parents first, and its identity
	 * sequence moved past the highest id so that new rows do not collide.
	 */
	public static void restoreRows(Checked archive, Connection connection) throws SQLException, IOException {
		List<Table> tables = tables(connection);
		Map<String, Table> byName = new LinkedHashMap<>();
		tables.forEach((t) -> byName.put(t.name(), t));
		for (String name : archive.tables()) {
			Table target = byName.get(name);
			if (target == null) {
				throw new BadInputException("the archive holds table " + name + ", which the target database lacks");
			}
			for (String column : archive.columns().get(name)) {
				if (target.columns().stream().noneMatch((c) -> c.name().equals(column))) {
					throw new BadInputException(
							"the archive's table " + name + " has column " + column + ", which the target lacks");
				}
			}
		}
		boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
		connection.setAutoCommit(false);
		try (ZipFile zip = new ZipFile(archive.file().toFile())) {
			List<Table> childrenFirst = new ArrayList<>(tables);
			Collections.reverse(childrenFirst);
			try (Statement statement = connection.createStatement()) {
				for (Table table : childrenFirst) {
					statement.executeUpdate("DELETE FROM " + table.name());
				}
			}
			for (Table table : tables) {
				if (!archive.tables().contains(table.name())) {
					continue;
				}
				List<Column> columns = archive.columns()
					.get(table.name())
					.stream()
					.map((name) -> table.columns()
						.stream()
						.filter((c) -> c.name().equals(name))
						.findFirst()
						.orElseThrow())
					.toList();
				String sql = "INSERT INTO " + table.name() + " ("
						+ String.join(", ", columns.stream().map(Column::name).toList()) + ") VALUES ("
						+ String.join(", ", columns.stream().map((c) -> "?").toList()) + ")";
				try (PreparedStatement insert = connection.prepareStatement(sql)) {
					int[] pending = { 0 };
					eachRow(zip, table.name(), (row) -> {
						for (int i = 0; i < columns.size(); i++) {
							bind(insert, i + 1, columns.get(i), row.get(columns.get(i).name()));
						}
						insert.addBatch();
						if (++pending[0] % 500 == 0) {
							insert.executeBatch();
						}
					});
					insert.executeBatch();
				}
				catch (SqlFailure ex) {
					throw (SQLException) ex.getCause();
				}
				for (Column column : table.columns()) {
					if (column.identity()) {
						restartIdentity(connection, table.name(), column.name(), postgres);
					}
				}
			}
			connection.commit();
		}
		catch (SQLException | IOException | RuntimeException ex) {
			connection.rollback();
			throw ex;
		}
	}

	private static void restartIdentity(Connection connection, String table, String column, boolean postgres)
			throws SQLException {
		long next;
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT COALESCE(MAX(" + column + "), 0) + 1 FROM " + table)) {
			rs.next();
			next = rs.getLong(1);
		}
		try (Statement statement = connection.createStatement()) {
			if (postgres) {
				statement.execute("SELECT setval(pg_get_serial_sequence('" + table + "', '" + column + "'), " + next
						+ ", false)");
			}
			else {
				statement.execute("ALTER TABLE " + table + " ALTER COLUMN " + column + " RESTART WITH " + next);
			}
		}
	}

	private static void bind(PreparedStatement insert, int index, Column column, JsonNode value) throws SQLException {
		if (value == null || value.isNull()) {
			insert.setNull(index, column.type());
			return;
		}
		try {
			switch (column.type()) {
				// A number as the backup wrote it, never converted on the way in: asLong
				// would read 1.5 as 1, and 1e400 would be stored as infinity.
				case Types.BIGINT -> insert.setLong(index, whole(value, value.canConvertToLong()).asLong());
				case Types.INTEGER, Types.SMALLINT, Types.TINYINT ->
					insert.setInt(index, whole(value, value.canConvertToInt()).asInt());
				case Types.DOUBLE, Types.FLOAT, Types.REAL -> insert.setDouble(index, finite(value));
				case Types.NUMERIC, Types.DECIMAL -> insert.setBigDecimal(index, new BigDecimal(value.asString()));
				case Types.BOOLEAN, Types.BIT -> insert.setBoolean(index, value.asBoolean());
				case Types.DATE -> insert.setObject(index, LocalDate.parse(value.asString()));
				case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB ->
					insert.setBytes(index, Base64.getDecoder().decode(value.asString()));
				default -> {
					if (column.timestampWithZone()) {
						insert.setObject(index, OffsetDateTime.parse(value.asString()));
					}
					else if (column.type() == Types.TIMESTAMP) {
						insert.setObject(index, LocalDateTime.parse(value.asString()));
					}
					else {
						insert.setString(index, value.asString());
					}
				}
			}
		}
		catch (RuntimeException ex) {
			String shown = value.toString();
			throw new BadInputException("the archive's value "
					+ ((shown.length() > 40) ? shown.substring(0, 40) + "... (" + shown.length() + " characters)"
							: shown)
					+ " for column " + column.name() + " is not a " + column.typeName() + " (a damaged archive?)");
		}
	}

	private static JsonNode whole(JsonNode value, boolean fits) {
		if (!value.isIntegralNumber() || !fits) {
			throw new IllegalArgumentException("not a whole number of the column's size");
		}
		return value;
	}

	private static double finite(JsonNode value) {
		double number = JsonLimits.doubleOf(value);
		if (!Double.isFinite(number)) {
			throw new IllegalArgumentException("not a finite number");
		}
		return number;
	}

	/**
	 * Writes the archive's photos into the photo directory. Before the rows commit they
	 * are files no row refers to, which start-up removes if the restore fails.
	 */
	public static void restorePhotos(Checked archive, PhotoStorage photoStorage) throws IOException {
		try (ZipFile zip = new ZipFile(archive.file().toFile())) {
			for (String name : archive.photos().keySet()) {
				try (InputStream in = zip.getInputStream(zip.getEntry("photos/" + name))) {
					photoStorage.put(name, in.readAllBytes());
				}
			}
		}
	}

}
