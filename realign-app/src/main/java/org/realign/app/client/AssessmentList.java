package org.realign.app.client;

import java.time.LocalDate;
import java.util.List;

/**
 * A client's assessments as the client's page lists them. The assessment feature answers
 * ({@code assessment.ClientAssessmentList}), so that the client feature, which every
 * other feature uses, depends on none of them.
 */
public interface AssessmentList {

	/** The client's assessments, the most recent first. */
	List<Entry> of(long clientId);

	/**
	 * One assessment.
	 *
	 * @param id its id
	 * @param takenOn the day the photos were taken
	 * @param views how many views it has
	 */
	record Entry(long id, LocalDate takenOn, int views) {
	}

}
