package org.realign.app.privacy;

import java.security.Principal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.realign.app.api.InvalidRequest;
import org.realign.app.client.ClientAccess;
import org.realign.app.client.Clients;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A client's privacy rights through the API: a copy of everything held (the client
 * themself or their practitioners) and erasure (practitioners only), with the same rules
 * and audit as the privacy page.
 */
@RestController
@RequestMapping("/api/clients/{clientId}")
@Tag(name = "privacy")
class PrivacyApi {

	private final ClientAccess access;

	private final ClientData data;

	private final ClientExport export;

	PrivacyApi(ClientAccess access, ClientData data, ClientExport export) {
		this.access = access;
		this.data = data;
		this.export = export;
	}

	@GetMapping("/export")
	@Operation(summary = "Everything held about the client, as a zip (format=zip, the default; blurFaces=true "
			+ "blurs every face) or as a FHIR R4 Bundle (format=fhir); the client or their practitioners")
	@ApiResponse(responseCode = "200", description = "The copy, as an attachment", content = {
			@Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary")),
			@Content(mediaType = "application/fhir+json", schema = @Schema(implementation = FhirBundle.class)) })
	ResponseEntity<?> export(@PathVariable long clientId,
			@RequestParam(defaultValue = "false") @Schema(
					description = "Blur the face in every photo (zip only)") boolean blurFaces,
			@RequestParam(defaultValue = "zip") @Schema(allowableValues = { "zip", "fhir" }) String format,
			Principal principal) {
		Clients.ClientRecord client = this.access.readable(principal, clientId);
		if (!format.equals("zip") && !format.equals("fhir")) {
			throw InvalidRequest.of("format", "unknown", "format: zip or fhir");
		}
		return format.equals("fhir") ? this.export.fhir(client) : this.export.zip(client, blurFaces);
	}

	@GetMapping("/export.fhir")
	@Operation(summary = "The clinical record as a FHIR R4 Bundle (the client or their practitioners)")
	@ApiResponse(responseCode = "200", description = "The Bundle, as an attachment",
			content = @Content(mediaType = "application/fhir+json",
					schema = @Schema(implementation = FhirBundle.class)))
	ResponseEntity<String> exportFhir(@PathVariable long clientId, Principal principal) {
		return this.export.fhir(this.access.readable(principal, clientId));
	}

	@PostMapping("/erasure")
	@Operation(summary = "Erase the client: every record, photo and login; the audit trail keeps that it "
			+ "happened (practitioners only)")
	@ApiResponse(responseCode = "204", description = "Erased")
	ResponseEntity<Void> erase(@PathVariable long clientId, Principal principal) {
		Clients.ClientRecord client = this.access.practitionerOf(principal, clientId);
		this.data.erase(client.id(), principal.getName());
		return ResponseEntity.noContent().build();
	}

	/**
	 * The FHIR R4 Bundle as the description shows it (the export writes it with HAPI
	 * FHIR); each entry's resource carries its type's own FHIR fields besides these.
	 */
	@Schema(name = "FhirBundle", description = "A FHIR R4 Bundle (https://hl7.org/fhir/R4/bundle.html)")
	record FhirBundle(@Schema(example = "Bundle") String resourceType, @Schema(example = "collection") String type,
			String timestamp, List<FhirEntry> entry) {
	}

	@Schema(name = "FhirBundleEntry")
	record FhirEntry(String fullUrl, FhirResource resource) {
	}

	@Schema(name = "FhirResource",
			description = "A FHIR R4 resource (Patient, Observation, ...), with its type's own fields besides these")
	record FhirResource(@Schema(example = "Observation") String resourceType, String id) {
	}

}
