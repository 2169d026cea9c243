package org.realign.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No class of the app grows past {@value #MAX_LINES} lines: a class that long holds more
 * than one job (a controller with its queries and its layout, a store with its use case),
 * and the next person to change it has to read all of them.
 */
class SourceSizeTest {

	static final int MAX_LINES = 400;

	@Test
	void everySourceFile_isAtMost400Lines() throws IOException {
		Path sources = Path.of("src/main/java");
		assertThat(sources).isDirectory();
		try (Stream<Path> files = Files.walk(sources)) {
			List<String> tooLong = files.filter((file) -> file.toString().endsWith(".java"))
				.filter((file) -> lines(file) > MAX_LINES)
				.map((file) -> sources.relativize(file) + " (" + lines(file) + " lines)")
				.toList();
			assertThat(tooLong).as("classes over " + MAX_LINES + " lines").isEmpty();
		}
	}

	private static long lines(Path file) {
		try {
			return Files.readAllLines(file).size();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
