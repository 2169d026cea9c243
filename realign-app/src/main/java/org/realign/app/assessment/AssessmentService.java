package org.realign.app.assessment;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.realign.core.landmark.LandmarkSet;
import org.realign.core.landmark.View;
import org.realign.pose.ImageLoader;
import org.realign.pose.ImageRejectedException;
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

		PhotoRefused(String message) {
			super(message);
		}

	}

	private final ImageLoader images = new ImageLoader();

	private final PoseService pose;

	private final PhotoStore photos;

	private final Assessments assessments;

	private final TransactionTemplate transaction;

	private final DetectionAdmission admission;

	AssessmentService(PoseService pose, PhotoStore photos, Assessments assessments, TransactionTemplate transaction,
			DetectionAdmission admission) {
		this.pose = pose;
		this.admission = admission;
		this.photos = photos;
		this.assessments = assessments;
		this.transaction = transaction;
	}

	long create(long clientId, long createdBy, LocalDate takenOn, Map<View, Upload> uploads) {
		if (uploads.isEmpty()) {
			throw new PhotoRefused("Choose at least one photo.");
		}
		Map<View, BufferedImage> decoded = new LinkedHashMap<>();
		Map<View, LandmarkSet> landmarks = new LinkedHashMap<>();
		// Decode and detect inside the admission: decoded images count against its bound.
		return this.admission.admit(() -> {
			detect(uploads, decoded, landmarks);
			return store(clientId, createdBy, takenOn, decoded, landmarks);
		});
	}

	private void detect(Map<View, Upload> uploads, Map<View, BufferedImage> decoded, Map<View, LandmarkSet> landmarks) {
		uploads.forEach((view, upload) -> {
			BufferedImage image;
			try {
				image = this.images.decode(upload.fileName(), upload.bytes());
			}
			catch (ImageRejectedException ex) {
				throw new PhotoRefused(view.id() + " photo: " + ex.getMessage());
			}
			PoseResult result = this.pose.estimate(image)
				.orElseThrow(() -> new PhotoRefused(view.id() + " photo: no person found"));
			decoded.put(view, image);
			landmarks.put(view, LandmarkJson.toLandmarkSets(List.of(new LandmarkJson.ViewPose(view, result))).get(0));
		});
	}

	private long store(long clientId, long createdBy, LocalDate takenOn, Map<View, BufferedImage> decoded,
			Map<View, LandmarkSet> landmarks) {
		List<String> stored = new ArrayList<>();
		try {
			List<Assessments.StoredView> views = new ArrayList<>();
			decoded.forEach((view, image) -> {
				String name = this.photos.store(image);
				stored.add(name);
				views.add(new Assessments.StoredView(view, name, landmarks.get(view)));
			});
			return this.transaction.execute((status) -> this.assessments.create(clientId, takenOn, createdBy, views));
		}
		catch (RuntimeException ex) {
			// The database refused: leave no orphan photo behind.
			stored.forEach(this.photos::delete);
			throw ex;
		}
	}

}
