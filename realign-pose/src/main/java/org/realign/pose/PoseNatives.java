package org.realign.pose;

import java.util.List;

import org.bytedeco.javacpp.Loader;

/**
 * The native TensorFlow Lite libraries behind automatic landmarks, one set per platform.
 * <p>
 * The build ships bytedeco's natives for the machines practices use (macOS on Apple
 * Silicon and Intel, Windows, Linux on x86-64 and ARM64); JavaCPP's {@link Loader} picks
 * the set matching {@code os.name} and {@code os.arch} when the first model is opened. On
 * any other platform the app still runs and says why automatic placement is off, rather
 * than failing inside the native loader.
 */
public final class PoseNatives {

	/**
	 * The platforms this build carries natives for, in JavaCPP's names. Only
	 * {@code linux-x86_64} is exercised by the test suite; the others come from the same
	 * bytedeco release and are untested.
	 */
	public static final List<String> PLATFORMS = List.of("linux-x86_64", "linux-arm64", "macosx-arm64", "macosx-x86_64",
			"windows-x86_64");

	private PoseNatives() {
	}

	/** This machine's platform as JavaCPP names it, e.g. {@code macosx-arm64}. */
	public static String platform() {
		return Loader.getPlatform();
	}

	/**
	 * Whether the TensorFlow Lite and JavaCPP natives for a platform are on the class
	 * path.
	 */
	public static boolean bundled(String platform) {
		ClassLoader loader = PoseNatives.class.getClassLoader();
		return loader.getResource(library("org/bytedeco/tensorflowlite", platform, "jnitensorflowlite")) != null
				&& loader.getResource(library("org/bytedeco/javacpp", platform, "jnijavacpp")) != null;
	}

	/**
	 * Checks that this machine's natives are present before JavaCPP tries to load them.
	 * @throws PoseModelException naming the platform and the ones supported
	 */
	public static void requireForThisMachine() {
		String platform = platform();
		if (!bundled(platform)) {
			throw new PoseModelException(unsupported(platform));
		}
	}

	/** Why automatic placement is off on this machine, when it is. */
	public static String unsupportedHere() {
		return unsupported(platform());
	}

	static String unsupported(String platform) {
		return "automatic landmark placement is not available on this machine (" + platform
				+ "): this build carries the pose natives for " + String.join(", ", PLATFORMS);
	}

	/** The resource path of a JNI library in bytedeco's layout. */
	static String library(String packagePath, String platform, String name) {
		String file;
		if (platform.startsWith("windows")) {
			file = name + ".dll";
		}
		else if (platform.startsWith("macosx")) {
			file = "lib" + name + ".dylib";
		}
		else {
			file = "lib" + name + ".so";
		}
		return packagePath + "/" + platform + "/" + file;
	}

}
