package org.realign.pose.marker;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.realign.pose.PoseKeypoint;
import org.realign.pose.PoseLandmark;

/**
 * The shared MediaPipe reference photos with Google's own keypoints for them, so that the
 * marker tests run without the pose model: {@code pose.jpg} (a man in a yoga warrior
 * pose, 1000 × 667) and the frames of the squat video (a woman, 720 × 1280).
 */
final class ReferencePhotos {

	private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?");

	private ReferencePhotos() {
	}

	static Path dir() {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null) {
			for (Path candidate : List.of(dir.resolve("shared/testdata/mediapipe-pose-ref"),
					dir.resolveSibling("shared/testdata/mediapipe-pose-ref"))) {
				if (Files.isDirectory(candidate)) {
					return candidate;
				}
			}
			dir = dir.getParent();
		}
		throw new IllegalStateException("shared/testdata/mediapipe-pose-ref not found");
	}

	static BufferedImage image(String name) {
		try {
			BufferedImage image = ImageIO.read(dir().resolve(name).toFile());
			BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
			rgb.getGraphics().drawImage(image, 0, 0, null);
			return rgb;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static BufferedImage pose() {
		return image("pose.jpg");
	}

	static BufferedImage squat(int frame) {
		return image(String.format("pose_squats_frames/frame_%03d.jpg", frame));
	}

	/** Google's keypoints for pose.jpg, in pixels. */
	static List<PoseLandmark> poseKeypoints() {
		String text = read(dir().resolve("pose_landmarks.pbtxt"));
		List<PoseLandmark> points = new ArrayList<>();
		Matcher block = Pattern.compile("landmark \\{([^}]*)\\}").matcher(text);
		while (block.find() && points.size() < PoseKeypoint.COUNT) {
			String body = block.group(1);
			double x = field(body, "x") * 1000;
			double y = field(body, "y") * 667;
			points.add(new PoseLandmark(PoseKeypoint.values()[points.size()], x, y, 0, field(body, "visibility"),
					field(body, "presence")));
		}
		return points;
	}

	/** Google's keypoints for a frame of the squat video, in pixels. */
	static List<PoseLandmark> squatKeypoints(int frame) {
		String text = read(dir().resolve("pose_squats.full.json"));
		Matcher m = NUMBER.matcher(text);
		List<Double> numbers = new ArrayList<>();
		while (m.find()) {
			numbers.add(Double.parseDouble(m.group()));
		}
		List<PoseLandmark> points = new ArrayList<>();
		int base = frame * PoseKeypoint.COUNT * 3;
		for (int k = 0; k < PoseKeypoint.COUNT; k++) {
			points.add(new PoseLandmark(PoseKeypoint.values()[k], numbers.get(base + 3 * k),
					numbers.get(base + 3 * k + 1), numbers.get(base + 3 * k + 2), 1, 1));
		}
		return points;
	}

	private static double field(String body, String name) {
		Matcher m = Pattern.compile("\\b" + name + ": (" + NUMBER.pattern() + ")").matcher(body);
		if (!m.find()) {
			throw new IllegalStateException("no " + name);
		}
		return Double.parseDouble(m.group(1));
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
