package org.realign.core.record;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Which knowledge base made a result: the release's version string ({@code kb/VERSION})
 * and a SHA-256 over the content of every knowledge-base file, so that a result names
 * exactly the cut-offs, rules, exercises and sources it was made with, even between
 * releases.
 *
 * @param version the human version, e.g. {@code 2026.12-issue15}
 * @param contentHash lower-case hex SHA-256 over the files in {@link #FILES}, each as its
 * name, a NUL, its bytes and a NUL
 */
public record KnowledgeBaseVersion(String version, String contentHash) {

	/** Every file whose content decides a result. */
	public static final List<String> FILES = List.of("kb/measurements.json", "kb/hypothesis-rules.json",
			"kb/exercises.json", "kb/muscles.json", "kb/starter-menus.json", "kb/sources/measurement.json",
			"kb/sources/knowledge.json", "kb/sources/feedback.json", "kb/feedback/red-flags.json");

	private static volatile KnowledgeBaseVersion shipped;

	public KnowledgeBaseVersion {
		Objects.requireNonNull(version, "version");
		Objects.requireNonNull(contentHash, "contentHash");
	}

	/** The knowledge base on the classpath. */
	public static KnowledgeBaseVersion shipped() {
		KnowledgeBaseVersion current = shipped;
		if (current == null) {
			try {
				MessageDigest digest = MessageDigest.getInstance("SHA-256");
				for (String file : FILES) {
					digest.update(file.getBytes(StandardCharsets.UTF_8));
					digest.update((byte) 0);
					digest.update(read(file));
					digest.update((byte) 0);
				}
				current = new KnowledgeBaseVersion(new String(read("kb/VERSION"), StandardCharsets.UTF_8).trim(),
						HexFormat.of().formatHex(digest.digest()));
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException("SHA-256 is missing from this Java runtime", ex);
			}
			shipped = current;
		}
		return current;
	}

	/** For people: {@code 2026.12-issue15 (3f2a9c1b)}. */
	public String describe() {
		return this.version + " (" + this.contentHash.substring(0, Math.min(8, this.contentHash.length())) + ")";
	}

	private static byte[] read(String file) {
		try (InputStream in = KnowledgeBaseVersion.class.getClassLoader().getResourceAsStream(file)) {
			if (in == null) {
				throw new IllegalStateException(file + " is missing from the classpath");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
	}

}
