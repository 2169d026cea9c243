package org.realign.app.progress;

/**
 * The WCAG 2.1 contrast ratio of two sRGB colours, for choosing text colours on the
 * charts' fills.
 * <p>
 * [1] W3C, Web Content Accessibility Guidelines 2.1, definitions of "contrast ratio" and
 * "relative luminance".
 */
final class Contrast {

	private Contrast() {
	}

	/**
	 * The ratio, from 1 (none) to 21 (black on white), of two {@code #rrggbb} colours.
	 */
	static double ratio(String one, String other) {
		double a = luminance(one);
		double b = luminance(other);
		return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
	}

	static double luminance(String hex) {
		if (!hex.matches("#[0-9a-fA-F]{6}")) {
			throw new IllegalArgumentException("not a #rrggbb colour: " + hex);
		}
		int rgb = Integer.parseInt(hex.substring(1), 16);
		return 0.2126 * channel((rgb >> 16) & 0xff) + 0.7152 * channel((rgb >> 8) & 0xff)
				+ 0.0722 * channel(rgb & 0xff);
	}

	private static double channel(int value) {
		double c = value / 255.0;
		return (c <= 0.03928) ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}

}
