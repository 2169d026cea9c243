package org.realign.app.assessment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.realign.app.client.ClientAccess;
import org.realign.app.client.Clients;
import org.realign.app.identity.PracticeAccess;
import org.realign.app.identity.PracticeDirectory;
import org.realign.core.assessment.AssessmentReport;
import org.realign.core.assessment.Assessor;
import org.realign.core.finding.FindingRules;
import org.realign.core.knowledge.ClientConstraints;
import org.realign.core.knowledge.KnowledgeBase;
import org.realign.core.landmark.LandmarkFile;
import org.realign.core.landmark.LandmarkId;
import org.realign.core.landmark.LandmarkSource;
import org.realign.core.landmark.View;
import org.realign.core.measure.Measurement;
import org.realign.core.program.Advice;
import org.realign.core.program.Advisor;
import org.realign.core.record.ClinicalRecord;
import org.realign.pose.PoseModelException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartRequest;

/**
 * Assessments in the browser: the practitioner uploads up to four photos, the landmarks
 * are placed automatically, and the page shows them on the photos with the measurements,
 * findings, muscle hypotheses and a menu. Photos are served only through this controller,
 * to those who may see them.
 */
@Controller
class AssessmentController {

	private final ClientAccess access;

	private final PracticeAccess practice;

	private final AssessmentService service;

	private final Assessments assessments;

	private final PhotoStore photos;

	private final Advisor advisor;

	private final AssessmentResults results;

	private final Clock clock;

	private final Assessor assessor;

	private final MeasurementDrawings drawings;

	private final KnowledgeBase knowledge;

	private final MessageSource messages;

	private static final JsonMapper FINDING_JSON = JsonMapper.builder().build();

	/** The source of the checklist's camera distance. */
	static final String CAPTURE_DISTANCE_SOURCE = "sapo-camera-distance";

	private final CaptureOverrides captureOverrides;

	private final MarkerSettings markerSettings;

	AssessmentController(ClientAccess access, PracticeAccess practice, AssessmentService service,
			Assessments assessments, PhotoStore photos, Advisor advisor, Assessor assessor, Clock clock,
			MeasurementDrawings drawings, KnowledgeBase knowledge, MessageSource messages,
			CaptureOverrides captureOverrides, AssessmentResults results, MarkerSettings markerSettings) {
		this.results = results;
		this.markerSettings = markerSettings;
		this.messages = messages;
		this.captureOverrides = captureOverrides;
		this.assessor = assessor;
		this.knowledge = knowledge;
		this.drawings = drawings;
		this.access = access;
		this.practice = practice;
		this.service = service;
		this.assessments = assessments;
		this.photos = photos;
		this.advisor = advisor;
		this.clock = clock;
	}

	@GetMapping("/clients/{clientId}/assessments/new")
	String initCreationForm(@PathVariable long clientId, Principal principal, Model model) {
		return uploadForm(this.access.practitionerOf(principal, clientId), null, model);
	}

	/**
	 * The upload form, with the problem of the last try if there was one: every answer
	 * that shows the form again goes through here, so none lacks what the page needs.
	 */
	private String uploadForm(Clients.ClientRecord client, String problem, Model model) {
		model.addAttribute("client", client);
		model.addAttribute("views", View.values());
		model.addAttribute("captureSource", this.knowledge.sources().find(CAPTURE_DISTANCE_SOURCE).orElseThrow());
		model.addAttribute("problem", problem);
		model.addAttribute("markerColour", this.markerSettings.colour(client.practiceId()));
		return "assessment/new";
	}

	@PostMapping("/clients/{clientId}/assessments")
	String processCreationForm(@PathVariable long clientId, @RequestParam Map<String, MultipartFile> files,
			@RequestParam(name = "acceptCapture", defaultValue = "false") boolean acceptCapture,
			MultipartRequest multipart, Locale locale, Principal principal, Model model, HttpServletResponse response) {
		Clients.ClientRecord client = this.access.practitionerOf(principal, clientId);
		String refused = refusedUpload(multipart.getMultiFileMap(), locale);
		if (refused != null) {
			// Parts that are not one photo per view: the form again, naming them.
			response.setStatus(422);
			return uploadForm(client, refused, model);
		}
		Map<View, AssessmentService.Upload> uploads = new EnumMap<>(View.class);
		for (View view : View.values()) {
			MultipartFile file = files.get(view.id());
			if (file != null && !file.isEmpty()) {
				uploads.put(view, new AssessmentService.Upload(file.getOriginalFilename(), bytes(file)));
			}
		}
		try {
			PracticeDirectory.Account by = this.practice.current(principal);
			MarkerSettings.Search markers = this.markerSettings.search(by.practiceId());
			long id = this.service.create(clientId, by.id(), LocalDate.now(this.clock), uploads, acceptCapture,
					markers.looks(), markers.colour());
			this.results.store(id, this.results
				.fresh(this.assessments.find(clientId, id).orElseThrow(PracticeAccess::notFound), client),
					AssessmentResults.MADE, this.practice.current(principal).id());
			return "redirect:/clients/" + clientId + "/assessments/" + id;
		}
		catch (DetectionAdmission.Busy ex) {
			// Same form, same photos chosen again later: a friendly page with the 503.
			response.setStatus(503);
			response.setHeader("Retry-After", String.valueOf(DetectionAdmission.RETRY_AFTER_SECONDS));
			return uploadForm(client, ex.getMessage(), model);
		}
		catch (AssessmentService.PhotoRefused ex) {
			// A photo that cannot be measured: the form again, naming the problem, never
			// a 200 (415 for a file that is no image at all).
			response.setStatus(ex.status());
			return uploadForm(client, ex.getMessage(), model);
		}
		catch (PoseModelException ex) {
			// The pose model is missing or broken: the server's fault, not the photo's.
			response.setStatus(503);
			return uploadForm(client, ex.getMessage(), model);
		}
	}

