package org.realign.app.menu;

import java.security.Principal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.realign.app.assessment.PostureFindings;
import org.realign.app.client.ClientAccess;
import org.realign.app.client.Clients;
import org.realign.core.finding.Finding;
import org.realign.core.knowledge.ClientConstraints;
import org.realign.core.knowledge.Exercise;
import org.realign.core.knowledge.Hypothesis;
import org.realign.core.knowledge.KnowledgeBase;
import org.realign.core.knowledge.Muscle;
import org.realign.core.prescription.Dose;
import org.realign.core.prescription.PrescribedItem;
import org.realign.core.prescription.PrescribedMenu;
import org.realign.core.program.Advice;
import org.realign.core.program.Advisor;
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
 * <p>
 * With no menu in force, the draft starts from the menu generated from the client's
 * latest assessment, so the practitioner edits what the assessment suggests rather than a
 * generic starter. Each line shows why it is there (the muscle hypotheses of the latest
 * assessment it addresses, to confirm) and whether the client's profile rules it out (no
 * floor, no kneeling, a painful area, missing equipment): an edit that brings in an
 * exercise the profile rules out is refused, and so is publishing while a line conflicts.
 */
@Controller
class MenuEditorController {

	private final ClientAccess access;

	private final PublishedMenus menus;

	private final Prescriptions prescriptions;

	private final KnowledgeBase knowledgeBase;

	private final PostureFindings findings;

	private final Advisor advisor;

	MenuEditorController(ClientAccess access, PublishedMenus menus, Prescriptions prescriptions,
			KnowledgeBase knowledgeBase, PostureFindings findings, Advisor advisor) {
		this.access = access;
		this.menus = menus;
		this.prescriptions = prescriptions;
		this.knowledgeBase = knowledgeBase;
		this.findings = findings;
		this.advisor = advisor;
	}

	/**
	 * One line of the draft: the seconds of a hold or the repetitions of a set, and the
	 * sets of a repetition dose; a null amount or sets means the catalogue's.
	 */
	record DraftItem(String exerciseId, Integer sets, Integer amount) {

		static DraftItem of(String exerciseId, Dose dose) {
			return new DraftItem(exerciseId, dose.isHold() ? null : dose.sets(), dose.amount());
		}

		static DraftItem catalogue(String exerciseId) {
			return new DraftItem(exerciseId, null, null);
		}

	}

	/**
	 * One line as shown: the exercise, its prescribed dose, the exercises it can be
	 * swapped for, the hypotheses it addresses and, when the profile rules it out, why.
	 */
	record Row(int index, Exercise exercise, PrescribedItem item, List<Exercise> alternatives, List<Reason> reasons,
			String conflict, List<String> targetNames) {
	}

	/** A hypothesis of the latest assessment that an exercise addresses. */
	record Reason(String muscle, String state, String side, String confidence, boolean confirmed) {
	}

	/** Where the draft on first opening came from, for the page to say. */
	enum Origin {

		PUBLISHED, ASSESSMENT, STARTER

	}

	@GetMapping("/clients/{id}/menu")
	String edit(@PathVariable long id, Principal principal, Model model) {
		Clients.ClientRecord client = this.access.practitionerOf(principal, id);
		Optional<PublishedMenus.Publication> current = this.menus.currentPublication(id);
		Optional<Advice> advice = advice(client);
		List<DraftItem> draft;
		Origin origin;
		if (current.isPresent()) {
			draft = current.get()
				.menu()
				.items()
				.stream()
				.map((item) -> DraftItem.of(item.exerciseId(), item.dose()))
				.toList();
			origin = Origin.PUBLISHED;
		}
		else if (advice.isPresent() && !advice.get().menu().items().isEmpty()) {
			draft = advice.get()
				.menu()
				.items()
				.stream()
				.map((item) -> DraftItem.of(item.exerciseId(), item.dose()))
				.toList();
			origin = Origin.ASSESSMENT;
		}
		else {
			draft = starterDraft();
			origin = Origin.STARTER;
		}
		model.addAttribute("origin", origin);
		model.addAttribute("assessedOn", this.findings.lastAssessedOn(id).orElse(null));
		int sessions = current.map((publication) -> publication.menu().sessionsPerWeek()).orElse(7);
		return render(client, draft, sessions, null, false, model);
	}

