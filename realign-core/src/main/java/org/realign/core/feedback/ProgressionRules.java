package org.realign.core.feedback;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.realign.core.feedback.RuleOutcome.Alert;
import org.realign.core.feedback.RuleOutcome.AlertLevel;
import org.realign.core.feedback.RuleOutcome.ChaseBlocked;
import org.realign.core.feedback.RuleOutcome.Milestone;
import org.realign.core.feedback.RuleOutcome.Proposal;
import org.realign.core.feedback.RuleOutcome.ProposalKind;
import org.realign.core.prescription.Dose;
import org.realign.core.prescription.PrescribedItem;

/**
 * The progression rules of the feedback loop, each a named value with its reasoning and
 * sources, gathered in {@link #allCurrentRules()}. Thresholds come from the practice's
 * {@link PracticeSettings}.
 * <p>
 * Every rule looks at the session just logged: it fires for exercises logged in that
 * session, so that evaluating after each session yields each proposal once.
 */
public final class ProgressionRules {

	/**
	 * Chase the cramp: a wake-up cramp without pain keeps the exercise and raises the
	 * dose gently, unless a guardrail stops it.
	 */
	public static final ProgressionRule CHASE_THE_CRAMP = new ProgressionRule("chase-the-cramp",
			"A cramp that comes during the exercise in the muscle it targets, lets go within minutes and brings no pain "
					+ "is read as a dormant muscle starting to work; the exercise stays and its dose rises a little. "
					+ "This is practitioner lore with no published evidence, so it runs only behind the guardrails.",
			List.of("fb-chase-the-cramp-lore", "fb-schwellnus-2009"), ProgressionRules::chaseTheCramp);

	/**
	 * The guardrail: a cramp in a target muscle is not chased when anything unsafe is
	 * present.
	 */
	public static final ProgressionRule CHASE_GUARDRAIL = new ProgressionRule("chase-guardrail",
			"Chasing stops whenever pain comes with the exercise, a red flag is open, a cramp awaits medical review, "
					+ "a cramp comes outside the muscles the exercise works, a spasm is reported in the session, or a "
					+ "spasm episode is open; the practitioner is told why. Holding still after a spasm until the "
					+ "practitioner clears it is our own conservative reading.",
			List.of("fb-chase-the-cramp-lore", "fb-bmj-bp-cramps", "fb-finucane-2020", "fb-hodges-tucker-2011"),
			ProgressionRules::chaseGuardrail);

	/** Pain above the practice's threshold regresses or replaces the exercise. */
	public static final ProgressionRule PAIN_REGRESS = new ProgressionRule("pain-regress",
			"Pain is not a wake-up signal. Pain above the practice's NPRS threshold takes the exercise back to its "
					+ "regression, or to a replacement the practitioner picks, and alerts the practitioner.",
			List.of("fb-chase-the-cramp-lore", "fb-childs-2005"), ProgressionRules::painRegress);

	/**
	 * A muscle that used to cramp in an exercise and has been quiet for N sessions woke
	 * up.
	 */
	public static final ProgressionRule WOKEN_UP = new ProgressionRule("woken-up",
			"When an exercise that used to bring wake-up cramps in a muscle has gone the practice's number of sessions "
					+ "without one, at no less than it did when it cramped, the muscle is taken to be working again: a "
					+ "milestone for that muscle, and a proposal to move on to the next step of the exercise's "
					+ "progression (or to retire it when none is catalogued). Quiet sessions after the exercise was "
					+ "regressed, or done at less than when it cramped, do not count: the cramp may have stopped because "
					+ "less was asked. Reading the end of the cramps as waking up is practitioner lore.",
			List.of("fb-chase-the-cramp-lore"), ProgressionRules::wokenUp);

	/**
	 * No cramp, no pain and hardly any effort for N sessions: the exercise is too easy.
	 */
	public static final ProgressionRule NO_CRAMP_NO_EFFORT = new ProgressionRule("no-cramp-no-effort",
			"An exercise done for the practice's number of sessions in a row without cramp, pain or noticeable effort "
					+ "(the client's 0-10 rating at or below the practice's low-effort mark) no longer asks anything of "
					+ "the body; it moves on to its progression, or its dose rises. A session without an effort rating "
					+ "breaks the run: no rating is not the same as no effort.",
			List.of("fb-chase-the-cramp-lore", "fb-borg-1982"), ProgressionRules::noCrampNoEffort);

