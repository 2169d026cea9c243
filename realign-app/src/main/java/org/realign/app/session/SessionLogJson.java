package org.realign.app.session;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.realign.app.api.FeedbackJson;
import org.realign.core.feedback.Evaluation;
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

	/**
	 * The stored log and the progression rules' verdict on it, as the API answers a log.
	 */
	String writeOutcome(SessionLog log, Evaluation evaluation, Map<String, Object> safety,
			List<Map<String, Object>> spasmEpisodes) {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("log", log);
		answer.put("cramps", evaluation.cramps());
		answer.put("proposals", evaluation.proposals());
		answer.put("alerts", evaluation.alerts());
		answer.put("milestones", evaluation.milestones());
		answer.put("blocked", evaluation.blocked());
		answer.put("safety", safety);
		answer.put("spasmEpisodes", spasmEpisodes);
		return this.mapper.writeValueAsString(answer);
	}

}
