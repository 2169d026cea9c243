package org.realign.app.assessment;

import java.util.Optional;

import org.realign.app.practice.PracticeIdentity;
import org.realign.core.knowledge.Exercise;
import org.realign.core.prescription.PrescribedItem;
import org.realign.core.prescription.PrescribedMenu;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

import org.realign.app.client.ClientAccess;
import org.realign.app.client.Clients;
import org.realign.app.identity.PracticeAccess;
import org.realign.app.identity.PracticeDirectory;
import org.realign.core.assessment.AssessmentReport;
import org.realign.core.assessment.Assessor;
import org.realign.core.finding.Finding;
import org.realign.core.knowledge.ClientConstraints;
import org.realign.core.knowledge.Hypothesis;
import org.realign.core.knowledge.KnowledgeBase;
import org.realign.core.knowledge.Muscle;
import org.realign.core.measure.Measurement;
import org.realign.core.measure.MeasurementDefinition;
import org.realign.core.program.Advice;
import org.realign.core.program.Advisor;
import org.realign.core.program.SuggestedItem;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An assessment as a PDF, for the practitioner of the practice and for the client: the
 * photos with their landmarks, measurements, findings, hypotheses and the menu. Faces can
 * be blurred. This class gathers what the report says; {@link ReportPdf} lays it out.
 */
@RestController
class ReportController {

	private final ClientAccess access;

	private final Assessments assessments;

	private final Assessor assessor;

	private final Advisor advisor;

	private final MessageSource messages;

	private final PracticeDirectory directory;

	private final ReportPdf pdf;

	private final KnowledgeBase knowledge;

	private final PracticeIdentity practices;

	private final MenuInForce menuInForce;

	ReportController(ClientAccess access, Assessments assessments, Assessor assessor, Advisor advisor,
			MessageSource messages, PracticeDirectory directory, ReportPdf pdf, KnowledgeBase knowledge,
			PracticeIdentity practices, MenuInForce menuInForce) {
		this.practices = practices;
		this.menuInForce = menuInForce;
		this.knowledge = knowledge;
		this.access = access;
		this.assessments = assessments;
		this.assessor = assessor;
		this.advisor = advisor;
		this.messages = messages;
		this.directory = directory;
		this.pdf = pdf;
	}

