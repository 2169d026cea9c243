package org.realign.pose;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CPU time per stage of file bytes to landmarks, on one thread: what each stage of
 * {@code PoseBenchmark.fileToLandmarks} costs, measured with the thread's CPU clock so
 * that a loaded machine (other processes taking the cores) changes the figures far less
 * than it changes wall-clock times.
 * <p>
 * Run: {@code java -cp realign-bench/target/benchmarks.jar org.realign.pose.PoseStages
 * [model] [rounds]}.
 */
public final class PoseStages {

	private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

	private PoseStages() {
	}

	public static void main(String[] args) throws Exception {
		String modelId = (args.length > 0) ? args[0] : "full";
		int rounds = (args.length > 1) ? Integer.parseInt(args[1]) : 200;
		Path testdata = ReferenceData.directory();
		String[] names = { "pose.jpg", "pose_squats_frames/frame_018.jpg" };
		byte[][] files = new byte[names.length][];
		for (int i = 0; i < names.length; i++) {
			files[i] = Files.readAllBytes(testdata.resolve(names[i]));
		}
		ModelFiles modelFiles = ModelStore.fromEnvironment().ensureAvailable(PoseModel.fromId(modelId).orElseThrow());
		ImageLoader loader = new ImageLoader();
		try (PoseEstimator estimator = PoseEstimator.open(modelFiles, 1, PoseOptions.defaults(), 1)) {
			TfLitePoseEstimator tflite = (TfLitePoseEstimator) estimator;
			FloatBuffer detectorInput = FloatBuffer.allocate(224 * 224 * 3);
			FloatBuffer landmarkInput = FloatBuffer.allocate(256 * 256 * 3);
			for (int pass = 0; pass < 2; pass++) {
				Map<String, long[]> stages = new LinkedHashMap<>();
				for (int round = 0; round < rounds; round++) {
					for (int i = 0; i < files.length; i++) {
						byte[] bytes = files[i];
						String name = names[i];
						PosePhoto photo = time(stages, "decodeForPose", () -> loader.decodeForPose(name, bytes));
						time(stages, "  of which exifOrientation", () -> ImageLoader.exifOrientation(bytes));
						time(stages, "  of which TurboJpeg.header", () -> TurboJpeg.header(bytes));
						int reduction = photo.reduction();
						time(stages, "  TurboJpeg.decode " + name.substring(name.length() - 8),
								() -> TurboJpeg.decode(bytes, reduction));
						time(stages, "  new BufferedImage " + name.substring(name.length() - 8),
								() -> new java.awt.image.BufferedImage(photo.pixels().getWidth(),
										photo.pixels().getHeight(), java.awt.image.BufferedImage.TYPE_INT_RGB));
						time(stages, "  native pixReadMemJpeg " + name.substring(name.length() - 8), () -> {
							org.bytedeco.leptonica.PIX pix = org.bytedeco.leptonica.global.leptonica
								.pixReadMemJpeg(bytes, bytes.length, 0, reduction, new int[1], 0);
							org.bytedeco.leptonica.global.leptonica.pixDestroy(pix);
							return null;
						});
						RgbImage rgb = time(stages, "RgbImage.of", () -> RgbImage.of(photo.pixels()));
						int w = rgb.width();
						int h = rgb.height();
						double side = Letterbox.paddedSide(w, h);
						time(stages, "detector crop", () -> {
							CropSampler.sample(rgb, w / 2.0, h / 2.0, side, side, 0, detectorInput, 224, -1f, 1f,
									false);
							return null;
						});
						PoseResult result = time(stages, "estimate (all)", () -> estimator.estimate(photo))
							.orElseThrow();
						RegionOfInterest roi = result.roi();
						time(stages, "landmark crop", () -> {
							CropSampler.sample(rgb, roi.xCenterPixels(w), roi.yCenterPixels(h), roi.width() * w,
									roi.height() * h, roi.rotation(), landmarkInput, 256, 0f, 1f, true);
							return null;
						});
						time(stages, "interpreters (both)", () -> {
							tflite.invokeInterpretersOnly();
							return null;
						});
					}
				}
				if (pass == 1) {
					System.out.printf(Locale.ROOT, "%-30s %10s%n", "stage (" + modelId + ")", "ms CPU/photo");
					int photos = rounds * files.length;
					for (Map.Entry<String, long[]> stage : stages.entrySet()) {
						System.out.printf(Locale.ROOT, "%-30s %10.3f%n", stage.getKey(),
								stage.getValue()[0] / 1e6 / photos);
					}
				}
			}
		}
	}

	private interface Stage<T> {

		T run() throws Exception;

	}

	private static <T> T time(Map<String, long[]> stages, String name, Stage<T> stage) throws Exception {
		long start = CPU.getCurrentThreadCpuTime();
		T result = stage.run();
		stages.computeIfAbsent(name, (key) -> new long[1])[0] += CPU.getCurrentThreadCpuTime() - start;
		return result;
	}

}
