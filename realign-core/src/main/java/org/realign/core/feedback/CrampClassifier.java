package org.realign.core.feedback;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.realign.core.prescription.ExerciseDemand;
import org.realign.core.prescription.PrescribedItem;

/**
 * Reads a cramp as a wake-up cramp, an exertional cramp, a likely fluid or electrolyte
 * cramp, a cramp that needs medical review, or an unexplained single night or rest cramp,
 * and says why.
 * <p>
 * Medical review wins over everything else. Its triggers follow field research §5.2: a
 * cramp with weakness or twitching [2][3], with swelling of the limb or dark urine [3],
 * after starting a statin [2], outside the calf and foot with no exercise cause [3], and
 * night or rest cramps that recur [1]. A wake-up cramp needs all of: in a target muscle
 * the exercise asks to work, starting during it, easing within the practice's minutes
 * (the limit itself included), no pain on the same exercise (field research §5.3) [5]. A
 * cramp in a muscle the exercise lengthens or lets go is read as such, with the
 * catalogue's source for that reading: the lore speaks of a muscle asked to work, so a
 * muscle being stretched is never chased (our own reading of [5]). A cramp during or
 * after exercise outside the menu (no prescribed exercise) is read as exertional [4]: it
 * never counts as a wake-up cramp.
 * <p>
 * [1] Allen and Kirby 2012, nocturnal leg cramps. [2] Merck Manual, causes of muscle
 * cramps. [3] BMJ Best Practice, muscle cramps. [4] Schwellnus 2009, exercise-associated
 * cramps. [5] Practitioner lore, guarded per field research §5.3.
 */
public final class CrampClassifier {

	/**
	 * Where a cramp is in the calf or foot, the usual and benign site (BMJ Best
	 * Practice).
	 */
	static final Set<String> CALF_AND_FOOT = Set.of("calf", "foot", "gastrocnemius", "soleus");

	private final PracticeSettings settings;

	public CrampClassifier(PracticeSettings settings) {
		this.settings = Objects.requireNonNull(settings, "settings");
	}

	/**
	 * Classifies one cramp.
	 * @param cramp the cramp
	 * @param exercise the exercise it came with, empty for a cramp at night or at rest
	 * @param worstPainOnSameExercise the worst NPRS reported with the same exercise, 0 if
	 * none
	 * @param spontaneousCrampsInWindow night or rest cramps in the practice's recurrence
	 * window, this one included
	 */
	public CrampClassification classify(CrampReport cramp, Optional<PrescribedItem> exercise,
			int worstPainOnSameExercise, int spontaneousCrampsInWindow) {
		String exerciseId = exercise.map(PrescribedItem::exerciseId).orElse("");
		List<String> review = new ArrayList<>();
		Set<String> sources = new LinkedHashSet<>();
		if (cramp.has(CrampContext.WEAKNESS) || cramp.has(CrampContext.TWITCHING)) {
			review.add("comes with weakness or twitching, which a doctor should check");
			sources.add("fb-merck-cramps");
			sources.add("fb-bmj-bp-cramps");
		}
		if (cramp.has(CrampContext.SWELLING)) {
			review.add("comes with swelling of the limb, which a doctor should check the same day");
			sources.add("fb-bmj-bp-cramps");
		}
		if (cramp.has(CrampContext.DARK_URINE)) {
			review.add("comes with dark urine, which needs a doctor promptly");
			sources.add("fb-bmj-bp-cramps");
		}
		if (cramp.has(CrampContext.STATIN_STARTED_RECENTLY)) {
			review.add("started after a statin was begun; statins are a known drug cause of cramps");
			sources.add("fb-merck-cramps");
		}
		boolean calfOrFoot = CALF_AND_FOOT.contains(cramp.where());
		if (!calfOrFoot && cramp.onset().isSpontaneous()) {
			review.add("is outside the calf and foot (" + cramp.where()
					+ ") with no exercise to explain it; such cramps are more often organic");
			sources.add("fb-bmj-bp-cramps");
		}
		if (cramp.onset().isSpontaneous() && spontaneousCrampsInWindow >= this.settings.recurringSpontaneousCramps()) {
			review.add("is one of " + spontaneousCrampsInWindow + " night or rest cramps within "
					+ this.settings.recurrenceWindowDays() + " days");
			sources.add("fb-allen-kirby-2012");
		}
		if (!review.isEmpty()) {
			return classification(cramp, exerciseId, CrampClass.NEEDS_MEDICAL_REVIEW,
					review.stream().map((reason) -> "The cramp " + reason + ".").toList(), sources);
		}
		if (cramp.has(CrampContext.HEAVY_SWEATING_OR_ILLNESS) || cramp.has(CrampContext.DIURETIC)) {
			return classification(cramp, exerciseId, CrampClass.FLUID_ELECTROLYTE, List
				.of("The cramp came with heavy sweating, illness or a diuretic, so fluid or salt balance is the likely cause."),
					Set.of("fb-merck-cramps"));
		}
		if (cramp.has(CrampContext.LONG_OR_INTENSE_EXERTION)) {
			return classification(cramp, exerciseId, CrampClass.EXERTIONAL, List
				.of("The cramp followed long or intense exertion; fatigue of the muscle is the favoured cause."),
					Set.of("fb-schwellnus-2009"));
		}
		if (exercise.isPresent()) {
			Optional<ExerciseDemand> demand = exercise.get().demandOn(cramp.where());
			if (demand.isPresent() && demand.get().kind() != ExerciseDemand.Kind.WORKS) {
				return notWorked(cramp, exerciseId, demand.get());
			}
			List<String> notWakeUp = wakeUpMisses(cramp, exercise.get(), worstPainOnSameExercise);
			if (notWakeUp.isEmpty()) {
				Set<String> wakeUpSources = new LinkedHashSet<>(List.of("fb-chase-the-cramp-lore"));
				wakeUpSources.addAll(demand.get().sourceIds());
				return classification(cramp, exerciseId, CrampClass.WAKE_UP,
						List.of("The cramp was in the " + cramp.place() + ", a muscle " + exerciseId + " asks to work ("
								+ describe(demand.get()) + "), started during the exercise, eased within "
								+ cramp.minutesToEase() + " min and came without pain: a wake-up cramp."),
						wakeUpSources);
			}
			return classification(cramp, exerciseId, CrampClass.EXERTIONAL,
					notWakeUp.stream().map((miss) -> "Not a wake-up cramp: " + miss + ".").toList(),
					Set.of("fb-schwellnus-2009", "fb-chase-the-cramp-lore"));
		}
		if (!cramp.onset().isSpontaneous()) {
			// During or after exercise the client did outside the menu (a walk, a game):
			// effort explains it, and without a prescribed exercise it cannot be a
			// wake-up cramp.
			return classification(cramp, exerciseId, CrampClass.EXERTIONAL,
					List.of("The cramp came " + cramp.onset().id()
							+ " exercise outside the menu; effort of the muscle is the favoured cause, not a wake-up."),
					Set.of("fb-schwellnus-2009"));
		}
		return classification(cramp, exerciseId, CrampClass.UNEXPLAINED,
				List.of("A single " + cramp.onset().id() + " cramp in the " + cramp.place()
						+ " with nothing else reported; common in adults, watched for recurrence."),
				Set.of("fb-allen-kirby-2012"));
	}

