package org.realign.app.assessment;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.realign.core.capture.CaptureCheck;
import org.realign.core.capture.CaptureProblem;
import org.realign.core.capture.CaptureReport;
import org.realign.core.landmark.EstimatedAnatomy;
import org.realign.core.landmark.LandmarkFile;
import org.realign.core.landmark.LandmarkSet;
import org.realign.core.landmark.View;
import org.realign.pose.ImageLoader;
import org.realign.pose.ImageRejectedException;
import org.realign.pose.AugmentedPose;
import org.realign.pose.PoseLandmarkSets;
import org.realign.pose.PoseResult;
import org.realign.pose.marker.MarkerAssignment;
import org.realign.pose.marker.MarkerColour;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates an assessment from photos: each photo is checked (content, not file name; pixel
 * limit before decoding), the pose model places the landmarks, the photos are stored
 * without metadata and the assessment is written. Either all of it happens or none: a
 * refused photo stores nothing.
 */
@Service
class AssessmentService {

	/** A photo as uploaded. */
	record Upload(String fileName, byte[] bytes) {
	}

	/**
	 * A photo the practitioner must replace; the message names the view and the problem.
	 */
	static final class PhotoRefused extends RuntimeException {

		private final int status;

		/** A photo that is an image but cannot be used: 422. */
		PhotoRefused(String message) {
			this(message, 422);
		}

		PhotoRefused(String message, int status) {
			super(message);
			this.status = status;
		}

		/**
		 * 415 when a file is not an image at all (text, PDF, SVG), 422 when it is one
		 * that cannot be used (too many pixels, truncated, no person, a failed capture
		 * check).
		 */
		int status() {
			return this.status;
		}

	}

	private final ImageLoader images = new ImageLoader();

	private final PoseService pose;

	private final PhotoStore photos;

	private final Assessments assessments;

	private final TransactionTemplate transaction;

	private final DetectionAdmission admission;

	private final CaptureOverrides overrides;

	AssessmentService(PoseService pose, PhotoStore photos, Assessments assessments, TransactionTemplate transaction,
			DetectionAdmission admission, CaptureOverrides overrides) {
		this.pose = pose;
		this.overrides = overrides;
		this.admission = admission;
		this.photos = photos;
		this.assessments = assessments;
		this.transaction = transaction;
	}

	/**
	 * @param acceptCapture keep photos that fail the capture check, recording each failed
	 * check with who kept the photo and when
	 */
	long create(long clientId, long createdBy, LocalDate takenOn, Map<View, Upload> uploads, boolean acceptCapture) {
		return create(clientId, createdBy, takenOn, uploads, acceptCapture, true, Optional.empty());
	}

	/**
	 * @param findMarkers whether to look for skin markers (not for a practice that uses
	 * none)
	 * @param markerColour the practice's skin-marker colour, empty to detect it on each
	 * photo
	 */
	long create(long clientId, long createdBy, LocalDate takenOn, Map<View, Upload> uploads, boolean acceptCapture,
			boolean findMarkers, Optional<MarkerColour> markerColour) {
		if (uploads.isEmpty()) {
			throw new PhotoRefused("Choose at least one photo.");
		}
		Map<View, BufferedImage> decoded = new LinkedHashMap<>();
		Map<View, LandmarkSet> landmarks = new LinkedHashMap<>();
		Map<View, List<CaptureProblem>> kept = new LinkedHashMap<>();
		Map<View, String> unassigned = new LinkedHashMap<>();
		// Decode and detect inside the admission: decoded images count against its bound.
		return this.admission.admit(() -> {
			detect(uploads, new Detections(decoded, landmarks, kept, unassigned), acceptCapture, findMarkers,
					markerColour);
			return store(clientId, createdBy, takenOn, decoded, landmarks, kept, unassigned);
		});
	}

	/** One photo, decoded and placed, with its unnamed markers as JSON. */
	private record Detected(BufferedImage image, LandmarkSet landmarks, List<CaptureProblem> kept, String unassigned) {
	}

	/** What the photos gave, by view. */
	private record Detections(Map<View, BufferedImage> decoded, Map<View, LandmarkSet> landmarks,
			Map<View, List<CaptureProblem>> kept, Map<View, String> unassigned) {
	}

