package org.realign.core.feedback;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.realign.core.feedback.outcome.OutcomeMeasures;
import org.realign.core.feedback.safety.RedFlagQuestion;
import org.realign.core.feedback.safety.RedFlagQuestionnaire;
import org.realign.core.feedback.spasm.ReExposurePlan;
import org.realign.core.feedback.spasm.ReExposurePlans;
import org.realign.core.feedback.spasm.ReExposureStep;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The product never diagnoses: no client-facing sentence tells a client what they "have".
 * This test walks every client-facing string the feedback loop ships and fails with a
 * readable list of offending sentences.
 */
class ClientWordingTest {

	/** Diagnostic phrasing, matched case-insensitively. */
	static final List<Pattern> DIAGNOSTIC = List.of(Pattern.compile("\\byou have\\b"),
			Pattern.compile("\\byou(')?ve got\\b"), Pattern.compile("\\byou('| a)re suffering\\b"),
			Pattern.compile("\\byou suffer\\b"), Pattern.compile("diagnos"), Pattern.compile("\\byou probably\\b"),
			Pattern.compile("\\bthis (means|indicates|shows) (that )?you\\b"),
			Pattern.compile("\\b(is|are) a sign of\\b"), Pattern.compile("\\bcaused by your\\b"));

	@Test
	void clientFacingStrings_neverDiagnose() {
		List<String> offending = new ArrayList<>();
		for (String text : clientFacingStrings()) {
			for (Pattern pattern : DIAGNOSTIC) {
				if (pattern.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\'')).find()) {
					offending.add("[" + pattern.pattern() + "] " + text);
				}
			}
		}
		assertThat(offending).as("client-facing strings with diagnostic phrasing").isEmpty();
	}

	@Test
	void clientFacingStrings_areFoundAndNotEmpty() {
		List<String> strings = clientFacingStrings();

		assertThat(strings).hasSizeGreaterThan(40).allMatch((text) -> !text.isBlank());
		assertThat(strings).contains(ClientMessages.SEEK_URGENT_CARE, ClientMessages.SPASM_IS_PROTECTION);
	}

	@Test
	void scanner_catchesDiagnosticPhrasing() {
		assertThat(DIAGNOSTIC).anyMatch((p) -> p.matcher("you have sciatica").find());
		assertThat(DIAGNOSTIC).anyMatch((p) -> p.matcher("you've got a slipped disc").find());
		assertThat(DIAGNOSTIC).anyMatch((p) -> p.matcher("this means you are injured").find());
		assertThat(DIAGNOSTIC).anyMatch((p) -> p.matcher("cramps are a sign of nerve damage").find());
		assertThat(DIAGNOSTIC).noneMatch((p) -> p.matcher("please see a doctor soon").find());
	}

	@Test
	void urgentMessages_pointToCareInsteadOfNamingACondition() {
		assertThat(ClientMessages.SEEK_URGENT_CARE).contains("seek urgent medical care");
		assertThat(ClientMessages.CRAMP_SEE_A_DOCTOR).contains("doctor");
		assertThat(ClientMessages.SEEK_URGENT_CARE.toLowerCase(Locale.ROOT)).doesNotContain("cauda");
	}

	static List<String> clientFacingStrings() {
		List<String> strings = new ArrayList<>();
		for (Field field : ClientMessages.class.getDeclaredFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				try {
					strings.add((String) field.get(null));
				}
				catch (IllegalAccessException ex) {
					throw new IllegalStateException(ex);
				}
			}
		}
		RedFlagQuestionnaire questionnaire = RedFlagQuestionnaire.load();
		strings.add(questionnaire.intro());
		questionnaire.questions().stream().map(RedFlagQuestion::question).forEach(strings::add);
		for (ReExposurePlan plan : ReExposurePlans.all()) {
			strings.add(plan.movement());
			strings.add(plan.advanceWhen());
			strings.add(plan.stepBackWhen());
			plan.steps().stream().map(ReExposureStep::instruction).forEach(strings::add);
		}
		OutcomeMeasures.all().forEach((measure) -> strings.add(measure.name()));
		return strings;
	}

}
