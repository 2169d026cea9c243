package org.realign.app.assessment;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import jakarta.servlet.http.HttpServletResponse;
import org.realign.app.client.ClientAccess;
import org.realign.app.client.Clients;
import org.realign.app.identity.PracticeAccess;
import org.realign.core.assessment.AssessmentReport;
import org.realign.core.assessment.Assessor;
import org.realign.core.landmark.LandmarkFile;
import org.realign.core.landmark.View;
import org.realign.core.measure.Measurement;
import org.realign.core.measure.MeasurementDefinition.MeasurementError;
import org.realign.core.measure.MeasurementDefinition;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Two assessments of one client side by side: the photos of each view with their lines,
 * and every measurement with its change and whether that change is larger than the
 * measurement's minimal detectable change (the same test the progress timeline uses).
 */
@Controller
class AssessmentComparisonController {

	private final ClientAccess access;

	private final Assessments assessments;

	private final Assessor assessor;

	private final MeasurementDrawings drawings;

	AssessmentComparisonController(ClientAccess access, Assessments assessments, Assessor assessor,
			MeasurementDrawings drawings) {
		this.access = access;
		this.assessments = assessments;
		this.assessor = assessor;
		this.drawings = drawings;
	}

	/** Whether a change can be told from measurement error. */
	enum Verdict {

		/** The change is larger than the minimal detectable change. */
		BEYOND("beyond"),
		/** The change is within the minimal detectable change. */
		WITHIN("within"),
		/** The knowledge base gives no SEM or MDC for this measurement. */
		NO_MDC("no-mdc"),
		/** Measured in only one of the two assessments. */
		ONE_ONLY("one-only");

		private final String id;

		Verdict(String id) {
			this.id = id;
		}

		public String id() {
			return this.id;
		}

	}

	/**
	 * One line of the table.
	 *
	 * @param id measurement id
	 * @param name its name
	 * @param view the view
	 * @param unit its unit
	 * @param a the value in assessment A, if measured
	 * @param b the value in assessment B, if measured
	 * @param change B minus A, when both are measured
	 * @param error the knowledge base's error figure
	 * @param errorKind SEM, MDC, MAE or not-established
	 * @param mdc the minimal detectable change, when the error allows one
	 * @param readingsBar the bar the change was judged against when the readings' own
	 * errors make it wider than the MDC (estimated points), else null
	 * @param verdict what the change amounts to
	 */
	record Row(String id, String name, String view, String unit, Double a, Double b, Double change, double error,
			String errorKind, Double mdc, Double readingsBar, Verdict verdict) {
	}

	/**
	 * One view's two photos.
	 *
	 * @param view the view id
	 * @param a assessment A's photo on this view, if it has one
	 * @param b assessment B's photo
	 */
	record ViewPair(String view, Optional<Side> a, Optional<Side> b) {
	}

	/**
	 * One photo of the pair with what the page needs to draw on it.
	 *
	 * @param stored the stored view
	 * @param landmarkFile its landmarks as a landmark file
	 * @param drawings its drawings as JSON
	 */
	record Side(Assessments.StoredView stored, String landmarkFile, String drawings) {
	}

	@GetMapping("/clients/{clientId}/assessments/compare")
	String compare(@PathVariable long clientId, @RequestParam(required = false) String a,
			@RequestParam(required = false) String b, Principal principal, Model model, HttpServletResponse response) {
		Clients.ClientRecord client = this.access.practitionerOf(principal, clientId);
		model.addAttribute("client", client);
		model.addAttribute("choices", this.assessments.list(clientId));
		List<Problem> problems = new ArrayList<>();
		OptionalLongId idA = parse("a", a, problems);
		OptionalLongId idB = parse("b", b, problems);
		if (problems.isEmpty() && idA.value == idB.value) {
			problems.add(new Problem("assessment.compare.same", List.of(idA.value)));
		}
		if (!problems.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("problems", problems);
			return "assessment/compare";
		}
		Assessments.StoredAssessment first = this.assessments.find(clientId, idA.value)
			.orElseThrow(PracticeAccess::notFound);
		Assessments.StoredAssessment second = this.assessments.find(clientId, idB.value)
			.orElseThrow(PracticeAccess::notFound);
		AssessmentReport reportA = this.assessor.assess(first.landmarks());
		AssessmentReport reportB = this.assessor.assess(second.landmarks());
		model.addAttribute("a", first);
		model.addAttribute("b", second);
		model.addAttribute("pairs", pairs(first, second, reportA, reportB));
		model.addAttribute("rows", rows(reportA, reportB));
		return "assessment/compare";
	}

