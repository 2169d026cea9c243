package org.realign.app.privacy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;

import org.realign.app.assessment.Assessments;
import org.realign.app.assessment.FaceBlur;
import org.realign.app.client.Clients;
import org.realign.core.landmark.LandmarkSet;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A copy of a client's record as a download, for the privacy page and the API alike: the
 * zip of everything held (faces blurred on request) and the FHIR R4 Bundle.
 */
@Component
class ClientExport {

	static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json;charset=UTF-8");

	static final MediaType ZIP = MediaType.parseMediaType("application/zip");

	private final ClientData data;

	private final FhirExport fhir;

	private final Assessments assessments;

	private final FaceBlur faceBlur;

	ClientExport(ClientData data, FhirExport fhir, Assessments assessments, FaceBlur faceBlur) {
		this.data = data;
		this.fhir = fhir;
		this.assessments = assessments;
		this.faceBlur = faceBlur;
	}

	/**
	 * The record as a zip; {@code blurFaces} blurs the face in every photo (from the pose
	 * model's face points, as the PDF report does), for a copy that leaves the practice
	 * without showing who it is.
	 */
	ResponseEntity<byte[]> zip(Clients.ClientRecord client, boolean blurFaces) {
		byte[] zip = blurFaces ? this.data.zip(client.id(), blurredCopy(client.id())) : this.data.zip(client.id());
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"client-" + client.id() + (blurFaces ? "-faces-blurred" : "") + ".zip\"")
			.contentType(ZIP)
			.body(zip);
	}

	/** The clinical record as a FHIR R4 Bundle, for another system to import. */
	ResponseEntity<String> fhir(Clients.ClientRecord client) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"client-" + client.id() + ".fhir.json\"")
			.contentType(FHIR_JSON)
			.body(this.fhir.json(client.id()));
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

}
