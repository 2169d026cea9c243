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
		if (uploads.isEmpty()) {
			throw new PhotoRefused("Choose at least one photo.");
		}
		Map<View, BufferedImage> decoded = new LinkedHashMap<>();
		Map<View, LandmarkSet> landmarks = new LinkedHashMap<>();
		Map<View, List<CaptureProblem>> kept = new LinkedHashMap<>();
		// Decode and detect inside the admission: decoded images count against its bound.
		return this.admission.admit(() -> {
			detect(uploads, decoded, landmarks, kept, acceptCapture);
			return store(clientId, createdBy, takenOn, decoded, landmarks, kept);
		});
	}

	/** One photo, decoded and placed. */
	private record Detected(BufferedImage image, LandmarkSet landmarks, List<CaptureProblem> kept) {
	}

	/**
	 * Each photo decoded, placed and checked, two at a time, so that one photo's decoding
	 * overlaps another's model passes on a two-core machine (the estimator's pool bounds
	 * the model work). A refusal names the first refused photo in the order given, after
	 * every photo's work has ended.
	 */
	private void detect(Map<View, Upload> uploads, Map<View, BufferedImage> decoded, Map<View, LandmarkSet> landmarks,
			Map<View, List<CaptureProblem>> kept, boolean acceptCapture) {
		List<View> views = new ArrayList<>(uploads.keySet());
		List<Future<Detected>> futures = new ArrayList<>();
		ExecutorService executor = Executors.newFixedThreadPool(Math.min(2, views.size()));
		try {
			for (View view : views) {
				futures.add(executor.submit(() -> detectOne(view, uploads.get(view), acceptCapture)));
			}
			RuntimeException first = null;
			for (int i = 0; i < views.size(); i++) {
				try {
					Detected detected = futures.get(i).get();
					decoded.put(views.get(i), detected.image());
					landmarks.put(views.get(i), detected.landmarks());
					if (!detected.kept().isEmpty()) {
						kept.put(views.get(i), detected.kept());
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

	private Detected detectOne(View view, Upload upload, boolean acceptCapture) {
		BufferedImage image;
		try {
			image = this.images.decode(upload.fileName(), upload.bytes());
		}
		catch (ImageRejectedException ex) {
			throw new PhotoRefused(view.id() + " photo: " + ex.getMessage(),
					(ex instanceof ImageRejectedException.NotAnImage) ? 415 : 422);
		}
		AugmentedPose augmented = this.pose.estimateAugmented(image)
			.orElseThrow(() -> new PhotoRefused(view.id() + " photo: no person found"));
		PoseResult result = augmented.pose();
		CaptureReport capture = CaptureCheck.check(PoseLandmarkSets.all(result, view), Optional.of(view),
				result.people());
		if (!capture.accepted() && !acceptCapture) {
			throw new PhotoRefused(view.id() + " photo: " + capture.summary()
					+ ". Retake it, or keep it anyway (the warning stays with its measurements).");
		}
		// The anatomical points the keypoints allow, each with its uncertainty; read back
		// through the landmark-file parser, so photos and files obey one set of rules.
		LandmarkSet estimated = EstimatedAnatomy.addTo(PoseLandmarkSets.inside(augmented, view));
		return new Detected(image, LandmarkFile.parse(LandmarkFile.write(List.of(estimated))).get(0),
				capture.accepted() ? List.of() : capture.problems());
	}

	private long store(long clientId, long createdBy, LocalDate takenOn, Map<View, BufferedImage> decoded,
			Map<View, LandmarkSet> landmarks, Map<View, List<CaptureProblem>> kept) {
		List<String> stored = new ArrayList<>();
		try {
			List<Assessments.StoredView> views = new ArrayList<>();
			decoded.forEach((view, image) -> {
				String name = this.photos.store(image);
				stored.add(name);
				views.add(new Assessments.StoredView(view, name, landmarks.get(view)));
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
