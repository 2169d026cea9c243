package org.realign.core.knowledge;

import org.realign.core.prescription.ExerciseDemand;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import java.util.function.Predicate;

import org.realign.core.measure.MeasurementCatalog;
import org.realign.core.prescription.Dose;

/**
 * Checks that the parts of the knowledge base agree with each other and returns every
 * problem found, never just the first, so that one run gives the whole report (the model
 * is spring-petclinic's {@code I18nPropertiesSyncTest}).
 * <p>
 * Checks: duplicate and unknown ids (findings, muscles, exercises, equipment, body
 * areas); rules without sources, and rules or exercises citing an unknown source;
 * muscles, and hypothesised muscle states, that no exercise addresses; orphan exercises
 * (no rule can select them, no starter menu uses them, no other exercise links to them);
 * cycles in the regression/progression chains and links not mirrored (a broken chain);
 * malformed doses; an exercise without a source or without its picture; and, through the
 * measurement catalogue, a measurement with neither a sourced normal range nor an
 * explicit "no published norm", and a cut-off without a published source.
 */
public final class KnowledgeBaseValidator {

	/**
	 * Where each exercise's drawing of its position lives: {@code kb/pictures/<id>.svg}.
	 */
	public static final String PICTURES = "kb/pictures/";

	private final MeasurementCatalog measurements;

	private final Predicate<String> hasPicture;

	/** Validates against the shipped measurement catalogue and pictures. */
	public KnowledgeBaseValidator() {
		this(MeasurementCatalog.shipped(), KnowledgeBaseValidator::shippedPicture);
	}

	/**
	 * @param measurements the measurement catalogue whose cut-offs and norms are checked
	 * @param hasPicture whether an exercise id has its picture
	 */
	public KnowledgeBaseValidator(MeasurementCatalog measurements, Predicate<String> hasPicture) {
		this.measurements = measurements;
		this.hasPicture = hasPicture;
	}

	/** Whether the classpath holds the exercise's picture. */
	public static boolean shippedPicture(String exerciseId) {
		return KnowledgeBaseValidator.class.getClassLoader().getResource(PICTURES + exerciseId + ".svg") != null;
	}

	public List<Problem> validate(KnowledgeBase kb) {
		List<Problem> problems = new ArrayList<>();
		for (String problem : this.measurements.problems(kb.sources())) {
			problems.add(new Problem(Problem.Kind.MEASUREMENT, "measurements.json", problem));
		}
		Set<String> muscleIds = ids(kb.muscles().stream().map(Muscle::id).toList(), "muscles.json", problems);
		ids(kb.rules().stream().map(HypothesisRule::id).toList(), "hypothesis-rules.json", problems);
		Set<String> exerciseIds = ids(kb.exercises().declared().stream().map(Exercise::id).toList(), "exercises.json",
				problems);
		ids(kb.starterMenus().stream().map(StarterMenu::id).toList(), "starter-menus.json", problems);

		checkRules(kb, muscleIds, problems);
		checkExercises(kb, muscleIds, exerciseIds, problems);
		checkCoverage(kb, problems);
		checkOrphans(kb, problems);
		checkCycles(kb, problems);
		checkStarterMenus(kb, exerciseIds, problems);
		return List.copyOf(problems);
	}

	/** A readable report: one problem per line, with a count, or "no problems". */
	public static String report(List<Problem> problems) {
		if (problems.isEmpty()) {
			return "The knowledge base has no problems.";
		}
		return problems.size() + " knowledge-base problem" + (problems.size() == 1 ? "" : "s") + ":\n"
				+ problems.stream().map((p) -> "  - " + p).collect(Collectors.joining("\n"));
	}

	private static Set<String> ids(List<String> ids, String file, List<Problem> problems) {
		Set<String> seen = new LinkedHashSet<>();
		for (String id : ids) {
			if (!seen.add(id)) {
				problems.add(new Problem(Problem.Kind.DUPLICATE_ID, file + " " + id, "id is used more than once"));
			}
		}
		return seen;
	}

	private static void checkRules(KnowledgeBase kb, Set<String> muscleIds, List<Problem> problems) {
		for (HypothesisRule rule : kb.rules()) {
			String where = "hypothesis-rules.json " + rule.id();
			if (!KnownFindings.isKnown(rule.finding())) {
				problems.add(unknown(where, "finding", rule.finding()));
			}
			if (!muscleIds.contains(rule.muscle())) {
				problems.add(unknown(where, "muscle", rule.muscle()));
			}
			rule.sideOf()
				.filter((id) -> !KnownFindings.isKnown(id))
				.ifPresent((id) -> problems.add(unknown(where, "sideOf finding", id)));
			if (rule.side() != SideRule.NONE && KnownFindings.isKnown(rule.sideFinding())
					&& !KnownFindings.ONE_SIDED.contains(rule.sideFinding())) {
				problems.add(new Problem(Problem.Kind.UNKNOWN_ID, where,
						"one-sided rule reads its side from '" + rule.sideFinding() + "', which has no side"));
			}
			checkSources(where, rule.sources(), kb, problems);
		}
	}

