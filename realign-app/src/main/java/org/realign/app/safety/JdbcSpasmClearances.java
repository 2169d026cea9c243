package org.realign.app.safety;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The practitioner's clearance of spasm episodes (migration V60), insert only: an episode
 * without one holds every dose raise of the client.
 */
@Repository
class JdbcSpasmClearances {

	private final JdbcClient jdbc;

	JdbcSpasmClearances(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return false when the episode was cleared before
	 */
	boolean clear(long clientId, String episodeId, String note, String by, Instant at) {
		try {
			this.jdbc
				.sql("INSERT INTO spasm_clearance (client_id, episode_id, cleared_at, cleared_by, note) "
						+ "VALUES (:client, :episode, :at, :by, :note)")
				.param("client", clientId)
				.param("episode", episodeId)
				.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
				.param("by", by)
				.param("note", note == null ? "" : note)
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	Set<String> cleared(long clientId) {
		return this.jdbc.sql("SELECT episode_id FROM spasm_clearance WHERE client_id = :client")
			.param("client", clientId)
			.query(String.class)
			.list()
			.stream()
			.collect(Collectors.toSet());
	}

}
