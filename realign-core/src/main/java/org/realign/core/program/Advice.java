package org.realign.core.program;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.realign.core.knowledge.Change;
import org.realign.core.knowledge.Hypotheses;
import org.realign.core.knowledge.Hypothesis;
import org.realign.core.prescription.Dose;

/**
 * What the knowledge base advises for one assessment: the muscle hypotheses and a menu
 * that addresses them. {@link #toJson()} gives the {@code "hypotheses"} and
 * {@code "menu"} members of {@code realign assess --json}.
 */
public record Advice(Hypotheses hypotheses, MenuSuggestion menu) {

	/**
	 * A JSON-friendly form (maps, lists, strings, numbers) with the members
	 * {@code hypotheses}, {@code hypothesisNotices} and {@code menu}, ready to be merged
	 * into the {@code assess} output object.
	 */
	public Map<String, Object> toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("hypotheses", this.hypotheses.items().stream().map(Advice::hypothesisJson).toList());
		json.put("hypothesisNotices", this.hypotheses.notices());
		if (!this.hypotheses.changes().isEmpty()) {
			json.put("hypothesisChanges", changesJson(this.hypotheses.changes()));
		}
		json.put("menu", menuJson(this.menu));
		return json;
	}

	/**
	 * A readable form for the terminal: the hypotheses as a table, then the menu in
	 * order, then the notices.
	 */
	public String text() {
		StringBuilder text = new StringBuilder();
		text.append("Muscle hypotheses (to confirm)\n");
		text.append(String.format("%-26s %-17s %-6s %-9s %s%n", "MUSCLE", "STATE", "SIDE", "CONFIDENCE", "BECAUSE"));
		for (Hypothesis h : this.hypotheses.items()) {
			text.append(String.format("%-26s %-17s %-6s %-9s %s%n", h.muscle(), h.state().id(),
					h.side().map((side) -> side.id()).orElse("-"), h.confidence().id(),
					String.join(", ", h.because())));
		}
		text.append("\nMenu (")
			.append(this.menu.minutes())
			.append(" min budget, about ")
			.append((this.menu.estimatedSeconds() + 59) / 60)
			.append(" min)\n");
		int number = 1;
		for (SuggestedItem item : this.menu.items()) {
			text.append(String.format("%2d. %-34s %-18s for %s%n", number++, item.exerciseId(), item.dose().describe(),
					item.because().isEmpty() ? "general alignment" : String.join(", ", item.because())));
		}
		text.append('\n');
		this.hypotheses.notices().forEach((notice) -> text.append(notice).append('\n'));
		this.menu.notices().forEach((notice) -> text.append(notice).append('\n'));
		return text.toString();
	}

	public static Map<String, Object> hypothesisJson(Hypothesis hypothesis) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("muscle", hypothesis.muscle());
		json.put("state", hypothesis.state().id());
		hypothesis.side().ifPresent((side) -> json.put("side", side.id()));
		json.put("because", hypothesis.because());
		json.put("sources", hypothesis.sources());
		json.put("frameworks", hypothesis.frameworks().stream().sorted().map((f) -> f.id()).toList());
		json.put("confidence", hypothesis.confidence().id());
		json.put("status", hypothesis.status().id());
		json.put("reasons", hypothesis.reasons());
		json.put("caveats", hypothesis.caveats());
		json.put("evidence", hypothesis.evidence().id());
		if (hypothesis.ownInference()) {
			json.put("label", hypothesis.evidence().label());
		}
		hypothesis.conflict().ifPresent((conflict) -> json.put("conflict", conflict));
		return json;
	}

	public static Map<String, Object> menuJson(MenuSuggestion menu) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("basis", menu.basis());
		json.put("minutes", menu.minutes());
		json.put("estimatedSeconds", menu.estimatedSeconds());
		List<Object> exercises = new ArrayList<>();
		for (SuggestedItem item : menu.items()) {
			Map<String, Object> exercise = new LinkedHashMap<>();
			exercise.put("id", item.exerciseId());
			exercise.put("name", item.name());
			exercise.put("position", item.position().id());
			exercise.put("dose", doseJson(item.dose()));
			exercise.put("targets", item.prescription().targetMuscles());
			exercise.put("because", item.because());
			exercise.put("estimatedSeconds", item.estimatedSeconds());
			exercises.add(exercise);
		}
		json.put("exercises", exercises);
		json.put("notices", menu.notices());
		json.put("changes", changesJson(menu.changes()));
		return json;
	}

	public static Map<String, Object> doseJson(Dose dose) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("type", dose.type());
		if (dose.isHold()) {
			json.put("seconds", dose.seconds());
		}
		else {
			json.put("sets", dose.sets());
			json.put("reps", dose.reps());
		}
		json.put("perSide", dose.perSide());
		json.put("text", dose.describe());
		return json;
	}

	private static List<Object> changesJson(List<Change> changes) {
		List<Object> json = new ArrayList<>();
		for (Change change : changes) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("who", change.who());
			entry.put("what", change.what());
			entry.put("when", change.when().toString());
			json.add(entry);
		}
		return json;
	}

}
