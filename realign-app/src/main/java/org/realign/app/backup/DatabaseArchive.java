package org.realign.app.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.realign.app.assessment.PhotoStorage;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A portable archive of a Realign database and its photos: {@code manifest.json} (format,
 * Flyway schema version, tables with their columns and row counts, photos with SHA-256),
 * one JSON-lines file per table under {@code tables/}, and the photos under
 * {@code photos/}. Portable because it holds values, not SQL: an archive of the embedded
 * H2 database restores into PostgreSQL and back. This class writes an archive;
 * {@link ArchiveRestore} checks one and restores it.
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
	static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,200}");

	static final JsonMapper JSON = JsonMapper.builder().build();

	private DatabaseArchive() {
	}

	/** What a backup wrote. */
	public record Summary(String schemaVersion, int tables, long rows, int photos) {
	}

	/** A column as the source database described it. */
	record Column(String name, int type, String typeName, boolean identity) {

		boolean timestampWithZone() {
			return this.type == Types.TIMESTAMP_WITH_TIMEZONE || this.typeName.equalsIgnoreCase("timestamptz")
					|| this.typeName.toLowerCase(Locale.ROOT).contains("with time zone");
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
				String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
				if (!name.equals(FLYWAY_TABLE) && !RUNTIME_TABLES.contains(name)) {
					byName.put(name, null);
				}
			}
		}
		for (String name : List.copyOf(byName.keySet())) {
			List<Column> columns = new ArrayList<>();
			try (ResultSet rs = meta.getColumns(null, schema, tableName(meta, name), "%")) {
				while (rs.next()) {
					columns.add(new Column(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), rs.getInt("DATA_TYPE"),
							rs.getString("TYPE_NAME"), "YES".equalsIgnoreCase(rs.getString("IS_AUTOINCREMENT"))));
				}
			}
			Set<String> parents = new LinkedHashSet<>();
			try (ResultSet rs = meta.getImportedKeys(null, schema, tableName(meta, name))) {
				while (rs.next()) {
					String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
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
		return meta.storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT) : name;
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