	/**
	 * A cramp that needs medical review alerts the practitioner and tells the client to
	 * see a doctor.
	 */
	public static final ProgressionRule CRAMP_MEDICAL_REVIEW = new ProgressionRule("cramp-medical-review",
			"A cramp with weakness, twitching, swelling or dark urine, after a statin was started, outside the calf "
					+ "and foot with no exercise cause, or recurring at night or rest, goes to a doctor; the "
					+ "practitioner is alerted and chasing stops until they clear it.",
			List.of("fb-allen-kirby-2012", "fb-merck-cramps", "fb-bmj-bp-cramps"),
			ProgressionRules::crampMedicalReview);

	private ProgressionRules() {
	}

	/** Every rule in force, in the order they run. */
	public static List<ProgressionRule> allCurrentRules() {
		return List.of(CRAMP_MEDICAL_REVIEW, PAIN_REGRESS, CHASE_GUARDRAIL, CHASE_THE_CRAMP, WOKEN_UP,
				NO_CRAMP_NO_EFFORT);
	}

	private static List<RuleOutcome> chaseTheCramp(RuleInput input) {
		List<RuleOutcome> out = new ArrayList<>();
		for (PrescribedItem item : input.menu().items()) {
			input.latestEntry(item.exerciseId()).ifPresent((entry) -> {
				if (entry.has(CrampClass.WAKE_UP) && Guardrails.blockers(input, entry, item).isEmpty()) {
					Dose next = item.dose().raisedBy(input.settings().doseIncreasePercent());
					out.add(proposal(CHASE_THE_CRAMP, input, entry, item, ProposalKind.RAISE_DOSE, Optional.of(next),
							Optional.empty(),
							"Wake-up cramp in " + wakeUpMuscles(List.of(entry)) + " without pain: keep "
									+ item.exerciseId() + " and raise its dose from " + describe(item.dose()) + " to "
									+ describe(next) + "." + (item.expectsWakeUpCramp() ? ""
											: " The catalogue does not expect a wake-up cramp here: check it is one.")));
				}
			});
		}
		return out;
	}

	private static List<RuleOutcome> chaseGuardrail(RuleInput input) {
		List<RuleOutcome> out = new ArrayList<>();
		for (PrescribedItem item : input.menu().items()) {
			input.latestEntry(item.exerciseId()).ifPresent((entry) -> {
				boolean targetCramp = entry.entry().cramps().stream().anyMatch((c) -> item.works(c.where()));
				List<String> blockers = Guardrails.blockers(input, entry, item);
				if (targetCramp && !blockers.isEmpty()) {
					out.add(new ChaseBlocked(CHASE_GUARDRAIL.id(), input.clientId(), item.exerciseId(), entry.date(),
							blockers));
					out.add(new Alert(CHASE_GUARDRAIL.id(), input.clientId(), Optional.of(item.exerciseId()),
							AlertLevel.PRACTITIONER, entry.date(), "Cramp in a target muscle of " + item.exerciseId()
									+ " not chased: " + String.join("; ", blockers) + ".",
							Optional.empty()));
				}
			});
		}
		return out;
	}

	private static List<RuleOutcome> painRegress(RuleInput input) {
		List<RuleOutcome> out = new ArrayList<>();
		int threshold = input.settings().painThresholdNprs();
		for (PrescribedItem item : input.menu().items()) {
			input.latestEntry(item.exerciseId()).ifPresent((entry) -> {
				int pain = entry.entry().worstPain();
				if (pain > threshold) {
					String because = "Pain NPRS " + pain + " with " + item.exerciseId() + " is above the practice's "
							+ "threshold of " + threshold + ".";
					if (item.regressionId().isPresent()) {
						out.add(proposal(PAIN_REGRESS, input, entry, item, ProposalKind.REGRESS, Optional.empty(),
								item.regressionId(), because + " Regress to " + item.regressionId().get() + "."));
					}
					else {
						out.add(proposal(PAIN_REGRESS, input, entry, item, ProposalKind.REPLACE, Optional.empty(),
								Optional.empty(),
								because + " No regression is catalogued: replace it with an exercise you choose."));
					}
					out.add(new Alert(PAIN_REGRESS.id(), input.clientId(), Optional.of(item.exerciseId()),
							AlertLevel.PRACTITIONER, entry.date(), because + " " + describePain(entry),
							Optional.of(ClientMessages.PAIN_ABOVE_THRESHOLD)));
				}
			});
		}
		return out;
	}

