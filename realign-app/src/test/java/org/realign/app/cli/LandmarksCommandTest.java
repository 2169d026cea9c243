package org.realign.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.realign.app.testsupport.CommandRun;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad photos get a one-line error and exit code 2, before any model is needed.
 */
class LandmarksCommandTest {

	@TempDir
	Path dir;

	@Test
	void landmarks_zeroByteFile_oneLineErrorExit2() throws IOException {
		Path file = Files.createFile(this.dir.resolve("empty.jpg"));
		assertBadInput(CommandRun.of("landmarks", file.toString()), "realign: empty.jpg: empty file (0 bytes)");
	}

	@Test
	void landmarks_textFileNamedJpg_oneLineErrorExit2() throws IOException {
		Path file = Files.writeString(this.dir.resolve("notes.jpg"), "not a photo at all\n");
		assertBadInput(CommandRun.of("landmarks", file.toString()), "realign: notes.jpg: not a JPEG or PNG image");
	}

	@Test
	void landmarks_truncatedJpeg_oneLineErrorExit2() throws IOException {
		byte[] jpeg = Files.readAllBytes(CommandRun.reference("pose.jpg"));
		Path file = Files.write(this.dir.resolve("cut.jpg"), Arrays.copyOf(jpeg, jpeg.length * 2 / 3));
		CommandRun run = CommandRun.of("landmarks", file.toString());
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).startsWith("realign: cut.jpg: truncated").hasLineCount(1);
	}

	@Test
	void landmarks_30000x30000Png_oneLineErrorExit2() throws IOException {
		Path file = Files.write(this.dir.resolve("huge.png"), pngHeader(30000, 30000));
		assertThat(Files.size(file)).isLessThan(100);
		assertBadInput(CommandRun.of("landmarks", file.toString()),
				"realign: huge.png: image too large: 30000x30000 pixels (900.0 MP), the limit is 50.0 MP");
	}

	@Test
	void landmarks_unknownView_exit2() throws IOException {
		Path file = Files.createFile(this.dir.resolve("x.jpg"));
		CommandRun run = CommandRun.of("landmarks", "--view", "sideways", file.toString());
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("unknown view 'sideways'").hasLineCount(1);
	}

	@Test
	void landmarks_unknownModel_exit2() throws IOException {
		Path file = Files.createFile(this.dir.resolve("x.jpg"));
		CommandRun run = CommandRun.of("landmarks", "--model", "huge", file.toString());
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("unknown model 'huge'").hasLineCount(1);
	}

	@Test
	void modelsImport_wrongTarball_oneLineErrorExit2() throws IOException {
		Path tgz = this.dir.resolve("other.tgz");
		try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(tgz))) {
			out.write("something else".getBytes(StandardCharsets.US_ASCII));
		}
		CommandRun run = CommandRun.of("models", "import", tgz.toString());
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("is not @mediapipe/pose@0.5.1675469404").hasLineCount(1);
	}

	/**
	 * Exit 2, the one-line error, and the batch's one entry for the photo naming the same
	 * reason (a batch lists every input, those without landmarks too).
	 */
	private static void assertBadInput(CommandRun run, String message) {
		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err().strip()).isEqualTo(message);
		String fileAndReason = message.substring("realign: ".length());
		int colon = fileAndReason.indexOf(": ");
		assertThat(run.out().strip()).isEqualTo(
				fileAndReason.substring(0, colon) + ": no landmarks (" + fileAndReason.substring(colon + 2) + ")");
	}

	/** A PNG signature and header only: tiny on disk, 900 MP once decoded. */
	private static byte[] pngHeader(int width, int height) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		DataOutputStream out = new DataOutputStream(bytes);
		out.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
		ByteArrayOutputStream chunk = new ByteArrayOutputStream();
		DataOutputStream data = new DataOutputStream(chunk);
		data.write("IHDR".getBytes(StandardCharsets.US_ASCII));
		data.writeInt(width);
		data.writeInt(height);
		data.write(new byte[] { 8, 2, 0, 0, 0 });
		out.writeInt(13);
		out.write(chunk.toByteArray());
		CRC32 crc = new CRC32();
		crc.update(chunk.toByteArray());
		out.writeInt((int) crc.getValue());
		return bytes.toByteArray();
	}

}
