package org.realign.app.assessment;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

import org.realign.pose.marker.MarkerColour;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A practice's skin-marker colour (migration V91): {@value SkinMarkers#DETECT} to take
 * each photo's own, or the colour the practice uses, as a name or {@code #RRGGBB}. Saving
 * adds a row with who and when; the newest is in force.
 */
@Repository
class MarkerSettings {

	private final JdbcClient jdbc;

	private final Clock clock;

	MarkerSettings(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The colour as the practice set it, {@value SkinMarkers#DETECT} until it does. */
	String colour(long practiceId) {
		return this.jdbc
			.sql("SELECT colour FROM practice_marker_settings WHERE practice_id = :practice "
					+ "ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
			.param("practice", practiceId)
			.query(String.class)
			.optional()
			.orElse(SkinMarkers.DETECT);
	}

	/**
	 * How a practice's uploads look for skin markers, from one reading of its setting.
	 *
	 * @param looks whether they look at all: not for a practice that uses none
	 * ({@value SkinMarkers#NONE}), which saves the search on every photo
	 * @param colour the colour they look for: empty to detect it on each photo (and when
	 * they do not look)
	 */
	record Search(boolean looks, Optional<MarkerColour> colour) {
	}

	Search search(long practiceId) {
		String colour = colour(practiceId);
		boolean looks = SkinMarkers.looksFor(colour);
		return new Search(looks, looks ? SkinMarkers.colour(colour) : Optional.empty());
	}

	/**
	 * @param colour {@value SkinMarkers#DETECT} or a colour {@link MarkerColour#parse}
	 * reads, checked by the caller
	 */
	void save(long practiceId, String colour, long by) {
		this.jdbc
			.sql("INSERT INTO practice_marker_settings (practice_id, colour, recorded_at, recorded_by) "
					+ "VALUES (:practice, :colour, :at, :by)")
			.param("practice", practiceId)
			.param("colour", colour)
			.param("at", OffsetDateTime.now(this.clock))
			.param("by", by)
			.update();
	}

	/**
	 * A colour as a person wrote it, in the form it is stored:
	 * {@value SkinMarkers#DETECT}, {@value SkinMarkers#NONE}, a name in lower case, or
	 * {@code #rrggbb}; empty when it names no colour.
	 */
	static Optional<String> normalised(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String key = text.strip().toLowerCase(Locale.ROOT);
		if (key.equals(SkinMarkers.DETECT) || key.equals(SkinMarkers.NONE)) {
			return Optional.of(key);
		}
		return MarkerColour.parse(key).map((colour) -> key.equals("reflective") ? key : colour.name());
	}

}
