package org.realign.core.source;

import java.util.Objects;

/**
 * A citation that a threshold, rule or claim in the knowledge base rests on.
 *
 * @param id short key used by the data files, e.g. {@code ferreira-2010-sapo}
 * @param citation the full reference in one line (authors, year, title, journal or
 * publisher)
 * @param locator where the value lives in it (table, page, section), or empty
 * @param url DOI or stable address, or empty
 */
public record Source(String id, String citation, String locator, String url) {

	public Source {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(citation, "citation");
		locator = locator == null ? "" : locator;
		url = url == null ? "" : url;
	}

}
