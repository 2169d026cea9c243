package org.realign.app.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

import org.realign.app.assessment.ReportWords.Citations;
import org.realign.app.assessment.ReportWords.Words;
import org.realign.app.client.Clients;
import org.realign.app.practice.PracticeIdentity;
import org.realign.core.assessment.AssessmentReport;
import org.realign.core.assessment.Assessor;
import org.realign.core.finding.Finding;
import org.realign.core.knowledge.ClientConstraints;
import org.realign.core.knowledge.Exercise;
import org.realign.core.knowledge.Hypothesis;
import org.realign.core.knowledge.KnowledgeBase;
import org.realign.core.knowledge.KnowledgeBaseValidator;
import org.realign.core.knowledge.Muscle;
import org.realign.core.landmark.View;
import org.realign.core.measure.Measurement;
import org.realign.core.measure.MeasurementDefinition;
import org.realign.core.measure.MeasurementDefinition.MeasurementError;
import org.realign.core.prescription.Dose;
import org.realign.core.prescription.PrescribedMenu;
import org.realign.core.program.Advice;
import org.realign.core.program.Advisor;
import org.realign.core.program.SuggestedItem;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Gathers what the client report says and puts it in the client's words: each finding
 * with what was seen, where, by how much and the measurement's error; the published menu
 * with its drawings; before and after when an earlier assessment exists; the sources
 * spelled out and numbered. {@link ClientReportPdf} lays it out.
 */
@Component
class ClientReportContent {

	private final Assessments assessments;

	private final Assessor assessor;

	private final Advisor advisor;

	private final MessageSource messages;

	private final KnowledgeBase knowledge;

	private final PracticeIdentity practices;

	private final MenuInForce menuInForce;

	private final ReportPhotos photos;

	ClientReportContent(Assessments assessments, Assessor assessor, Advisor advisor, MessageSource messages,
			KnowledgeBase knowledge, PracticeIdentity practices, MenuInForce menuInForce, ReportPhotos photos) {
		this.assessments = assessments;
		this.assessor = assessor;
		this.advisor = advisor;
		this.messages = messages;
		this.knowledge = knowledge;
		this.practices = practices;
		this.menuInForce = menuInForce;
		this.photos = photos;
	}

	ClientReport of(Clients.ClientRecord client, Assessments.StoredAssessment stored, boolean blurFaces,
			Locale locale) {
		Words words = new Words(this.messages, locale);
		Citations citations = new Citations();
		AssessmentReport report = this.assessor.assess(stored.landmarks());
		// The same constraints as the assessment page, so that a suggested menu is the
		// one the practitioner saw: never an exercise the client's profile rules out.
		Advice advice = this.advisor.advise(report.findings(),
				client.profile().menuConstraints(ClientConstraints.DEFAULT_MINUTES));
		String name = client.profile().displayName();
		return new ClientReport(words.msg("report.title") + ": " + name, locale.toLanguageTag(),
				practice(client.practiceId(), words), name, words.date(stored), findings(report, words, citations),
				rows(report, words), hypotheses(advice, words, citations), menu(client.id(), advice, words, citations),
				comparison(stored, report, words).orElse(null), photos(stored, report, blurFaces, words),
				citations.references(this.knowledge));
	}

	private ClientReport.Practice practice(long practiceId, Words words) {
		PracticeIdentity.Identity practice = this.practices.of(practiceId);
		List<String> address = (practice.address() == null) ? List.of()
				: practice.address().lines().map(String::strip).filter((line) -> !line.isEmpty()).toList();
		String logo = this.practices.logo(practiceId).map((png) -> dataUri("image/png", png)).orElse(null);
		return new ClientReport.Practice(practice.name(), address, practice.contact(), logo,
				words.msg("report.doc.logoAlt", practice.name()));
	}

