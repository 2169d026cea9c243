package org.realign.pose;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;

/**
 * Decodes photos for the pose estimator: JPEG and PNG, upright, within a pixel limit.
 * <p>
 * The format is told from the file's first bytes, not its name. The image size is read
 * from the header and checked against the limit before any pixel is decoded, so a small
 * file that claims 30000x30000 pixels never fills the memory. A truncated JPEG, which
 * ImageIO would decode with a grey bottom and only a warning, is refused. The EXIF
 * orientation of camera photos is applied, so that the person stands upright as on
 * screen. Whatever the input, the result is an image or an {@link ImageRejectedException}
 * with a one-line message.
 * <p>
 * JPEGs are decoded by libjpeg-turbo ({@link TurboJpeg}), several times faster than
 * ImageIO; a JPEG it does not decode cleanly (CMYK, bad data) goes to ImageIO with
 * TwelveMonkeys' reader, which decodes it or says why not. Embedded ICC profiles are not
 * applied on the fast path (the pose models do not need colour management).
 */
public final class ImageLoader {

	/** The default pixel limit: 50 megapixels. */
	public static final long DEFAULT_MAX_PIXELS = 50_000_000L;

	/**
	 * Memory a decoded pixel may take: 4 bytes (8-bit RGBA). With the pixel limit this
	 * bounds the decoded image, whatever the bit depth the header claims.
	 */
	static final long MAX_BYTES_PER_PIXEL = 4;

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	static {
		// Plugins on the class path (TwelveMonkeys' JPEG reader) also in fat jars.
		ImageIO.scanForPlugins();
		ImageIO.setUseCache(false);
	}

	private final long maxPixels;

	public ImageLoader() {
		this(DEFAULT_MAX_PIXELS);
	}

	/**
	 * @param maxPixels the largest width x height accepted
	 */
	public ImageLoader(long maxPixels) {
		if (maxPixels < 1) {
			throw new IllegalArgumentException("maxPixels must be positive");
		}
		this.maxPixels = maxPixels;
	}

	public long maxPixels() {
		return this.maxPixels;
	}

	/**
	 * @param file a JPEG or PNG photo
	 * @return the photo, upright
	 * @throws ImageRejectedException when the file cannot be used, with the reason
	 */
	public BufferedImage load(Path file) {
		String name = String.valueOf(file.getFileName());
		return decode(name, read(file, name));
	}

	private static byte[] read(Path file, String name) {
		try {
			if (!Files.isRegularFile(file)) {
				throw new ImageRejectedException(name + ": no such file");
			}
			if (Files.size(file) == 0) {
				throw new ImageRejectedException(name + ": empty file (0 bytes)");
			}
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new ImageRejectedException(name + ": cannot read the file (" + ex.getMessage() + ")", ex);
		}
	}

	/**
	 * @param name the name used in messages
	 * @param bytes the file's content
	 * @return the photo, upright
	 * @throws ImageRejectedException when the bytes are not a usable photo
	 */
	public BufferedImage decode(String name, byte[] bytes) {
		return decode(name, bytes, false).pixels();
	}

	/**
	 * Reads and decodes a photo for the pose model: a large JPEG is decoded at a reduced
	 * scale (see {@link PosePhoto}), which is several times faster than decoding it
	 * whole.
	 * @param file a JPEG or PNG photo
	 * @return the photo, upright
	 * @throws ImageRejectedException when the file cannot be used, with the reason
	 */
	public PosePhoto loadForPose(Path file) {
		String name = String.valueOf(file.getFileName());
		return decode(name, read(file, name), true);
	}

	/**
	 * As {@link #loadForPose(Path)}, for bytes already read (an upload).
	 * @param name the name used in messages
	 * @param bytes the file's content
	 * @return the photo, upright
	 * @throws ImageRejectedException when the bytes are not a usable photo
	 */
	public PosePhoto decodeForPose(String name, byte[] bytes) {
		return decode(name, bytes, true);
	}

	/**
	 * The reduction at which a photo of this size is decoded for the pose model: the
	 * largest of 1, 2, 4 and 8 that keeps the long side at least {@value #POSE_LONG_SIDE}
	 * pixels, enough for the detector's 224-pixel view and, for a person who takes up
	 * most of the photo's height, for the landmark model's 256.
	 */
	static int poseReduction(long width, long height) {
		long longSide = Math.max(width, height);
		int reduction = 1;
		while (reduction < 8 && longSide / (reduction * 2L) >= POSE_LONG_SIDE) {
			reduction *= 2;
		}
		return reduction;
	}

