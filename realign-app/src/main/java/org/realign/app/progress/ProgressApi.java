package org.realign.app.progress;

import java.security.Principal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.realign.core.feedback.progress.ProgressSummary;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A client's progress: cramps per muscle per week, pain, adherence against the prescribed
 * sessions, milestones, outcome measures against intake and when the next re-assessment
 * is due.
 */
@RestController
@RequestMapping("/api/clients/{clientId}/progress")
@Tag(name = "progress")
public class ProgressApi {

	private final ProgressReports reports;

	ProgressApi(ProgressReports reports) {
		this.reports = reports;
	}

	@GetMapping
	@Operation(summary = "The client's progress summary (the client or their practitioners); 409 before a menu "
			+ "is published")
	@ApiResponse(responseCode = "200", description = "The progress summary")
	@ApiResponse(responseCode = "409", description = "No menu has been published yet")
	public ProgressSummary progress(@PathVariable long clientId, Principal principal) {
		return this.reports.summary(clientId, principal)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT, "no menu has been published yet"));
	}

}
