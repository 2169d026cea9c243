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

	/**
	 * The bytes are not an image of a kind the loader reads (text, a PDF, an SVG, HTML),
	 * whatever the file's name says: a web upload answers 415 for it, while a photo that
	 * decodes but cannot be used (too many pixels, truncated) answers 422.
	 */
	public static class NotAnImage extends ImageRejectedException {

		public NotAnImage(String message) {
			super(message);
		}

	}

}