	private void checkExercises(KnowledgeBase kb, Set<String> muscleIds, Set<String> exerciseIds,
			List<Problem> problems) {
		for (Exercise exercise : kb.exercises().declared()) {
			String where = "exercises.json " + exercise.id();
			if (exercise.targets().isEmpty()) {
				problems.add(new Problem(Problem.Kind.UNKNOWN_ID, where, "has no target muscle"));
			}
			for (Target target : exercise.targets()) {
				if (!muscleIds.contains(target.muscle())) {
					problems.add(unknown(where, "target muscle", target.muscle()));
				}
				// a muscle woken up has to be worked; one released is stretched or let go
				boolean works = target.demand() == ExerciseDemand.Kind.WORKS;
				if (works != (target.change() == Target.Change.ACTIVATE)) {
					problems.add(new Problem(Problem.Kind.MISMATCHED_DEMAND, where, "target " + target.muscle()
							+ " is to " + target.change().id() + " but the exercise " + target.demand().id() + " it"));
				}
			}
			for (ExerciseDemand other : exercise.alsoAsks()) {
				if (!muscleIds.contains(other.muscle())) {
					problems.add(unknown(where, "muscle it also asks for", other.muscle()));
				}
				if (exercise.targetMuscles().contains(other.muscle())) {
					problems.add(new Problem(Problem.Kind.DUPLICATE_ID, where,
							"names " + other.muscle() + " both as a target and as a muscle it also asks for"));
				}
				if (other.basis().isBlank()) {
					problems.add(new Problem(Problem.Kind.MISSING_SOURCE, where,
							"does not say why it also asks for " + other.muscle()));
				}
				checkKnownSources(where + " " + other.muscle(), other.sourceIds(), kb, problems);
			}
			checkChain(kb, exercise, exerciseIds, problems);
			if (exercise.sources().isEmpty()) {
				problems.add(new Problem(Problem.Kind.MISSING_SOURCE, where,
						"cites no source for the exercise or its dose"));
			}
			if (!this.hasPicture.test(exercise.id())) {
				problems.add(new Problem(Problem.Kind.MISSING_PICTURE, where,
						"has no picture of its position (" + PICTURES + exercise.id() + ".svg)"));
			}
			for (String item : exercise.equipment()) {
				if (!ClientConstraints.EQUIPMENT.contains(item)) {
					problems.add(unknown(where, "equipment", item));
				}
			}
			for (String area : exercise.avoidWhenPainful()) {
				if (!ClientConstraints.BODY_AREAS.contains(area)) {
					problems.add(unknown(where, "body area", area));
				}
			}
			checkDose(where, exercise.dose(), problems);
			// exercises are instructions in our own words; only the Egoscue e-cises come
			// from a source, and a source an exercise names must exist
			checkKnownSources(where, exercise.sources(), kb, problems);
			checkKnownSources(where + " dose", exercise.doseSources(), kb, problems);
			if (exercise.doseSources().isEmpty() && exercise.doseNote().isBlank()) {
				problems.add(new Problem(Problem.Kind.MISSING_SOURCE, where,
						"its dose cites no source and no note says why"));
			}
		}
	}

	/**
	 * A chain link must name a known exercise other than itself, and be mirrored: if
	 * {@code A} progresses to {@code B}, then {@code B} regresses to {@code A}, so that a
	 * client stepped down can be stepped back up.
	 */
	private static void checkChain(KnowledgeBase kb, Exercise exercise, Set<String> exerciseIds,
			List<Problem> problems) {
		String where = "exercises.json " + exercise.id();
		for (String link : concat(exercise.regressions(), exercise.progressions())) {
			if (link.equals(exercise.id())) {
				problems.add(new Problem(Problem.Kind.BROKEN_CHAIN, where, "links to itself"));
			}
			else if (!exerciseIds.contains(link)) {
				problems.add(new Problem(Problem.Kind.BROKEN_CHAIN, where,
						"links to unknown regression/progression '" + link + "'"));
			}
		}
		for (String harder : exercise.progressions()) {
			kb.exercises()
				.find(harder)
				.filter((next) -> !next.regressions().contains(exercise.id()))
				.ifPresent((next) -> problems.add(new Problem(Problem.Kind.BROKEN_CHAIN, where,
						"progresses to '" + harder + "', which does not regress to it")));
		}
		for (String easier : exercise.regressions()) {
			kb.exercises()
				.find(easier)
				.filter((previous) -> !previous.progressions().contains(exercise.id()))
				.ifPresent((previous) -> problems.add(new Problem(Problem.Kind.BROKEN_CHAIN, where,
						"regresses to '" + easier + "', which does not progress to it")));
		}
	}

