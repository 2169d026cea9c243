package org.realign.app.privacy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;

import org.realign.app.assessment.Assessments;
import org.realign.app.assessment.FaceBlur;
import org.realign.app.client.ClientAccess;
import org.realign.app.client.Clients;
import org.realign.core.landmark.LandmarkSet;

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

	private final Assessments assessments;

	private final FaceBlur faceBlur;

	PrivacyController(ClientAccess access, ClientData data, FhirExport fhir, Assessments assessments,
			FaceBlur faceBlur) {
		this.assessments = assessments;
		this.faceBlur = faceBlur;
		this.access = access;
		this.data = data;
		this.fhir = fhir;
	}

	@GetMapping("/clients/{clientId}/privacy")
	String show(@PathVariable long clientId, Principal principal, Model model) {
		model.addAttribute("client", this.access.practitionerOf(principal, clientId));
		return "privacy/show";
	}

	/**
	 * The record as a zip; {@code blurFaces=true} blurs the face in every photo (from the
	 * pose model's face points, as the PDF report does), for a copy that leaves the
	 * practice without showing who it is.
	 */
	@GetMapping({ "/clients/{clientId}/export", "/api/clients/{clientId}/export" })
	ResponseEntity<byte[]> export(@PathVariable long clientId, @RequestParam(defaultValue = "false") boolean blurFaces,
			Principal principal) {
		Clients.ClientRecord client = this.access.readable(principal, clientId);
		byte[] zip = blurFaces ? this.data.zip(client.id(), blurredCopy(client.id())) : this.data.zip(client.id());
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"client-" + client.id() + (blurFaces ? "-faces-blurred" : "") + ".zip\"")
			.contentType(MediaType.parseMediaType("application/zip"))
			.body(zip);
	}

	/**
	 * Each photo decoded, its face blurred with the landmarks of its view, re-encoded.
	 */
	private ClientData.PhotoCopy blurredCopy(long clientId) {
		Map<String, LandmarkSet> landmarksByPhoto = new HashMap<>();
		for (Assessments.Summary summary : this.assessments.list(clientId)) {
			this.assessments.find(clientId, summary.id())
				.ifPresent((assessment) -> assessment.views()
					.forEach((view) -> landmarksByPhoto.put(view.photo(), view.landmarks())));
		}
		return (name, stored) -> {
			LandmarkSet landmarks = landmarksByPhoto.get(name);
			try {
				BufferedImage image = ImageIO.read(new ByteArrayInputStream(stored));
				if (image == null || landmarks == null
						|| !this.faceBlur.locatesTheFace(landmarks, image.getWidth(), image.getHeight())) {
					// Never hand out a face unblurred in a copy that promises otherwise:
					// the photo is left out, and the zip says so.
					return null;
				}
				ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
				ImageIO.write(this.faceBlur.blur(image, landmarks), "jpg", jpeg);
				return jpeg.toByteArray();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		};
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
