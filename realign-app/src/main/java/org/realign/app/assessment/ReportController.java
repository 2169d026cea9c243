package org.realign.app.assessment;

import java.security.Principal;
import java.util.Locale;

import org.realign.app.client.ClientAccess;
import org.realign.app.client.Clients;
import org.realign.app.identity.PracticeAccess;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An assessment as a PDF for the practitioner of the practice and for the client: what
 * was seen, explained; the published menu with its drawings; before and after; the photos
 * with their lines (faces blurred when asked); the sources. {@link ClientReportContent}
 * says it, {@link ClientReportPdf} lays it out.
 */
@RestController
class ReportController {

	private final ClientAccess access;

	private final Assessments assessments;

	private final ClientReportContent content;

	private final ClientReportPdf pdf;

	ReportController(ClientAccess access, Assessments assessments, ClientReportContent content, ClientReportPdf pdf) {
		this.access = access;
		this.assessments = assessments;
		this.content = content;
		this.pdf = pdf;
	}

	@GetMapping("/clients/{clientId}/assessments/{assessmentId}/report.pdf")
	ResponseEntity<byte[]> report(@PathVariable long clientId, @PathVariable long assessmentId,
			@RequestParam(defaultValue = "false") boolean blurFaces, Principal principal) {
		Clients.ClientRecord client = this.access.readable(principal, clientId);
		Assessments.StoredAssessment stored = this.assessments.find(clientId, assessmentId)
			.orElseThrow(PracticeAccess::notFound);
		Locale locale = LocaleContextHolder.getLocale();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.cacheControl(CacheControl.noStore().cachePrivate())
			.body(this.pdf.render(this.content.of(client, stored, blurFaces, locale), locale));
	}

}