	private List<ClientReport.FindingText> findings(AssessmentReport report, Words words, Citations citations) {
		List<ClientReport.FindingText> out = new ArrayList<>();
		for (Finding finding : report.findings()) {
			List<String> details = new ArrayList<>();
			finding.side().ifPresent((side) -> details.add(words.msg("report.doc.side", words.side(side.id()))));
			List<String> parts = new ArrayList<>();
			for (String because : finding.because()) {
				boolean measured = false;
				for (Measurement m : report.measurements()) {
					if (m instanceof Measurement.Measured reading && reading.id().equals(because)) {
						details.addAll(reading(finding, reading, words, citations));
						measured = true;
					}
				}
				if (!measured && report.hasFinding(because)) {
					parts.add(words.finding(because));
				}
			}
			if (!parts.isEmpty()) {
				details.add(words.msg("report.doc.pattern", String.join(", ", parts)));
			}
			out.add(new ClientReport.FindingText(words.finding(finding.id()),
					words.msg("report.doc.severity", words.msg("finding.severity." + finding.severity().id())),
					words.msgOr("report.explain." + finding.id(), ""), details));
		}
		return out;
	}

	/**
	 * One reading behind a finding in words: what was measured with its error, how far
	 * past the cut-off, and what size of difference the photo alone could make.
	 */
	private List<String> reading(Finding finding, Measurement.Measured reading, Words words, Citations citations) {
		MeasurementDefinition definition = this.assessor.catalog().get(reading.id());
		citations.cite(definition.sources());
		citations.cite(definition.error().sources());
		double error = reading.errorOr(definition.error().value());
		List<String> lines = new ArrayList<>();
		String view = words.view(reading.view());
		if (error > 0) {
			lines.add(words.msg("report.doc.reading", definition.name(), view,
					words.value(reading.value(), reading.unit()), words.value(error, reading.unit())));
		}
		else {
			lines.add(words.msg("report.doc.reading.noError", definition.name(), view,
					words.value(reading.value(), reading.unit())));
		}
		definition.concernFor(finding.id()).ifPresent((concern) -> {
			citations.cite(concern.sources());
			double beyond = switch (concern.direction()) {
				case BELOW -> concern.cutoff() - reading.value();
				case ABOVE -> reading.value() - concern.cutoff();
				case EITHER_WAY -> Math.abs(reading.value()) - concern.cutoff();
			};
			String key = switch (concern.direction()) {
				case BELOW -> "report.doc.beyond.below";
				case ABOVE -> "report.doc.beyond.above";
				case EITHER_WAY -> "report.doc.beyond.either";
			};
			lines.add(
					words.msg(key, words.value(concern.cutoff(), reading.unit()), words.value(beyond, reading.unit())));
		});
		if (error > 0) {
			lines.add(words.msg("report.doc.noise", words.value(error, reading.unit())));
		}
		return lines;
	}

	private List<ClientReport.Row> rows(AssessmentReport report, Words words) {
		List<ClientReport.Row> rows = new ArrayList<>();
		for (Measurement m : report.measurements()) {
			if (m instanceof Measurement.Measured reading) {
				MeasurementDefinition definition = this.assessor.catalog().get(reading.id());
				double error = reading.errorOr(definition.error().value());
				String value = words.value(reading.value(), reading.unit())
						+ ((error > 0) ? " \u00b1 " + words.value(error, reading.unit()) : "");
				rows.add(new ClientReport.Row(definition.name(), words.view(reading.view()), value,
						range(definition, words)));
			}
		}
		return rows;
	}

	/** The usual range in words: both bounds, one bound, or that none is published. */
	private String range(MeasurementDefinition definition, Words words) {
		OptionalDouble low = definition.normal().low();
		OptionalDouble high = definition.normal().high();
		String unit = definition.unit();
		if (low.isPresent() && high.isPresent()) {
			return words.msg("report.doc.usual.between", words.value(low.getAsDouble(), unit),
					words.value(high.getAsDouble(), unit));
		}
		if (low.isPresent()) {
			return words.msg("report.doc.usual.atLeast", words.value(low.getAsDouble(), unit));
		}
		if (high.isPresent()) {
			return words.msg("report.doc.usual.atMost", words.value(high.getAsDouble(), unit));
		}
		return words.msg("report.normal.none");
	}

	private List<ClientReport.HypothesisText> hypotheses(Advice advice, Words words, Citations citations) {
		List<ClientReport.HypothesisText> out = new ArrayList<>();
		for (Hypothesis h : advice.hypotheses().items()) {
			String muscle = this.knowledge.muscle(h.muscle()).map(Muscle::name).orElse(h.muscle());
			String text = muscle + h.side().map((s) -> " (" + words.side(s.id()) + ")").orElse("") + ": "
					+ words.msgOr("report.state." + h.state().id(), h.state().id()) + "; "
					+ words.msg("report.confidence") + " "
					+ words.msgOr("report.confidence." + h.confidence().id(), h.confidence().id()) + ".";
			List<String> notes = new ArrayList<>();
			if (h.ownInference()) {
				notes.add(words.msg("report.doc.ownInference"));
			}
			h.conflict().ifPresent(notes::add);
			out.add(new ClientReport.HypothesisText(text, citations.cite(h.sources()), notes));
		}
		return out;
	}

