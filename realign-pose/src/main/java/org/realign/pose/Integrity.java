package org.realign.pose;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Subresource-integrity strings as npm publishes them ({@code sha512-<base64>}).
 */
final class Integrity {

	private Integrity() {
	}

	static MessageDigest sha512() {
		try {
			return MessageDigest.getInstance("SHA-512");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("the JDK has no SHA-512", ex);
		}
	}

	static String of(MessageDigest digest) {
		return "sha512-" + Base64.getEncoder().encodeToString(digest.digest());
	}

	static String of(Path file) throws IOException {
		MessageDigest digest = sha512();
		try (InputStream in = Files.newInputStream(file)) {
			byte[] buffer = new byte[1 << 16];
			int n;
			while ((n = in.read(buffer)) > 0) {
				digest.update(buffer, 0, n);
			}
		}
		return of(digest);
	}

	/** Constant-time comparison is not needed: the expected value is public. */
	static boolean matches(String expected, String actual) {
		return expected.equals(actual);
	}

}
