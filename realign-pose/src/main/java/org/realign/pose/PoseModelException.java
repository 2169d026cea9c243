package org.realign.pose;

/**
 * The models are missing, cannot be fetched or fail their integrity check: automatic
 * landmark placement is off, and the message says why.
 */
public class PoseModelException extends RuntimeException {

	public PoseModelException(String message) {
		super(message);
	}

	public PoseModelException(String message, Throwable cause) {
		super(message, cause);
	}

}
