package org.realign.pose;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelStoreTest {

	@TempDir
	Path dir;

	private ModelStore store() {
		return new ModelStore(this.dir.resolve("models"), new PrintStream(new ByteArrayOutputStream()));
	}

	@Test
	void integrity_knownBytes_matchesSha512Sri() throws IOException {
		Path file = Files.writeString(this.dir.resolve("abc"), "abc");
		assertThat(Integrity.of(file)).isEqualTo(
				"sha512-3a81oZNherrMQXNJriBBMRLm+k6JqX6iCp7u5ktV05ohkpkqJ0/BqDa6PCOj/uu9RU1EI2Q86A4qmslPpUyknw==");
	}

	@Test
	void importArchive_otherTarball_refusedAndNothingInstalled() throws IOException {
		Path tgz = this.dir.resolve("fake.tgz");
		try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(tgz))) {
			out.write("not the package".getBytes(StandardCharsets.US_ASCII));
		}
		ModelStore store = store();
		assertThatThrownBy(() -> store.importArchive(tgz)).isInstanceOf(PoseModelException.class)
			.hasMessageContaining("is not " + ModelStore.PACKAGE)
			.hasMessageContaining("expected " + ModelStore.INTEGRITY);
		assertThat(store.isAvailable()).isFalse();
	}

	@Test
	void importArchive_missingFile_saysSo() {
		assertThatThrownBy(() -> store().importArchive(this.dir.resolve("none.tgz")))
			.hasMessageContaining("no such file");
	}

	@Test
	void files_emptyCache_explainsWhyAutomaticPlacementIsOff() {
		assertThatThrownBy(() -> store().files(PoseModel.FULL)).isInstanceOf(PoseModelException.class)
			.hasMessageStartingWith("automatic landmark placement is off")
			.hasMessageContaining("models import");
	}

	@Test
	void ensureAvailable_noNetwork_explainsWhyAutomaticPlacementIsOffAndLeavesNothing() throws IOException {
		ModelStore store = new ModelStore(this.dir.resolve("models"), new PrintStream(new ByteArrayOutputStream()),
				java.net.URI.create("http://127.0.0.1:1/pose.tgz"));
		assertThatThrownBy(() -> store.ensureAvailable(PoseModel.FULL)).isInstanceOf(PoseModelException.class)
			.hasMessageStartingWith("automatic landmark placement is off: could not fetch the pose models")
			.hasMessageContaining("models import")
			.hasMessageNotContaining("\n");
		try (var left = Files.list(this.dir.resolve("models"))) {
			assertThat(left).isEmpty();
		}
	}

	@Test
	void defaultDirectory_envThenPropertyThenHome() {
		assertThat(ModelStore.defaultDirectory("/env", "/prop", "/home/u")).isEqualTo(Path.of("/env"));
		assertThat(ModelStore.defaultDirectory(null, "/prop", "/home/u")).isEqualTo(Path.of("/prop"));
		assertThat(ModelStore.defaultDirectory("", null, "/home/u"))
			.isEqualTo(Path.of("/home/u/.cache/realign/models"));
	}

}