	@GetMapping("/clients/{clientId}/assessments/{assessmentId}")
	String show(@PathVariable long clientId, @PathVariable long assessmentId, Principal principal, Model model) {
		Clients.ClientRecord client = this.access.practitionerOf(principal, clientId);
		Assessments.StoredAssessment stored = this.assessments.find(clientId, assessmentId)
			.orElseThrow(PracticeAccess::notFound);
		AssessmentReport report = this.assessor.assess(stored.landmarks());
		Advice advice = this.advisor.advise(report.findings(),
				client.profile().menuConstraints(ClientConstraints.DEFAULT_MINUTES));
		// the result is shown as it was recorded; the current knowledge base only says
		// what a re-run would change, and stores it when the practitioner asks
		ClinicalRecord fresh = this.results.fresh(stored, client);
		AssessmentResults.Stored recorded = this.results.latest(assessmentId)
			.orElseGet(() -> this.results.store(assessmentId, fresh, AssessmentResults.FIRST_SHOWN,
					this.practice.current(principal).id()));
		model.addAttribute("client", client);
		model.addAttribute("assessment", stored);
		model.addAttribute("result", recorded);
		model.addAttribute("resultKnowledgeBase", recorded.record().knowledgeBase().describe());
		model.addAttribute("rerunChanges", recorded.record().changesTo(fresh));
		model.addAttribute("currentKnowledgeBase", fresh.knowledgeBase().describe());
		model.addAttribute("resultHistory", this.results.history(assessmentId));
		model.addAttribute("measured", AssessmentResults.measured(recorded.record()));
		model.addAttribute("gaps", report.measurements().stream().filter(Measurement.Gap.class::isInstance).toList());
		model.addAttribute("findings", AssessmentResults.findings(recorded.record()));
		model.addAttribute("hypotheses", advice.hypotheses().items());
		model.addAttribute("notices", advice.hypotheses().notices());
		model.addAttribute("menu", advice.menu());
		model.addAttribute("captureOverrides", this.captureOverrides.list(assessmentId));
		// Where the points on the photos came from, counted apart in the practitioner's
		// words (marked, skin marker, estimated from the keypoints, the keypoints
		// themselves), a source with none left out: a photo measured from skin markers
		// alone does not read "0 estimated".
		Map<LandmarkSourceKind, Long> bySource = new EnumMap<>(LandmarkSourceKind.class);
		stored.views()
			.stream()
			.flatMap((view) -> view.landmarks().landmarks().stream())
			.forEach((l) -> bySource.merge(LandmarkSourceKind.of(l.source()), 1L, Long::sum));
		Locale pageLocale = LocaleContextHolder.getLocale();
		model.addAttribute("pointCounts",
				bySource.entrySet()
					.stream()
					.map((count) -> this.messages.getMessage(count.getKey().messageKey,
							new Object[] { count.getValue() }, pageLocale))
					.toList());
		model.addAttribute("confirmablePoints", bySource.getOrDefault(LandmarkSourceKind.ESTIMATED, 0L)
				+ bySource.getOrDefault(LandmarkSourceKind.KEYPOINT, 0L));
		model.addAttribute("markerPoints", bySource.getOrDefault(LandmarkSourceKind.MARKER, 0L));
		Map<String, String> unassigned = new LinkedHashMap<>();
		stored.views()
			.forEach((view) -> unassigned.put(view.view().id(),
					(view.unassignedMarkers() != null) ? view.unassignedMarkers() : "[]"));
		model.addAttribute("unassignedMarkers", unassigned);
		model.addAttribute("unassignedCount",
				unassigned.values().stream().mapToInt((json) -> FINDING_JSON.readTree(json).size()).sum());
		Map<String, String> landmarkFiles = new LinkedHashMap<>();
		stored.views()
			.forEach((view) -> landmarkFiles.put(view.view().id(), LandmarkFile.write(List.of(view.landmarks()))));
		model.addAttribute("landmarkFiles", landmarkFiles);
		Map<String, List<MeasurementDrawings.Drawing>> drawingsByView = new LinkedHashMap<>();
		Map<String, String> drawingJson = new LinkedHashMap<>();
		stored.views().forEach((view) -> {
			List<MeasurementDrawings.Drawing> list = this.drawings.of(view.landmarks(), report.measurements());
			drawingsByView.put(view.view().id(), list);
			drawingJson.put(view.view().id(), this.drawings.json(list));
		});
		model.addAttribute("drawings", drawingsByView);
		// Names for the findings the editor lists again after each re-measurement.
		Map<String, String> findingNames = new LinkedHashMap<>();
		Locale locale = LocaleContextHolder.getLocale();
		FindingRules.allCurrentRules()
			.forEach((rule) -> findingNames.put(rule.id(),
					this.messages.getMessage("finding." + rule.id(), null, rule.id(), locale)));
		model.addAttribute("findingNames", FINDING_JSON.writeValueAsString(findingNames));
		model.addAttribute("drawingJson", drawingJson);
		// The points the editor can add: those marked by hand first, as the measurements
		// that need them are the ones the pose model cannot take.
		model.addAttribute("anatomicalIds",
				Arrays.stream(LandmarkId.values()).filter((id) -> !id.isPoseModelKeypoint()).toList());
		model.addAttribute("modelIds",
				Arrays.stream(LandmarkId.values()).filter(LandmarkId::isPoseModelKeypoint).toList());
		return "assessment/show";
	}

