package org.realign.app.assessment;

import java.util.List;

import org.realign.app.client.AssessmentList;

import org.springframework.stereotype.Component;

/** The client page's list of assessments, read from the stored assessments. */
@Component
class ClientAssessmentList implements AssessmentList {

	private final Assessments assessments;

	ClientAssessmentList(Assessments assessments) {
		this.assessments = assessments;
	}

	@Override
	public List<Entry> of(long clientId) {
		return this.assessments.list(clientId)
			.stream()
			.map((summary) -> new Entry(summary.id(), summary.takenOn(), summary.views()))
			.toList();
	}

}
