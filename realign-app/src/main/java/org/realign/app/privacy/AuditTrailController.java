package org.realign.app.privacy;

import java.security.Principal;

import org.realign.app.audit.AuditLog;
import org.realign.app.client.ClientAccess;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The audit trail of one client's record, for their practitioners. */
@Controller
class AuditTrailController {

	private final ClientAccess access;

	private final AuditLog audit;

	AuditTrailController(ClientAccess access, AuditLog audit) {
		this.access = access;
		this.audit = audit;
	}

	@GetMapping("/clients/{clientId}/audit")
	String show(@PathVariable long clientId, Principal principal, Model model) {
		model.addAttribute("client", this.access.practitionerOf(principal, clientId));
		model.addAttribute("events", this.audit.forClient(clientId));
		return "privacy/audit-trail";
	}

}
