package org.realign.pose.marker;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.realign.core.landmark.LandmarkId;
import org.realign.core.landmark.Side;
import org.realign.core.landmark.View;
import org.realign.pose.PoseKeypoint;
import org.realign.pose.PoseLandmark;

/**
 * Test photos with markers at known anatomical points: a reference photo, cropped to the
 * person and scaled (a closer or farther camera), markers drawn at the view's marker
 * sites (each moved off its predicted spot by up to 40% of the site's tolerance, since
 * real placement varies), then the photo degraded as cameras degrade it.
 * <p>
 * Side and back views are drawn on the reference photos too, which show the front: the
 * detector sees real skin, clothing and background, and the assigner sees the keypoints
 * and the markers where that view's set puts them.
 */
final class MarkerScenes {

	/**
	 * A drawn marker: where, how big, which point it marks, and whether part of it lies
	 * under hair or a waistband (one per scene of a recipe that hides one).
	 */
	record Drawn(LandmarkId id, double x, double y, double diameter, boolean partlyHidden) {

		/**
		 * " (partly hidden)" for the partly hidden marker, else nothing: how the reports
		 * mark it after its size (the scripts that compare their logs key on it).
		 */
		String hiddenNote() {
			return this.partlyHidden ? " (partly hidden)" : "";
		}

	}

	/** A finished photo with its keypoints and the truth. */
	record Scene(String name, BufferedImage image, List<PoseLandmark> keypoints, View view, List<Drawn> drawn,
			int colour) {
	}

	/**
	 * How a scene is made.
	 *
	 * @param cast the light's colour left in the photo, per channel ({@link Cast#NONE}:
	 * neutral)
	 * @param lightX towards the light that shades a ball, in image axes (see
	 * {@link MarkerPainter#draw(java.awt.image.BufferedImage, double, double, double, int, boolean, double, double, int, double, double)})
	 * @param lightY see {@code lightX}
	 */
	record Recipe(String photo, View view, double diameter, int colour, boolean ball, double blur, double noise,
			float jpeg, boolean unevenLight, boolean hideOne, long seed, Cast cast, double lightX, double lightY) {

		Recipe(String photo, View view, double diameter, int colour, boolean ball, double blur, double noise,
				float jpeg, boolean unevenLight, boolean hideOne, long seed) {
			this(photo, view, diameter, colour, ball, blur, noise, jpeg, unevenLight, hideOne, seed, Cast.NONE);
		}

		/** Balls lit from the upper left, as every scene set has drawn them. */
		Recipe(String photo, View view, double diameter, int colour, boolean ball, double blur, double noise,
				float jpeg, boolean unevenLight, boolean hideOne, long seed, Cast cast) {
			this(photo, view, diameter, colour, ball, blur, noise, jpeg, unevenLight, hideOne, seed, cast,
					MarkerPainter.UPPER_LEFT_X, MarkerPainter.UPPER_LEFT_Y);
		}

		/** The same scene with its balls lit from another side. */
		Recipe litFrom(double x, double y) {
			return new Recipe(this.photo, this.view, this.diameter, this.colour, this.ball, this.blur, this.noise,
					this.jpeg, this.unevenLight, this.hideOne, this.seed, this.cast, x, y);
		}

	}

	/**
	 * A colour cast, each channel's gain (the brightest is 1).
	 */
	record Cast(double red, double green, double blue) {

		static final Cast NONE = new Cast(1, 1, 1);

		/**
		 * A cast of a warm light (indoor bulbs) of a strength from 0 (none) to 1: blue at
		 * 0.72 and green at 0.88 of red, a tungsten bulb's light after a phone's white
		 * balance has taken out most of it.
		 */
		static Cast warm(double strength) {
			return new Cast(1, 1 - 0.12 * strength, 1 - 0.28 * strength);
		}

		/**
		 * A cast of a cool light (shade, daylight lamps) of a strength from 0 to 1: red
		 * at 0.8 and green at 0.92 of blue.
		 */
		static Cast cool(double strength) {
			return new Cast(1 - 0.2 * strength, 1 - 0.08 * strength, 1);
		}

	}

