package org.realign.app.session;

import java.util.List;

import org.realign.app.api.FeedbackJson;
import org.realign.core.feedback.SessionDraft;
import org.realign.core.feedback.SessionLog;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads the session part of a log as JSON, with the package's mapper
 * ({@link FeedbackJson#MAPPER}).
 */
final class SessionLogJson {

	private final JsonMapper mapper = FeedbackJson.MAPPER;

	String write(SessionDraft session) {
		return this.mapper.writeValueAsString(session);
	}

	SessionDraft read(String json) {
		return this.mapper.readValue(json, SessionDraft.class);
	}

	String writeTree(Object value) {
		return this.mapper.writeValueAsString(value);
	}

	String writeLogs(List<SessionLog> logs) {
		return this.mapper.writeValueAsString(logs);
	}

}
