package org.realign.app.outcome;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.realign.core.feedback.outcome.Psfs;
import org.realign.core.feedback.outcome.StartBack;

/**
 * What an outcome value was scored from, as the API answers it (for the description
 * only): the PSFS activities, or the STarT Back answers with their result.
 *
 * @param activities the PSFS activities and their ratings (PSFS only)
 * @param answers the STarT Back items as answered (STarT Back only)
 * @param result the STarT Back scores and risk group (STarT Back only)
 */
@Schema(name = "OutcomeDetail", description = "The PSFS activities, or the STarT Back answers and result")
record OutcomeDetail(List<Psfs.Activity> activities, OutcomeRecording.StartBackAnswers answers,
		StartBack.Result result) {
}