	private MarkerScenes() {
	}

	static BufferedImage photo(String photo) {
		return photo.equals("pose") ? ReferencePhotos.pose()
				: ReferencePhotos.squat(Integer.parseInt(photo.substring("squat".length())));
	}

	static List<PoseLandmark> keypoints(String photo) {
		return photo.equals("pose") ? ReferencePhotos.poseKeypoints()
				: ReferencePhotos.squatKeypoints(Integer.parseInt(photo.substring("squat".length())));
	}

	static Scene make(Recipe recipe) {
		return make(recipe, photo(recipe.photo()), keypoints(recipe.photo()));
	}

	/**
	 * @param recipe the scene's parameters; the diameter decides the scale: markers are
	 * about 4% of the trunk (a 20 mm marker on a 50 cm trunk), so the photo is scaled
	 * until they are that many pixels across
	 */
	static Scene make(Recipe recipe, BufferedImage source, List<PoseLandmark> sourceKeypoints) {
		return make(recipe, source, sourceKeypoints, true);
	}

	/**
	 * @param markers whether to draw the markers (false: the same crop and scale with
	 * none, for hard negatives)
	 */
	static Scene make(Recipe recipe, BufferedImage source, List<PoseLandmark> sourceKeypoints, boolean markers) {
		Random random = new SceneRandom(recipe.seed());
		double trunk = MarkerDetector.trunk(sourceKeypoints);
		double scale = recipe.diameter() / (0.04 * trunk);
		MarkerDetector.Region box = MarkerDetector.personRegion(sourceKeypoints, source.getWidth(), source.getHeight());
		int width = (int) Math.round(box.width() * scale);
		int height = (int) Math.round(box.height() * scale);
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
		g.drawImage(source, 0, 0, width, height, box.left(), box.top(), box.right(), box.bottom(), null);
		g.dispose();
		List<PoseLandmark> keypoints = new ArrayList<>();
		for (PoseLandmark p : sourceKeypoints) {
			keypoints.add(new PoseLandmark(p.keypoint(), (p.x() - box.left()) * scale, (p.y() - box.top()) * scale,
					p.z() * scale, p.visibility(), p.presence()));
		}
		List<Drawn> drawn = new ArrayList<>();
		List<MarkerSites.Site> sites = markers ? MarkerSites.predict(recipe.view(), keypoints) : List.of();
		int hidden = (recipe.hideOne() && !sites.isEmpty()) ? random.nextInt(sites.size()) : -1;
		for (int s = 0; s < sites.size(); s++) {
			MarkerSites.Site site = sites.get(s);
			double d = recipe.diameter() * (0.9 + 0.2 * random.nextDouble());
			double angle = random.nextDouble() * 2 * Math.PI;
			double shift = 0.4 * site.tolerance() * random.nextDouble();
			double x = site.x() + shift * Math.cos(angle);
			double y = site.y() + shift * Math.sin(angle);
			if (x < d || y < d || x > width - d || y > height - d || onAHiddenEar(site.id(), keypoints)) {
				continue;
			}
			boolean crowded = false;
			for (Drawn other : drawn) {
				if (Math.hypot(other.x() - x, other.y() - y) < 1.6 * (d + other.diameter()) / 2 + 4) {
					crowded = true;
				}
			}
			if (crowded || !contrasting(image, x, y, d, recipe.colour())) {
				continue;
			}
			double hideFrom = Double.NaN;
			double hideAngle = 0;
			if (s == hidden) {
				// A quarter of the marker under hair or a waistband.
				hideFrom = 0.25 * d;
				hideAngle = random.nextDouble() * 2 * Math.PI;
			}
			MarkerPainter.draw(image, x, y, d, recipe.colour(), recipe.ball(), hideFrom, hideAngle, 0x2A1E18,
					recipe.lightX(), recipe.lightY());
			drawn.add(new Drawn(site.id(), x, y, d, s == hidden));
		}
		if (recipe.unevenLight()) {
			MarkerPainter.light(image, 0.3, 0.6, width * (0.3 + 0.4 * random.nextDouble()));
		}
		if (!recipe.cast().equals(Cast.NONE)) {
			MarkerPainter.cast(image, recipe.cast().red(), recipe.cast().green(), recipe.cast().blue());
		}
		BufferedImage out = MarkerPainter.blur(image, recipe.blur());
		if (recipe.noise() > 0) {
			MarkerPainter.noise(out, recipe.noise(), random);
		}
		out = MarkerPainter.jpeg(out, recipe.jpeg());
		String cast = recipe.cast().equals(Cast.NONE) ? "" : String.format(" cast %.2f/%.2f/%.2f", recipe.cast().red(),
				recipe.cast().green(), recipe.cast().blue());
		return new Scene(recipe.photo() + " " + recipe.view().id() + " d=" + Math.round(recipe.diameter()) + cast, out,
				keypoints, recipe.view(), drawn, recipe.colour());
	}

