package org.realign.pose;

/**
 * A file that cannot be used as a photo: missing, empty, not a JPEG or PNG, truncated,
 * corrupt, or larger than the pixel limit. The message says which, in one line.
 */
public class ImageRejectedException extends RuntimeException {

	public ImageRejectedException(String message) {
		super(message);
	}

	public ImageRejectedException(String message, Throwable cause) {
		super(message, cause);
	}

}
