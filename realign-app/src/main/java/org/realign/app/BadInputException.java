package org.realign.app;

/**
 * Input the user can fix: the message names the problem in one line and becomes exit code
 * 2.
 */
public class BadInputException extends RuntimeException {

	public BadInputException(String message) {
		super(message);
	}

	public BadInputException(String message, Throwable cause) {
		super(message, cause);
	}

}
