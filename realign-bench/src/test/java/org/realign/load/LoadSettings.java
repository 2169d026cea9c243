package org.realign.load;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;

/**
 * What the load test runs against and how hard: read from system properties
 * ({@code -Dload.users=200}) or, since the Gatling plugin runs the simulation in a JVM of
 * its own, from the environment ({@code LOAD_USERS=200}), which load.sh sets.
 *
 * @param baseUrl the app, which must be on this machine: the test refuses any address
 * that is not loopback
 * @param users concurrent users once the ramp is over: practitioners (one in ten, the
 * uploaders among them) and clients (the rest)
 * @param uploaders practitioners among those who upload photos for landmark detection
 * @param burst extra practitioners who upload a photo all at the same moment halfway
 * through, to push detection past its admission limit (0 for none)
 * @param ramp how long it takes for all users to sign in
 * @param duration how long all users then stay active
 */
record LoadSettings(URI baseUrl, int users, int uploaders, int burst, Duration ramp, Duration duration) {

	static final String PASSWORD = "realign-load-password";

	static LoadSettings fromEnvironment() {
		URI base = URI.create(setting("load.baseUrl", "http://127.0.0.1:8080"));
		requireLoopback(base);
		LoadSettings settings = new LoadSettings(base, number("load.users", 200), number("load.uploaders", 4),
				number("load.burst", 12), Duration.ofSeconds(number("load.ramp", 60)),
				Duration.ofSeconds(number("load.duration", 300)));
		if (settings.practitioners() < settings.uploaders() || settings.clients() < 1) {
			throw new IllegalArgumentException("load.users " + settings.users + " is too few for " + settings.uploaders
					+ " uploaders: one user in ten is a practitioner");
		}
		return settings;
	}

	/**
	 * One user in ten is a practitioner (at least the uploaders); the rest are clients.
	 */
	int practitioners() {
		return Math.max(this.uploaders, Math.round(this.users / 10f));
	}

	int browsingPractitioners() {
		return practitioners() - this.uploaders;
	}

	int clients() {
		return this.users - practitioners();
	}

	/** Traffic goes to this machine only. */
	private static void requireLoopback(URI base) {
		try {
			if (base.getHost() == null || !InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
				throw new IllegalArgumentException("load.baseUrl must be on this machine (loopback), not " + base);
			}
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException("load.baseUrl has an unknown host: " + base, ex);
		}
	}

	private static String setting(String property, String fallback) {
		String value = System.getProperty(property);
		if (value == null) {
			value = System.getenv(property.toUpperCase().replace('.', '_'));
		}
		return value == null || value.isBlank() ? fallback : value.trim();
	}

	private static int number(String property, int fallback) {
		String value = setting(property, String.valueOf(fallback));
		try {
			int number = Integer.parseInt(value);
			if (number < 0) {
				throw new NumberFormatException();
			}
			return number;
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(property + " must be a whole number of 0 or more, not '" + value + "'");
		}
	}

}
