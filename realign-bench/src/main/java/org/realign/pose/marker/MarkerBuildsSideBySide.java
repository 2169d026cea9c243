package org.realign.pose.marker;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Two builds' {@link MarkerBenchmark#markers()} side by side in one JVM, for reading a
 * change's cost on a host whose absolute times drift (this shared machine's drift by a
 * quarter between runs, and by more within a JMH run when the hypervisor steals time).
 * Each build's benchmark jar is loaded in a class loader of its own; after a warm-up of
 * both, rounds of {@code n} photos alternate between the builds, the first side swapped
 * every round, so a change in the machine's load hits both alike. Prints each build's
 * mean milliseconds per photo and the second over the first: the ratio is the result; an
 * absolute time is one only on a quiet host. An older build measured in a quiet window
 * turns the ratio into an estimate of the newer one's time there (docs/benchmarks.md,
 * session 28).
 * <p>
 * Run, with each build's jar from
 * {@code ./mvnw -B -q -Pbench package -pl realign-bench -am -DskipTests} (an older
 * commit's from a worktree of it): {@code java -cp realign-bench/target/benchmarks.jar
 * org.realign.pose.marker.MarkerBuildsSideBySide OLD.jar NEW.jar [photos [warm-up
 * [n [rounds]]]]} (photos {@code marked} by default, as {@link MarkerBenchmark#photos};
 * {@code half} only between builds that both have it: one without reads unmarked photos).
 */
public final class MarkerBuildsSideBySide {

	private MarkerBuildsSideBySide() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length < 2) {
			System.err.println("usage: MarkerBuildsSideBySide OLD.jar NEW.jar [photos [warm-up [n [rounds]]]]");
			System.exit(2);
		}
		String photos = (args.length > 2) ? args[2] : "marked";
		int warmUp = (args.length > 3) ? Integer.parseInt(args[3]) : 200;
		int n = (args.length > 4) ? Integer.parseInt(args[4]) : 10;
		int rounds = (args.length > 5) ? Integer.parseInt(args[5]) : 30;
		Object[] benchmarks = new Object[2];
		Method[] markers = new Method[2];
		Method[] tearDowns = new Method[2];
		for (int side = 0; side < 2; side++) {
			// The platform loader as parent: each build sees only its own classes, not
			// this jar's copies of them.
			URLClassLoader loader = new URLClassLoader(new URL[] { Path.of(args[side]).toUri().toURL() },
					ClassLoader.getPlatformClassLoader());
			Class<?> type = loader.loadClass(MarkerBenchmark.class.getName());
			Object benchmark = type.getDeclaredConstructor().newInstance();
			type.getField("photos").set(benchmark, photos);
			type.getMethod("setUp").invoke(benchmark);
			benchmarks[side] = benchmark;
			markers[side] = type.getMethod("markers");
			tearDowns[side] = type.getMethod("tearDown");
		}
		for (int i = 0; i < warmUp; i++) {
			markers[0].invoke(benchmarks[0]);
			markers[1].invoke(benchmarks[1]);
		}
		double[] total = new double[2];
		for (int round = 0; round < rounds; round++) {
			for (int turn = 0; turn < 2; turn++) {
				int side = (round % 2 == 0) ? turn : 1 - turn;
				long start = System.nanoTime();
				for (int i = 0; i < n; i++) {
					markers[side].invoke(benchmarks[side]);
				}
				total[side] += (System.nanoTime() - start) / 1e6 / n;
			}
		}
		System.out.printf(Locale.ROOT, "%s: %s %.2f ms, %s %.2f ms per photo, second over first %.3f%n", photos,
				Path.of(args[0]).getFileName(), total[0] / rounds, Path.of(args[1]).getFileName(), total[1] / rounds,
				total[1] / total[0]);
		tearDowns[0].invoke(benchmarks[0]);
		tearDowns[1].invoke(benchmarks[1]);
	}

}
