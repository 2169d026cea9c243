package org.realign.app.assessment;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.springframework.stereotype.Component;

/**
 * Posture photos are health data. They are kept in the photo storage (the data directory,
 * or an S3-compatible bucket: {@link PhotoStorage}), never under the web root, and served
 * only through endpoints that check who is asking. Each photo is stored as a new JPEG
 * encoded from its decoded pixels, so nothing of the original file survives: no EXIF, no
 * GPS position, no camera serial, no embedded thumbnail, and no payload smuggled in a
 * crafted file.
 */
@Component
public class PhotoStore {

	private static final float JPEG_QUALITY = 0.92f;

	private final PhotoStorage storage;

	PhotoStore(PhotoStorage storage) {
		this.storage = storage;
	}

	/** Where the photos are kept. */
	public PhotoStorage storage() {
		return this.storage;
	}

	/**
	 * Stores the photo and returns its name (a random UUID, not guessable). The photo is
	 * whole in the storage before this returns, so the row that names it can commit.
	 */
	public String store(BufferedImage image) {
		String name = UUID.randomUUID() + ".jpg";
		this.storage.put(name, jpeg(rgb(image)));
		return name;
	}

	public byte[] read(String name) {
		return this.storage.read(name);
	}

	public void delete(String name) {
		this.storage.delete(name);
	}

	/**
	 * Deletes what a crash can leave behind: temporary {@code .part} files, and photos no
	 * assessment refers to (stored, then the app was killed before the row committed).
	 * Only objects last modified before {@code cutoff} are touched, so an upload in
	 * flight is never taken for debris.
	 * @param referenced the photo names the database refers to
	 * @return the names deleted
	 */
	List<String> sweep(Set<String> referenced, Instant cutoff) {
		List<String> deleted = new ArrayList<>();
		for (PhotoStorage.Stored stored : this.storage.list()) {
			String name = stored.name();
			boolean debris = name.endsWith(".part") || (name.endsWith(".jpg") && !referenced.contains(name));
			if (debris && stored.lastModified().isBefore(cutoff)) {
				this.storage.delete(name);
				deleted.add(name);
			}
		}
		return deleted;
	}

	private static BufferedImage rgb(BufferedImage image) {
		if (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
			return image;
		}
		BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		var graphics = rgb.createGraphics();
		graphics.drawImage(image, 0, 0, Color.WHITE, null);
		graphics.dispose();
		return rgb;
	}

	private static byte[] jpeg(BufferedImage image) {
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
			writeJpeg(image, bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot encode the photo", ex);
		}
	}

	private static void writeJpeg(BufferedImage image, ByteArrayOutputStream file) throws IOException {
		Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
		ImageWriter writer = writers.next();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(file)) {
			writer.setOutput(out);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(JPEG_QUALITY);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		finally {
			writer.dispose();
		}
	}

}