	private static void checkCoverage(KnowledgeBase kb, List<Problem> problems) {
		List<Exercise> exercises = kb.exercises().all();
		for (Muscle muscle : kb.muscles()) {
			boolean addressed = exercises.stream().anyMatch((e) -> e.targetMuscles().contains(muscle.id()));
			if (!addressed) {
				problems.add(new Problem(Problem.Kind.UNADDRESSED_MUSCLE, "muscles.json " + muscle.id(),
						"no exercise addresses this muscle"));
			}
		}
		Set<String> reported = new HashSet<>();
		for (HypothesisRule rule : kb.rules()) {
			boolean addressed = exercises.stream().anyMatch((e) -> e.addresses(rule.muscle(), rule.state()));
			if (!addressed && reported.add(rule.muscle() + ":" + rule.state().id())) {
				problems.add(new Problem(Problem.Kind.UNADDRESSED_MUSCLE, "hypothesis-rules.json " + rule.id(),
						"no exercise " + (rule.state() == MuscleState.SHORT_OVERACTIVE ? "releases " : "activates ")
								+ rule.muscle()));
			}
		}
	}

	private static void checkOrphans(KnowledgeBase kb, List<Problem> problems) {
		Set<String> used = new HashSet<>();
		kb.starterMenus().forEach((menu) -> menu.items().forEach((item) -> used.add(item.exercise())));
		for (Exercise exercise : kb.exercises().all()) {
			used.addAll(exercise.regressions());
			used.addAll(exercise.progressions());
		}
		for (Exercise exercise : kb.exercises().all()) {
			boolean selectable = kb.rules().stream().anyMatch((r) -> exercise.addresses(r.muscle(), r.state()));
			if (!selectable && !used.contains(exercise.id())) {
				problems.add(new Problem(Problem.Kind.ORPHAN_EXERCISE, "exercises.json " + exercise.id(),
						"no hypothesis rule selects it, no starter menu uses it and no exercise links to it"));
			}
		}
	}

	/**
	 * Regressions and progressions form one ordering (easier to harder): {@code A}
	 * progressing to {@code B} and {@code B} regressing to {@code A} are the same edge. A
	 * cycle means an exercise is, through the chain, harder than itself.
	 */
	private static void checkCycles(KnowledgeBase kb, List<Problem> problems) {
		Map<String, Set<String>> harder = new LinkedHashMap<>();
		for (Exercise exercise : kb.exercises().all()) {
			harder.computeIfAbsent(exercise.id(), (k) -> new LinkedHashSet<>()).addAll(exercise.progressions());
			for (String easier : exercise.regressions()) {
				harder.computeIfAbsent(easier, (k) -> new LinkedHashSet<>()).add(exercise.id());
			}
		}
		Set<String> done = new HashSet<>();
		Set<String> reported = new HashSet<>();
		for (String start : harder.keySet()) {
			findCycle(start, harder, new ArrayList<>(), done, reported, problems);
		}
	}

	private static void findCycle(String node, Map<String, Set<String>> harder, List<String> path, Set<String> done,
			Set<String> reported, List<Problem> problems) {
		int at = path.indexOf(node);
		if (at >= 0) {
			List<String> cycle = new ArrayList<>(path.subList(at, path.size()));
			cycle.add(node);
			if (reported.add(Set.copyOf(cycle).toString())) {
				problems.add(new Problem(Problem.Kind.PROGRESSION_CYCLE, "exercises.json " + node,
						"progression chain loops: " + String.join(" -> ", cycle)));
			}
			return;
		}
		if (done.contains(node)) {
			return;
		}
		path.add(node);
		for (String next : harder.getOrDefault(node, Set.of())) {
			findCycle(next, harder, path, done, reported, problems);
		}
		path.remove(path.size() - 1);
		done.add(node);
	}

	private static void checkStarterMenus(KnowledgeBase kb, Set<String> exerciseIds, List<Problem> problems) {
		for (StarterMenu menu : kb.starterMenus()) {
			String where = "starter-menus.json " + menu.id();
			if (menu.items().isEmpty()) {
				problems.add(new Problem(Problem.Kind.UNKNOWN_ID, where, "has no exercises"));
			}
			for (StarterMenu.Item item : menu.items()) {
				if (!exerciseIds.contains(item.exercise())) {
					problems.add(unknown(where, "exercise", item.exercise()));
				}
				item.dose().ifPresent((dose) -> checkDose(where + " " + item.exercise(), dose, problems));
			}
		}
	}

	private static void checkDose(String where, Dose dose, List<Problem> problems) {
		for (String problem : dose.problems()) {
			problems.add(new Problem(Problem.Kind.MALFORMED_DOSE, where, problem));
		}
	}

	private static void checkSources(String where, List<String> sources, KnowledgeBase kb, List<Problem> problems) {
		if (sources.isEmpty()) {
			problems.add(new Problem(Problem.Kind.MISSING_SOURCE, where, "cites no source"));
		}
		checkKnownSources(where, sources, kb, problems);
	}

	private static void checkKnownSources(String where, List<String> sources, KnowledgeBase kb,
			List<Problem> problems) {
		for (String source : sources) {
			if (!kb.sources().contains(source)) {
				problems.add(new Problem(Problem.Kind.UNKNOWN_SOURCE, where, "cites unknown source '" + source + "'"));
			}
		}
	}

	private static Problem unknown(String where, String what, String id) {
		return new Problem(Problem.Kind.UNKNOWN_ID, where, "unknown " + what + " '" + id + "'");
	}

	private static List<String> concat(List<String> a, List<String> b) {
		List<String> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

}
