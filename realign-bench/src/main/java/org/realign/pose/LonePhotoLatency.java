package org.realign.pose;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A single photo's latency, file bytes to landmarks, with its models on one thread
 * against on all the cores (the lone worker of {@link PoseEstimator}, as one upload or
 * {@code realign landmarks --one-at-a-time} runs it): one photo at a time, each finished
 * before the next starts, the two estimators alternating photo by photo so that a change
 * in the machine's load hits both. Prints the median and mean wall time per photo, the
 * ratio, and the process's CPU time per photo (all its threads: what the second thread
 * costs beyond the first).
 * <p>
 * Run:
 * {@code java -cp realign-bench/target/benchmarks.jar org.realign.pose.LonePhotoLatency
 * [model] [rounds]} (the 65 squat frames, as {@code peer-compare.sh}, {@code rounds}
 * times; the first round warms up).
 */
public final class LonePhotoLatency {

	private static final com.sun.management.OperatingSystemMXBean OS = (com.sun.management.OperatingSystemMXBean) ManagementFactory
		.getOperatingSystemMXBean();

	private LonePhotoLatency() {
	}

	public static void main(String[] args) throws Exception {
		String modelId = (args.length > 0) ? args[0] : "full";
		int rounds = (args.length > 1) ? Integer.parseInt(args[1]) : 4;
		List<Path> frames;
		try (Stream<Path> list = Files.list(ReferenceData.directory().resolve("pose_squats_frames"))) {
			frames = list.filter((p) -> p.getFileName().toString().endsWith(".jpg")).sorted().toList();
		}
		List<byte[]> files = new ArrayList<>();
		for (Path frame : frames) {
			files.add(Files.readAllBytes(frame));
		}
		ModelFiles modelFiles = ModelStore.fromEnvironment().ensureAvailable(PoseModel.fromId(modelId).orElseThrow());
		int cores = Runtime.getRuntime().availableProcessors();
		ImageLoader loader = new ImageLoader();
		try (PoseEstimator one = PoseEstimator.open(modelFiles, 1, PoseOptions.defaults(), 1);
				PoseEstimator all = PoseEstimator.open(modelFiles, 1, PoseOptions.defaults(), cores)) {
			PoseEstimator[] estimators = { one, all };
			int photos = (rounds - 1) * files.size();
			long[][] wall = new long[2][photos];
			long[] cpu = new long[2];
			for (int round = 0; round < rounds; round++) {
				for (int i = 0; i < files.size(); i++) {
					for (int e = 0; e < 2; e++) {
						byte[] bytes = files.get(i);
						long cpu0 = OS.getProcessCpuTime();
						long start = System.nanoTime();
						PosePhoto photo = loader.decodeForPose(frames.get(i).getFileName().toString(), bytes);
						estimators[e].estimate(photo).orElseThrow();
						long end = System.nanoTime();
						long cpu1 = OS.getProcessCpuTime();
						if (round > 0) {
							wall[e][(round - 1) * files.size() + i] = end - start;
							cpu[e] += cpu1 - cpu0;
						}
					}
				}
			}
			System.out.printf(Locale.ROOT, "%s model, %d photos each, one at a time, %d cores%n", modelId, photos,
					cores);
			System.out.printf(Locale.ROOT, "%-34s %12s %12s %14s%n", "", "median ms", "mean ms", "CPU ms/photo");
			String[] names = { "models on 1 thread", "models on " + cores + " threads (lone worker)" };
			double[] medians = new double[2];
			for (int e = 0; e < 2; e++) {
				long[] sorted = wall[e].clone();
				Arrays.sort(sorted);
				medians[e] = sorted[photos / 2] / 1e6;
				System.out.printf(Locale.ROOT, "%-34s %12.2f %12.2f %14.2f%n", names[e], medians[e],
						Arrays.stream(wall[e]).average().orElse(0) / 1e6, cpu[e] / 1e6 / photos);
			}
			System.out.printf(Locale.ROOT, "median, 1 thread / lone: %.2f%n", medians[0] / medians[1]);
		}
	}

}