	@PostMapping("/clients/{id}/menu")
	String change(@PathVariable long id, @RequestParam(name = "exercise", required = false) List<String> exercises,
			@RequestParam(name = "amount", required = false) List<String> amounts,
			@RequestParam(name = "sets", required = false) List<String> setCounts,
			@RequestParam(defaultValue = "7") String sessionsPerWeek, @RequestParam String action,
			@RequestParam(required = false) String addExercise,
			@RequestParam(name = "swap", required = false) List<String> swaps, Principal principal, Model model) {
		Clients.ClientRecord client = this.access.practitionerOf(principal, id);
		List<DraftItem> draft = new ArrayList<>();
		List<String> ids = exercises == null ? List.of() : exercises;
		List<String> doses = amounts == null ? List.of() : amounts;
		List<String> sets = setCounts == null ? List.of() : setCounts;
		String error = null;
		for (int i = 0; i < ids.size(); i++) {
			String amountText = i < doses.size() ? doses.get(i).trim() : "";
			String setsText = i < sets.size() ? sets.get(i).trim() : "";
			Integer amount = null;
			Integer setCount = null;
			try {
				amount = amountText.isEmpty() ? null : Integer.valueOf(amountText);
			}
			catch (NumberFormatException ex) {
				error = "the dose of \"" + ids.get(i) + "\" must be a whole number, not \"" + amountText + "\"";
			}
			try {
				setCount = setsText.isEmpty() ? null : Integer.valueOf(setsText);
			}
			catch (NumberFormatException ex) {
				error = "the sets of \"" + ids.get(i) + "\" must be a whole number, not \"" + setsText + "\"";
			}
			draft.add(new DraftItem(ids.get(i), setCount, amount));
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
			refuseConflicts(client, draft, edited, "publish".equals(action));
			PrescribedMenu menu = this.prescriptions.prescribe(edited.stream().map(DraftItem::exerciseId).toList(),
					edited.stream().map(DraftItem::amount).toList(), edited.stream().map(DraftItem::sets).toList(),
					sessions);
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
			edited.add(DraftItem.catalogue(exercise(addExercise).id()));
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
				edited.set(index, DraftItem.catalogue(exercise(index < swaps.size() ? swaps.get(index) : null).id()));
			case "regress" ->
				edited.set(index, DraftItem.catalogue(first(exercise.regressions(), exercise, "regression")));
			case "progress" ->
				edited.set(index, DraftItem.catalogue(first(exercise.progressions(), exercise, "progression")));
			default -> throw new IllegalArgumentException("action: unknown edit \"" + action + "\"");
		}
		return edited;
	}

	/**
	 * An edit may not bring in an exercise the client's profile rules out, and a menu may
	 * not be published while any line conflicts with the profile.
	 */
	private void refuseConflicts(Clients.ClientRecord client, List<DraftItem> before, List<DraftItem> after,
			boolean publishing) {
		ClientConstraints constraints = constraints(client);
		List<String> had = before.stream().map(DraftItem::exerciseId).toList();
		for (DraftItem line : after) {
			if (!publishing && had.contains(line.exerciseId())) {
				continue;
			}
			Exercise exercise = exercise(line.exerciseId());
			Optional<String> conflict = constraints.excludes(exercise);
			if (conflict.isPresent()) {
				throw new IllegalArgumentException("\"" + exercise.name() + "\" is ruled out by the client's profile ("
						+ conflict.get() + "); choose another exercise or change the profile first");
			}
		}
	}

	private static ClientConstraints constraints(Clients.ClientRecord client) {
		return client.profile().menuConstraints(ClientConstraints.DEFAULT_MINUTES);
	}

	/** The advice of the client's latest assessment, if they have been assessed. */
	private Optional<Advice> advice(Clients.ClientRecord client) {
		List<Finding> latest = this.findings.latest(client.id());
		if (this.findings.lastAssessedOn(client.id()).isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(this.advisor.advise(latest, constraints(client)));
	}

	private List<Reason> reasons(Exercise exercise, List<Hypothesis> hypotheses) {
		return hypotheses.stream()
			.filter((h) -> h.status() != Hypothesis.Status.REJECTED)
			.filter((h) -> exercise.addresses(h.muscle(), h.state()))
			.map((h) -> new Reason(this.knowledgeBase.muscle(h.muscle()).map(Muscle::name).orElse(h.muscle()),
					h.state().id(), h.side().map((side) -> side.id()).orElse(""), h.confidence().id(),
					h.status() == Hypothesis.Status.CONFIRMED))
			.toList();
	}

	private List<String> muscleNames(List<String> muscleIds) {
		return muscleIds.stream().map((id) -> this.knowledgeBase.muscle(id).map(Muscle::name).orElse(id)).toList();
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
			.map((starter) -> starter.items().stream().map((item) -> DraftItem.catalogue(item.exercise())).toList())
			.orElse(List.of());
	}

	private String render(Clients.ClientRecord client, List<DraftItem> draft, int sessions, String error,
			boolean published, Model model) {
		List<Row> rows = new ArrayList<>();
		ClientConstraints constraints = constraints(client);
		List<Hypothesis> hypotheses = advice(client).map((a) -> a.hypotheses().items()).orElse(List.of());
		for (int i = 0; i < draft.size(); i++) {
			DraftItem line = draft.get(i);
			Optional<Exercise> exercise = this.knowledgeBase.exercises().find(line.exerciseId());
			if (exercise.isEmpty()) {
				continue;
			}
			PrescribedItem item;
			try {
				item = this.prescriptions
					.prescribe(List.of(line.exerciseId()), Collections.singletonList(line.amount()),
							Collections.singletonList(line.sets()), 7)
					.items()
					.get(0);
			}
			catch (IllegalArgumentException ex) {
				item = this.prescriptions.prescribe(List.of(line.exerciseId()), 7).items().get(0);
			}
			rows.add(new Row(i, exercise.get(), item, alternatives(exercise.get()), reasons(exercise.get(), hypotheses),
					constraints.excludes(exercise.get()).orElse(null), muscleNames(exercise.get().targetMuscles())));
		}
		model.addAttribute("client", client);
		model.addAttribute("rows", rows);
		model.addAttribute("sessionsPerWeek", sessions);
		model.addAttribute("error", error);
		model.addAttribute("published", published);
		model.addAttribute("catalogue", this.knowledgeBase.exercises().declared());
		model.addAttribute("current", this.menus.currentPublication(client.id()).orElse(null));
		model.addAttribute("maxAmount", Prescriptions.MAX_AMOUNT);
		model.addAttribute("maxSets", Prescriptions.MAX_SETS);
		model.addAttribute("assessed", !hypotheses.isEmpty());
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