	private static List<RuleOutcome> wokenUp(RuleInput input) {
		List<RuleOutcome> out = new ArrayList<>();
		int needed = input.settings().wokenUpQuietSessions();
		for (PrescribedItem item : input.menu().items()) {
			Optional<ClassifiedEntry> latest = input.latestEntry(item.exerciseId());
			if (latest.isEmpty()) {
				continue;
			}
			List<ClassifiedEntry> done = input.history(item.exerciseId())
				.stream()
				.filter((entry) -> entry.entry().done())
				.toList();
			int lastWakeUp = -1;
			for (int i = 0; i < done.size(); i++) {
				if (done.get(i).has(CrampClass.WAKE_UP)) {
					lastWakeUp = i;
				}
			}
			if (lastWakeUp < 0 || regressedSince(input, item, done.get(lastWakeUp).date())) {
				continue;
			}
			List<ClassifiedEntry> after = done.subList(lastWakeUp + 1, done.size());
			if (after.stream().anyMatch(ClassifiedEntry::hasCramp) || !latest.get().entry().done()) {
				continue;
			}
			int load = load(done.get(lastWakeUp)).orElse(0);
			int quietAtFullLoad = 0;
			for (ClassifiedEntry entry : after) {
				// Less done than when it cramped: the quiet may come from doing less, so
				// the count starts again after it.
				boolean less = load(entry).map((amount) -> amount < load).orElse(false);
				quietAtFullLoad = less ? 0 : quietAtFullLoad + 1;
			}
			if (quietAtFullLoad != needed) {
				continue;
			}
			Set<String> muscles = wakeUpMuscleSet(done.subList(0, lastWakeUp + 1));
			for (String muscle : muscles) {
				out.add(new Milestone(WOKEN_UP.id(), input.clientId(), muscle, item.exerciseId(), input.latest().date(),
						needed));
			}
			if (!Guardrails.blockers(input, latest.get(), item).isEmpty()) {
				continue;
			}
			String because = String.join(", ", muscles) + " went " + needed + " sessions of " + item.exerciseId()
					+ " without a cramp at the dose that used to cramp it: woken up.";
			if (item.progressionId().isPresent()) {
				out.add(proposal(WOKEN_UP, input, latest.get(), item, ProposalKind.PROGRESS, Optional.empty(),
						item.progressionId(),
						because + " Move on to " + item.progressionId().get() + ", the next step of its progression."));
			}
			else {
				out.add(proposal(WOKEN_UP, input, latest.get(), item, ProposalKind.RETIRE, Optional.empty(),
						Optional.empty(),
						because + " No harder step is catalogued: retire it from the menu, or keep it as it is."));
			}
		}
		return out;
	}

	/**
	 * Whether the menu stepped back into this exercise (an easier exercise swapped in, or
	 * its dose lowered) on or after the day of its last wake-up cramp.
	 */
	private static boolean regressedSince(RuleInput input, PrescribedItem item, LocalDate lastWakeUp) {
		return input.regressions()
			.stream()
			.anyMatch((step) -> step.toExerciseId().equals(item.exerciseId()) && !step.date().isBefore(lastWakeUp));
	}

	/**
	 * How much was done: seconds or repetitions, both sides added; empty when the client
	 * did not say, which then neither resets nor earns the count.
	 */
	private static Optional<Integer> load(ClassifiedEntry entry) {
		return entry.entry().performed().map((performed) -> performed.amount() + performed.rightSide().orElse(0));
	}

