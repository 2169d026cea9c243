package org.realign.app.privacy;

import java.security.Principal;

import org.realign.app.client.ClientAccess;
import org.realign.app.client.Clients;

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

	private final ClientAccess access;

	private final ClientData data;

	private final ClientExport export;

	PrivacyController(ClientAccess access, ClientData data, ClientExport export) {
		this.access = access;
		this.data = data;
		this.export = export;
	}

	@GetMapping("/clients/{clientId}/privacy")
	String show(@PathVariable long clientId, Principal principal, Model model) {
		model.addAttribute("client", this.access.practitionerOf(principal, clientId));
		return "privacy/show";
	}

	/**
	 * The record as a zip; {@code blurFaces=true} blurs the face in every photo, for a
	 * copy that leaves the practice without showing who it is.
	 */
	@GetMapping("/clients/{clientId}/export")
	ResponseEntity<byte[]> export(@PathVariable long clientId, @RequestParam(defaultValue = "false") boolean blurFaces,
			Principal principal) {
		return this.export.zip(this.access.readable(principal, clientId), blurFaces);
	}

	/**
	 * The clinical record as a FHIR R4 Bundle, for another system to import: same readers
	 * as the zip, and audited like it (the path is a client path).
	 */
	@GetMapping("/clients/{clientId}/privacy/export.fhir.json")
	ResponseEntity<String> exportFhir(@PathVariable long clientId, Principal principal) {
		return this.export.fhir(this.access.readable(principal, clientId));
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

}