	private List<ViewPair> pairs(Assessments.StoredAssessment first, Assessments.StoredAssessment second,
			AssessmentReport reportA, AssessmentReport reportB) {
		List<ViewPair> pairs = new ArrayList<>();
		for (View view : View.values()) {
			Optional<Side> a = first.view(view).map((stored) -> side(stored, reportA));
			Optional<Side> b = second.view(view).map((stored) -> side(stored, reportB));
			if (a.isPresent() || b.isPresent()) {
				pairs.add(new ViewPair(view.id(), a, b));
			}
		}
		return pairs;
	}

	private Side side(Assessments.StoredView stored, AssessmentReport report) {
		return new Side(stored, LandmarkFile.write(List.of(stored.landmarks())),
				this.drawings.json(this.drawings.of(stored.landmarks(), report.measurements())));
	}

	/** Every measurement measured in either, in catalogue order, view by view. */
	private List<Row> rows(AssessmentReport reportA, AssessmentReport reportB) {
		Map<String, Measurement.Measured[]> byKey = new LinkedHashMap<>();
		for (MeasurementDefinition definition : this.assessor.catalog().all()) {
			for (View view : definition.views()) {
				Optional<Measurement.Measured> a = reportA.measured(definition.id(), view);
				Optional<Measurement.Measured> b = reportB.measured(definition.id(), view);
				if (a.isPresent() || b.isPresent()) {
					byKey.put(definition.id() + "@" + view.id(),
							new Measurement.Measured[] { a.orElse(null), b.orElse(null) });
				}
			}
		}
		List<Row> rows = new ArrayList<>();
		byKey.forEach((key, pair) -> {
			Measurement.Measured any = (pair[0] != null) ? pair[0] : pair[1];
			MeasurementDefinition definition = this.assessor.catalog().get(any.id());
			MeasurementError error = definition.error();
			OptionalDouble mdc = error.minimalDetectableChange();
			Double valueA = (pair[0] != null) ? pair[0].value() : null;
			Double valueB = (pair[1] != null) ? pair[1].value() : null;
			Double change = (valueA != null && valueB != null) ? valueB - valueA : null;
			// The same test as the client report's "What changed": the readings' own
			// errors widen the bar beyond the MDC when they are larger.
			OptionalDouble bar = (change == null) ? OptionalDouble.empty()
					: ChangeJudgement.threshold(pair[0], pair[1], error);
			Verdict verdict;
			if (change == null) {
				verdict = Verdict.ONE_ONLY;
			}
			else if (bar.isEmpty()) {
				verdict = Verdict.NO_MDC;
			}
			else {
				verdict = MeasurementError.changeExceeds(change, bar.getAsDouble()) ? Verdict.BEYOND : Verdict.WITHIN;
			}
			Double wider = (bar.isPresent() && (mdc.isEmpty() || bar.getAsDouble() > mdc.getAsDouble() + 1e-9))
					? bar.getAsDouble() : null;
			rows.add(new Row(any.id(), definition.name(), any.view().id(), any.unit(), valueA, valueB, change,
					error.value(), error.kind(), mdc.isPresent() ? mdc.getAsDouble() : null, wider, verdict));
		});
		return rows;
	}

	private record OptionalLongId(long value) {
	}

	/**
	 * A bad request parameter, as a message key and its arguments (the parameter's name
	 * first).
	 *
	 * @param key message key
	 * @param args its arguments
	 */
	record Problem(String key, List<Object> args) {

		public Object[] arguments() {
			return this.args.toArray();
		}

	}

	private static OptionalLongId parse(String name, String text, List<Problem> problems) {
		if (text == null || text.isBlank()) {
			problems.add(new Problem("assessment.compare.missing", List.of(name)));
			return new OptionalLongId(-1);
		}
		try {
			return new OptionalLongId(Long.parseLong(text.strip()));
		}
		catch (NumberFormatException ex) {
			problems.add(new Problem("assessment.compare.notAnId", List.of(name, text)));
			return new OptionalLongId(-1);
		}
	}

}
