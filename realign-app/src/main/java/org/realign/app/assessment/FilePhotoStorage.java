package org.realign.app.assessment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Photos in a directory of one server ({@code <data-dir>/photos}): the embedded default.
 * A photo is written to a temporary {@code .part} file, forced to disk and renamed
 * atomically, so that after a power cut or SIGKILL an acknowledged photo is whole and an
 * interrupted one is a {@code .part} file the sweep removes.
 */
public final class FilePhotoStorage implements PhotoStorage {

	private final Path directory;

	public FilePhotoStorage(Path directory) {
		this.directory = directory.toAbsolutePath().normalize();
	}

	public Path directory() {
		return this.directory;
	}

	@Override
	public void put(String name, byte[] jpeg) {
		Path target = resolve(name);
		try {
			Files.createDirectories(this.directory);
			Path temporary = Files.createTempFile(this.directory, "upload-", ".part");
			try {
				try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
					var buffer = ByteBuffer.wrap(jpeg);
					while (buffer.hasRemaining()) {
						channel.write(buffer);
					}
					// On disk before the rename and before the row that names it commits.
					channel.force(true);
				}
				// Atomic: a crash leaves either no photo or a whole one, never half a
				// file.
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
			}
			finally {
				Files.deleteIfExists(temporary);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot store the photo", ex);
		}
	}

	@Override
	public byte[] read(String name) {
		try {
			return Files.readAllBytes(resolve(name));
		}
		catch (NoSuchFileException ex) {
			throw new PhotoMissingException(name);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the photo", ex);
		}
	}

	@Override
	public void delete(String name) {
		try {
			Files.deleteIfExists(resolve(name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot delete the photo", ex);
		}
	}

	@Override
	public List<Stored> list() {
		if (!Files.isDirectory(this.directory)) {
			return List.of();
		}
		List<Stored> stored = new ArrayList<>();
		try (Stream<Path> files = Files.list(this.directory)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				if (Files.isRegularFile(file)) {
					stored.add(new Stored(file.getFileName().toString(), Files.getLastModifiedTime(file).toInstant()));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list the photo directory", ex);
		}
		return stored;
	}

	@Override
	public boolean shared() {
		return false;
	}

	@Override
	public void check() {
		// the directory is made on the first photo: until then, the nearest folder that
		// exists must let it be made
		Path existing = this.directory;
		while (existing != null && !Files.isDirectory(existing)) {
			existing = existing.getParent();
		}
		if (existing == null || !Files.isWritable(existing)) {
			throw new IllegalStateException("the photo directory " + this.directory + " is not writable");
		}
	}

	@Override
	public String describe() {
		return "directory " + this.directory;
	}

	private Path resolve(String name) {
		Path file = this.directory.resolve(name).normalize();
		if (!file.getParent().equals(this.directory)) {
			throw new IllegalArgumentException("photo name outside the photo directory");
		}
		return file;
	}

}