	/**
	 * Each photo decoded, placed and checked, two at a time, so that one photo's decoding
	 * overlaps another's model passes on a two-core machine (the estimator's pool bounds
	 * the model work). A refusal names the first refused photo in the order given, after
	 * every photo's work has ended.
	 */
	private void detect(Map<View, Upload> uploads, Detections into, boolean acceptCapture, boolean findMarkers,
			Optional<MarkerColour> markerColour) {
		List<View> views = new ArrayList<>(uploads.keySet());
		List<Future<Detected>> futures = new ArrayList<>();
		ExecutorService executor = Executors.newFixedThreadPool(Math.min(2, views.size()));
		try {
			for (View view : views) {
				futures.add(executor
					.submit(() -> detectOne(view, uploads.get(view), acceptCapture, findMarkers, markerColour)));
			}
			RuntimeException first = null;
			for (int i = 0; i < views.size(); i++) {
				try {
					Detected detected = futures.get(i).get();
					into.decoded().put(views.get(i), detected.image());
					into.landmarks().put(views.get(i), detected.landmarks());
					into.unassigned().put(views.get(i), detected.unassigned());
					if (!detected.kept().isEmpty()) {
						into.kept().put(views.get(i), detected.kept());
					}
				}
				catch (ExecutionException ex) {
					if (first == null) {
						first = (ex.getCause() instanceof RuntimeException runtime) ? runtime
								: new IllegalStateException(ex.getCause());
					}
				}
			}
			if (first != null) {
				throw first;
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while placing the landmarks", ex);
		}
		finally {
			executor.shutdownNow();
		}
	}

	private Detected detectOne(View view, Upload upload, boolean acceptCapture, boolean findMarkers,
			Optional<MarkerColour> markerColour) {
		BufferedImage image;
		try {
			image = this.images.decode(upload.fileName(), upload.bytes());
		}
		catch (ImageRejectedException ex) {
			throw new PhotoRefused(view.id() + " photo: " + ex.getMessage(),
					(ex instanceof ImageRejectedException.NotAnImage) ? 415 : 422);
		}
		AugmentedPose augmented = this.pose.estimateAugmented(image)
			.orElseThrow(() -> new PhotoRefused(view.id() + " photo: " + CaptureReport.NO_PERSON));
		PoseResult result = augmented.pose();
		CaptureReport capture = CaptureCheck.check(PoseLandmarkSets.all(result, view), Optional.of(view),
				result.people());
		if (!capture.accepted() && !acceptCapture) {
			throw new PhotoRefused(view.id() + " photo: " + capture.summary()
					+ ". Retake it, or keep it anyway (the warning stays with its measurements).");
		}
		if (capture.facesTheOtherWay(view)) {
			// Kept as the back (or front) the practitioner took, though the model read it
			// the other way round: its left and right follow the view they kept.
			augmented = augmented.withSidesSwapped();
			result = augmented.pose();
		}
		// The skin markers, named by the view's marker set, then the anatomical points
		// the keypoints allow for the rest, each with its uncertainty; read back through
		// the landmark-file parser, so photos and files obey one set of rules.
		// A practice that uses no markers is spared the search; its photos store no
		// list of unnamed markers (null: not looked for, as before markers existed).
		MarkerAssignment markers = findMarkers
				? SkinMarkers.find(image, image.getWidth(), result.landmarks(), view, markerColour)
				: new MarkerAssignment(view, Map.of(), List.of());
		LandmarkSet estimated = EstimatedAnatomy
			.addTo(SkinMarkers.merge(PoseLandmarkSets.inside(augmented, view), markers));
		return new Detected(image, LandmarkFile.parse(LandmarkFile.write(List.of(estimated))).get(0),
				capture.accepted() ? List.of() : capture.problems(),
				findMarkers ? SkinMarkers.unassignedJson(markers.unassigned()) : null);
	}

	private long store(long clientId, long createdBy, LocalDate takenOn, Map<View, BufferedImage> decoded,
			Map<View, LandmarkSet> landmarks, Map<View, List<CaptureProblem>> kept, Map<View, String> unassigned) {
		List<String> stored = new ArrayList<>();
		try {
			List<Assessments.StoredView> views = new ArrayList<>();
			decoded.forEach((view, image) -> {
				String name = this.photos.store(image);
				stored.add(name);
				views.add(new Assessments.StoredView(view, name, landmarks.get(view), unassigned.get(view)));
			});
			return this.transaction.execute((status) -> {
				long id = this.assessments.create(clientId, takenOn, createdBy, views);
				kept.forEach((view, problems) -> this.overrides.record(id, view, problems, createdBy));
				return id;
			});
		}
		catch (RuntimeException ex) {
			// The database refused: leave no orphan photo behind.
			stored.forEach(this.photos::delete);
			throw ex;
		}
	}

}
