package org.realign.app.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The one-time codes a practice hands to a person by word of mouth: invitation codes and
 * password-reset codes. Ten characters from an alphabet without look-alikes (no 0/O,
 * 1/I/L), since codes are read aloud and typed on phones: 31^10, about 8 x 10^14, cannot
 * be guessed in the handful of tries a rate limit allows. Only a SHA-256 of a code is
 * stored; a code is long and random, so a fast hash is enough.
 */
public final class OneTimeCodes {

	private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();

	static final int LENGTH = 10;

	private static final SecureRandom RANDOM = new SecureRandom();

	private OneTimeCodes() {
	}

	/** A fresh code, to show once and store as {@link #hash(String)}. */
	public static String newCode() {
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
		}
		return code.toString();
	}

	/**
	 * The stored form of a code as a person typed it: spaces and dashes dropped, case
	 * folded, then hashed.
	 */
	public static String hashTyped(String typed) {
		return hash(typed == null ? "" : typed.strip().replace(" ", "").replace("-", "").toUpperCase(Locale.ROOT));
	}

	/** The stored form of a code as issued. */
	public static String hash(String code) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
