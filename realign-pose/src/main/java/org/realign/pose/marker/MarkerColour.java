package org.realign.pose.marker;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The colour a practice's markers have: white (white and retro-reflective markers, which
 * photograph white), or a hue (red, yellow, green, blue, ...). A hue is matched by angle
 * on the colour wheel, not by exact value, because light and shadow change a marker's
 * brightness and saturation but hardly its hue.
 *
 * @param name the name shown to people ({@code white}, {@code green}, {@code #1e90ff})
 * @param rgb the colour, 0xRRGGBB
 */
public record MarkerColour(String name, int rgb) {

	/** White and retro-reflective markers. */
	public static final MarkerColour WHITE = new MarkerColour("white", 0xFFFFFF);

	/**
	 * Below this saturation a colour counts as white (or grey, a white marker in shade).
	 */
	static final double WHITE_SATURATION = 0.28;

	/**
	 * Paler than this, a colour may still be a white marker under a tinted light: see
	 * {@link #sameTint}. A warm bulb's light that the camera's white balance left in the
	 * photo (blue at about 0.72 of red) makes a white marker's saturation about 0.28 by
	 * itself; shading, JPEG's halved colour resolution and the surround mixed into a
	 * small marker's edge spread one set's markers around that (0.227 to 0.319 on one
	 * traced set under a light that makes white 0.25: docs/markers.md).
	 */
	static final double PALE_SATURATION = 0.40;

	/**
	 * At least this saturated, a pale colour shows a tint whose hue can be told (a chroma
	 * of about 29 on a white marker at 240). A white marker under neutral light reads
	 * well below it (about 0.01 on the drawn scenes), so that a tinted highlight finds no
	 * company among neutral whites; a small one whose edge is mixed with skin can read
	 * above it, with the skin's hue (MarkerColourCastTest and NoMarkersInventedTest guard
	 * that a skin highlight does not join such a set).
	 */
	static final double TINT_SATURATION = 0.12;

	/**
	 * The least chroma (max - min channel, 0-255) a colour needs to have a hue at all: a
	 * near-grey colour's hue is noise. Small markers in shade read dim: green dots 6 px
	 * across under a warm light and uneven light, blurred and JPEG-compressed (mixed set
	 * 2102, squat frame 48 from behind), read chroma 21-27 at the brightest channel 57-99
	 * as verified. With the floor at 32 only the two on the calves kept their hue, four
	 * pale ones made the largest group of one colour, and 4 of the 16 were named. On 45
	 * scene sets (24 mixed, 21 of the development scenes' combinations, 13,324 markers)
	 * the floor at 20 found 23 markers more and none fewer, with the same extras; at 12,
	 * 2 more on the mixed ones.
	 */
	static final int MIN_CHROMA = 20;

	/**
	 * The least brightness (the brightest channel, 0-255) a colour needs to have a hue: a
	 * near-black colour is a gap or a shadow, and its tinge is whatever the dark has (a
	 * gap in a window frame behind the legs, reference squat frame 60, reads 10/30/27, a
	 * chroma of 20, and with the chroma floor alone it was reported as a cyan marker for
	 * a practice of cyan markers). Of the markers that read a chroma under 32 where they
	 * were drawn on 20 mixed scene sets, the dimmest read 57.
	 */
	static final int MIN_BRIGHTNESS = 40;

	/** Hues within this angle (degrees) are the same marker colour. */
	static final double HUE_TOLERANCE = 28;

	private static final Map<String, Integer> NAMED = Map.of("white", 0xFFFFFF, "red", 0xE02020, "orange", 0xFF8000,
			"yellow", 0xF0E020, "green", 0x20C040, "cyan", 0x20D0E0, "blue", 0x2050E0, "magenta", 0xE020C0, "pink",
			0xFF40A0);

	public MarkerColour {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("a marker colour needs a name");
		}
		rgb &= 0xFFFFFF;
	}

	/** Whether this is white (or reflective): no hue to match. */
	public boolean isWhite() {
		return saturation(this.rgb) < WHITE_SATURATION;
	}

	/**
	 * Reads a colour as a practice writes it: a name ({@code white}, {@code reflective},
	 * {@code red}, {@code orange}, {@code yellow}, {@code green}, {@code cyan},
	 * {@code blue}, {@code magenta}, {@code pink}) or {@code #RRGGBB}.
	 * @param text the colour
	 * @return the colour, empty when the text names none
	 */
	public static Optional<MarkerColour> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String key = text.strip().toLowerCase(Locale.ROOT);
		if (key.equals("reflective")) {
			return Optional.of(WHITE);
		}
		Integer named = NAMED.get(key);
		if (named != null) {
			return Optional.of(new MarkerColour(key, named));
		}
		if (key.matches("#[0-9a-f]{6}")) {
			return Optional.of(new MarkerColour(key, Integer.parseInt(key.substring(1), 16)));
		}
		return Optional.empty();
	}

	/**
	 * Whether a marker seen with this colour in a photo may be one of this practice's: of
	 * its hue, or for white markers white or {@link #tinted}. A tinted one is one of the
	 * set only in company: see {@link #sameTint}.
	 */
	boolean matches(int seen) {
		if (isWhite()) {
			return saturation(seen) < WHITE_SATURATION || tinted(seen);
		}
		return hued(seen) && hueDistance(hue(seen), hue(this.rgb)) <= HUE_TOLERANCE;
	}

	/**
	 * Whether two colours seen in one photo are the same marker colour: both white, both
	 * of one hue, or one white under one tinted light ({@link #sameTint}).
	 */
	static boolean sameColour(int a, int b) {
		if (sameTint(a, b)) {
			return true;
		}
		boolean whiteA = saturation(a) < WHITE_SATURATION;
		boolean whiteB = saturation(b) < WHITE_SATURATION;
		if (whiteA || whiteB) {
			return whiteA && whiteB;
		}
		return hued(a) && hued(b) && hueDistance(hue(a), hue(b)) <= HUE_TOLERANCE;
	}

	/**
	 * Whether two pale colours are one white marker colour under one tinted light: a
	 * light that the camera's white balance did not take out (a warm bulb, shade) tints
	 * every white marker in the photo alike, so that the set's saturations straddle
	 * {@value #WHITE_SATURATION} while their hue stays the light's. Without this a warm
	 * light split a set of white markers into whites and pale oranges, two groups too
	 * small to be a set, and every marker of the photo was dropped.
	 */
	static boolean sameTint(int a, int b) {
		return tinted(a) && tinted(b) && hueDistance(hue(a), hue(b)) <= HUE_TOLERANCE;
	}

	/** Whether a colour is pale, yet tinted enough to tell its tint's hue. */
	static boolean tinted(int rgb) {
		double saturation = saturation(rgb);
		return saturation >= TINT_SATURATION && saturation < PALE_SATURATION;
	}

	/**
	 * Whether a colour seen in a photo has a hue to match: neither white, grey nor near
	 * black.
	 */
	static boolean hued(int rgb) {
		return saturation(rgb) >= WHITE_SATURATION && chroma(rgb) >= MIN_CHROMA && brightness(rgb) >= MIN_BRIGHTNESS;
	}

	/** The largest channel, 0-255. */
	static int brightness(int rgb) {
		return Math.max((rgb >> 16) & 0xFF, Math.max((rgb >> 8) & 0xFF, rgb & 0xFF));
	}

	/** The largest channel less the smallest, 0-255. */
	static int chroma(int rgb) {
		int r = (rgb >> 16) & 0xFF;
		int g = (rgb >> 8) & 0xFF;
		int b = rgb & 0xFF;
		return Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b));
	}

	/** A colour seen in a photo, named as a practice would name it. */
	static MarkerColour seen(int rgb) {
		if (saturation(rgb) < WHITE_SATURATION) {
			return WHITE;
		}
		double hue = hue(rgb);
		String best = "red";
		double bestDistance = Double.MAX_VALUE;
		for (Map.Entry<String, Integer> named : NAMED.entrySet()) {
			if (saturation(named.getValue()) < WHITE_SATURATION) {
				continue;
			}
			double distance = hueDistance(hue, hue(named.getValue()));
			if (distance < bestDistance) {
				bestDistance = distance;
				best = named.getKey();
			}
		}
		return new MarkerColour(best, rgb);
	}

	/** See {@link #whiteBeneath}. */
	private static final double BRIGHTEST_WHITE = 270;

	/**
	 * Whether a colour seen could be white mixed with its surround: the colour that, at a
	 * share {@code share} or more of the pixels' light (the rest the surround's), gives
	 * what was seen, is white ({@link #WHITE_SATURATION}) and no brighter than white
	 * (255, and a little more for sensor noise and JPEG's ringing).
	 */
	static boolean whiteBeneath(int seen, int surround, double share) {
		return beneath(seen, surround, share, (r, g, b) -> {
			double max = Math.max(r, Math.max(g, b));
			double min = Math.min(r, Math.min(g, b));
			return max > 0 && (max - min) / max < WHITE_SATURATION;
		});
	}

	/**
	 * Whether a colour seen could be a marker of {@code target}'s hue mixed with its
	 * surround: the colour that, at a share {@code share} or more of the pixels' light
	 * (the rest the surround's), gives what was seen, is hued, of {@code target}'s hue
	 * ({@value #HUE_TOLERANCE}°) and within the range of a pixel (0 to 255, and a little
	 * more for sensor noise and JPEG's ringing). The hued counterpart of
	 * {@link #whiteBeneath}.
	 */
	static boolean hueBeneath(int seen, int surround, double share, int target) {
		double targetHue = hue(target);
		return beneath(seen, surround, share, (r, g, b) -> {
			int colour = ((int) Math.min(255, Math.round(r)) << 16) | ((int) Math.min(255, Math.round(g)) << 8)
					| (int) Math.min(255, Math.round(b));
			return hued(colour) && hueDistance(hue(colour), targetHue) <= HUE_TOLERANCE;
		});
	}

	/** See {@link #beneath}. */
	private interface ColourBeneath {

		boolean is(double r, double g, double b);

	}

	/**
	 * Whether at some share of the pixels' light from 1 down to {@code share}, in steps
	 * of 0.05, the colour that mixed with the surround gives what was seen lies within a
	 * pixel's range (0 to {@value #BRIGHTEST_WHITE}) and is what {@code test} asks.
	 */
	private static boolean beneath(int seen, int surround, double share, ColourBeneath test) {
		double sr = (seen >> 16) & 0xFF;
		double sg = (seen >> 8) & 0xFF;
		double sb = seen & 0xFF;
		double br = (surround >> 16) & 0xFF;
		double bg = (surround >> 8) & 0xFF;
		double bb = surround & 0xFF;
		for (double a = 1; a >= share - 1e-9; a -= 0.05) {
			double r = br + (sr - br) / a;
			double g = bg + (sg - bg) / a;
			double b = bb + (sb - bb) / a;
			if (Math.max(r, Math.max(g, b)) > BRIGHTEST_WHITE || Math.min(r, Math.min(g, b)) < 0) {
				// As the share falls the colour beneath moves away from the surround
				// along one line: once out of range, it stays out.
				return false;
			}
			if (test.is(r, g, b)) {
				return true;
			}
		}
		return false;
	}

	/** The chroma in the brightness's share, 0-1 (0 for black). */
	static double saturation(int rgb) {
		int brightness = brightness(rgb);
		return (brightness == 0) ? 0 : chroma(rgb) / (double) brightness;
	}

	/** Hue in degrees, [0, 360). */
	static double hue(int rgb) {
		double r = ((rgb >> 16) & 0xFF) / 255.0;
		double g = ((rgb >> 8) & 0xFF) / 255.0;
		double b = (rgb & 0xFF) / 255.0;
		double max = Math.max(r, Math.max(g, b));
		double min = Math.min(r, Math.min(g, b));
		double chroma = max - min;
		if (chroma == 0) {
			return 0;
		}
		double hue;
		if (max == r) {
			hue = ((g - b) / chroma) % 6;
		}
		else if (max == g) {
			hue = (b - r) / chroma + 2;
		}
		else {
			hue = (r - g) / chroma + 4;
		}
		hue *= 60;
		return (hue < 0) ? hue + 360 : hue;
	}

	/** The circular mean of the hues of some colours, degrees from 0 to 360. */
	static double meanHue(int[] rgbs) {
		double x = 0;
		double y = 0;
		for (int rgb : rgbs) {
			double angle = Math.toRadians(hue(rgb));
			x += Math.cos(angle);
			y += Math.sin(angle);
		}
		double mean = Math.toDegrees(Math.atan2(y, x));
		return (mean < 0) ? mean + 360 : mean;
	}

	static double hueDistance(double a, double b) {
		double d = Math.abs(a - b) % 360;
		return (d > 180) ? 360 - d : d;
	}

	@Override
	public String toString() {
		return this.name;
	}

}