	/**
	 * The menu the client follows: the published one, with the practitioner's doses in
	 * the printed menu's words; the generated suggestion only while nothing is published,
	 * and said to be one.
	 */
	private ClientReport.Menu menu(long clientId, Advice advice, Words words, Citations citations) {
		Optional<PrescribedMenu> published = this.menuInForce.current(clientId);
		if (published.isPresent()) {
			List<ClientReport.MenuEntry> items = published.get()
				.items()
				.stream()
				.map((item) -> entry(item.exerciseId(), item.dose(), words, citations))
				.toList();
			return new ClientReport.Menu(true, words.msg("report.doc.menu.published"), items);
		}
		List<ClientReport.MenuEntry> items = new ArrayList<>();
		for (SuggestedItem item : advice.menu().items()) {
			items.add(entry(item.exerciseId(), item.dose(), words, citations));
		}
		return new ClientReport.Menu(false, words.msg("report.doc.menu.suggested"), items);
	}

	private ClientReport.MenuEntry entry(String exerciseId, Dose dose, Words words, Citations citations) {
		Optional<Exercise> exercise = this.knowledge.exercises().find(exerciseId);
		String name = exercise.map(Exercise::name).orElse(exerciseId);
		// The same words as the printed menu, so that paper and PDF agree.
		String amount = (dose.sets() > 1)
				? words.msg("report.menuPrint.doseSets", dose.sets(), dose.amount(), dose.unit().id())
				: words.msg("report.menuPrint.dose", dose.amount(), dose.unit().id());
		if (dose.perSide()) {
			amount += " " + words.msg("report.menuPrint.perSide");
		}
		String references = exercise.map((e) -> {
			List<String> ids = new ArrayList<>(e.sources());
			ids.addAll(e.doseSources());
			return citations.cite(ids);
		}).orElse("");
		String feel = exercise.map(Exercise::feel)
			.filter((text) -> text != null && !text.isBlank())
			.map((text) -> words.msg("report.doc.menu.feel", text))
			.orElse(null);
		return new ClientReport.MenuEntry(name, amount, picture(exerciseId).orElse(null),
				words.msg("report.doc.menu.pictureAlt", name), exercise.map(Exercise::steps).orElse(List.of()), feel,
				references);
	}

