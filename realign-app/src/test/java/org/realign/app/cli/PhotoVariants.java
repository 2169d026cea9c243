package org.realign.app.cli;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.realign.app.testsupport.CommandRun;
import org.realign.app.testsupport.Renders;
import org.realign.core.landmark.View;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Photos made from the reference photos the way real photos differ: crops through the
 * head, knees, feet or one side; mirror images; camera roll; the person small or large in
 * a phone-sized frame on a plain or noisy background; JPEG quality; EXIF orientation
 * (pixels stored turned, with the tag that turns them back); PNG with alpha; greyscale;
 * very large and very small files. Each variant says what the capture check should
 * answer, from the posture the source frame shows (labelled by eye, frame by frame, on
 * the squat video) and from the geometry of the variant (where a crop line runs against
 * Google's reference keypoints of that frame, how tall the person ends up in pixels),
 * never from what the check answers.
 */
public final class PhotoVariants {

	private PhotoVariants() {
	}

	/** What the check should answer for a variant. */
	enum Kind {

		/** Accepted, as the view given (or detected). */
		ACCEPT,
		/** Refused, naming this check first. */
		REFUSE,
		/** Either is defensible (mid-movement, a roll near the limit); reported only. */
		EITHER

	}

	/**
	 * @param kind accept, refuse or either
	 * @param view the view an accepted photo must be taken as
	 * @param check the check a refusal must name (its id: framing, posture, view, pixels,
	 * camera, arms, person)
	 * @param words words the refusal must contain (e.g. "knees"), empty for none
	 */
	record Expect(Kind kind, Optional<View> view, String check, String words) {

		static Expect accept(View view) {
			return new Expect(Kind.ACCEPT, Optional.of(view), "", "");
		}

		static Expect refuse(String check, String words) {
			return new Expect(Kind.REFUSE, Optional.empty(), check, words);
		}

		static Expect either(String check) {
			return new Expect(Kind.EITHER, Optional.of(View.ANTERIOR), check, "");
		}

		String describe() {
			return switch (this.kind) {
				case ACCEPT -> "accept " + this.view.get().id();
				case REFUSE -> "refuse " + this.check + (this.words.isEmpty() ? "" : " (" + this.words + ")");
				case EITHER -> "either (" + this.check + ")";
			};
		}

	}

	/**
	 * One photo to try.
	 *
	 * @param name a short name, also the file's
	 * @param group the kind of variation, for the summary
	 * @param given the view it is given for, empty to let the pose decide
	 * @param expect what the capture check should answer
	 * @param extension jpg or png
	 * @param bytes the file
	 */
	record Variant(String name, String group, Optional<View> given, Expect expect, String extension, byte[] bytes) {

		Path write(Path dir) {
			Path file = dir.resolve(this.name + "." + this.extension);
			try {
				Files.write(file, this.bytes);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return file;
		}

	}

	/** Posture by eye, per frame of the squat video. */
	enum Posture {

		/** Standing still, knees straight, arms hanging. */
		STANDING,
		/** Going down or coming up: knees slightly bent, or arms moving forward. */
		MOVING,
		/** Knees clearly bent (a half or deep squat). */
		SQUAT

	}

	/**
	 * The frames of the squat video by eye (frame_000 to frame_064: she stands, squats
	 * down with her arms forward, stands up, and does so twice more). Standing: the arms
	 * hang and the knees are straight. Squat: the knees clearly bent, thighs visibly
	 * shortened. The frames between are moving.
	 */
	static Posture posture(int frame) {
		if (frame <= 1 || (frame >= 20 && frame <= 25) || (frame >= 43 && frame <= 49)) {
			return Posture.STANDING;
		}
		if ((frame >= 6 && frame <= 14) || (frame >= 30 && frame <= 38) || (frame >= 55)) {
			return Posture.SQUAT;
		}
		return Posture.MOVING;
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Google's reference keypoints of the squat video, [frame][keypoint][x, y, z]. */
	private static double[][][] reference;

	static synchronized double[][] keypoints(int frame) {
		if (reference == null) {
			JsonNode frames = JSON.readTree(CommandRun.reference("pose_squats.full.json").toFile());
			reference = new double[frames.size()][][];
			for (int f = 0; f < frames.size(); f++) {
				JsonNode points = frames.get(f);
				reference[f] = new double[points.size()][];
				for (int k = 0; k < points.size(); k++) {
					reference[f][k] = new double[] { points.get(k).get(0).asDouble(), points.get(k).get(1).asDouble() };
				}
			}
		}
		return reference[frame];
	}

	static BufferedImage frame(int frame) {
		return read(CommandRun.reference(String.format(Locale.ROOT, "pose_squats_frames/frame_%03d.jpg", frame)));
	}

	static BufferedImage read(Path file) {
		try {
			return ImageIO.read(file.toFile());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	// BlazePose keypoint indices used for the crop lines.
	private static final int NOSE = 0;

	private static final int MOUTH_LEFT = 9;

	private static final int LEFT_SHOULDER = 11;

	private static final int RIGHT_SHOULDER = 12;

	private static final int LEFT_WRIST = 15;

	private static final int LEFT_HIP = 23;

	private static final int LEFT_KNEE = 25;

	private static final int RIGHT_KNEE = 26;

	private static final int LEFT_ANKLE = 27;

	private static final int RIGHT_ANKLE = 28;

	/** The whole sweep: every frame as it is, then the variations of a few of them. */
	static List<Variant> all() {
		List<Variant> variants = new ArrayList<>();
		for (int f = 0; f < 65; f++) {
			variants.addAll(plain(f));
		}
		for (int f : new int[] { 0, 22, 45 }) {
			variants.addAll(standingVariations(f));
		}
		for (int f : new int[] { 10, 34, 60 }) {
			variants.addAll(squatVariations(f));
		}
		variants.addAll(warrior());
		variants.addAll(renders());
		return variants;
	}

	/**
	 * The rendered figures of {@code testdata/renders} (two men in suits, arms hanging,
	 * from the front, back and both sides; computer graphics standing in for the real
	 * side and back photos we lack): as given, without a view, mirrored (a mirrored left
	 * side is a right side), turned a little and a lot, at JPEG quality 40 and stored
	 * sideways with EXIF orientation 6.
	 */
	static List<Variant> renders() {
		List<Variant> out = new ArrayList<>();
		Path dir = Renders.dir();
		for (String man : new String[] { "male01", "male02" }) {
			for (View view : View.values()) {
				String side = switch (view) {
					case ANTERIOR -> "front";
					case POSTERIOR -> "back";
					case LEFT_LATERAL -> "left";
					case RIGHT_LATERAL -> "right";
				};
				BufferedImage image = read(dir.resolve(man + "_" + side + ".jpg"));
				String id = man + "-" + side;
				String group = "renders: " + side;
				Optional<View> given = Optional.of(view);
				Expect ok = Expect.accept(view);
				View mirrored = switch (view) {
					case LEFT_LATERAL -> View.RIGHT_LATERAL;
					case RIGHT_LATERAL -> View.LEFT_LATERAL;
					default -> view;
				};
				out.add(jpeg(id, group, given, ok, image, 0.92f));
				out.add(jpeg(id + "-noview", group, Optional.empty(), ok, image, 0.92f));
				out.add(jpeg(id + "-mirror", group, Optional.of(mirrored), Expect.accept(mirrored), flip(image),
						0.92f));
				for (int degrees : new int[] { -20, -5, 5, 20 }) {
					out.add(jpeg(id + "-roll" + signed(degrees), group, given,
							(Math.abs(degrees) <= 5) ? ok : Expect.refuse("camera", "camera tilted"),
							rotate(image, degrees), 0.92f));
				}
				out.add(jpeg(id + "-q40", group, given, ok, image, 0.4f));
				out.add(withOrientation(id + "-exif6", given, ok, rotateQuarter(image, -1), 6));
			}
		}
		return out;
	}

	/**
	 * A frame given as the front, given without a view, and (standing) given as a side.
	 */
	static List<Variant> plain(int f) {
		BufferedImage image = frame(f);
		String id = String.format(Locale.ROOT, "f%02d", f);
		Expect front = expectFor(f);
		List<Variant> out = new ArrayList<>();
		out.add(jpeg(id + "-front", "frames as the front", Optional.of(View.ANTERIOR), front, image, 0.92f));
		out.add(jpeg(id + "-noview", "frames without a view", Optional.empty(), front, image, 0.92f));
		if (posture(f) == Posture.STANDING) {
			out.add(jpeg(id + "-as-left", "front given as a side", Optional.of(View.LEFT_LATERAL),
					Expect.refuse("view", "shows the front"), image, 0.92f));
			out.add(jpeg(id + "-as-right", "front given as a side", Optional.of(View.RIGHT_LATERAL),
					Expect.refuse("view", "shows the front"), image, 0.92f));
		}
		return out;
	}

	private static Expect expectFor(int f) {
		return switch (posture(f)) {
			case STANDING -> Expect.accept(View.ANTERIOR);
			case SQUAT -> Expect.refuse("posture", "not standing");
			case MOVING -> Expect.either("posture|arms");
		};
	}

	static List<Variant> standingVariations(int f) {
		BufferedImage image = frame(f);
		double[][] k = keypoints(f);
		String id = String.format(Locale.ROOT, "f%02d", f);
		Optional<View> front = Optional.of(View.ANTERIOR);
		Expect ok = Expect.accept(View.ANTERIOR);
		List<Variant> out = new ArrayList<>();
		int w = image.getWidth();
		int h = image.getHeight();
		double kneeY = (k[LEFT_KNEE][1] + k[RIGHT_KNEE][1]) / 2;
		double ankleY = Math.max(k[LEFT_ANKLE][1], k[RIGHT_ANKLE][1]);
		double hipY = k[LEFT_HIP][1];
		double shoulderY = (k[LEFT_SHOULDER][1] + k[RIGHT_SHOULDER][1]) / 2;
		double mouthY = k[MOUTH_LEFT][1];
		double headTop = headTop(k);
		double footBottom = footBottom(k);
		double stature = footBottom - headTop;

		out.add(jpeg(id + "-mirror", "mirror image", front, ok, flip(image), 0.92f));
		out.add(jpeg(id + "-mirror-noview", "mirror image", Optional.empty(), ok, flip(image), 0.92f));

		// Crops: the line placed against the frame's reference keypoints.
		out.add(jpeg(id + "-cut-eyes", "crop", front, Expect.refuse("framing", "head"),
				crop(image, 0, (int) (k[NOSE][1] + 4), w, h), 0.92f));
		out.add(jpeg(id + "-cut-neck", "crop", front, Expect.refuse("framing", "head"),
				crop(image, 0, (int) ((mouthY + shoulderY) / 2), w, h), 0.92f));
		out.add(jpeg(id + "-cut-chest", "crop", front, Expect.refuse("framing", "head"),
				crop(image, 0, (int) ((shoulderY + hipY) / 2), w, h), 0.92f));
		out.add(jpeg(id + "-cut-above-knees", "crop", front, Expect.refuse("framing", "knees"),
				crop(image, 0, 0, w, (int) (kneeY - 0.25 * (kneeY - hipY))), 0.92f));
		out.add(jpeg(id + "-cut-below-knees", "crop", front, Expect.refuse("framing", "feet"),
				crop(image, 0, 0, w, (int) (kneeY + 0.3 * (ankleY - kneeY))), 0.92f));
		out.add(jpeg(id + "-cut-shins", "crop", front, Expect.refuse("framing", "feet"),
				crop(image, 0, 0, w, (int) (ankleY - 0.2 * (ankleY - kneeY))), 0.92f));
		out.add(jpeg(id + "-cut-hips", "crop", front, Expect.refuse("framing", "knees"),
				crop(image, 0, 0, w, (int) (hipY + 0.1 * (kneeY - hipY))), 0.92f));
		double midX = (k[LEFT_SHOULDER][0] + k[RIGHT_SHOULDER][0]) / 2;
		out.add(jpeg(id + "-cut-side", "crop", front, Expect.refuse("framing", ""),
				crop(image, (int) midX, 0, w - (int) midX, h), 0.92f));
		// The right edge just inside the left wrist: only the hand is cut when the
		// shoulder and hip lie further in; otherwise the trunk too.
		int handCut = (int) (k[LEFT_WRIST][0] - 8);
		boolean onlyHand = k[LEFT_SHOULDER][0] < handCut - 10 && k[LEFT_HIP][0] < handCut - 10;
		out.add(jpeg(id + "-cut-hand", "crop", front, Expect.refuse("framing", onlyHand ? "hands" : ""),
				crop(image, 0, 0, handCut, h), 0.92f));
		// Tight but whole: a small margin above the head and below the feet.
		for (double margin : new double[] { 0.02, 0.05 }) {
			int top = (int) Math.max(0, headTop - margin * stature);
			int bottom = (int) Math.min(h, footBottom + margin * stature);
			out.add(jpeg(id + "-tight-" + pct(margin), "tight framing", front, ok, crop(image, 0, top, w, bottom - top),
					0.92f));
		}

		// Camera roll, on an enlarged canvas so that nothing is cut.
		for (int degrees : new int[] { -30, -20, -15, -10, -5, 5, 10, 15, 20, 30 }) {
			Expect expect = (Math.abs(degrees) <= 5) ? ok
					: (Math.abs(degrees) >= 15) ? Expect.refuse("camera", "camera tilted") : Expect.either("camera");
			out.add(jpeg(id + "-roll" + signed(degrees), "rotation", front, expect, rotate(image, degrees), 0.92f));
		}

		// The person at a share of a portrait phone frame's height, plain and noisy
		// background. Too few pixels below 400 pixels of stature (the check's limit).
		for (double share : new double[] { 0.2, 0.25, 0.3, 0.35, 0.45, 0.6, 0.8, 0.95 }) {
			for (boolean noisy : new boolean[] { false, true }) {
				int canvasH = 1920;
				double scale = share * canvasH / stature;
				Expect expect = bySize(share * canvasH, ok);
				out.add(jpeg(id + "-share" + pct(share) + (noisy ? "-noisy" : "-plain"), "scale", front, expect,
						place(image, headTop, footBottom, scale, 1080, canvasH, noisy), 0.9f));
			}
		}

		// JPEG quality.
		for (float quality : new float[] { 0.3f, 0.5f, 0.75f, 0.95f }) {
			out.add(jpeg(id + "-q" + Math.round(quality * 100), "jpeg quality", front, ok, image, quality));
		}

		// EXIF orientation: the pixels stored turned, the tag turning them back.
		out.add(withOrientation(id + "-exif6", front, ok, rotateQuarter(image, -1), 6));
		out.add(withOrientation(id + "-exif8", front, ok, rotateQuarter(image, 1), 8));
		out.add(withOrientation(id + "-exif3", front, ok, rotateQuarter(image, 2), 3));
		out.add(withOrientation(id + "-exif6-noview", Optional.empty(), ok, rotateQuarter(image, -1), 6));
		// The same pixels without the tag: the person lies on their side in the photo.
		out.add(jpeg(id + "-sideways-notag", "exif orientation", front, Expect.refuse("camera", ""),
				rotateQuarter(image, -1), 0.92f));

		// PNG: opaque alpha; a transparent margin around the photo; greyscale.
		out.add(png(id + "-png-rgba", "png and greyscale", front, ok, withAlpha(image, 0)));
		out.add(png(id + "-png-transparent-margin", "png and greyscale", front, ok, withAlpha(image, 200)));
		out.add(png(id + "-png-grey", "png and greyscale", front, ok, grey(image)));
		out.add(jpeg(id + "-jpeg-grey", "png and greyscale", front, ok, grey(image), 0.9f));

		// Very large (a 12-megapixel phone portrait, stored landscape with EXIF 6) and
		// very small.
		BufferedImage large = resize(image, 3024, 4032 * 1, false);
		out.add(withOrientation(id + "-phone-12mp-exif6", front, ok, rotateQuarter(large, -1), 6));
		out.add(jpeg(id + "-4000px", "size", front, ok, resize(image, 2250, 4000, false), 0.9f));
		for (int height : new int[] { 200, 480, 720, 960 }) {
			out.add(jpeg(id + "-" + height + "px", "size", front, bySize(stature * height / h, ok),
					resize(image, (int) Math.round((double) w * height / h), height, false), 0.9f));
		}
		// A landscape photo (4:3) with the person at 60% and 35% of its height.
		for (double share : new double[] { 0.6, 0.35 }) {
			double scale = share * 3000 / stature;
			out.add(jpeg(id + "-landscape" + pct(share), "scale", front, bySize(share * 3000, ok),
					place(image, headTop, footBottom, scale, 4000, 3000, false), 0.9f));
		}
		return out;
	}

	static List<Variant> squatVariations(int f) {
		BufferedImage image = frame(f);
		String id = String.format(Locale.ROOT, "f%02d", f);
		Optional<View> front = Optional.of(View.ANTERIOR);
		Expect squat = Expect.refuse("posture", "not standing");
		List<Variant> out = new ArrayList<>();
		out.add(jpeg(id + "-mirror", "squat variations", front, squat, flip(image), 0.92f));
		for (int degrees : new int[] { -10, -5, 5, 10 }) {
			out.add(jpeg(id + "-roll" + signed(degrees), "squat variations", front, squat, rotate(image, degrees),
					0.92f));
		}
		double[][] k = keypoints(f);
		double headTop = headTop(k);
		double footBottom = footBottom(k);
		double scale = 0.45 * 1920 / (footBottom - headTop);
		out.add(jpeg(id + "-share45-noisy", "squat variations", front, squat,
				place(image, headTop, footBottom, scale, 1080, 1920, true), 0.9f));
		out.add(jpeg(id + "-q30", "squat variations", front, squat, image, 0.3f));
		out.add(jpeg(id + "-noview", "squat variations", Optional.empty(), squat, image, 0.92f));
		return out;
	}

	static List<Variant> warrior() {
		BufferedImage image = read(CommandRun.reference("pose.jpg"));
		Expect lunge = Expect.refuse("posture", "lunging");
		Optional<View> front = Optional.of(View.ANTERIOR);
		List<Variant> out = new ArrayList<>();
		out.add(jpeg("warrior-front", "warrior (lunge)", front, lunge, image, 0.92f));
		out.add(jpeg("warrior-noview", "warrior (lunge)", Optional.empty(), lunge, image, 0.92f));
		out.add(jpeg("warrior-mirror", "warrior (lunge)", front, lunge, flip(image), 0.92f));
		out.add(jpeg("warrior-roll-10", "warrior (lunge)", front, lunge, rotate(image, -10), 0.92f));
		out.add(jpeg("warrior-roll+10", "warrior (lunge)", front, lunge, rotate(image, 10), 0.92f));
		out.add(png("warrior-png", "warrior (lunge)", front, lunge, withAlpha(image, 0)));
		return out;
	}

	/**
	 * By the person's height in pixels against the check's stated limit of 400: refused
	 * below 380, accepted above 420, either between (the estimate of stature from the
	 * keypoints is not exact).
	 */
	private static Expect bySize(double staturePixels, Expect ok) {
		if (staturePixels < 380) {
			return Expect.refuse("pixels", "too few pixels");
		}
		return (staturePixels > 420) ? ok : Expect.either("pixels");
	}

	/** Above the eyes by about the eye-to-mouth distance: the top of the head. */
	static double headTop(double[][] k) {
		double eyes = Math.min(k[2][1], k[5][1]);
		return eyes - 1.6 * (k[MOUTH_LEFT][1] - eyes);
	}

	static double footBottom(double[][] k) {
		double bottom = 0;
		for (int i = 27; i <= 32; i++) {
			bottom = Math.max(bottom, k[i][1]);
		}
		return bottom;
	}

	private static String pct(double share) {
		return Long.toString(Math.round(share * 100));
	}

	private static String signed(int degrees) {
		return (degrees > 0 ? "+" : "") + degrees;
	}

	// ---- image operations ----

	static BufferedImage crop(BufferedImage image, int x, int y, int w, int h) {
		BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = out.createGraphics();
		g.drawImage(image, -x, -y, null);
		g.dispose();
		return out;
	}

	static BufferedImage flip(BufferedImage image) {
		BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = out.createGraphics();
		g.drawImage(image, image.getWidth(), 0, -image.getWidth(), image.getHeight(), null);
		g.dispose();
		return out;
	}

	/** Turned about its centre on a canvas large enough to hold the whole photo. */
	public static BufferedImage rotate(BufferedImage image, double degrees) {
		double r = Math.toRadians(degrees);
		int w = image.getWidth();
		int h = image.getHeight();
		int cw = (int) Math.ceil(Math.abs(w * Math.cos(r)) + Math.abs(h * Math.sin(r)));
		int ch = (int) Math.ceil(Math.abs(w * Math.sin(r)) + Math.abs(h * Math.cos(r)));
		BufferedImage out = new BufferedImage(cw, ch, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = out.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.setColor(new Color(0xD8, 0xD8, 0xD8));
		g.fillRect(0, 0, cw, ch);
		AffineTransform t = new AffineTransform();
		t.translate(cw / 2.0, ch / 2.0);
		t.rotate(r);
		t.translate(-w / 2.0, -h / 2.0);
		g.drawImage(image, t, null);
		g.dispose();
		return out;
	}

	/** Turned by quarter turns: 1 = 90 degrees clockwise, -1 counter-clockwise. */
	public static BufferedImage rotateQuarter(BufferedImage image, int quarters) {
		int q = Math.floorMod(quarters, 4);
		int w = image.getWidth();
		int h = image.getHeight();
		boolean swap = q % 2 == 1;
		BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				int rgb = image.getRGB(x, y);
				switch (q) {
					case 0 -> out.setRGB(x, y, rgb);
					case 1 -> out.setRGB(h - 1 - y, x, rgb);
					case 2 -> out.setRGB(w - 1 - x, h - 1 - y, rgb);
					default -> out.setRGB(y, w - 1 - x, rgb);
				}
			}
		}
		return out;
	}

	public static BufferedImage resize(BufferedImage image, int w, int h, boolean nearest) {
		BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = out.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, nearest
				? RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR : RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
		if (w < image.getWidth() / 2) {
			// Step down in halves, as a phone's scaler would, rather than skip pixels.
			BufferedImage half = resize(image, image.getWidth() / 2, image.getHeight() / 2, false);
			return resize(half, w, h, nearest);
		}
		g.drawImage(image, 0, 0, w, h, null);
		g.dispose();
		return out;
	}

	/**
	 * The photo scaled and centred on a canvas of the given size, the person's head at
	 * the same share from the top as from the bottom.
	 */
	static BufferedImage place(BufferedImage image, double headTop, double footBottom, double scale, int canvasW,
			int canvasH, boolean noisy) {
		BufferedImage out = new BufferedImage(canvasW, canvasH, BufferedImage.TYPE_INT_RGB);
		if (noisy) {
			Random random = new Random(7);
			for (int y = 0; y < canvasH; y++) {
				for (int x = 0; x < canvasW; x++) {
					int v = 90 + random.nextInt(120);
					int tint = random.nextInt(40);
					out.setRGB(x, y, (v << 16) | ((v - tint / 2) << 8) | (v - tint));
				}
			}
		}
		else {
			Graphics2D g = out.createGraphics();
			g.setColor(new Color(0xC8, 0xC8, 0xC8));
			g.fillRect(0, 0, canvasW, canvasH);
			g.dispose();
		}
		BufferedImage scaled = resize(image, (int) Math.round(image.getWidth() * scale),
				(int) Math.round(image.getHeight() * scale), false);
		double personMid = (headTop + footBottom) / 2 * scale;
		int x = (canvasW - scaled.getWidth()) / 2;
		int y = (int) Math.round(canvasH / 2.0 - personMid);
		Graphics2D g = out.createGraphics();
		g.drawImage(scaled, x, y, null);
		g.dispose();
		return out;
	}

	/** As ARGB, with a fully transparent margin of the given width around it. */
	static BufferedImage withAlpha(BufferedImage image, int margin) {
		BufferedImage out = new BufferedImage(image.getWidth() + 2 * margin, image.getHeight() + 2 * margin,
				BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = out.createGraphics();
		g.drawImage(image, margin, margin, null);
		g.dispose();
		return out;
	}

	static BufferedImage grey(BufferedImage image) {
		BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = out.createGraphics();
		g.drawImage(image, 0, 0, null);
		g.dispose();
		return out;
	}

	// ---- encoding ----

	static Variant jpeg(String name, String group, Optional<View> given, Expect expect, BufferedImage image,
			float quality) {
		return new Variant(name, group, given, expect, "jpg", jpegBytes(image, quality));
	}

	static Variant png(String name, String group, Optional<View> given, Expect expect, BufferedImage image) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Variant(name, group, given, expect, "png", out.toByteArray());
	}

	public static byte[] jpegBytes(BufferedImage image, float quality) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
			writer.setOutput(stream);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(quality);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

	/**
	 * A JPEG of the stored pixels with an EXIF block whose orientation tag says how to
	 * turn them upright (6: turn 90 degrees clockwise, 8: counter-clockwise, 3: half a
	 * turn), as a phone writes a portrait photo.
	 */
	static Variant withOrientation(String name, Optional<View> given, Expect expect, BufferedImage stored,
			int orientation) {
		return new Variant(name, "exif orientation", given, expect, "jpg",
				withExifOrientation(jpegBytes(stored, 0.9f), orientation));
	}

	public static byte[] withExifOrientation(byte[] jpeg, int orientation) {
		// TIFF, big-endian: header, one IFD with one entry (0x0112 Orientation, SHORT,
		// 1).
		byte[] tiff = { 'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, 0,
				0, 0, 0 };
		byte[] header = { 'E', 'x', 'i', 'f', 0, 0 };
		int length = 2 + header.length + tiff.length;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, 2);
		out.write(0xFF);
		out.write(0xE1);
		out.write(length >> 8);
		out.write(length & 0xFF);
		out.write(header, 0, header.length);
		out.write(tiff, 0, tiff.length);
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}

}