	/**
	 * Whether a tragus marker would sit on the ear of a face turned away from it, which
	 * the face hides. Seen from the nose, a visible ear lies beyond its eye's outer
	 * corner (about a third of the head's width further out on a face seen from the
	 * front, and further as the face turns towards it); as the face turns away, the ear
	 * goes behind the cheek before it reaches that corner. The pose model still places a
	 * keypoint for the hidden ear, near the eye or on it, and a marker drawn there would
	 * lie on the eye or the glasses, where no practitioner's marker can be seen.
	 */
	static boolean onAHiddenEar(LandmarkId id, List<PoseLandmark> keypoints) {
		boolean left = id == LandmarkId.of(Side.LEFT, "tragus");
		if ((!left && id != LandmarkId.of(Side.RIGHT, "tragus")) || keypoints.size() < PoseKeypoint.COUNT) {
			return false;
		}
		PoseLandmark ear = keypoints.get((left ? PoseKeypoint.LEFT_EAR : PoseKeypoint.RIGHT_EAR).ordinal());
		PoseLandmark corner = keypoints
			.get((left ? PoseKeypoint.LEFT_EYE_OUTER : PoseKeypoint.RIGHT_EYE_OUTER).ordinal());
		PoseLandmark nose = keypoints.get(PoseKeypoint.NOSE.ordinal());
		double cx = corner.x() - nose.x();
		double cy = corner.y() - nose.y();
		double reach = Math.hypot(cx, cy);
		double along = ((ear.x() - nose.x()) * cx + (ear.y() - nose.y()) * cy) / reach;
		return along <= reach;
	}

	/**
	 * Whether a marker of this colour would stand out where it is drawn: markers are
	 * chosen to contrast with skin and clothing, so a site that falls on a white shoe for
	 * a white marker, or on the wall beside a frontal photo's body for a back-view site,
	 * is not one a practitioner would have.
	 */
	static boolean contrasting(BufferedImage image, double x, double y, double d, int colour) {
		int total = 0;
		int similar = 0;
		for (int j = (int) (y - 1.2 * d); j <= y + 1.2 * d; j++) {
			for (int i = (int) (x - 1.2 * d); i <= x + 1.2 * d; i++) {
				double r = Math.hypot(i + 0.5 - x, j + 0.5 - y);
				if (r < 0.6 * d || r > 1.2 * d || i < 0 || j < 0 || i >= image.getWidth() || j >= image.getHeight()) {
					continue;
				}
				int p = image.getRGB(i, j);
				double dr = ((p >> 16) & 0xFF) - ((colour >> 16) & 0xFF);
				double dg = ((p >> 8) & 0xFF) - ((colour >> 8) & 0xFF);
				double db = (p & 0xFF) - (colour & 0xFF);
				total++;
				if (Math.sqrt(dr * dr + dg * dg + db * db) < 90) {
					similar++;
				}
			}
		}
		return total > 0 && similar < 0.1 * total;
	}

}
