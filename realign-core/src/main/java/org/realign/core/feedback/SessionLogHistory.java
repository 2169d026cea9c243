package org.realign.core.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Every version of one session log, oldest first. Immutable: a correction returns a new
 * history and leaves this one as it was.
 *
 * @param logId the session's stable id
 * @param versions every version, oldest first, numbered 1, 2, 3...
 */
public record SessionLogHistory(String logId, List<SessionLog> versions) {

	public SessionLogHistory {
		Objects.requireNonNull(logId, "logId");
		versions = List.copyOf(versions);
		if (versions.isEmpty()) {
			throw new IllegalArgumentException("a history has at least one version");
		}
		for (int i = 0; i < versions.size(); i++) {
			SessionLog log = versions.get(i);
			if (!log.logId().equals(logId) || log.version() != i + 1) {
				throw new IllegalArgumentException("version " + (i + 1) + " of " + logId + " is out of order");
			}
		}
	}

	/** The version in force: the latest. */
	public SessionLog current() {
		return this.versions.get(this.versions.size() - 1);
	}

	SessionLogHistory append(SessionLog next) {
		List<SessionLog> all = new ArrayList<>(this.versions);
		all.add(next);
		return new SessionLogHistory(this.logId, all);
	}

}
