package org.realign.pose;

import java.awt.image.BufferedImage;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;

/**
 * Jazzer over the photo decoder, the first code an uploaded file reaches: whatever the
 * bytes, the answer is an image within the pixel limit or an
 * {@link ImageRejectedException} with a one-line message. Any other exception, an error,
 * running out of memory (which the loader reports as a rejection naming memory) or a hang
 * is a finding.
 * <p>
 * {@code ./mvnw verify} runs the seeds and past findings under
 * {@code ImageLoaderFuzzTestInputs}, then fuzzes for {@code fuzz.duration} (15 s); see
 * the README for a longer run.
 */
class ImageLoaderFuzzTest {

	/** Small, so that each input decodes quickly and many inputs are tried. */
	private static final long MAX_PIXELS = 2_000_000L;

	private static final ImageLoader LOADER = new ImageLoader(MAX_PIXELS);

	@FuzzTest(maxDuration = "15s")
	@Timeout(20)
	void decode_anyBytes_givesAPhotoOrAOneLineRejection(byte[] bytes) {
		BufferedImage image;
		try {
			image = LOADER.decode("upload.jpg", bytes);
		}
		catch (ImageRejectedException ex) {
			String message = ex.getMessage();
			if (message == null || !message.startsWith("upload.jpg: ") || message.contains("\n")) {
				throw new AssertionError("not a one-line rejection naming the file: " + message, ex);
			}
			if (message.contains("not enough memory")) {
				throw new AssertionError("decoding within the pixel limit ran out of memory: " + message, ex);
			}
			return;
		}
		long pixels = (long) image.getWidth() * image.getHeight();
		if (pixels <= 0 || pixels > MAX_PIXELS) {
			throw new AssertionError(
					"decoded " + image.getWidth() + "x" + image.getHeight() + " pixels, the limit is " + MAX_PIXELS);
		}
	}

}
