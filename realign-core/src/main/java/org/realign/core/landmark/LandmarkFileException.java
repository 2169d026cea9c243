package org.realign.core.landmark;

/**
 * A landmark file that cannot be used. The message names the problem in one line, fit to
 * show the user as is.
 */
public final class LandmarkFileException extends IllegalArgumentException {

	public LandmarkFileException(String message) {
		super(message);
	}

}