	/**
	 * The long side, in pixels, below which a photo is decoded whole for the pose model.
	 */
	static final int POSE_LONG_SIDE = 640;

	private PosePhoto decode(String name, byte[] bytes, boolean reduce) {
		if (bytes.length == 0) {
			throw new ImageRejectedException(name + ": empty file (0 bytes)");
		}
		String format = sniff(bytes);
		if (format == null) {
			throw new ImageRejectedException.NotAnImage(name + ": not a JPEG or PNG image");
		}
		try {
			if (format.equals("jpeg")) {
				PosePhoto fast = decodeWithTurbo(name, bytes, reduce);
				if (fast != null) {
					return fast;
				}
			}
			BufferedImage image = read(name, format, bytes);
			int orientation = format.equals("jpeg") ? exifOrientation(bytes) : 1;
			BufferedImage upright = orient(image, orientation);
			return new PosePhoto(name, upright.getWidth(), upright.getHeight(), upright, 1, null);
		}
		catch (ImageRejectedException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw new ImageRejectedException(
					name + ": corrupt or truncated " + label(format) + " image (" + oneLine(ex) + ")", ex);
		}
		catch (OutOfMemoryError ex) {
			throw new ImageRejectedException(name + ": not enough memory to decode the image; lower its resolution",
					ex);
		}
	}

	/**
	 * libjpeg-turbo for a complete baseline or progressive RGB or grey JPEG; null for
	 * anything it does not decode cleanly, which ImageIO then decodes or rejects with its
	 * reason.
	 */
	private PosePhoto decodeWithTurbo(String name, byte[] bytes, boolean reduce) {
		TurboJpeg.Header header = TurboJpeg.header(bytes);
		if (header == null || !hasEndOfImage(bytes)) {
			return null;
		}
		checkSize(name, header.width(), header.height(), 8L * Math.max(3, header.components()));
		int reduction = reduce ? poseReduction(header.width(), header.height()) : 1;
		BufferedImage image = TurboJpeg.decode(bytes, reduction);
		if (image == null) {
			return null;
		}
		int orientation = exifOrientation(bytes);
		boolean swap = orientation >= 5;
		return new PosePhoto(name, swap ? header.height() : header.width(), swap ? header.width() : header.height(),
				orient(image, orientation), reduction, (sharper) -> {
					BufferedImage again = TurboJpeg.decode(bytes, sharper);
					return (again == null) ? null : orient(again, orientation);
				});
	}

	private void checkSize(String name, long width, long height, long bitsPerPixel) {
		if (width <= 0 || height <= 0) {
			throw new ImageRejectedException(name + ": the image has no pixels");
		}
		if (width * height > this.maxPixels) {
			throw new ImageRejectedException(
					String.format(Locale.ROOT, "%s: image too large: %dx%d pixels (%.1f MP), the limit is %.1f MP",
							name, width, height, width * height / 1e6, this.maxPixels / 1e6));
		}
		long decodedBytes = width * height * bitsPerPixel / 8;
		if (decodedBytes > this.maxPixels * MAX_BYTES_PER_PIXEL) {
			// Within the pixel limit, but 16 bits per sample (a PNG of 48 or 64
			// bits per pixel) would still take twice the memory of the largest
			// photo the limit was set for.
			throw new ImageRejectedException(String.format(Locale.ROOT,
					"%s: image too large to decode: %dx%d pixels at %d bits per pixel need %d MB, the limit is %d MB",
					name, width, height, bitsPerPixel, decodedBytes >> 20,
					(this.maxPixels * MAX_BYTES_PER_PIXEL) >> 20));
		}
	}

