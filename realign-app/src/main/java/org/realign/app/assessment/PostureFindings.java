package org.realign.app.assessment;

import java.util.List;

import org.realign.core.assessment.Assessment;
import org.realign.core.assessment.Assessor;
import org.realign.core.finding.Finding;

import org.springframework.stereotype.Service;

/**
 * The findings of a client's latest assessment, for features that link what happens to
 * posture.
 */
@Service
public class PostureFindings {

	private final Assessments assessments;

	private final Assessor assessor = Assessor.shipped();

	PostureFindings(Assessments assessments) {
		this.assessments = assessments;
	}

	/** Empty when the client has no assessment yet. */
	public List<Finding> latest(long clientId) {
		return this.assessments.list(clientId)
			.stream()
			.findFirst()
			.flatMap((summary) -> this.assessments.find(clientId, summary.id()))
			.map((assessment) -> this.assessor
				.assess(Assessment.of(assessment.views().stream().map(Assessments.StoredView::landmarks).toList()))
				.findings())
			.orElse(List.of());
	}

}
