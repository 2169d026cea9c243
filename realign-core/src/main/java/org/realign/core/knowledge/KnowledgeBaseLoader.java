package org.realign.core.knowledge;

import org.realign.core.prescription.ExerciseDemand;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.realign.core.prescription.Dose;
import org.realign.core.prescription.DoseJson;
import org.realign.core.source.SourceCatalog;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the knowledge base from the classpath ({@code kb/*.json}). A file that cannot be
 * parsed, or an enumerated value it does not know (a state, position, framework), fails
 * the load with the file and entry named; consistency between files is the
 * {@link KnowledgeBaseValidator}'s job.
 */
public final class KnowledgeBaseLoader {

	public static final String MUSCLES = "kb/muscles.json";

	public static final String RULES = "kb/hypothesis-rules.json";

	public static final String EXERCISES = "kb/exercises.json";

	public static final String STARTER_MENUS = "kb/starter-menus.json";

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private KnowledgeBaseLoader() {
	}

	/** Loads the shipped knowledge base. */
	public static KnowledgeBase load() {
		return new KnowledgeBase(read(MUSCLES, KnowledgeBaseLoader::muscle), read(RULES, KnowledgeBaseLoader::rule),
				new ExerciseCatalog(read(EXERCISES, KnowledgeBaseLoader::exercise)),
				read(STARTER_MENUS, KnowledgeBaseLoader::starterMenu), SourceCatalog.load());
	}

	/**
	 * Loads the shipped knowledge base and validates it.
	 * @throws KnowledgeBaseException listing every problem when it is inconsistent
	 */
	public static KnowledgeBase loadChecked() {
		KnowledgeBase knowledgeBase = load();
		List<Problem> problems = new KnowledgeBaseValidator().validate(knowledgeBase);
		if (!problems.isEmpty()) {
			throw new KnowledgeBaseException(KnowledgeBaseValidator.report(problems));
		}
		return knowledgeBase;
	}

	private static <T> List<T> read(String file, Function<JsonNode, T> mapper) {
		try (InputStream in = KnowledgeBaseLoader.class.getClassLoader().getResourceAsStream(file)) {
			if (in == null) {
				throw new KnowledgeBaseException(file + " is missing from the classpath");
			}
			JsonNode root = MAPPER.readTree(in);
			if (!root.isArray()) {
				throw new KnowledgeBaseException(file + " must hold a JSON array");
			}
			List<T> result = new ArrayList<>();
			int index = 0;
			for (JsonNode node : root) {
				try {
					result.add(mapper.apply(node));
				}
				catch (IllegalArgumentException | NullPointerException ex) {
					throw new KnowledgeBaseException(file + " entry " + index + " (" + node.path("id").asString("no id")
							+ "): " + ex.getMessage(), ex);
				}
				index++;
			}
			return result;
		}
		catch (IOException | JacksonException ex) {
			throw new KnowledgeBaseException("cannot read " + file + ": " + ex.getMessage(), ex);
		}
	}

	static Muscle muscle(JsonNode node) {
		return new Muscle(text(node, "id"), text(node, "name"), text(node, "plainName"), text(node, "region"),
				strings(node, "actions"));
	}

	static HypothesisRule rule(JsonNode node) {
		String sideOf = node.path("sideOf").asString("");
		return new HypothesisRule(text(node, "id"), text(node, "finding"), text(node, "muscle"),
				known(MuscleState.fromId(text(node, "state")), "state", text(node, "state")),
				known(SideRule.fromId(node.path("side").asString("none")), "side", node.path("side").asString("")),
				sideOf.isEmpty() ? Optional.empty() : Optional.of(sideOf),
				known(Framework.fromId(text(node, "framework")), "framework", text(node, "framework")),
				text(node, "reasoning"), strings(node, "sources"),
				known(RuleEvidence.fromId(text(node, "evidence")), "evidence", node.path("evidence").asString("")),
				node.path("caveat").asString(""));
	}

	static Exercise exercise(JsonNode node) {
		List<Target> targets = new ArrayList<>();
		for (JsonNode target : node.path("targets")) {
			Target.Change change = known(Target.Change.fromId(text(target, "change")), "change",
					text(target, "change"));
			String demand = target.path("demand").asString("");
			targets.add(new Target(text(target, "muscle"), change,
					demand.isEmpty() ? new Target(text(target, "muscle"), change).demand()
							: known(ExerciseDemand.Kind.fromId(demand), "demand", demand)));
		}
		List<ExerciseDemand> alsoAsks = new ArrayList<>();
		for (JsonNode other : node.path("alsoAsks")) {
			alsoAsks.add(new ExerciseDemand(text(other, "muscle"),
					known(ExerciseDemand.Kind.fromId(text(other, "demand")), "demand", text(other, "demand")),
					strings(other, "sources"), text(other, "basis")));
		}
		return new Exercise(text(node, "id"), text(node, "name"),
				known(Position.fromId(text(node, "position")), "position", text(node, "position")),
				strings(node, "equipment"), node.path("floor").asBoolean(false), node.path("kneeling").asBoolean(false),
				strings(node, "steps"), node.path("feel").asString(""), targets, dose(node.path("dose")),
				strings(node, "regressions"), strings(node, "progressions"), strings(node, "avoidWhenPainful"),
				strings(node, "cautions"), node.path("expectsWakeUpCramp").asBoolean(false), strings(node, "sources"),
				strings(node, "doseSources"), node.path("doseNote").asString(""), alsoAsks);
	}

	static Dose dose(JsonNode node) {
		return DoseJson.read(node);
	}

	static StarterMenu starterMenu(JsonNode node) {
		List<StarterMenu.Item> items = new ArrayList<>();
		for (JsonNode item : node.path("items")) {
			items.add(new StarterMenu.Item(text(item, "exercise"),
					item.has("dose") ? Optional.of(dose(item.get("dose"))) : Optional.empty()));
		}
		return new StarterMenu(text(node, "id"), text(node, "name"), node.path("purpose").asString(""),
				node.path("notice").asString(""), items);
	}

	private static String text(JsonNode node, String field) {
		String value = node.path(field).asString("");
		if (value.isEmpty()) {
			throw new IllegalArgumentException("missing " + field);
		}
		return value;
	}

	private static List<String> strings(JsonNode node, String field) {
		List<String> values = new ArrayList<>();
		for (JsonNode value : node.path(field)) {
			values.add(value.asString(""));
		}
		return values;
	}

	private static <T> T known(Optional<T> value, String field, String raw) {
		return value.orElseThrow(() -> new IllegalArgumentException("unknown " + field + " '" + raw + "'"));
	}

	/** The knowledge base cannot be read at all. */
	public static final class KnowledgeBaseException extends RuntimeException {

		public KnowledgeBaseException(String message) {
			super(message);
		}

		public KnowledgeBaseException(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
