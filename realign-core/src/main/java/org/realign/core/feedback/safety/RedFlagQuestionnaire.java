package org.realign.core.feedback.safety;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The red-flag questionnaire, loaded from {@code kb/feedback/red-flags.json}.
 *
 * @param id the questionnaire's id
 * @param version its version; answers record the version they were given against
 * @param intro the client-facing introduction
 * @param questions the questions in order
 */
public record RedFlagQuestionnaire(String id, int version, String intro, List<RedFlagQuestion> questions) {

	/** Where the shipped questionnaire lives on the classpath. */
	public static final String RESOURCE = "kb/feedback/red-flags.json";

	public RedFlagQuestionnaire {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(intro, "intro");
		questions = List.copyOf(questions);
	}

	/** The shipped questionnaire. */
	public static RedFlagQuestionnaire load() {
		try (InputStream in = RedFlagQuestionnaire.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("missing " + RESOURCE);
			}
			JsonNode root = JsonMapper.builder().build().readTree(in);
			List<RedFlagQuestion> questions = new ArrayList<>();
			for (JsonNode node : root.get("questions")) {
				List<String> sources = new ArrayList<>();
				node.get("sourceIds").forEach((source) -> sources.add(source.asString()));
				questions.add(new RedFlagQuestion(node.get("id").asString(),
						RedFlagCategory.fromId(node.get("category").asString()), node.get("urgent").asBoolean(),
						node.get("question").asString(), sources));
			}
			return new RedFlagQuestionnaire(root.get("id").asString(), root.get("version").asInt(),
					root.get("intro").asString(), questions);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + RESOURCE, ex);
		}
	}

	public Optional<RedFlagQuestion> question(String questionId) {
		return this.questions.stream().filter((question) -> question.id().equals(questionId)).findFirst();
	}

}