	private static List<RuleOutcome> noCrampNoEffort(RuleInput input) {
		List<RuleOutcome> out = new ArrayList<>();
		int needed = input.settings().noEffortSessions();
		int lowEffort = input.settings().lowEffortMax();
		for (PrescribedItem item : input.menu().items()) {
			Optional<ClassifiedEntry> latest = input.latestEntry(item.exerciseId());
			if (latest.isEmpty()) {
				continue;
			}
			List<ClassifiedEntry> history = input.history(item.exerciseId());
			int run = 0;
			for (int i = history.size() - 1; i >= 0; i--) {
				ClassifiedEntry entry = history.get(i);
				boolean effortless = entry.quiet() && entry.entry().effort().map((e) -> e <= lowEffort).orElse(false);
				if (!effortless) {
					break;
				}
				run++;
			}
			if (run > 0 && run % needed == 0 && Guardrails.blockers(input, latest.get(), item).isEmpty()) {
				String because = run + " sessions of " + item.exerciseId() + " without cramp, pain or effort above "
						+ lowEffort + ".";
				if (item.progressionId().isPresent()) {
					out.add(proposal(NO_CRAMP_NO_EFFORT, input, latest.get(), item, ProposalKind.PROGRESS,
							Optional.empty(), item.progressionId(),
							because + " Progress to " + item.progressionId().get() + "."));
				}
				else {
					Dose next = item.dose().raisedBy(input.settings().doseIncreasePercent());
					out.add(proposal(NO_CRAMP_NO_EFFORT, input, latest.get(), item, ProposalKind.RAISE_DOSE,
							Optional.of(next), Optional.empty(), because + " No progression is catalogued: raise the "
									+ "dose from " + describe(item.dose()) + " to " + describe(next) + "."));
				}
			}
		}
		return out;
	}

	private static List<RuleOutcome> crampMedicalReview(RuleInput input) {
		List<RuleOutcome> out = new ArrayList<>();
		for (CrampClassification cramp : input.latestCramps()) {
			if (cramp.needsMedicalReview()) {
				out.add(new Alert(CRAMP_MEDICAL_REVIEW.id(), input.clientId(),
						cramp.exerciseId().isEmpty() ? Optional.empty() : Optional.of(cramp.exerciseId()),
						AlertLevel.SEE_A_DOCTOR, input.latest().date(),
						"Cramp in the " + cramp.cramp().where() + " (" + cramp.cramp().onset().id()
								+ ") needs medical review: " + String.join(" ", cramp.reasons())
								+ " Chasing is blocked until you clear it.",
						Optional.of(ClientMessages.CRAMP_SEE_A_DOCTOR)));
			}
		}
		return out;
	}

	private static Proposal proposal(ProgressionRule rule, RuleInput input, ClassifiedEntry entry, PrescribedItem item,
			ProposalKind kind, Optional<Dose> dose, Optional<String> exercise, String reasoning) {
		String id = rule.id() + ":" + item.exerciseId() + ":" + entry.logId() + ":v" + entry.version();
		return new Proposal(id, rule.id(), input.clientId(), item.exerciseId(), kind, dose, exercise, entry.date(),
				reasoning, rule.sourceIds());
	}

	private static String wakeUpMuscles(List<ClassifiedEntry> entries) {
		return String.join(", ", wakeUpMuscleSet(entries));
	}

	private static Set<String> wakeUpMuscleSet(List<ClassifiedEntry> entries) {
		Set<String> muscles = new LinkedHashSet<>();
		for (ClassifiedEntry entry : entries) {
			for (CrampClassification cramp : entry.cramps()) {
				if (cramp.kind() == CrampClass.WAKE_UP) {
					muscles.add(cramp.cramp().where());
				}
			}
		}
		return muscles;
	}

	private static String describe(Dose dose) {
		return dose.describe();
	}

	private static String describePain(ClassifiedEntry entry) {
		List<String> parts = new ArrayList<>();
		for (PainReport pain : entry.entry().pains()) {
			parts.add(pain.quality().id() + " pain in " + pain.location() + " (NPRS " + pain.nprs() + ")");
		}
		return "Reported: " + String.join(", ", parts) + ".";
	}

}
