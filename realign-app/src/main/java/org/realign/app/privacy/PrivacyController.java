package org.realign.app.privacy;

import java.security.Principal;

import org.realign.app.client.ClientAccess;
import org.realign.app.client.Clients;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A client's privacy rights: a copy of everything held (for the practitioner and for the
 * client themself) and erasure (practitioners only; a client asks their practice).
 */
@Controller
class PrivacyController {

	static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json;charset=UTF-8");

	private final ClientAccess access;

	private final ClientData data;

	private final FhirExport fhir;

	PrivacyController(ClientAccess access, ClientData data, FhirExport fhir) {
		this.access = access;
		this.data = data;
		this.fhir = fhir;
	}

	@GetMapping("/clients/{clientId}/privacy")
	String show(@PathVariable long clientId, Principal principal, Model model) {
		model.addAttribute("client", this.access.practitionerOf(principal, clientId));
		return "privacy/show";
	}

	@GetMapping({ "/clients/{clientId}/export", "/api/clients/{clientId}/export" })
	ResponseEntity<byte[]> export(@PathVariable long clientId, Principal principal) {
		Clients.ClientRecord client = this.access.readable(principal, clientId);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"client-" + client.id() + ".zip\"")
			.contentType(MediaType.parseMediaType("application/zip"))
			.body(this.data.zip(client.id()));
	}

	/**
	 * The clinical record as a FHIR R4 Bundle, for another system to import: same readers
	 * as the zip, and audited like it (the path is a client path).
	 */
	@GetMapping({ "/clients/{clientId}/privacy/export.fhir.json", "/api/clients/{clientId}/export.fhir" })
	ResponseEntity<String> exportFhir(@PathVariable long clientId, Principal principal) {
		Clients.ClientRecord client = this.access.readable(principal, clientId);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"client-" + client.id() + ".fhir.json\"")
			.contentType(FHIR_JSON)
			.body(this.fhir.json(client.id()));
	}

	@GetMapping(path = "/api/clients/{clientId}/export", params = "format=fhir")
	ResponseEntity<String> exportFhirByFormat(@PathVariable long clientId, Principal principal) {
		return exportFhir(clientId, principal);
	}

	@PostMapping("/clients/{clientId}/erasure")
	String erase(@PathVariable long clientId, @RequestParam(name = "confirmName", defaultValue = "") String name,
			Principal principal, RedirectAttributes redirect) {
		Clients.ClientRecord client = this.access.practitionerOf(principal, clientId);
		if (!client.profile().displayName().trim().equals(name.trim())) {
			redirect.addFlashAttribute("nameMismatch", true);
			return "redirect:/clients/" + clientId + "/privacy";
		}
		this.data.erase(client.id(), principal.getName());
		return "redirect:/clients";
	}

	@PostMapping("/api/clients/{clientId}/erasure")
	ResponseEntity<Void> eraseByApi(@PathVariable long clientId, Principal principal) {
		Clients.ClientRecord client = this.access.practitionerOf(principal, clientId);
		this.data.erase(client.id(), principal.getName());
		return ResponseEntity.noContent().build();
	}

}
