package org.realign.core.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
			boolean chained = (i == 0) ? log.replacesVersion().isEmpty() && log.correctionReason().isEmpty()
					: log.replacesVersion().equals(Optional.of(i)) && log.correctionReason().isPresent();
			if (!chained) {
				throw new IllegalArgumentException(
						"version " + (i + 1) + " of " + logId + " must replace version " + i + " with a reason");
			}
			if (!log.clientId().equals(versions.get(0).clientId())) {
				throw new IllegalArgumentException("versions of " + logId + " belong to different clients");
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