	@GetMapping("/clients/{clientId}/assessments/{assessmentId}/report.pdf")
	ResponseEntity<byte[]> report(@PathVariable long clientId, @PathVariable long assessmentId,
			@RequestParam(defaultValue = "false") boolean blurFaces, Principal principal) {
		Clients.ClientRecord client = this.access.readable(principal, clientId);
		Assessments.StoredAssessment stored = this.assessments.find(clientId, assessmentId)
			.orElseThrow(PracticeAccess::notFound);
		AssessmentReport report = this.assessor.assess(stored.landmarks());
		// The same constraints as the assessment page, so the report's menu is the one
		// the
		// practitioner saw: never an exercise the client's profile rules out.
		Advice advice = this.advisor.advise(report.findings(),
				client.profile().menuConstraints(ClientConstraints.DEFAULT_MINUTES));
		PracticeIdentity.Identity practice = this.practices.of(client.practiceId());
		Locale locale = LocaleContextHolder.getLocale();
		List<String> lines = new ArrayList<>();
		lines.add(msg("report.title", locale) + ": " + client.profile().displayName());
		lines.add(practice.name() + " · " + stored.takenOn());
		if (practice.address() != null) {
			lines.add(practice.address().replaceAll("\\s*\\R\\s*", ", "));
		}
		if (practice.contact() != null) {
			lines.add(practice.contact());
		}
		lines.add(msg("report.disclaimer", locale));
		lines.add("");
		lines.add(msg("report.measurements", locale));
		for (Measurement m : report.measurements()) {
			if (m instanceof Measurement.Measured measured) {
				MeasurementDefinition definition = this.assessor.catalog().get(measured.id());
				lines.add("  " + msg("view." + measured.view().id(), locale) + ": " + definition.name() + ": "
						+ String.format(locale, "%.1f %s", measured.value(), measured.unit()) + " ("
						+ range(definition, locale) + "; " + error(definition, locale) + ")");
			}
		}
		lines.add("");
		lines.add(msg("report.findings", locale));
		if (report.findings().isEmpty()) {
			lines.add("  " + msg("report.noFindings", locale));
		}
		for (Finding f : report.findings()) {
			lines.add("  " + msg("finding." + f.id(), locale, f.id()) + " · "
					+ msg("finding.severity." + f.severity().id(), locale, f.severity().id())
					+ f.side().map((s) -> " · " + msg("side." + s.id(), locale, s.id())).orElse(""));
		}
		lines.add("");
		lines.add(msg("report.hypotheses", locale));
		for (Hypothesis h : advice.hypotheses().items()) {
			String muscle = this.knowledge.muscle(h.muscle()).map(Muscle::name).orElse(h.muscle());
			lines.add("  " + muscle + h.side().map((s) -> " (" + msg("side." + s.id(), locale, s.id()) + ")").orElse("")
					+ " · " + msg("report.state." + h.state().id(), locale, h.state().id()) + " · "
					+ msg("report.confidence", locale) + " "
					+ msg("report.confidence." + h.confidence().id(), locale, h.confidence().id()) + " · "
					+ String.join(", ", h.sources())
					+ (h.ownInference() ? " · " + msg("report.ownInference", locale, h.evidence().label()) : ""));
			h.conflict().ifPresent((conflict) -> lines.add("    " + conflict));
		}
		lines.add("");
		// The menu the client follows: the published one, with the practitioner's doses;
		// the generated suggestion only while nothing is published, and said to be one.
		Optional<PrescribedMenu> published = this.menuInForce.current(clientId);
		if (published.isPresent()) {
			lines.add(msg("report.menuPublished", locale));
			for (PrescribedItem item : published.get().items()) {
				String name = this.knowledge.exercises()
					.find(item.exerciseId())
					.map(Exercise::name)
					.orElse(item.exerciseId());
				// The same words as the printed menu, so paper and page agree.
				String dose = (item.dose().sets() > 1 ? this.messages.getMessage("report.menuPrint.doseSets",
						new Object[] { item.dose().sets(), item.dose().amount(), item.dose().unit().id() }, locale)
						: this.messages.getMessage("report.menuPrint.dose",
								new Object[] { item.dose().amount(), item.dose().unit().id() }, locale))
						+ (item.dose().perSide() ? " " + msg("report.menuPrint.perSide", locale) : "");
				lines.add("  " + name + " · " + dose);
			}
		}
		else {
			lines.add(msg("report.menuSuggested", locale));
			for (SuggestedItem item : advice.menu().items()) {
				lines.add("  " + item.name() + " · " + item.dose().describe());
			}
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.cacheControl(CacheControl.noStore().cachePrivate())
			.body(this.pdf.render(stored, lines, blurFaces, report, locale,
					new ReportPdf.Heading(msg("report.title", locale) + ": " + client.profile().displayName(),
							practice.name(), this.practices.logo(practice.practiceId()))));
	}

	private String msg(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	private String msg(String key, Locale locale, String fallback) {
		return this.messages.getMessage(key, null, fallback, locale);
	}

	/**
	 * The normal range in words: both bounds, one bound ("at least 50.0 deg"), or that
	 * the knowledge base gives none.
	 */
	private String range(MeasurementDefinition definition, Locale locale) {
		OptionalDouble low = definition.normal().low();
		OptionalDouble high = definition.normal().high();
		String unit = definition.unit();
		Object[] args;
		String key;
		if (low.isPresent() && high.isPresent()) {
			key = "report.normal.between";
			args = new Object[] { number(low.getAsDouble(), locale), number(high.getAsDouble(), locale), unit };
		}
		else if (low.isPresent()) {
			key = "report.normal.atLeast";
			args = new Object[] { number(low.getAsDouble(), locale), unit };
		}
		else if (high.isPresent()) {
			key = "report.normal.atMost";
			args = new Object[] { number(high.getAsDouble(), locale), unit };
		}
		else {
			key = "report.normal.none";
			args = new Object[0];
		}
		return this.messages.getMessage(key, args, locale);
	}

	private String error(MeasurementDefinition definition, Locale locale) {
		return this.messages.getMessage("report.error", new Object[] { number(definition.error().value(), locale),
				definition.unit(), definition.error().kind() }, locale);
	}

	private static String number(double value, Locale locale) {
		return String.format(locale, "%.1f", value);
	}

}
