package org.realign.app.assessment;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.Iterator;
import java.util.UUID;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Posture photos are health data. They are kept in the data directory, never under the
 * web root, and served only through endpoints that check who is asking. Each photo is
 * stored as a new JPEG encoded from its decoded pixels, so nothing of the original file
 * survives: no EXIF, no GPS position, no camera serial, no embedded thumbnail, and no
 * payload smuggled in a crafted file.
 */
@Component
public class PhotoStore {

	private static final float JPEG_QUALITY = 0.92f;

	private final Path directory;

	PhotoStore(@Value("${realign.data-dir}") Path dataDir) {
		this.directory = dataDir.resolve("photos").toAbsolutePath().normalize();
	}

	/** Stores the photo and returns its name, relative to the photo directory. */
	public String store(BufferedImage image) {
		String name = UUID.randomUUID() + ".jpg";
		try {
			Files.createDirectories(this.directory);
			Path temporary = Files.createTempFile(this.directory, "upload-", ".part");
			try {
				writeJpeg(rgb(image), temporary);
				// On disk before the rename and before the row that names it commits:
				// after a power cut or SIGKILL an acknowledged photo is whole.
				try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
					channel.force(true);
				}
				// Atomic: a crash leaves either no photo or a whole one, never half a
				// file.
				Files.move(temporary, this.directory.resolve(name), StandardCopyOption.ATOMIC_MOVE);
			}
			finally {
				Files.deleteIfExists(temporary);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot store the photo", ex);
		}
		return name;
	}

	public byte[] read(String name) {
		Path file = this.directory.resolve(name).normalize();
		if (!file.startsWith(this.directory)) {
			throw new IllegalArgumentException("photo name outside the photo directory");
		}
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the photo", ex);
		}
	}

	void delete(String name) {
		try {
			Files.deleteIfExists(this.directory.resolve(name).normalize());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot delete the photo", ex);
		}
	}

	/**
	 * Deletes what a crash can leave behind: temporary {@code .part} files, and photos no
	 * assessment refers to (stored, then the app was killed before the row committed).
	 * Only files last modified before {@code cutoff} are touched, so an upload in flight
	 * in this run is never taken for debris.
	 * @param referenced the photo names the database refers to
	 * @return the names deleted
	 */
	List<String> sweep(Set<String> referenced, Instant cutoff) {
		if (!Files.isDirectory(this.directory)) {
			return List.of();
		}
		List<String> deleted = new ArrayList<>();
		try (Stream<Path> files = Files.list(this.directory)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				String name = file.getFileName().toString();
				boolean debris = name.endsWith(".part") || (name.endsWith(".jpg") && !referenced.contains(name));
				if (debris && Files.isRegularFile(file) && modifiedBefore(file, cutoff)) {
					Files.deleteIfExists(file);
					deleted.add(name);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot sweep the photo directory", ex);
		}
		return deleted;
	}

	private static boolean modifiedBefore(Path file, Instant cutoff) throws IOException {
		FileTime modified = Files.getLastModifiedTime(file);
		return modified.toInstant().isBefore(cutoff);
	}

	private static BufferedImage rgb(BufferedImage image) {
		if (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
			return image;
		}
		BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		var graphics = rgb.createGraphics();
		graphics.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
		graphics.dispose();
		return rgb;
	}

	private static void writeJpeg(BufferedImage image, Path file) throws IOException {
		Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
		ImageWriter writer = writers.next();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
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
