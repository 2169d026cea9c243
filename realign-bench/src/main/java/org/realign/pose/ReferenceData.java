package org.realign.pose;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the benchmarks find Google's reference photos
 * ({@code shared/testdata/mediapipe-pose-ref}): {@code -Drealign.testdata=DIR}, or the
 * first such folder in or beside the working directory or one of its parents (the
 * repository sits next to {@code shared/}).
 */
public final class ReferenceData {

	private ReferenceData() {
	}

	public static Path directory() {
		String configured = System.getProperty("realign.testdata");
		if (configured != null) {
			return Path.of(configured);
		}
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null) {
			for (Path candidate : new Path[] { dir.resolve("shared/testdata/mediapipe-pose-ref"),
					dir.resolveSibling("shared/testdata/mediapipe-pose-ref") }) {
				if (Files.isDirectory(candidate)) {
					return candidate;
				}
			}
			dir = dir.getParent();
		}
		throw new IllegalStateException("shared/testdata/mediapipe-pose-ref not found; pass -Drealign.testdata=DIR");
	}

}
