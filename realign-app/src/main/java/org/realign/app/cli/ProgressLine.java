package org.realign.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The progress line of a batch on a terminal: {@code landmarks: 12/65 photos}, rewritten
 * in place on standard error, and cleared at the end. Off when standard error goes to a
 * file or a pipe, where it would only be noise.
 */
final class ProgressLine implements PhotoLandmarker.Progress {

	private final PrintWriter err;

	private final boolean enabled;

	private boolean shown;

	ProgressLine(PrintWriter err, boolean enabled) {
		this.err = err;
		this.enabled = enabled;
	}

	/**
	 * A progress line for a batch of this many photos, shown when standard error is a
	 * terminal: on Linux, when {@code /proc/self/fd/2} is a terminal device (so that
	 * {@code realign landmarks *.jpg --json > out.json} still shows it); elsewhere, when
	 * the JVM has a console.
	 */
	static ProgressLine forBatch(PrintWriter err, int photos) {
		return new ProgressLine(err, photos > 1 && standardErrorIsTerminal());
	}

	static boolean standardErrorIsTerminal() {
		try {
			Path target = Files.readSymbolicLink(Path.of("/proc/self/fd/2"));
			String device = target.toString();
			return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty");
		}
		catch (IOException | UnsupportedOperationException | SecurityException ex) {
			return System.console() != null;
		}
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
