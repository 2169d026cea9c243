package org.realign.app.assessment;

import java.util.List;

/**
 * What the client report says, every sentence already in the reader's words: the template
 * (assessment/client-report.html) only lays it out. No ids, no class names: each source
 * is a number into {@link #references}.
 *
 * @param title the document's title (also its metadata)
 * @param language the document's language tag
 * @param practice who prepared it
 * @param clientName the client
 * @param takenOn when the photos were taken, formatted
 * @param findings what was seen, each explained
 * @param measurements every measurement as a table row
 * @param hypotheses muscle hypotheses in words
 * @param menu the exercise menu (the published one while there is one)
 * @param comparison before and after, when an earlier assessment exists; else null
 * @param photos the photos with their measurement lines
 * @param references the sources cited, spelled out, in citation order
 */
record ClientReport(String title, String language, Practice practice, String clientName, String takenOn,
		List<FindingText> findings, List<Row> measurements, List<HypothesisText> hypotheses, Menu menu,
		Comparison comparison, List<Photo> photos, List<Reference> references) {

	/**
	 * The practice as printed at the top.
	 *
	 * @param name its name
	 * @param addressLines its address, line by line
	 * @param contact phone, e-mail, web; or null
	 * @param logo its logo as a data URI, or null
	 * @param logoAlt the logo's text alternative
	 */
	record Practice(String name, List<String> addressLines, String contact, String logo, String logoAlt) {
	}

	/**
	 * A finding in plain words.
	 *
	 * @param name its name
	 * @param severity how marked, in words
	 * @param meaning what it means, in one sentence
	 * @param details what was seen, on which side, by how much, and the error in words
	 */
	record FindingText(String name, String severity, String meaning, List<String> details) {
	}

	/**
	 * One measurement.
	 *
	 * @param name its name
	 * @param view the photo it was taken on
	 * @param value the value with its error
	 * @param usual the usual range in words
	 */
	record Row(String name, String view, String value, String usual) {
	}

	/**
	 * A muscle hypothesis.
	 *
	 * @param text muscle, side, state and confidence
	 * @param references the numbers of its sources, e.g. "[2, 5]"
	 * @param notes own-inference label and conflict, if any
	 */
	record HypothesisText(String text, String references, List<String> notes) {
	}

	/**
	 * The menu.
	 *
	 * @param published whether the practitioner published it
	 * @param intro what it is, in words
	 * @param items its exercises, in order
	 */
	record Menu(boolean published, String intro, List<MenuEntry> items) {
	}

	/**
	 * One exercise of the menu.
	 *
	 * @param name its name
	 * @param dose the dose as the printed menu words it
	 * @param picture the drawing of its position (a URL the renderer reads), or null
	 * @param pictureAlt the drawing's text alternative
	 * @param steps how to do it
	 * @param feel where it should be felt, in a sentence, or null
	 * @param references the numbers of its sources
	 */
	record MenuEntry(String name, String dose, String picture, String pictureAlt, List<String> steps, String feel,
			String references) {
	}

	/**
	 * Before and after.
	 *
	 * @param intro which dates
	 * @param pairs each view's two photos
	 * @param changes each change beyond its measurement's error, in words; only these
	 * @param rest what the other measurements did, in words (no change beyond the error,
	 * or that it cannot be told)
	 */
	record Comparison(String intro, List<PhotoPair> pairs, List<String> changes, List<String> rest) {
	}

	/**
	 * One view before and after.
	 *
	 * @param view the view's name
	 * @param before the earlier photo
	 * @param after the later photo
	 */
	record PhotoPair(String view, Picture before, Picture after) {
	}

	/**
	 * A photo, or why it is left out.
	 *
	 * @param caption what it is
	 * @param image a data URI, or null when left out
	 * @param alt its text alternative, or the reason it is left out
	 */
	record Picture(String caption, String image, String alt) {
	}

	/**
	 * A photo with its measurement lines.
	 *
	 * @param view the view's name
	 * @param image a data URI
	 * @param alt its text alternative
	 * @param legend what its coloured lines are
	 */
	record Photo(String view, String image, String alt, List<ReportPhotos.Legend> legend) {
	}

	/**
	 * A source, spelled out.
	 *
	 * @param number its number in the text
	 * @param citation authors, year, title, where published
	 * @param url its DOI or address, or empty
	 */
	record Reference(int number, String citation, String url) {
	}

}
