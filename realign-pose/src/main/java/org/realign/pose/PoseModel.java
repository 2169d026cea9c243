package org.realign.pose;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The three BlazePose landmark models: accuracy and latency both grow from lite to heavy.
 */
public enum PoseModel {

	LITE("pose_landmark_lite.tflite"), FULL("pose_landmark_full.tflite"), HEAVY("pose_landmark_heavy.tflite");

	private final String fileName;

	PoseModel(String fileName) {
		this.fileName = fileName;
	}

	/** {@code lite}, {@code full} or {@code heavy}. */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The landmark source recorded with each point, e.g. {@code blazepose-full}. */
	public String sourceId() {
		return "blazepose-" + id();
	}

	String fileName() {
		return this.fileName;
	}

	public static Optional<PoseModel> fromId(String id) {
		return Arrays.stream(values()).filter((model) -> model.id().equals(id)).findFirst();
	}

}
