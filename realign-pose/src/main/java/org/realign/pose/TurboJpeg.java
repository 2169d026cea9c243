package org.realign.pose;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

import org.bytedeco.leptonica.PIX;

import static org.bytedeco.leptonica.global.leptonica.L_SEVERITY_NONE;
import static org.bytedeco.leptonica.global.leptonica.pixConvertTo32;
import static org.bytedeco.leptonica.global.leptonica.pixDestroy;
import static org.bytedeco.leptonica.global.leptonica.pixGetData;
import static org.bytedeco.leptonica.global.leptonica.pixGetDepth;
import static org.bytedeco.leptonica.global.leptonica.pixGetHeight;
import static org.bytedeco.leptonica.global.leptonica.pixGetWidth;
import static org.bytedeco.leptonica.global.leptonica.pixGetWpl;
import static org.bytedeco.leptonica.global.leptonica.pixReadMemJpeg;
import static org.bytedeco.leptonica.global.leptonica.readHeaderMemJpeg;
import static org.bytedeco.leptonica.global.leptonica.setMsgSeverity;

/**
 * JPEG decoding with libjpeg-turbo (SIMD), as statically linked into Leptonica's JavaCPP
 * preset ({@code org.bytedeco:leptonica}).
 * <p>
 * Two things make it the fast path of {@link ImageLoader}: libjpeg-turbo decodes a
 * progressive 1000x667 photo in about 4 ms where ImageIO's bundled libjpeg 6b takes 30,
 * and it can decode at 1/2, 1/4 or 1/8 of the size in the DCT domain (libjpeg's
 * {@code scale_denom}), which skips most of the inverse DCT and colour conversion: the
 * pose models see 224 and 256 pixel crops, so a 12-megapixel photo need not be decoded
 * whole to place landmarks on it.
 * <p>
 * Anything unusual (a warning about bad data, a bit depth other than 8 or 32, a failure)
 * returns null, and the caller falls back to ImageIO, which either decodes the file or
 * rejects it with its reason. Leptonica's own messages are switched off: they would go to
 * the process's standard error.
 */
final class TurboJpeg {

	/** The JPEG header: size in pixels and number of components. */
	record Header(int width, int height, int components) {
	}

	private static final boolean AVAILABLE = load();

	private TurboJpeg() {
	}

	private static boolean load() {
		try {
			setMsgSeverity(L_SEVERITY_NONE);
			return true;
		}
		catch (LinkageError | RuntimeException ex) {
			// No native build for this platform: ImageIO decodes everything.
			return false;
		}
	}

	static boolean available() {
		return AVAILABLE;
	}

	/** The header, or null when libjpeg-turbo cannot read it. */
	static Header header(byte[] bytes) {
		if (!AVAILABLE || !wellFormedSegments(bytes)) {
			return null;
		}
		int[] width = new int[1];
		int[] height = new int[1];
		int[] components = new int[1];
		int[] ycck = new int[1];
		int[] cmyk = new int[1];
		if (readHeaderMemJpeg(bytes, bytes.length, width, height, components, ycck, cmyk) != 0 || width[0] <= 0
				|| height[0] <= 0 || cmyk[0] != 0 || ycck[0] != 0) {
			// CMYK and YCCK photos (print workflows) go to TwelveMonkeys, which knows
			// their colour conversions.
			return null;
		}
		return new Header(width[0], height[0], components[0]);
	}

	/**
	 * Whether the segments from the start of the file to the first scan are well formed
	 * (markers where they belong, lengths within the file, a frame header before the
	 * scan). libjpeg prints its complaints about a damaged header to the process's
	 * standard error, which the command line would show; such files go to ImageIO, which
	 * reports them in one line.
	 */
	static boolean wellFormedSegments(byte[] bytes) {
		int i = 2;
		boolean frame = false;
		while (i + 4 <= bytes.length) {
			if ((bytes[i] & 0xFF) != 0xFF) {
				return false;
			}
			int marker = bytes[i + 1] & 0xFF;
			if (marker == 0xFF) {
				i++;
				continue;
			}
			if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7) || marker == 0xD9) {
				return false;
			}
			int length = ((bytes[i + 2] & 0xFF) << 8) | (bytes[i + 3] & 0xFF);
			if (length < 2 || i + 2L + length > bytes.length) {
				return false;
			}
			if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
				frame = true;
			}
			if (marker == 0xDA) {
				return frame;
			}
			i += 2 + length;
		}
		return false;
	}

	/**
	 * @param reduction 1, 2, 4 or 8: the image is decoded at 1/reduction of its size
	 * (rounded up)
	 * @return the image as 0xRRGGBB ints, or null when anything was wrong with the data
	 */
	static BufferedImage decode(byte[] bytes, int reduction) {
		if (!AVAILABLE) {
			return null;
		}
		int[] warnings = new int[1];
		PIX pix = pixReadMemJpeg(bytes, bytes.length, 0, reduction, warnings, 0);
		if (pix == null || pix.isNull()) {
			return null;
		}
		try {
			if (warnings[0] != 0) {
				return null;
			}
			if (pixGetDepth(pix) != 32) {
				PIX rgb = pixConvertTo32(pix);
				pixDestroy(pix);
				pix = rgb;
				if (pix == null || pix.isNull() || pixGetDepth(pix) != 32) {
					return null;
				}
			}
			int width = pixGetWidth(pix);
			int height = pixGetHeight(pix);
			if (pixGetWpl(pix) != width) {
				return null;
			}
			BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
			int[] target = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
			pixGetData(pix).capacity((long) width * height).get(target);
			// Leptonica keeps a pixel as 0xRRGGBBAA in a native-order word.
			for (int i = 0; i < target.length; i++) {
				target[i] >>>= 8;
			}
			return image;
		}
		finally {
			if (pix != null && !pix.isNull()) {
				pixDestroy(pix);
			}
		}
	}

}
