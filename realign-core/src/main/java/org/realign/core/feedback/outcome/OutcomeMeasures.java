package org.realign.core.feedback.outcome;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.realign.core.feedback.FieldError;

/**
 * The outcome measures the feedback loop knows, named values in one list.
 * <p>
 * NPRS: a change of 2 points [1] or about 30 % [2] is clinically important. PSFS: 3 to 5
 * activities rated 0..10 [3]; the 2-point MCID on the average score is tagged [K] in
 * field research §5.4 and still to be checked against [3]. STarT Back: 9 items, total
 * 0..9 [4]; free without a licence for non-commercial use only, and Keele must be
 * contacted to incorporate it in a commercial product [5]. Fingertip-to-floor: distance
 * in cm [6]; no MCID is claimed here, the caller supplies the MDC of its own protocol.
 * <p>
 * [1] Childs 2005. [2] Farrar 2001. [3] Stratford 1995. [4] Hill 2008. [5] Keele SBST
 * licence page. [6] Perret 2001.
 */
public final class OutcomeMeasures {

	public static final OutcomeMeasure NPRS = new OutcomeMeasure("nprs", "Numeric Pain Rating Scale", "{score}", 0, 10,
			true, Optional.of(2.0), Optional.of(30.0), false,
			"Free to use; no licence needed (field research §5.4, tagged [K]).",
			List.of("fb-childs-2005", "fb-farrar-2001"));

	public static final OutcomeMeasure PSFS = new OutcomeMeasure("psfs", "Patient-Specific Functional Scale", "{score}",
			0, 10, false, Optional.of(2.0), Optional.empty(), false,
			"Free to use (Stratford 1995), widely treated as public domain (field research §5.4, tagged [K]).",
			List.of("fb-stratford-1995"));

	public static final OutcomeMeasure START_BACK = new OutcomeMeasure("start-back", "Keele STarT Back Tool", "{score}",
			0, 9, true, Optional.empty(), Optional.empty(), true,
			"Optional. Free, without a licence, for non-commercial use only; keep Keele's copyright and funding "
					+ "statement with it. A commercial product or practice must contact Keele University before "
					+ "using it. Validated for low back pain only; Keele does not recommend modified versions. "
					+ "The item wording is not shipped: obtain it from Keele.",
			List.of("fb-hill-2008-startback", "fb-keele-sbst-licence", "fb-nice-ng59"));

	public static final OutcomeMeasure FINGERTIP_TO_FLOOR = new OutcomeMeasure("fingertip-to-floor",
			"Fingertip-to-floor distance", "cm", 0, 100, true, Optional.empty(), Optional.empty(), true,
			"A functional test, no licence needed.", List.of("fb-perret-2001"));

	private OutcomeMeasures() {
	}

	public static List<OutcomeMeasure> all() {
		return List.of(NPRS, PSFS, START_BACK, FINGERTIP_TO_FLOOR);
	}

	/**
	 * Problems with a record: unknown measure, value out of range, date in the future.
	 */
	public static List<FieldError> validate(OutcomeRecord record, Clock clock) {
		List<FieldError> errors = new ArrayList<>();
		Optional<OutcomeMeasure> measure = find(record.measureId());
		if (measure.isEmpty()) {
			errors.add(new FieldError("measureId", "unknown", "no outcome measure " + record.measureId()));
		}
		else if (!measure.get().inRange(record.value())) {
			errors.add(new FieldError("value", "out-of-range", record.measureId() + " must be between "
					+ measure.get().min() + " and " + measure.get().max() + ", was " + record.value()));
		}
		if (record.date().isAfter(LocalDate.now(clock))) {
			errors.add(new FieldError("date", "in-future", "date " + record.date() + " is in the future"));
		}
		return errors;
	}

	public static Optional<OutcomeMeasure> find(String id) {
		return all().stream().filter((measure) -> measure.id().equals(id)).findFirst();
	}

}