	private BufferedImage read(String name, String format, byte[] bytes) throws IOException {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
			if (!readers.hasNext()) {
				throw new ImageRejectedException(name + ": no decoder for " + label(format));
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				long width = reader.getWidth(0);
				long height = reader.getHeight(0);
				// The pixel count first: a header-only file has no metadata to read bits
				// from.
				checkSize(name, width, height, 8);
				checkSize(name, width, height, bitsPerPixel(reader));
				List<String> warnings = new ArrayList<>();
				reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
				BufferedImage image = reader.read(0);
				for (String warning : warnings) {
					String lower = warning.toLowerCase(Locale.ROOT);
					if (lower.contains("premature end") || lower.contains("truncat") || lower.contains("corrupt")) {
						throw new ImageRejectedException(
								name + ": truncated or corrupt " + label(format) + " image (" + warning.strip() + ")");
					}
				}
				if (format.equals("jpeg") && !hasEndOfImage(bytes)) {
					throw new ImageRejectedException(name + ": truncated JPEG image (no end-of-image marker)");
				}
				if (format.equals("png") && !hasEndChunk(bytes)) {
					throw new ImageRejectedException(name + ": corrupt or truncated PNG image (no IEND chunk)");
				}
				return image;
			}
			finally {
				reader.dispose();
			}
		}
	}

	/**
	 * The bits one decoded pixel takes, from the header: the sum of the sample sizes of
	 * the type the reader decodes to (8 bits per sample unless the reader says
	 * otherwise).
	 */
	private static long bitsPerPixel(ImageReader reader) throws IOException {
		ImageTypeSpecifier type = reader.getRawImageType(0);
		if (type == null) {
			Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
			type = types.hasNext() ? types.next() : null;
		}
		if (type == null) {
			return 32;
		}
		long bits = 0;
		for (int size : type.getSampleModel().getSampleSize()) {
			bits += size;
		}
		return Math.max(8, bits);
	}

	static String sniff(byte[] bytes) {
		if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
			return "jpeg";
		}
		if (bytes.length >= PNG_SIGNATURE.length) {
			for (int i = 0; i < PNG_SIGNATURE.length; i++) {
				if (bytes[i] != PNG_SIGNATURE[i]) {
					return null;
				}
			}
			return "png";
		}
		return null;
	}

	/**
	 * A complete JPEG ends with FF D9; cameras may append a few bytes after it (padding,
	 * vendor trailers), so the marker is looked for near the end only.
	 */
	static boolean hasEndOfImage(byte[] bytes) {
		int from = Math.max(1, bytes.length - 64 * 1024);
		for (int i = bytes.length - 1; i >= from; i--) {
			if ((bytes[i] & 0xFF) == 0xD9 && (bytes[i - 1] & 0xFF) == 0xFF) {
				return true;
			}
		}
		return false;
	}

	/** A complete PNG ends with an IEND chunk (type, then 4 bytes of CRC). */
	static boolean hasEndChunk(byte[] bytes) {
		int from = Math.max(0, bytes.length - 64 * 1024);
		for (int i = bytes.length - 8; i >= from; i--) {
			if (bytes[i] == 'I' && bytes[i + 1] == 'E' && bytes[i + 2] == 'N' && bytes[i + 3] == 'D') {
				return true;
			}
		}
		return false;
	}

	private static String label(String format) {
		return format.equals("jpeg") ? "JPEG" : "PNG";
	}

	private static String oneLine(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getMessage() == null) {
			cause = cause.getCause();
		}
		String message = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
		return message.lines().findFirst().orElse("").strip();
	}

	/** EXIF orientation 1..8, 1 when absent or unreadable. */
	static int exifOrientation(byte[] bytes) {
		try {
			Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length);
			ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
			if (exif != null && exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
				int orientation = exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
				return (orientation >= 1 && orientation <= 8) ? orientation : 1;
			}
		}
		catch (Exception ex) {
			// Broken metadata does not make the picture unusable: keep it as stored.
		}
		return 1;
	}

	/**
	 * Applies an EXIF orientation: 2 mirror, 3 rotate 180, 4 flip, 5 transpose, 6 rotate
	 * 90 clockwise, 7 transverse, 8 rotate 90 counter-clockwise.
	 */
	static BufferedImage orient(BufferedImage image, int orientation) {
		if (orientation == 1) {
			return image;
		}
		int w = image.getWidth();
		int h = image.getHeight();
		boolean swap = orientation >= 5;
		AffineTransform t = new AffineTransform();
		switch (orientation) {
			case 2 -> {
				t.translate(w, 0);
				t.scale(-1, 1);
			}
			case 3 -> {
				t.translate(w, h);
				t.rotate(Math.PI);
			}
			case 4 -> {
				t.translate(0, h);
				t.scale(1, -1);
			}
			case 5 -> {
				t.rotate(-Math.PI / 2);
				t.scale(-1, 1);
			}
			case 6 -> {
				t.translate(h, 0);
				t.rotate(Math.PI / 2);
			}
			case 7 -> {
				t.scale(-1, 1);
				t.translate(-h, 0);
				t.translate(0, w);
				t.rotate(3 * Math.PI / 2);
			}
			case 8 -> {
				t.translate(0, w);
				t.rotate(3 * Math.PI / 2);
			}
			default -> {
				return image;
			}
		}
		BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = out.createGraphics();
		try {
			g.drawImage(image, t, null);
		}
		finally {
			g.dispose();
		}
		return out;
	}

}
