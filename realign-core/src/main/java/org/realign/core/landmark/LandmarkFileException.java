package org.realign.core.landmark;

/**
 * A landmark file that cannot be used. The message names the problem in one line, fit to
 * show the user as is: the values it quotes come from the file, so control characters and
 * line breaks in them are written as backslash-u escapes rather than breaking the line
 * (the fuzz test found a source name with a newline in it).
 */
public final class LandmarkFileException extends IllegalArgumentException {

	public LandmarkFileException(String message) {
		super(oneLine(message));
	}

	static String oneLine(String message) {
		StringBuilder line = new StringBuilder(message.length());
		message.codePoints().forEach((c) -> {
			if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
				line.append(String.format("\\u%04x", c));
			}
			else {
				line.appendCodePoint(c);
			}
		});
		return line.toString();
	}

}