	/** The knowledge base's drawing of the exercise's position, as an SVG data URI. */
	private static Optional<String> picture(String exerciseId) {
		try (InputStream in = KnowledgeBaseValidator.class.getClassLoader()
			.getResourceAsStream(KnowledgeBaseValidator.PICTURES + exerciseId + ".svg")) {
			if (in == null) {
				return Optional.empty();
			}
			// Batik implements SVG 1.1, which lacks SVG 2's "auto-start-reverse" and
			// refuses the whole drawing. The drawings use the marker only at line ends,
			// where "auto" points the same way.
			String svg = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("orient=\"auto-start-reverse\"",
					"orient=\"auto\"");
			return Optional.of(dataUri("image/svg+xml", svg.getBytes(StandardCharsets.UTF_8)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Before and after: the client's earliest assessment before this one against this
	 * one, the photos face-blurred, and only the changes beyond their measurement's error
	 * listed ({@link ChangeJudgement}, as the comparison page judges them).
	 */
	private Optional<ClientReport.Comparison> comparison(Assessments.StoredAssessment after,
			AssessmentReport afterReport, Words words) {
		List<Assessments.Summary> all = this.assessments.list(after.clientId());
		Optional<Assessments.Summary> earliest = all.stream()
			.filter((s) -> s.takenOn().isBefore(after.takenOn())
					|| (s.takenOn().isEqual(after.takenOn()) && s.id() < after.id()))
			.reduce((first, second) -> second);
		if (earliest.isEmpty()) {
			return Optional.empty();
		}
		Assessments.StoredAssessment before = this.assessments.find(after.clientId(), earliest.get().id())
			.orElseThrow();
		AssessmentReport beforeReport = this.assessor.assess(before.landmarks());
		String beforeDate = words.date(before);
		String afterDate = words.date(after);
		List<ClientReport.PhotoPair> pairs = new ArrayList<>();
		for (View view : View.values()) {
			Optional<Assessments.StoredView> a = before.view(view);
			Optional<Assessments.StoredView> b = after.view(view);
			if (a.isPresent() && b.isPresent()) {
				String viewName = words.view(view);
				pairs.add(new ClientReport.PhotoPair(viewName,
						picture(a.get(), words.msg("report.doc.beforeAfter.before", beforeDate), viewName, beforeDate,
								words),
						picture(b.get(), words.msg("report.doc.beforeAfter.after", afterDate), viewName, afterDate,
								words)));
			}
		}
		List<String> changes = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		int within = 0;
		for (Measurement m : afterReport.measurements()) {
			if (m instanceof Measurement.Measured b) {
				Optional<Measurement.Measured> a = beforeReport.measured(b.id(), b.view());
				if (a.isEmpty()) {
					continue;
				}
				MeasurementDefinition definition = this.assessor.catalog().get(b.id());
				OptionalDouble bar = ChangeJudgement.threshold(a.get(), b, definition.error());
				if (bar.isEmpty()) {
					unknown.add(definition.name() + " (" + words.view(b.view()) + ")");
				}
				else if (MeasurementError.changeExceeds(b.value() - a.get().value(), bar.getAsDouble())) {
					changes.add(change(definition, a.get(), b, bar.getAsDouble(), words));
				}
				else {
					within++;
				}
			}
		}
		// Only real changes are listed; the rest is said once, so that a client never
		// reads a difference the photos alone could make as progress or as a setback.
		List<String> rest = new ArrayList<>();
		if (changes.isEmpty()) {
			rest.add(words.msg("report.doc.change.none"));
		}
		else if (within > 0) {
			rest.add(words.msg("report.doc.change.noOther", within));
		}
		if (!unknown.isEmpty()) {
			rest.add(words.msg("report.doc.change.unknown", String.join(", ", unknown)));
		}
		return Optional.of(new ClientReport.Comparison(words.msg("report.doc.beforeAfter.intro", beforeDate, afterDate),
				pairs, changes, rest));
	}

	private ClientReport.Picture picture(Assessments.StoredView view, String caption, String viewName, String date,
			Words words) {
		return this.photos.blurred(view)
			.map((jpeg) -> new ClientReport.Picture(caption, dataUri("image/jpeg", jpeg),
					words.msg("report.doc.beforeAfter.photoAlt", viewName, date)))
			.orElseGet(() -> new ClientReport.Picture(caption, null, words.msg("report.doc.beforeAfter.noFace")));
	}

	private String change(MeasurementDefinition definition, Measurement.Measured a, Measurement.Measured b, double bar,
			Words words) {
		String unit = b.unit();
		String text = words.msg("report.doc.change.beyond", definition.name(), words.view(b.view()),
				words.value(a.value(), unit), words.value(b.value(), unit), words.signed(b.value() - a.value(), unit),
				words.value(bar, unit));
		ChangeJudgement.Direction direction = ChangeJudgement.direction(a.value(), b.value(), definition.normal());
		if (direction == ChangeJudgement.Direction.UNSAID) {
			return text;
		}
		return text + " "
				+ words.msg("report.doc.change." + direction.name().toLowerCase(Locale.ROOT), range(definition, words));
	}

	private List<ClientReport.Photo> photos(Assessments.StoredAssessment stored, AssessmentReport report,
			boolean blurFaces, Words words) {
		List<ClientReport.Photo> out = new ArrayList<>();
		for (Assessments.StoredView view : stored.views()) {
			String viewName = words.view(view.view());
			this.photos.annotated(view, report, blurFaces)
				.ifPresent((drawn) -> out.add(new ClientReport.Photo(viewName, dataUri("image/jpeg", drawn.jpeg()),
						words.msg(blurFaces ? "report.doc.photos.altBlurred" : "report.doc.photos.alt", viewName),
						drawn.legend())));
		}
		return out;
	}

	private static String dataUri(String type, byte[] bytes) {
		return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
	}

}
