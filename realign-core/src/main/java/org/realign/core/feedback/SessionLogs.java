package org.realign.core.feedback;

import java.util.List;
import java.util.Optional;

/**
 * Where session logs are kept: append-only. There is no update and no delete; a
 * correction is appended as the next version.
 */
public interface SessionLogs {

	/**
	 * Appends one version of a log.
	 * @throws IllegalStateException if that version of the log is already stored (two
	 * corrections raced), in which case nothing is written
	 */
	void append(SessionLog log);

	/** Every stored version of a log, oldest first; empty when the log is unknown. */
	Optional<SessionLogHistory> history(String logId);

	/** The version in force of each of a client's logs, by session date. */
	List<SessionLog> currentVersions(String clientId);

}
