package org.realign.app.cli;

import java.io.PrintWriter;

/**
 * The progress line of a batch on a terminal: {@code landmarks: 12/65 photos}, rewritten
 * in place, and cleared at the end. Off when the output goes to a file or a pipe, where
 * it would only be noise.
 */
final class ProgressLine implements PhotoLandmarker.Progress {

	private final PrintWriter err;

	private final boolean enabled;

	private boolean shown;

	ProgressLine(PrintWriter err, boolean enabled) {
		this.err = err;
		this.enabled = enabled;
	}

	@Override
	public synchronized void done(int done, int total) {
		if (!this.enabled) {
			return;
		}
		this.err.print("\rlandmarks: " + done + "/" + total + " photos");
		this.err.flush();
		this.shown = true;
	}

	/** Clears the line, so that the messages after it start on a clean line. */
	synchronized void finish() {
		if (this.shown) {
			this.err.print("\r\033[K");
			this.err.flush();
			this.shown = false;
		}
	}

}
