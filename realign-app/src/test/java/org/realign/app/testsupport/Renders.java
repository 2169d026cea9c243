package org.realign.app.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The renders of standing people from four views in the repository's
 * {@code testdata/renders} (computer graphics, not photographs: see its SOURCE.txt).
 */
public final class Renders {

	private Renders() {
	}

	/**
	 * A render by file name, e.g. {@code male02_left.jpg}, found by walking up from here.
	 */
	public static Path of(String name) {
		return dir().resolve(name);
	}

	/** {@code testdata/renders} of the repository, found by walking up from here. */
	public static Path dir() {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null) {
			Path candidate = dir.resolve("testdata/renders");
			if (Files.isDirectory(candidate)) {
				return candidate;
			}
			dir = dir.getParent();
		}
		throw new IllegalStateException("testdata/renders not found above " + Path.of("").toAbsolutePath());
	}

}