	/**
	 * Stores the result the current knowledge base gives as a new revision; the earlier
	 * ones are kept.
	 */
	@PostMapping("/clients/{clientId}/assessments/{assessmentId}/results")
	String rerun(@PathVariable long clientId, @PathVariable long assessmentId, Principal principal) {
		Clients.ClientRecord client = this.access.practitionerOf(principal, clientId);
		Assessments.StoredAssessment stored = this.assessments.find(clientId, assessmentId)
			.orElseThrow(PracticeAccess::notFound);
		this.results.store(assessmentId, this.results.fresh(stored, client), AssessmentResults.RERUN,
				this.practice.current(principal).id());
		return "redirect:/clients/" + clientId + "/assessments/" + assessmentId;
	}

	@GetMapping("/clients/{clientId}/assessments/{assessmentId}/photos/{view}")
	ResponseEntity<byte[]> photo(@PathVariable long clientId, @PathVariable long assessmentId,
			@PathVariable String view, Principal principal) {
		this.access.readable(principal, clientId);
		View which = View.fromId(view).orElseThrow(PracticeAccess::notFound);
		Assessments.StoredView stored = this.assessments.find(clientId, assessmentId)
			.flatMap((assessment) -> assessment.view(which))
			.orElseThrow(PracticeAccess::notFound);
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_JPEG)
			.cacheControl(CacheControl.noStore().cachePrivate())
			.body(this.photos.read(stored.photo()));
	}

	/**
	 * A hand-made request may carry more files than the form has inputs, two files for
	 * one view, or files under other names: each is refused with its reason, before any
	 * photo is decoded, and nothing is stored.
	 * @return the reason, or {@code null} when the upload is one photo at most per view
	 */
	private String refusedUpload(MultiValueMap<String, MultipartFile> parts, Locale locale) {
		long count = parts.values().stream().flatMap(List::stream).filter((file) -> !file.isEmpty()).count();
		if (count > View.values().length) {
			return this.messages.getMessage("limits.photos.tooMany", new Object[] { View.values().length, count },
					locale);
		}
		for (Map.Entry<String, List<MultipartFile>> part : parts.entrySet()) {
			long chosen = part.getValue().stream().filter((file) -> !file.isEmpty()).count();
			if (chosen > 0 && View.fromId(part.getKey()).isEmpty()) {
				return this.messages.getMessage("limits.photos.unknownField", new Object[] { part.getKey() }, locale);
			}
			if (chosen > 1) {
				return this.messages.getMessage("limits.photos.twoForOneView", new Object[] { part.getKey() }, locale);
			}
		}
		return null;
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Where a point came from, as the assessment page counts them. */
	enum LandmarkSourceKind {

		MARKED("assessment.points.marked"), MARKER("assessment.points.marker"),
		ESTIMATED("assessment.points.estimated"), KEYPOINT("assessment.points.keypoints");

		final String messageKey;

		LandmarkSourceKind(String messageKey) {
			this.messageKey = messageKey;
		}

		static LandmarkSourceKind of(LandmarkSource source) {
			return switch (source) {
				case MANUAL -> MARKED;
				case MARKER -> MARKER;
				case ESTIMATED -> ESTIMATED;
				default -> KEYPOINT;
			};
		}

	}

}
