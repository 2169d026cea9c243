package org.realign.pose;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

/** Image fixtures made in the test, so that none is checked in. */
final class TestImages {

	private TestImages() {
	}

	/**
	 * A PNG that is only a signature and a header claiming the given size: a few dozen
	 * bytes on disk, gigabytes once decoded.
	 */
	static byte[] pngHeaderOnly(int width, int height) {
		return pngHeaderOnly(width, height, 8, 2);
	}

	/** As above, with the bit depth and PNG colour type given (6: RGBA). */
	static byte[] pngHeaderOnly(int width, int height, int bitDepth, int colourType) {
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			DataOutputStream out = new DataOutputStream(bytes);
			out.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
			ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
			DataOutputStream data = new DataOutputStream(ihdr);
			data.write("IHDR".getBytes(StandardCharsets.US_ASCII));
			data.writeInt(width);
			data.writeInt(height);
			data.write(new byte[] { (byte) bitDepth, (byte) colourType, 0, 0, 0 });
			out.writeInt(13);
			out.write(ihdr.toByteArray());
			CRC32 crc = new CRC32();
			crc.update(ihdr.toByteArray());
			out.writeInt((int) crc.getValue());
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] encode(BufferedImage image, String format) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			if (!ImageIO.write(image, format, out)) {
				throw new IllegalStateException("no writer for " + format);
			}
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A 40x20 image, left half red, right half blue, with a green top-left pixel. */
	static BufferedImage marked() {
		BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < 20; y++) {
			for (int x = 0; x < 40; x++) {
				image.setRGB(x, y, x < 20 ? 0xFF0000 : 0x0000FF);
			}
		}
		image.setRGB(0, 0, 0x00FF00);
		return image;
	}

}
