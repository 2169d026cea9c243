package org.realign.app.progress;

import java.util.Locale;

/**
 * A small SVG writer for the dashboard's charts. Every attribute value and every text
 * node goes through {@link #escape(String)}, so a label from the data (a muscle id, a
 * measurement name) can never become markup: the charts are written into the page
 * unescaped.
 */
final class Svg {

	private final StringBuilder out = new StringBuilder();

	/** Opens an element; attributes are name, value pairs. */
	Svg open(String name, Object... attributes) {
		this.out.append('<').append(name);
		attributes(attributes);
		this.out.append('>');
		return this;
	}

	Svg close(String name) {
		this.out.append("</").append(name).append('>');
		return this;
	}

	/** An element without content. */
	Svg empty(String name, Object... attributes) {
		this.out.append('<').append(name);
		attributes(attributes);
		this.out.append("/>");
		return this;
	}

	/** An element holding only text. */
	Svg text(String name, String text, Object... attributes) {
		open(name, attributes);
		this.out.append(escape(text));
		return close(name);
	}

	private void attributes(Object... attributes) {
		if (attributes.length % 2 != 0) {
			throw new IllegalArgumentException("attributes come in name, value pairs");
		}
		for (int i = 0; i < attributes.length; i += 2) {
			Object value = attributes[i + 1];
			if (value == null) {
				continue;
			}
			String text = (value instanceof Double d) ? num(d) : String.valueOf(value);
			this.out.append(' ').append(attributes[i]).append("=\"").append(escape(text)).append('"');
		}
	}

	/** Escapes the five XML special characters. */
	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '&' -> escaped.append("&amp;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

	/** A coordinate: at most two decimals, a dot as separator whatever the locale. */
	static String num(double value) {
		if (!Double.isFinite(value)) {
			throw new IllegalArgumentException("not a finite coordinate: " + value);
		}
		String text = String.format(Locale.ROOT, "%.2f", value);
		text = text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
		return "-0".equals(text) ? "0" : text;
	}

	@Override
	public String toString() {
		return this.out.toString();
	}

}
