package org.realign.pose;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Fetches, verifies and caches the BlazePose models.
 * <p>
 * The models ship in the npm package {@value #PACKAGE}: the landmark models as files, the
 * detector as the first {@value #DETECTOR_BYTES} bytes of
 * {@code pose_solution_packed_assets.data}, as declared by
 * {@code pose_solution_packed_assets_loader.js} (checked on extraction). The tarball must
 * match the package's published sha512 integrity; only then are the models extracted into
 * the cache directory, in one atomic step. Once cached, nothing is fetched again.
 * <p>
 * Cache directory: the {@code REALIGN_MODEL_DIR} environment variable, else the
 * {@code realign.model.dir} system property, else {@code ~/.cache/realign/models}.
 */
public final class ModelStore {

	/** The npm package that ships the models. */
	public static final String PACKAGE = "@mediapipe/pose@0.5.1675469404";

	/** Where npm serves that package's tarball. */
	public static final URI TARBALL = URI
		.create("https://registry.npmjs.org/@mediapipe/pose/-/pose-0.5.1675469404.tgz");

	/** The package's published integrity (npm's {@code dist.integrity}). */
	public static final String INTEGRITY = "sha512-DFZsNWTsSphRIZppnUCuunzBiHP2FdJXR9ehc7mMi4KG+oPaOH0Em3d6kr7Py+TSyTXC1doH88KcF28k2sBxsQ==";

	static final int DETECTOR_BYTES = 2962288;

	static final String DETECTOR_FILE = "pose_detection.tflite";

	private static final String PACKED_ASSETS = "package/pose_solution_packed_assets.data";

	private static final String PACKED_ASSETS_LOADER = "package/pose_solution_packed_assets_loader.js";

	private static final String VERSION_DIR = "mediapipe-pose-0.5.1675469404";

	private static final Pattern DETECTOR_ENTRY = Pattern
		.compile("\"filename\":\\s*\"[^\"]*/pose_detection\\.tflite\",\\s*\"start\":\\s*(\\d+),\\s*\"end\":\\s*(\\d+)");

	private final Path directory;

	private final PrintStream progress;

	private final URI tarball;

	/**
	 * @param directory the cache directory
	 * @param progress where download progress goes (stderr for the command line)
	 */
	public ModelStore(Path directory, PrintStream progress) {
		this(directory, progress, TARBALL);
	}

	/** A store fetching from another address: tests use one that cannot be reached. */
	ModelStore(Path directory, PrintStream progress, URI tarball) {
		this.directory = directory;
		this.progress = progress;
		this.tarball = tarball;
	}

	/** A store in the configured cache directory, reporting progress on stderr. */
	public static ModelStore fromEnvironment() {
		return new ModelStore(defaultDirectory(System.getenv("REALIGN_MODEL_DIR"),
				System.getProperty("realign.model.dir"), System.getProperty("user.home")), System.err);
	}

	static Path defaultDirectory(String env, String property, String home) {
		if (env != null && !env.isBlank()) {
			return Path.of(env);
		}
		if (property != null && !property.isBlank()) {
			return Path.of(property);
		}
		return Path.of(home, ".cache", "realign", "models");
	}

	/** The cache directory. */
	public Path directory() {
		return this.directory;
	}

	/** Whether the models are in the cache, so that nothing needs fetching. */
	public boolean isAvailable() {
		Path dir = modelDir();
		if (!Files.isRegularFile(dir.resolve(DETECTOR_FILE))) {
			return false;
		}
		for (PoseModel model : PoseModel.values()) {
			if (!Files.isRegularFile(dir.resolve(model.fileName()))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The model files, from the cache.
	 * @throws PoseModelException when they are not cached, saying why automatic placement
	 * is off
	 */
	public ModelFiles files(PoseModel model) {
		if (!isAvailable()) {
			throw new PoseModelException("automatic landmark placement is off: the pose models are not in "
					+ this.directory + " (run './realign models import FILE.tgz' with " + PACKAGE
					+ " from the npm registry, or allow the download)");
		}
		return new ModelFiles(modelDir().resolve(DETECTOR_FILE), modelDir().resolve(model.fileName()), model);
	}

	/**
	 * The model files, fetching the package first when they are not cached.
	 * @throws PoseModelException when the download or its integrity check fails
	 */
	public ModelFiles ensureAvailable(PoseModel model) {
		if (!isAvailable()) {
			download();
		}
		return files(model);
	}

	/**
	 * Imports the models from a copy of the package tarball, for machines without
	 * network.
	 * @throws PoseModelException when the file is not that exact tarball
	 */
	public void importArchive(Path tarball) {
		if (!Files.isRegularFile(tarball)) {
			throw new PoseModelException("no such file: " + tarball);
		}
		try {
			String actual = Integrity.of(tarball);
			if (!Integrity.matches(INTEGRITY, actual)) {
				throw new PoseModelException(tarball + " is not " + PACKAGE + ": its sha512 integrity is " + actual
						+ ", expected " + INTEGRITY);
			}
			extract(tarball);
		}
		catch (IOException ex) {
			throw new PoseModelException("could not import " + tarball + ": " + ex.getMessage(), ex);
		}
	}

	private void download() {
		Path tmp = null;
		try {
			Files.createDirectories(this.directory);
			tmp = Files.createTempFile(this.directory, "download-", ".tgz");
			this.progress.println(
					"realign: fetching the pose models (" + PACKAGE + ", about 41 MB) into " + this.directory + " ...");
			HttpClient client = HttpClient.newBuilder()
				.followRedirects(HttpClient.Redirect.NORMAL)
				.connectTimeout(Duration.ofSeconds(30))
				.build();
			HttpRequest request = HttpRequest.newBuilder(this.tarball).timeout(Duration.ofMinutes(10)).GET().build();
			HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
			if (response.statusCode() != 200) {
				response.body().close();
				throw new PoseModelException("could not fetch the pose models: HTTP " + response.statusCode() + " from "
						+ this.tarball + "; on a machine without network use './realign models import FILE.tgz'");
			}
			long total = response.headers().firstValueAsLong("content-length").orElse(-1);
			MessageDigest digest = Integrity.sha512();
			try (InputStream in = response.body(); OutputStream out = Files.newOutputStream(tmp)) {
				byte[] buffer = new byte[1 << 16];
				long done = 0;
				int lastReported = -1;
				int n;
				while ((n = in.read(buffer)) > 0) {
					out.write(buffer, 0, n);
					digest.update(buffer, 0, n);
					done += n;
					if (total > 0) {
						int percent = (int) (100 * done / total);
						if (percent / 10 != lastReported / 10) {
							this.progress.println("realign: " + percent + "% of " + (total / 1_000_000) + " MB");
							lastReported = percent;
						}
					}
				}
			}
			String actual = Integrity.of(digest);
			if (!Integrity.matches(INTEGRITY, actual)) {
				throw new PoseModelException("the downloaded " + PACKAGE + " fails its integrity check (got " + actual
						+ "); nothing was installed");
			}
			extract(tmp);
			this.progress.println("realign: pose models ready in " + modelDir());
		}
		catch (IOException ex) {
			throw new PoseModelException("automatic landmark placement is off: could not fetch the pose models from "
					+ this.tarball + " (" + oneLine(ex) + "); use './realign models import FILE.tgz'", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new PoseModelException("interrupted while fetching the pose models", ex);
		}
		finally {
			deleteQuietly(tmp);
		}
	}

	/** Extracts a verified tarball: into a staging directory first, then one rename. */
	private void extract(Path tarball) throws IOException {
		Files.createDirectories(this.directory);
		Path staging = Files.createTempDirectory(this.directory, "extract-");
		try {
			Map<String, byte[]> wanted = new HashMap<>();
			try (InputStream file = Files.newInputStream(tarball);
					TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(file))) {
				TarArchiveEntry entry;
				while ((entry = tar.getNextEntry()) != null) {
					String name = entry.getName();
					if (isWanted(name)) {
						wanted.put(name, tar.readAllBytes());
					}
				}
			}
			for (PoseModel model : PoseModel.values()) {
				byte[] bytes = require(wanted, "package/" + model.fileName());
				Files.write(staging.resolve(model.fileName()), bytes);
			}
			String loader = new String(require(wanted, PACKED_ASSETS_LOADER), StandardCharsets.UTF_8);
			Matcher matcher = DETECTOR_ENTRY.matcher(loader);
			if (!matcher.find() || Long.parseLong(matcher.group(1)) != 0
					|| Long.parseLong(matcher.group(2)) != DETECTOR_BYTES) {
				throw new PoseModelException(
						"the package's asset loader does not place pose_detection.tflite at bytes 0.."
								+ DETECTOR_BYTES);
			}
			byte[] packed = require(wanted, PACKED_ASSETS);
			if (packed.length < DETECTOR_BYTES) {
				throw new PoseModelException("the package's packed assets are too short for the detector");
			}
			try (OutputStream out = Files.newOutputStream(staging.resolve(DETECTOR_FILE))) {
				out.write(packed, 0, DETECTOR_BYTES);
			}
			Path target = modelDir();
			if (Files.exists(target)) {
				deleteRecursively(target);
			}
			try {
				Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(staging, target);
			}
		}
		finally {
			if (Files.exists(staging)) {
				deleteRecursively(staging);
			}
		}
	}

	private static String oneLine(Exception ex) {
		String message = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
		return message.lines().findFirst().orElse("").strip();
	}

	private static boolean isWanted(String name) {
		if (name.equals(PACKED_ASSETS) || name.equals(PACKED_ASSETS_LOADER)) {
			return true;
		}
		for (PoseModel model : PoseModel.values()) {
			if (name.equals("package/" + model.fileName())) {
				return true;
			}
		}
		return false;
	}

	private static byte[] require(Map<String, byte[]> entries, String name) {
		byte[] bytes = entries.get(name);
		if (bytes == null) {
			throw new PoseModelException("the package lacks " + name);
		}
		return bytes;
	}

	private Path modelDir() {
		return this.directory.resolve(VERSION_DIR);
	}

	private static void deleteQuietly(Path path) {
		if (path != null) {
			try {
				Files.deleteIfExists(path);
			}
			catch (IOException ex) {
				// A leftover temporary file does no harm.
			}
		}
	}

	private static void deleteRecursively(Path dir) throws IOException {
		try (Stream<Path> paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> {
				try {
					Files.delete(path);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
	}

}
