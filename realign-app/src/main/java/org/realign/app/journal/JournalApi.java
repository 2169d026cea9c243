package org.realign.app.journal;

import java.security.Principal;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.realign.app.api.FeedbackJson;
import org.realign.app.api.InvalidRequest;
import org.realign.app.client.ClientAccess;
import org.realign.app.client.Clients;
import org.realign.app.identity.PracticeAccess;
import org.realign.core.feedback.CrampClassification;
import org.realign.core.feedback.spasm.SpasmAssessment;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The journal as JSON, with the pages' rules: the client adds to their own journal, the
 * client and their practice's practitioners read it, anyone else gets 404.
 */
@RestController
@RequestMapping("/api/clients/{clientId}/journal")
@Tag(name = "journal")
class JournalApi {

	/**
	 * Reads bodies with the API's limits, refusing unknown fields and naming what is
	 * wrong.
	 */
	private static final FeedbackJson REQUESTS = new FeedbackJson();

	private final Journal journal;

	private final ClientAccess access;

	private final MessageSource messages;

	JournalApi(Journal journal, ClientAccess access, MessageSource messages) {
		this.journal = journal;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "The client's journal: cramps, pain and spasms noted outside sessions, the most recent "
			+ "day first (the client or their practitioners)")
	@ApiResponse(responseCode = "200", description = "The entries, the most recent day first")
	@ApiResponse(responseCode = "404", description = "No such client within the caller's reach")
	List<JournalLine> list(@PathVariable long clientId, Principal principal) {
		return this.journal.lines(this.access.readable(principal, clientId).id());
	}

	/**
	 * An entry added.
	 *
	 * @param entry the entry as stored
	 * @param reading a cramp's reading by the classifier (never a wake-up cramp), absent
	 * for pain and spasms
	 * @param assessment a spasm's reading by the spasm advisor, absent otherwise
	 * @param trackedPlan the re-exposure plan a spasm started (as from a session or the
	 * spasm API), absent when none started (none for the trigger, or the client already
	 * follows it)
	 * @param advice what the client reads, in their language
	 */
	record Added(JournalLine entry, CrampClassification reading, SpasmAssessment.Assessed assessment,
			String trackedPlan, List<String> advice) {
	}

	@PostMapping
	@Operation(summary = "Add a cramp, pain or spasm noted outside a session (the client). A cramp answers the "
			+ "cramp classifier's reading (never a wake-up cramp); a spasm opens a spasm episode as one from a "
			+ "session does (alert, re-screen, starter menu, and its re-exposure plan started)")
	@ApiResponse(responseCode = "201", description = "Stored")
	@ApiResponse(responseCode = "400", description = "Every invalid field named (nothing stored)")
	@ApiResponse(responseCode = "404", description = "Not the caller's own record")
	ResponseEntity<Added> add(@PathVariable long clientId, @io.swagger.v3.oas.annotations.parameters.RequestBody(
			content = @Content(schema = @Schema(implementation = JournalRequest.class))) @RequestBody String body,
			Principal principal, Locale locale) {
		Clients.ClientRecord client = this.access.self(principal, clientId);
		JournalRequest request = REQUESTS.request(body, JournalRequest.class);
		Journal.Outcome outcome = this.journal.add(client, request, principal.getName());
		if (outcome instanceof Journal.Rejected rejected) {
			throw new InvalidRequest(rejected.errors());
		}
		List<String> advice = JournalController.advice(outcome)
			.stream()
			.map((key) -> this.messages.getMessage(key, null, locale))
			.toList();
		Added answer = (outcome instanceof Journal.AddedSpasm spasm)
				? new Added(spasm.line(), null, spasm.assessment(), spasm.opened().trackedPlan().orElse(null), advice)
				: new Added(((Journal.Added) outcome).line(), ((Journal.Added) outcome).reading().orElse(null), null,
						null, advice);
		return ResponseEntity.status(HttpStatus.CREATED).body(answer);
	}

	/**
	 * A correction of a cramp or pain entry.
	 *
	 * @param entry the entry as it should have been
	 * @param reason why it is corrected
	 */
	record Correction(JournalRequest entry, String reason) {
	}

	/**
	 * A corrected entry.
	 *
	 * @param entry the new version
	 * @param reading a cramp's new reading, absent for pain
	 */
	record Corrected(JournalLine entry, CrampClassification reading) {
	}

	@PutMapping("/{entryId}")
	@Operation(summary = "Correct a cramp or pain entry (the client): stored as the next version with its reason, "
			+ "read again by the cramp classifier; earlier versions are kept")
	@ApiResponse(responseCode = "200", description = "The new version")
	@ApiResponse(responseCode = "400",
			description = "Every invalid field named, a changed kind or a missing reason (nothing stored)")
	@ApiResponse(responseCode = "404", description = "No such cramp or pain entry of the caller's")
	ResponseEntity<Corrected> correct(@PathVariable long clientId, @PathVariable String entryId,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(schema = @Schema(implementation = Correction.class))) @RequestBody String body,
			Principal principal) {
		Clients.ClientRecord client = this.access.self(principal, clientId);
		Correction correction = REQUESTS.request(body, Correction.class);
		if (correction.entry() == null) {
			throw InvalidRequest.of("entry", "required", "the corrected entry is required");
		}
		Journal.Outcome outcome = this.journal
			.correct(client, entryId, correction.entry(), correction.reason(), principal.getName())
			.orElseThrow(PracticeAccess::notFound);
		if (outcome instanceof Journal.Rejected rejected) {
			throw new InvalidRequest(rejected.errors());
		}
		Journal.Added added = (Journal.Added) outcome;
		return ResponseEntity.ok(new Corrected(added.line(), added.reading().orElse(null)));
	}

	@GetMapping("/{entryId}/versions")
	@Operation(summary = "Every version of a cramp or pain entry, oldest first (the client or their practitioners)")
	@ApiResponse(responseCode = "200", description = "The versions, oldest first")
	@ApiResponse(responseCode = "404", description = "No such entry within the caller's reach")
	List<JournalLine> versions(@PathVariable long clientId, @PathVariable String entryId, Principal principal) {
		List<JournalLine> versions = this.journal.versions(this.access.readable(principal, clientId).id(), entryId);
		if (versions.isEmpty()) {
			throw PracticeAccess.notFound();
		}
		return versions;
	}

}
