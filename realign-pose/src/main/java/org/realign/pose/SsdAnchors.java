package org.realign.pose;

import java.util.ArrayList;
import java.util.List;

/**
 * The SSD anchors of the pose detector.
 * <p>
 * A port of MediaPipe's {@code SsdAnchorsCalculator} [1] for the options of
 * {@code pose_detection_cpu.pbtxt} [2]: 5 layers, strides 8, 16, 32, 32, 32, scales
 * 0.1484375 to 0.75, aspect ratio 1 plus the interpolated scale, fixed anchor size,
 * offset 0.5, input 224x224. That gives 2254 anchors, one per detector output row.
 * <p>
 * [1] mediapipe/calculators/tflite/ssd_anchors_calculator.cc<br>
 * [2] mediapipe/modules/pose_detection/pose_detection_cpu.pbtxt
 */
final class SsdAnchors {

	static final int INPUT_SIZE = 224;

	private static final int NUM_LAYERS = 5;

	private static final int[] STRIDES = { 8, 16, 32, 32, 32 };

	private static final double ANCHOR_OFFSET = 0.5;

	private SsdAnchors() {
	}

	/** An anchor centre, normalized to the 224x224 input; width and height are 1. */
	record Anchor(double xCenter, double yCenter) {
	}

	static List<Anchor> poseDetection() {
		List<Anchor> anchors = new ArrayList<>();
		int layerId = 0;
		while (layerId < NUM_LAYERS) {
			int anchorsPerCell = 0;
			int lastSameStrideLayer = layerId;
			while (lastSameStrideLayer < STRIDES.length && STRIDES[lastSameStrideLayer] == STRIDES[layerId]) {
				// One aspect ratio (1.0) and the interpolated scale (aspect 1.0): two
				// anchors per layer. With fixed_anchor_size their size is ignored.
				anchorsPerCell += 2;
				lastSameStrideLayer++;
			}
			int stride = STRIDES[layerId];
			int featureMapHeight = (int) Math.ceil((double) INPUT_SIZE / stride);
			int featureMapWidth = (int) Math.ceil((double) INPUT_SIZE / stride);
			for (int y = 0; y < featureMapHeight; y++) {
				for (int x = 0; x < featureMapWidth; x++) {
					for (int a = 0; a < anchorsPerCell; a++) {
						anchors.add(new Anchor((x + ANCHOR_OFFSET) / featureMapWidth,
								(y + ANCHOR_OFFSET) / featureMapHeight));
					}
				}
			}
			layerId = lastSameStrideLayer;
		}
		return List.copyOf(anchors);
	}

}
