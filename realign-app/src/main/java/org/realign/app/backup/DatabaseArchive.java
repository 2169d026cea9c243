package org.realign.app.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.realign.app.BadInputException;
import org.realign.app.assessment.PhotoStorage;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A portable archive of a Realign database and its photos: {@code manifest.json} (format,
 * Flyway schema version, tables with their columns and row counts, photos with SHA-256),
 * one JSON-lines file per table under {@code tables/}, and the photos under
 * {@code photos/}. Portable because it holds values, not SQL: an archive of the embedded
 * H2 database restores into PostgreSQL and back.
 */
public final class DatabaseArchive {

	static final String FORMAT = "realign-backup";

	static final int FORMAT_VERSION = 1;

	static final String FLYWAY_TABLE = "flyway_schema_history";

	/**
	 * Tables that hold the running servers' state, not records: HTTP sessions, failed
	 * attempts counted by the rate limits, scheduler locks. A restored database starts
	 * with none (everyone signs in again).
	 */
	static final Set<String> RUNTIME_TABLES = Set.of("spring_session", "spring_session_attributes", "failed_attempt",
			"shedlock");

	/** Photo names as PhotoStore makes them; anything else in an archive is refused. */
	private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,200}");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private DatabaseArchive() {
	}

	/** What a backup wrote. */
	public record Summary(String schemaVersion, int tables, long rows, int photos) {
	}

	/** A column as the source database described it. */
	record Column(String name, int type, String typeName, boolean identity) {

		boolean timestampWithZone() {
			return this.type == Types.TIMESTAMP_WITH_TIMEZONE || this.typeName.equalsIgnoreCase("timestamptz")
					|| this.typeName.toLowerCase(java.util.Locale.ROOT).contains("with time zone");
		}

	}

	record Table(String name, List<Column> columns, Set<String> parents) {

		/**
		 * Rows a user made, as opposed to a lookup table that a migration fills (ids that
		 * are words, no references).
		 */
		boolean holdsData() {
			return !this.parents.isEmpty() || this.columns.stream().anyMatch(Column::identity);
		}

	}

	/**
	 * Writes the archive from one read-only REPEATABLE READ transaction, so that every
	 * table and the list of photos are one consistent snapshot.
	 */
	public static Summary backup(Connection connection, String schemaVersion, PhotoStorage photoStorage,
			OutputStream out) throws SQLException, IOException {
		connection.setAutoCommit(false);
		connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
		connection.setReadOnly(true);
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			List<Table> tables = tables(connection);
			ObjectNode manifest = JSON.createObjectNode();
			manifest.put("format", FORMAT);
			manifest.put("formatVersion", FORMAT_VERSION);
			manifest.put("schemaVersion", schemaVersion);
			manifest.put("database", connection.getMetaData().getDatabaseProductName());
			manifest.put("createdAt", Instant.now().toString());
			var tableList = manifest.putArray("tables");
			long rows = 0;
			for (Table table : tables) {
				zip.putNextEntry(new ZipEntry("tables/" + table.name() + ".jsonl"));
				long count = 0;
				try (Statement statement = connection.createStatement();
						ResultSet rs = statement.executeQuery("SELECT * FROM " + table.name() + " ORDER BY 1")) {
					while (rs.next()) {
						ObjectNode row = JSON.createObjectNode();
						for (int i = 0; i < table.columns().size(); i++) {
							write(row, table.columns().get(i), rs, rs.findColumn(table.columns().get(i).name()));
						}
						zip.write(JSON.writeValueAsBytes(row));
						zip.write('\n');
						count++;
					}
				}
				zip.closeEntry();
				ObjectNode entry = tableList.addObject();
				entry.put("name", table.name());
				entry.put("rows", count);
				var columns = entry.putArray("columns");
				table.columns().forEach((c) -> columns.addObject().put("name", c.name()).put("type", c.typeName()));
				rows += count;
			}
			var photos = manifest.putArray("photos");
			int photoCount = 0;
			for (String name : photoNames(connection)) {
				if (!SAFE_NAME.matcher(name).matches()) {
					throw new IOException("a row names a photo outside the photo storage: " + name);
				}
				byte[] bytes;
				try {
					bytes = photoStorage.read(name);
				}
				catch (PhotoStorage.PhotoMissingException ex) {
					throw new IOException("photo " + name + " is referenced by the database but missing from the "
							+ photoStorage.describe() + " (erased while the backup ran?); run the backup again");
				}
				zip.putNextEntry(new ZipEntry("photos/" + name));
				zip.write(bytes);
				zip.closeEntry();
				photos.addObject().put("name", name).put("sha256", sha256(bytes));
				photoCount++;
			}
			zip.putNextEntry(new ZipEntry("manifest.json"));
			zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
			zip.closeEntry();
			connection.commit();
			return new Summary(schemaVersion, tables.size(), rows, photoCount);
		}
		finally {
			if (!connection.getAutoCommit()) {
				connection.rollback();
			}
		}
	}

	/** The photos the rows refer to. */
	static List<String> photoNames(Connection connection) throws SQLException {
		List<String> names = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT DISTINCT photo_path FROM assessment_view ORDER BY 1")) {
			while (rs.next()) {
				names.add(rs.getString(1));
			}
		}
		return names;
	}

	private static void write(ObjectNode row, Column column, ResultSet rs, int i) throws SQLException {
		String name = column.name();
		switch (column.type()) {
			case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> {
				long value = rs.getLong(i);
				if (rs.wasNull()) {
					row.putNull(name);
				}
				else {
					row.put(name, value);
				}
			}
			case Types.DOUBLE, Types.FLOAT, Types.REAL -> {
				double value = rs.getDouble(i);
				if (rs.wasNull()) {
					row.putNull(name);
				}
				else {
					row.put(name, value);
				}
			}
			case Types.NUMERIC, Types.DECIMAL -> row.put(name, rs.getBigDecimal(i));
			case Types.BOOLEAN, Types.BIT -> {
				boolean value = rs.getBoolean(i);
				if (rs.wasNull()) {
					row.putNull(name);
				}
				else {
					row.put(name, value);
				}
			}
			case Types.DATE -> row.put(name, text(rs.getObject(i, LocalDate.class)));
			case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
				byte[] bytes = rs.getBytes(i);
				row.put(name, bytes == null ? null : Base64.getEncoder().encodeToString(bytes));
			}
			default -> {
				if (column.timestampWithZone()) {
					OffsetDateTime at = rs.getObject(i, OffsetDateTime.class);
					row.put(name, at == null ? null : at.withOffsetSameInstant(ZoneOffset.UTC).toString());
				}
				else if (column.type() == Types.TIMESTAMP) {
					row.put(name, text(rs.getObject(i, LocalDateTime.class)));
				}
				else {
					row.put(name, rs.getString(i));
				}
			}
		}
	}

	private static String text(Object value) {
		return value == null ? null : value.toString();
	}

	/** The database's tables (Flyway's own excepted), parents before children. */
	static List<Table> tables(Connection connection) throws SQLException {
		DatabaseMetaData meta = connection.getMetaData();
		String schema = connection.getSchema();
		Map<String, Table> byName = new TreeMap<>();
		try (ResultSet rs = meta.getTables(null, schema, "%", new String[] { "TABLE" })) {
			while (rs.next()) {
				String name = rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT);
				if (!name.equals(FLYWAY_TABLE) && !RUNTIME_TABLES.contains(name)) {
					byName.put(name, null);
				}
			}
		}
		for (String name : List.copyOf(byName.keySet())) {
			List<Column> columns = new ArrayList<>();
			try (ResultSet rs = meta.getColumns(null, schema, tableName(meta, name), "%")) {
				while (rs.next()) {
					columns.add(new Column(rs.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT),
							rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME"),
							"YES".equalsIgnoreCase(rs.getString("IS_AUTOINCREMENT"))));
				}
			}
			Set<String> parents = new LinkedHashSet<>();
			try (ResultSet rs = meta.getImportedKeys(null, schema, tableName(meta, name))) {
				while (rs.next()) {
					String parent = rs.getString("PKTABLE_NAME").toLowerCase(java.util.Locale.ROOT);
					if (!parent.equals(name)) {
						parents.add(parent);
					}
				}
			}
			byName.put(name, new Table(name, columns, parents));
		}
		List<Table> ordered = new ArrayList<>();
		Set<String> placed = new LinkedHashSet<>();
		while (ordered.size() < byName.size()) {
			boolean progress = false;
			for (Table table : byName.values()) {
				if (!placed.contains(table.name())
						&& placed.containsAll(table.parents().stream().filter(byName::containsKey).toList())) {
					ordered.add(table);
					placed.add(table.name());
					progress = true;
				}
			}
			if (!progress) {
				throw new IllegalStateException("the tables' foreign keys form a cycle");
			}
		}
		return ordered;
	}

	private static String tableName(DatabaseMetaData meta, String name) throws SQLException {
		return meta.storesUpperCaseIdentifiers() ? name.toUpperCase(java.util.Locale.ROOT) : name;
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
			java.util.Collections.reverse(childrenFirst);
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
				case Types.BIGINT -> insert.setLong(index, value.asLong());
				case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> insert.setInt(index, value.asInt());
				case Types.DOUBLE, Types.FLOAT, Types.REAL -> insert.setDouble(index, value.asDouble());
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
			throw new BadInputException("the archive's value " + value + " for column " + column.name() + " is not a "
					+ column.typeName() + " (a damaged archive?)");
		}
	}

	/**
	 * Writes the archive's photos into the photo storage (a directory or a bucket), each
	 * whole or not at all. Before the rows commit they are photos no row refers to, which
	 * the photo sweep removes if the restore fails.
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

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
