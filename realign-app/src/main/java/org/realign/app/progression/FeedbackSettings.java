package org.realign.app.progression;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.realign.app.audit.AuditLog;
import org.realign.app.identity.PracticeDirectory.Account;
import org.realign.core.feedback.PracticeSettings;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing a practice's thresholds for the progression rules, from the settings page or
 * the API alike: the new settings are a new row (who, when), and the change, setting by
 * setting, is in the audit trail.
 */
@Service
public class FeedbackSettings {

	private final JdbcPracticeSettings settings;

	private final AuditLog audit;

	private final Clock clock;

	FeedbackSettings(JdbcPracticeSettings settings, AuditLog audit, Clock clock) {
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
	}

	public PracticeSettings of(long practiceId) {
		return this.settings.forPractice(practiceId);
	}

	/** Stores the owner's settings and audits what changed. */
	@Transactional
	public void change(Account owner, PracticeSettings requested) {
		PracticeSettings before = this.settings.forPractice(owner.practiceId());
		this.settings.save(owner.practiceId(), requested, owner.username(), this.clock.instant());
		this.audit.recordAccountEvent(owner.username(), null, "feedback-settings-changed",
				"/practice/feedback-settings", changes(before, requested));
	}

	/** e.g. "reExposureCalmAttempts 2 -> 3", or "unchanged". */
	static String changes(PracticeSettings before, PracticeSettings after) {
		List<String> changed = new ArrayList<>();
		for (var component : PracticeSettings.class.getRecordComponents()) {
			try {
				Object was = component.getAccessor().invoke(before);
				Object is = component.getAccessor().invoke(after);
				if (!was.equals(is)) {
					changed.add(component.getName() + " " + was + " -> " + is);
				}
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return changed.isEmpty() ? "unchanged" : String.join(", ", changed);
	}

}
