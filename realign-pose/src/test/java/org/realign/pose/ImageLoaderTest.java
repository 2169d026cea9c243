package org.realign.pose;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImageLoaderTest {

	private final ImageLoader loader = new ImageLoader();

	@TempDir
	Path dir;

	@Test
	void load_zeroByteFile_saysEmpty() throws IOException {
		Path file = Files.createFile(this.dir.resolve("empty.jpg"));
		assertThatThrownBy(() -> this.loader.load(file)).isInstanceOf(ImageRejectedException.class)
			.hasMessage("empty.jpg: empty file (0 bytes)");
	}

	@Test
	void load_missingFile_saysNoSuchFile() {
		assertThatThrownBy(() -> this.loader.load(this.dir.resolve("nope.jpg")))
			.isInstanceOf(ImageRejectedException.class)
			.hasMessage("nope.jpg: no such file");
	}

	@Test
	void load_textNamedJpg_saysNotAnImage() throws IOException {
		Path file = Files.writeString(this.dir.resolve("notes.jpg"), "hello, not a photo\n");
		assertThatThrownBy(() -> this.loader.load(file)).isInstanceOf(ImageRejectedException.class)
			.hasMessage("notes.jpg: not a JPEG or PNG image");
	}

	@Test
	void load_truncatedJpeg_saysTruncated() throws IOException {
		byte[] jpeg = Files.readAllBytes(TestData.reference("pose.jpg"));
		Path file = Files.write(this.dir.resolve("cut.jpg"), Arrays.copyOf(jpeg, jpeg.length / 2));
		assertThatThrownBy(() -> this.loader.load(file)).isInstanceOf(ImageRejectedException.class)
			.hasMessageStartingWith("cut.jpg: truncated")
			.hasMessageNotContaining("\n");
	}

	@Test
	void load_truncatedPng_saysCorruptOrTruncated() throws IOException {
		byte[] png = TestImages.encode(TestImages.marked(), "png");
		Path file = Files.write(this.dir.resolve("cut.png"), Arrays.copyOf(png, png.length - 20));
		assertThatThrownBy(() -> this.loader.load(file)).isInstanceOf(ImageRejectedException.class)
			.hasMessageContaining("cut.png: corrupt or truncated PNG image")
			.hasMessageNotContaining("\n");
	}

	@Test
	void load_hugePngHeader_refusedBeforeDecoding() throws IOException {
		Path file = Files.write(this.dir.resolve("huge.png"), TestImages.pngHeaderOnly(30000, 30000));
		assertThat(Files.size(file)).isLessThan(100);
		assertThatThrownBy(() -> this.loader.load(file)).isInstanceOf(ImageRejectedException.class)
			.hasMessage("huge.png: image too large: 30000x30000 pixels (900.0 MP), the limit is 50.0 MP");
	}

	@Test
	void load_sixteenBitPngWithinThePixelLimit_refusedBeforeDecodingForItsMemory() throws IOException {
		// 7000x7000 is within 50 MP, but at 64 bits per pixel it decodes to 373 MB.
		Path file = Files.write(this.dir.resolve("deep.png"), TestImages.pngHeaderOnly(7000, 7000, 16, 6));
		assertThatThrownBy(() -> this.loader.load(file)).isInstanceOf(ImageRejectedException.class)
			.hasMessage("deep.png: image too large to decode: 7000x7000 pixels at 64 bits per pixel need 373 MB, "
					+ "the limit is 190 MB");
	}

	@Test
	void load_imageOverConfiguredLimit_refused() throws IOException {
		Path file = Files.write(this.dir.resolve("small.png"), TestImages.encode(TestImages.marked(), "png"));
		assertThatThrownBy(() -> new ImageLoader(799).load(file)).hasMessageContaining("image too large: 40x20");
		assertThat(new ImageLoader(800).load(file).getWidth()).isEqualTo(40);
	}

	@Test
	void load_png_decodes() throws IOException {
		Path file = Files.write(this.dir.resolve("ok.png"), TestImages.encode(TestImages.marked(), "png"));
		BufferedImage image = this.loader.load(file);
		assertThat(image.getWidth()).isEqualTo(40);
		assertThat(image.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0x00FF00);
	}

	@Test
	void load_jpegNamedPng_decodesByContent() throws IOException {
		Path file = Files.copy(TestData.reference("pose.jpg"), this.dir.resolve("pose.png"));
		BufferedImage image = this.loader.load(file);
		assertThat(image.getWidth()).isEqualTo(1000);
		assertThat(image.getHeight()).isEqualTo(667);
	}

	@Test
	void decode_garbageAfterJpegSignature_oneLineError() {
		byte[] bytes = new byte[2000];
		bytes[0] = (byte) 0xFF;
		bytes[1] = (byte) 0xD8;
		bytes[2] = (byte) 0xFF;
		Arrays.fill(bytes, 3, bytes.length, (byte) 0x42);
		assertThatThrownBy(() -> this.loader.decode("junk.jpg", bytes)).isInstanceOf(ImageRejectedException.class)
			.hasMessageStartingWith("junk.jpg: ")
			.hasMessageNotContaining("\n");
	}

	@Test
	void orient_eachExifOrientation_putsTopLeftMarkerWhereExpected() {
		BufferedImage stored = TestImages.marked();
		// Where the stored top-left pixel (0, 0) lands in the upright image.
		int[][] expected = { null, { 0, 0 }, { 39, 0 }, { 39, 19 }, { 0, 19 }, { 0, 0 }, { 19, 0 }, { 19, 39 },
				{ 0, 39 } };
		for (int orientation = 1; orientation <= 8; orientation++) {
			BufferedImage upright = ImageLoader.orient(stored, orientation);
			boolean swapped = orientation >= 5;
			assertThat(upright.getWidth()).as("width, orientation %d", orientation).isEqualTo(swapped ? 20 : 40);
			int[] at = expected[orientation];
			assertThat(upright.getRGB(at[0], at[1]) & 0xFFFFFF).as("marker, orientation %d", orientation)
				.isEqualTo(0x00FF00);
		}
	}

	/**
	 * Damaged photos: the loader answers with an image or a one-line refusal, nothing
	 * else.
	 */
	@Test
	void decode_corruptedVariantsOfRealPhotos_imageOrOneLineRefusal() throws IOException {
		byte[] jpeg = Files.readAllBytes(TestData.reference("pose.jpg"));
		byte[] png = TestImages.encode(TestImages.marked(), "png");
		java.util.Random random = new java.util.Random(42);
		for (int round = 0; round < 150; round++) {
			byte[] original = (round % 2 == 0) ? jpeg : png;
			byte[] damaged = Arrays.copyOf(original, 8 + random.nextInt(original.length - 8));
			for (int flips = random.nextInt(20); flips > 0; flips--) {
				int at = 2 + random.nextInt(damaged.length - 2);
				damaged[at] = (byte) random.nextInt(256);
			}
			try {
				BufferedImage image = this.loader.decode("damaged", damaged);
				assertThat(image.getWidth()).isPositive();
			}
			catch (ImageRejectedException ex) {
				assertThat(ex.getMessage()).as("round %d", round).startsWith("damaged: ").doesNotContain("\n");
			}
		}
	}

	@Test
	void load_jpegWithExifOrientation6_comesOutUpright() throws IOException {
		byte[] jpeg = TestImages.encode(TestImages.marked(), "jpeg");
		Path file = Files.write(this.dir.resolve("camera.jpg"), withExifOrientation(jpeg, 6));
		assertThat(ImageLoader.exifOrientation(Files.readAllBytes(file))).isEqualTo(6);
		BufferedImage image = this.loader.load(file);
		// Stored 40x20 with red left, blue right; turned 90 degrees clockwise: red on
		// top.
		assertThat(image.getWidth()).isEqualTo(20);
		assertThat(image.getHeight()).isEqualTo(40);
		assertThat(isReddish(image.getRGB(10, 5))).isTrue();
		assertThat(isReddish(image.getRGB(10, 35))).isFalse();
	}

	@Test
	void decodeForPose_largeJpeg_decodedAtReducedScaleButSizedAsThePhoto() {
		BufferedImage large = new BufferedImage(2000, 1500, BufferedImage.TYPE_INT_RGB);
		large.getGraphics().drawImage(TestImages.marked(), 0, 0, 2000, 1000, null);
		PosePhoto photo = this.loader.decodeForPose("large.jpg", TestImages.encode(large, "jpeg"));
		// Long side 2000: 1/2 keeps 1000 >= 640 pixels, 1/4 would leave 500.
		assertThat(photo.reduction()).isEqualTo(2);
		assertThat(photo.width()).isEqualTo(2000);
		assertThat(photo.height()).isEqualTo(1500);
		assertThat(photo.pixels().getWidth()).isEqualTo(1000);
		assertThat(photo.pixels().getHeight()).isEqualTo(750);
		assertThat(isReddish(photo.pixels().getRGB(200, 200))).isTrue();
		assertThat(isReddish(photo.pixels().getRGB(800, 200))).isFalse();
		PosePhoto sharper = photo.sharper(1);
		assertThat(sharper.reduction()).isEqualTo(1);
		assertThat(sharper.pixels().getWidth()).isEqualTo(2000);
	}

	@Test
	void decode_greyJpeg_decodedAsGreyRgb() {
		BufferedImage grey = new BufferedImage(64, 32, BufferedImage.TYPE_BYTE_GRAY);
		for (int x = 0; x < 64; x++) {
			for (int y = 0; y < 32; y++) {
				grey.getRaster().setSample(x, y, 0, x < 32 ? 40 : 200);
			}
		}
		BufferedImage decoded = this.loader.decode("grey.jpg", TestImages.encode(grey, "jpeg"));
		assertThat(decoded.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
		int dark = decoded.getRGB(8, 16);
		int light = decoded.getRGB(56, 16);
		assertThat(dark & 0xFF).isBetween(35, 45).isEqualTo((dark >> 8) & 0xFF).isEqualTo((dark >> 16) & 0xFF);
		assertThat(light & 0xFF).isBetween(195, 205);
	}

	@Test
	void poseReduction_keepsTheLongSideAtLeast640Pixels() {
		assertThat(ImageLoader.poseReduction(1000, 667)).isEqualTo(1);
		assertThat(ImageLoader.poseReduction(720, 1280)).isEqualTo(2);
		assertThat(ImageLoader.poseReduction(4032, 3024)).isEqualTo(4);
		assertThat(ImageLoader.poseReduction(12000, 9000)).isEqualTo(8);
	}

	@Test
	void decode_referenceJpeg_fastDecoderGivesImageIoPixels() throws IOException {
		byte[] bytes = Files.readAllBytes(TestData.reference("pose.jpg"));
		BufferedImage fast = this.loader.decode("pose.jpg", bytes);
		BufferedImage imageIo = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(bytes));
		assertThat(fast.getType()).as("decoded by libjpeg-turbo into packed ints")
			.isEqualTo(BufferedImage.TYPE_INT_RGB);
		int worst = 0;
		for (int y = 0; y < fast.getHeight(); y += 7) {
			for (int x = 0; x < fast.getWidth(); x += 7) {
				int a = fast.getRGB(x, y);
				int b = imageIo.getRGB(x, y);
				for (int shift = 0; shift <= 16; shift += 8) {
					worst = Math.max(worst, Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)));
				}
			}
		}
		assertThat(worst).as("largest difference of a colour channel").isLessThanOrEqualTo(2);
	}

	@Test
	void decodeForPose_jpegWithExifOrientation6_uprightAndSizedUpright() {
		BufferedImage large = new BufferedImage(1600, 800, BufferedImage.TYPE_INT_RGB);
		large.getGraphics().drawImage(TestImages.marked(), 0, 0, 1600, 800, null);
		PosePhoto photo = this.loader.decodeForPose("camera.jpg",
				withExifOrientation(TestImages.encode(large, "jpeg"), 6));
		assertThat(photo.width()).isEqualTo(800);
		assertThat(photo.height()).isEqualTo(1600);
		assertThat(photo.reduction()).isEqualTo(2);
		assertThat(photo.pixels().getWidth()).isEqualTo(400);
		assertThat(isReddish(photo.pixels().getRGB(200, 100))).isTrue();
		assertThat(isReddish(photo.pixels().getRGB(200, 700))).isFalse();
	}

	private static boolean isReddish(int rgb) {
		return ((rgb >> 16) & 0xFF) > 150 && (rgb & 0xFF) < 100;
	}

	/** Inserts a minimal EXIF segment (big-endian TIFF, one IFD0 entry) after the SOI. */
	private static byte[] withExifOrientation(byte[] jpeg, int orientation) {
		byte[] tiff = { 'M', 'M', 0, 42, 0, 0, 0, 8, // header, IFD0 at 8
				0, 1, // one entry
				0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, // orientation,
																			// SHORT
				0, 0, 0, 0 }; // no next IFD
		byte[] exif = new byte[6 + tiff.length];
		System.arraycopy("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), 0, exif, 0, 6);
		System.arraycopy(tiff, 0, exif, 6, tiff.length);
		int length = exif.length + 2;
		byte[] out = new byte[jpeg.length + 4 + exif.length];
		out[0] = (byte) 0xFF;
		out[1] = (byte) 0xD8;
		out[2] = (byte) 0xFF;
		out[3] = (byte) 0xE1;
		out[4] = (byte) (length >> 8);
		out[5] = (byte) length;
		System.arraycopy(exif, 0, out, 6, exif.length);
		System.arraycopy(jpeg, 2, out, 6 + exif.length, jpeg.length - 2);
		return out;
	}

	@Test
	void exifOrientation_withoutExif_isOne() {
		assertThat(ImageLoader.exifOrientation("plain".getBytes(StandardCharsets.US_ASCII))).isEqualTo(1);
	}

}
