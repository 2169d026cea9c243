package org.realign.app.menu;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.realign.app.client.ClientAccess;
import org.realign.app.client.Clients;
import org.realign.app.feedback.Prescriptions;
import org.realign.app.feedback.PublishedMenus;
import org.realign.core.feedback.PrescribedItem;
import org.realign.core.feedback.PrescribedMenu;
import org.realign.core.knowledge.KnowledgeBase;
import org.realign.core.program.Exercise;
import org.realign.core.program.StarterMenus;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The practitioner's menu editor. The draft travels in the form itself (exercise ids and
 * amounts in order), so every edit is a plain form POST that answers the edited draft,
 * and nothing is stored until the practitioner publishes through the same path as the API
 * ({@link Prescriptions} then {@link PublishedMenus#publish}).
 */
@Controller
class MenuEditorController {

	private final ClientAccess access;

	private final PublishedMenus menus;

	private final Prescriptions prescriptions;

	private final KnowledgeBase knowledgeBase;

	MenuEditorController(ClientAccess access, PublishedMenus menus, Prescriptions prescriptions,
			KnowledgeBase knowledgeBase) {
		this.access = access;
		this.menus = menus;
		this.prescriptions = prescriptions;
		this.knowledgeBase = knowledgeBase;
	}

	/** One line of the draft; a null amount means the catalogue's dose. */
	record DraftItem(String exerciseId, Integer amount) {
	}

	/** One line as shown: the exercise, its prescribed dose and where its chain leads. */
	record Row(int index, Exercise exercise, PrescribedItem item, List<Exercise> alternatives) {
	}

	@GetMapping("/clients/{id}/menu")
	String edit(@PathVariable long id, Principal principal, Model model) {
		Clients.ClientRecord client = this.access.practitionerOf(principal, id);
		Optional<PublishedMenus.Publication> current = this.menus.currentPublication(id);
		List<DraftItem> draft = current
			.map((publication) -> publication.menu()
				.items()
				.stream()
				.map((item) -> new DraftItem(item.exerciseId(), item.dose().amount()))
				.toList())
			.orElseGet(this::starterDraft);
		int sessions = current.map((publication) -> publication.menu().sessionsPerWeek()).orElse(7);
		return render(client, draft, sessions, null, false, model);
	}

	@PostMapping("/clients/{id}/menu")
	String change(@PathVariable long id, @RequestParam(name = "exercise", required = false) List<String> exercises,
			@RequestParam(name = "amount", required = false) List<String> amounts,
			@RequestParam(defaultValue = "7") String sessionsPerWeek, @RequestParam String action,
			@RequestParam(required = false) String addExercise,
			@RequestParam(name = "swap", required = false) List<String> swaps, Principal principal, Model model) {
		Clients.ClientRecord client = this.access.practitionerOf(principal, id);
		List<DraftItem> draft = new ArrayList<>();
		List<String> ids = exercises == null ? List.of() : exercises;
		List<String> doses = amounts == null ? List.of() : amounts;
		String error = null;
		for (int i = 0; i < ids.size(); i++) {
			String text = i < doses.size() ? doses.get(i).trim() : "";
			Integer amount = null;
			if (!text.isEmpty()) {
				try {
					amount = Integer.valueOf(text);
				}
				catch (NumberFormatException ex) {
					error = "the dose of \"" + ids.get(i) + "\" must be a whole number, not \"" + text + "\"";
				}
			}
			draft.add(new DraftItem(ids.get(i), amount));
		}
		int sessions;
		try {
			sessions = Integer.parseInt(sessionsPerWeek.trim());
		}
		catch (NumberFormatException ex) {
			sessions = 7;
			error = "sessions per week must be a whole number, not \"" + sessionsPerWeek + "\"";
		}
		if (error != null) {
			return render(client, draft, sessions, error, false, model);
		}
		try {
			List<DraftItem> edited = apply(draft, action, addExercise, swaps == null ? List.of() : swaps);
			PrescribedMenu menu = this.prescriptions.prescribe(edited.stream().map(DraftItem::exerciseId).toList(),
					edited.stream().map(DraftItem::amount).toList(), sessions);
			if ("publish".equals(action)) {
				this.menus.publish(id, menu, principal.getName());
				return render(client, edited, sessions, null, true, model);
			}
			return render(client, edited, sessions, null, false, model);
		}
		catch (IllegalArgumentException ex) {
			return render(client, draft, sessions, ex.getMessage(), false, model);
		}
	}

	/** Applies one edit named "verb-index" (or "add", "publish", "update"). */
	private List<DraftItem> apply(List<DraftItem> draft, String action, String addExercise, List<String> swaps) {
		List<DraftItem> edited = new ArrayList<>(draft);
		if ("add".equals(action)) {
			edited.add(new DraftItem(exercise(addExercise).id(), null));
			return edited;
		}
		if ("publish".equals(action) || "update".equals(action)) {
			return edited;
		}
		String[] verbAndIndex = action.split("-", 2);
		int index;
		try {
			index = Integer.parseInt(verbAndIndex.length == 2 ? verbAndIndex[1] : "");
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("action: unknown edit \"" + action + "\"");
		}
		if (index < 0 || index >= edited.size()) {
			throw new IllegalArgumentException("action: there is no exercise number " + (index + 1));
		}
		DraftItem item = edited.get(index);
		Exercise exercise = exercise(item.exerciseId());
		switch (verbAndIndex[0]) {
			case "up" -> {
				if (index > 0) {
					edited.set(index, edited.get(index - 1));
					edited.set(index - 1, item);
				}
			}
			case "down" -> {
				if (index < edited.size() - 1) {
					edited.set(index, edited.get(index + 1));
					edited.set(index + 1, item);
				}
			}
			case "remove" -> edited.remove(index);
			case "swap" ->
				edited.set(index, new DraftItem(exercise(index < swaps.size() ? swaps.get(index) : null).id(), null));
			case "regress" ->
				edited.set(index, new DraftItem(first(exercise.regressions(), exercise, "regression"), null));
			case "progress" ->
				edited.set(index, new DraftItem(first(exercise.progressions(), exercise, "progression"), null));
			default -> throw new IllegalArgumentException("action: unknown edit \"" + action + "\"");
		}
		return edited;
	}

	private static String first(List<String> chain, Exercise exercise, String what) {
		if (chain.isEmpty()) {
			throw new IllegalArgumentException("exercises: \"" + exercise.name() + "\" has no " + what);
		}
		return chain.get(0);
	}

	private Exercise exercise(String id) {
		return this.knowledgeBase.exercises()
			.find(id == null ? "" : id.trim())
			.orElseThrow(() -> new IllegalArgumentException("exercises: unknown exercise \"" + id + "\""));
	}

	private List<DraftItem> starterDraft() {
		StarterMenus starters = new StarterMenus(this.knowledgeBase);
		return starters.ids()
			.stream()
			.findFirst()
			.flatMap(this.knowledgeBase::starterMenu)
			.map((starter) -> starter.items().stream().map((item) -> new DraftItem(item.exercise(), null)).toList())
			.orElse(List.of());
	}

	private String render(Clients.ClientRecord client, List<DraftItem> draft, int sessions, String error,
			boolean published, Model model) {
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < draft.size(); i++) {
			DraftItem line = draft.get(i);
			Optional<Exercise> exercise = this.knowledgeBase.exercises().find(line.exerciseId());
			if (exercise.isEmpty()) {
				continue;
			}
			PrescribedItem item;
			try {
				item = this.prescriptions
					.prescribe(List.of(line.exerciseId()), line.amount() == null ? List.of() : List.of(line.amount()),
							7)
					.items()
					.get(0);
			}
			catch (IllegalArgumentException ex) {
				item = this.prescriptions.prescribe(List.of(line.exerciseId()), 7).items().get(0);
			}
			rows.add(new Row(i, exercise.get(), item, alternatives(exercise.get())));
		}
		model.addAttribute("client", client);
		model.addAttribute("rows", rows);
		model.addAttribute("sessionsPerWeek", sessions);
		model.addAttribute("error", error);
		model.addAttribute("published", published);
		model.addAttribute("catalogue", this.knowledgeBase.exercises().declared());
		model.addAttribute("current", this.menus.currentPublication(client.id()).orElse(null));
		model.addAttribute("maxAmount", Prescriptions.MAX_AMOUNT);
		return "menu/edit";
	}

	/**
	 * Exercises that serve at least one of the same target muscles: the candidates to
	 * swap in.
	 */
	private List<Exercise> alternatives(Exercise exercise) {
		return this.knowledgeBase.exercises()
			.declared()
			.stream()
			.filter((other) -> !other.id().equals(exercise.id()))
			.filter((other) -> other.targetMuscles().stream().anyMatch(exercise.targetMuscles()::contains))
			.toList();
	}

}