	private List<String> wakeUpMisses(CrampReport cramp, PrescribedItem exercise, int worstPain) {
		List<String> misses = new ArrayList<>();
		if (!exercise.works(cramp.where())) {
			misses.add(cramp.where() + " is not a muscle " + exercise.exerciseId() + " asks to work");
		}
		if (cramp.onset() != CrampOnset.DURING) {
			misses.add("its onset was " + cramp.onset().id() + ", not during the exercise");
		}
		if (cramp.minutesToEase() > this.settings.wakeUpEaseMinutes()) {
			misses.add("it took " + cramp.minutesToEase() + " min to ease, more than "
					+ this.settings.wakeUpEaseMinutes());
		}
		if (worstPain > 0) {
			misses.add("pain (NPRS " + worstPain + ") was reported with it");
		}
		return misses;
	}

	/**
	 * A cramp in a muscle the exercise lengthens or lets go. The muscle is not being
	 * asked to work, so the wake-up reading does not apply; a cramp there most often
	 * means the stretch is held too hard or the muscle guards against it.
	 */
	private static CrampClassification notWorked(CrampReport cramp, String exerciseId, ExerciseDemand demand) {
		Set<String> sources = new LinkedHashSet<>(demand.sourceIds());
		sources.add("fb-chase-the-cramp-lore");
		String action = demand.kind() == ExerciseDemand.Kind.LENGTHENS ? "lengthens (stretches)" : "lets go and rests";
		return classification(cramp, exerciseId, CrampClass.LENGTHENED_OR_RELEASED, List.of(
				"The cramp was in the " + cramp.place() + ", which " + exerciseId + " " + action
						+ " rather than works (" + describe(demand) + ").",
				"A wake-up cramp comes in a muscle asked to work; one in a muscle being stretched or let go is not "
						+ "chased. Ease the position and look at the set-up (our own reading, not a published rule)."),
				sources);
	}

	private static String describe(ExerciseDemand demand) {
		return (demand.basis().isBlank() ? "" : demand.basis() + "; ") + "source: " + demand.shownSource();
	}

	private static CrampClassification classification(CrampReport cramp, String exerciseId, CrampClass kind,
			List<String> reasons, Set<String> sources) {
		return new CrampClassification(cramp, exerciseId, kind, reasons, List.copyOf(sources));
	}

}
