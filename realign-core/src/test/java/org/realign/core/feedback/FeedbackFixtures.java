package org.realign.core.feedback;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.realign.core.prescription.ExerciseDemand;
import org.realign.core.prescription.Dose;
import org.realign.core.prescription.PrescribedItem;
import org.realign.core.prescription.PrescribedMenu;

/** Menus, clocks and builders shared by the feedback tests. */
public final class FeedbackFixtures {

	public static final String CLIENT = "client-7";

	public static final LocalDate DAY_1 = LocalDate.of(2026, 11, 2);

	public static final PrescribedItem GLUTEALS = new PrescribedItem("standing-gluteal-contractions",
			List.of("gluteus-maximus", "gluteus-medius"), Dose.reps(20), true, Optional.of("glute-bridge"),
			Optional.empty());

	public static final PrescribedItem AIR_BENCH = new PrescribedItem("air-bench", List.of("quadriceps"),
			Dose.holdSeconds(60), true, Optional.of("static-wall"), Optional.empty());

	public static final PrescribedItem GROIN = new PrescribedItem("supine-groin-stretch", List.of("iliopsoas"),
			Dose.holdSecondsPerSide(300), false, Optional.empty(), Optional.of("supine-groin-progressive"));

	public static final PrescribedItem CATS = new PrescribedItem("cats-and-dogs",
			List.of("lumbar-erector-spinae", "rectus-abdominis"), Dose.reps(10), false, Optional.empty(),
			Optional.empty());

	/**
	 * Static wall as the catalogue reads it: the backs of the legs are lengthened, the
	 * thighs and shins asked to work by the steps.
	 */
	public static final PrescribedItem STATIC_WALL = new PrescribedItem("static-wall",
			List.of("hamstrings", "gastrocnemius"), Dose.holdSeconds(120), false,
			Optional.of("supine-hamstring-strap-stretch"), Optional.empty(),
			List.of(new ExerciseDemand("hamstrings", ExerciseDemand.Kind.LENGTHENS, List.of("egoscue-1998-pain-free"),
					"a target of this exercise (release)"),
					new ExerciseDemand("gastrocnemius", ExerciseDemand.Kind.LENGTHENS,
							List.of("egoscue-1998-pain-free"), "a target of this exercise (release)"),
					new ExerciseDemand("quadriceps", ExerciseDemand.Kind.WORKS, List.of("egoscue-1998-pain-free"),
							"the steps ask the client to tighten the thighs so the legs stay straight")));

	/** Static back: the low back and hip flexors let go, nothing works. */
	public static final PrescribedItem STATIC_BACK = new PrescribedItem("static-back",
			List.of("lumbar-erector-spinae", "iliopsoas"), Dose.holdSeconds(180), false, Optional.empty(),
			Optional.of("supine-groin-stretch"),
			List.of(new ExerciseDemand("lumbar-erector-spinae", ExerciseDemand.Kind.RELEASES,
					List.of("egoscue-1998-pain-free"), "a target of this exercise (release)"),
					new ExerciseDemand("iliopsoas", ExerciseDemand.Kind.RELEASES, List.of("egoscue-1998-pain-free"),
							"a target of this exercise (release)")));

	public static final PrescribedMenu MENU = new PrescribedMenu("daily-alignment", 7,
			List.of(GROIN, CATS, AIR_BENCH, GLUTEALS));

	private FeedbackFixtures() {
	}

	/** A fixed clock at noon UTC on the given day. */
	public static Clock clockOn(LocalDate day) {
		return Clock.fixed(day.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
	}

	public static CrampReport wakeUpCramp(String muscle) {
		return new CrampReport(muscle, 4, CrampOnset.DURING, 1, EasedBy.STRETCHING, Set.of());
	}

	public static CrampReport cramp(String where, CrampOnset onset, int minutes, CrampContext... context) {
		return new CrampReport(where, 5, onset, minutes, EasedBy.MOVING, Set.of(context));
	}

	public static PainReport pain(int nprs) {
		return new PainReport(nprs, "front of the knee", PainQuality.SHARP);
	}

	public static ExerciseEntry done(PrescribedItem item, int effort, Feedback... feedback) {
		return ExerciseEntry.done(item.exerciseId(), Performed.of(item.dose().amount()), effort, feedback);
	}

	public static SessionDraft draft(LocalDate date, ExerciseEntry... entries) {
		return new SessionDraft(CLIENT, MENU.menuId(), date, List.of(entries), List.of(), false, "");
	}

	public static SessionDraft draftWithNightCramp(LocalDate date, CrampReport night, ExerciseEntry... entries) {
		return new SessionDraft(CLIENT, MENU.menuId(), date, List.of(entries), List.of(night), false, "");
	}

	/** A log recorded on its own day, version 1. */
	public static SessionLog log(SessionDraft draft) {
		return new SessionLog("log-" + draft.date(), 1, Optional.empty(), draft,
				draft.date().atTime(19, 0).toInstant(ZoneOffset.UTC), CLIENT, Optional.empty());
	}

	public static List<SessionLog> logs(SessionDraft... drafts) {
		return new ArrayList<>(Arrays.stream(drafts).map(FeedbackFixtures::log).toList());
	}

	public static ClientFeedback client(List<SessionLog> logs) {
		return client(logs, SafetyStatus.clear(), PracticeSettings.defaults());
	}

	public static ClientFeedback client(List<SessionLog> logs, SafetyStatus safety, PracticeSettings settings) {
		return new ClientFeedback(CLIENT, MENU, logs, safety, Optional.empty(), settings);
	}

	public static Instant noon(LocalDate day) {
		return day.atTime(12, 0).toInstant(ZoneOffset.UTC);
	}

}
