package org.realign.app.assessment;

import java.security.Principal;
import java.util.List;

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
import org.realign.core.assessment.Assessment;
import org.realign.core.assessment.AssessmentReportJson;
import org.realign.core.assessment.Assessor;
import org.realign.core.json.JsonLimits;
import org.realign.core.landmark.LandmarkFile;
import org.realign.core.landmark.LandmarkFileException;
import org.realign.core.landmark.LandmarkSet;
import org.realign.core.landmark.View;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Measurements from landmarks, for the landmark editor: the page sends the landmarks as
 * the practitioner drags them and shows the values this answers. Saving replaces a view's
 * landmarks and keeps the old.
 */
@RestController
@Tag(name = "assessments")
class MeasureApi {

	private static final JsonMapper JSON = JsonLimits.mapperBuilder().build();

	private final Assessor assessor;

	private final PracticeAccess practice;

	private final ClientAccess access;

	private final Assessments assessments;

	private final AssessmentResults results;

	MeasureApi(PracticeAccess practice, ClientAccess access, Assessments assessments, Assessor assessor,
			AssessmentResults results) {
		this.results = results;
		this.assessor = assessor;
		this.practice = practice;
		this.access = access;
		this.assessments = assessments;
	}

	@PostMapping(path = "/api/measure", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Measurements and findings for a landmark file; nothing is stored")
	@ApiResponse(responseCode = "200", description = "The measurements and findings",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = LandmarkSchemas.Report.class)))
	ResponseEntity<String> measure(
			@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(
									implementation = LandmarkSchemas.File.class))) @RequestBody String landmarkFile,
			Principal principal) {
		this.practice.practitioner(principal);
		List<LandmarkSet> sets;
		try {
			sets = LandmarkFile.parse(landmarkFile);
			return ResponseEntity
				.ok(AssessmentReportJson.write(AssessmentReportJson.toJson(this.assessor.assess(Assessment.of(sets)))));
		}
		catch (IllegalArgumentException ex) {
			throw InvalidRequest.of("landmarks", "invalid", ex.getMessage());
		}
	}

	@PutMapping(path = "/api/clients/{clientId}/assessments/{assessmentId}/views/{view}/landmarks",
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Replace one view's landmarks (practitioners); the previous set is kept")
	@ApiResponse(responseCode = "200", description = "Saved; the assessment has a new result")
	@Transactional
	ResponseEntity<LandmarkSchemas.Saved> save(@PathVariable long clientId, @PathVariable long assessmentId,
			@PathVariable @Schema(
					allowableValues = { "anterior", "posterior", "left-lateral", "right-lateral" }) String view,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(
									implementation = LandmarkSchemas.File.class))) @RequestBody String landmarkFile,
			Principal principal) {
		Clients.ClientRecord client = this.access.practitionerOf(principal, clientId);
		View which = View.fromId(view).orElseThrow(PracticeAccess::notFound);
		Assessments.StoredView stored = this.assessments.find(clientId, assessmentId)
			.flatMap((assessment) -> assessment.view(which))
			.orElseThrow(PracticeAccess::notFound);
		LandmarkSet edited;
		try {
			List<LandmarkSet> sets = LandmarkFile.parse(landmarkFile);
			if (sets.size() != 1 || sets.get(0).view() != which) {
				throw InvalidRequest.of("views", "invalid", "views: send exactly the " + which.id() + " view");
			}
			edited = sets.get(0);
		}
		catch (LandmarkFileException ex) {
			throw InvalidRequest.of("landmarks", "invalid", ex.getMessage());
		}
		if (!edited.image().equals(stored.landmarks().image())) {
			throw InvalidRequest.of("image", "invalid", "image: the size must stay "
					+ (int) stored.landmarks().image().width() + "x" + (int) stored.landmarks().image().height());
		}
		String unassigned = SkinMarkers.keptUnassigned(
				FeedbackJson.MAPPER.readTree(landmarkFile).path("views").path(0).get("unassignedMarkers"),
				stored.unassignedMarkers());
		long by = this.practice.current(principal).id();
		this.assessments.replaceLandmarks(assessmentId, which, edited, by);
		if (unassigned != null) {
			this.assessments.replaceUnassignedMarkers(assessmentId, which, unassigned);
		}
		// corrected landmarks make a new result; the earlier one is kept as recorded
		this.results.store(
				assessmentId, this.results
					.fresh(this.assessments.find(clientId, assessmentId).orElseThrow(PracticeAccess::notFound), client),
				AssessmentResults.LANDMARKS_CORRECTED, by);
		return ResponseEntity.ok(new LandmarkSchemas.Saved(true));
	}

}
