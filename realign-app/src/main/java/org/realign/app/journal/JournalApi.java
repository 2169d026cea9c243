package org.realign.app.journal;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.realign.app.api.FeedbackJson;
import org.realign.app.api.InvalidRequest;
import org.realign.app.client.ClientAccess;
import org.realign.app.client.Clients;
import org.realign.app.identity.PracticeAccess;

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
	 * Reads the request body, so that an unreadable field is named like any other
	 * problem.
	 */
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
	List<JournalLine> list(@PathVariable long clientId, Principal principal) {
		return this.journal.lines(this.access.readable(principal, clientId).id());
	}

	@PostMapping
	@Operation(summary = "Add a cramp, pain or spasm noted outside a session (the client). A cramp answers the "
			+ "cramp classifier's reading (never a wake-up cramp); a spasm is stored as a spasm episode and answers "
			+ "the advisor's assessment with its re-exposure plan; invalid input answers 400 naming every field")
	ResponseEntity<Map<String, Object>> add(@PathVariable long clientId,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = JournalRequest.class))) @RequestBody String body,
			Principal principal, Locale locale) {
		Clients.ClientRecord client = this.access.self(principal, clientId);
		JournalRequest request = REQUESTS.request(body, JournalRequest.class);
		Journal.Outcome outcome = this.journal.add(client, request, principal.getName());
		if (outcome instanceof Journal.Rejected rejected) {
			throw new InvalidRequest(rejected.errors());
		}
		Map<String, Object> answer = new LinkedHashMap<>();
		if (outcome instanceof Journal.Added added) {
			answer.put("entry", added.line());
			answer.put("reading", added.reading().orElse(null));
		}
		if (outcome instanceof Journal.AddedSpasm spasm) {
			answer.put("entry", spasm.line());
			answer.put("assessment", spasm.assessment());
		}
		answer.put("advice",
				JournalController.advice(outcome)
					.stream()
					.map((key) -> this.messages.getMessage(key, null, locale))
					.toList());
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

	@PutMapping("/{entryId}")
	@Operation(summary = "Correct a cramp or pain entry (the client): stored as the next version with its reason, "
			+ "read again by the cramp classifier; earlier versions are kept")
	ResponseEntity<Map<String, Object>> correct(@PathVariable long clientId, @PathVariable String entryId,
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
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("entry", added.line());
		answer.put("reading", added.reading().orElse(null));
		return ResponseEntity.ok(answer);
	}

	@GetMapping("/{entryId}/versions")
	@Operation(summary = "Every version of a cramp or pain entry, oldest first (the client or their practitioners)")
	List<JournalLine> versions(@PathVariable long clientId, @PathVariable String entryId, Principal principal) {
		List<JournalLine> versions = this.journal.versions(this.access.readable(principal, clientId).id(), entryId);
		if (versions.isEmpty()) {
			throw PracticeAccess.notFound();
		}
		return versions;
	}

}
