package org.realign.core.record;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * When a client is due a new assessment: an Egoscue menu plateaus after 10-14 days and is
 * then re-evaluated and replaced [1], so a client is due from day 10 after the last
 * assessment and overdue after day 14.
 * <p>
 * [1] Egoscue public menu material (source {@code fb-egoscue-menu-cadence}; field
 * research 3.1).
 *
 * @param status where the client stands
 * @param lastAssessed the date of the last assessment, if any
 * @param dueFrom the first day a re-assessment is due, if there was an assessment
 * @param overdueAfter the last day of the 10-14-day window, if there was an assessment
 */
public record ReassessmentDue(Status status, Optional<LocalDate> lastAssessed, Optional<LocalDate> dueFrom,
		Optional<LocalDate> overdueAfter) {

	/** Days after an assessment from which the next is due. */
	public static final int DUE_AFTER_DAYS = 10;

	/** Days after an assessment after which the next is overdue. */
	public static final int OVERDUE_AFTER_DAYS = 14;

	/** The source of the cadence. */
	public static final String SOURCE = "fb-egoscue-menu-cadence";

	public enum Status {

		/** No assessment yet: the first is due now. */
		NEVER_ASSESSED("never-assessed"),
		/** Fewer than 10 days since the last assessment. */
		NOT_YET_DUE("not-yet-due"),
		/** 10 to 14 days since the last assessment. */
		DUE("due"),
		/** More than 14 days since the last assessment. */
		OVERDUE("overdue");

		private final String id;

		Status(String id) {
			this.id = id;
		}

		public String id() {
			return this.id;
		}

	}

	/** Where a client stands on the given day. */
	public static ReassessmentDue on(LocalDate today, Optional<LocalDate> lastAssessed) {
		if (lastAssessed.isEmpty()) {
			return new ReassessmentDue(Status.NEVER_ASSESSED, Optional.empty(), Optional.empty(), Optional.empty());
		}
		LocalDate last = lastAssessed.get();
		long days = ChronoUnit.DAYS.between(last, today);
		Status status = (days < DUE_AFTER_DAYS) ? Status.NOT_YET_DUE
				: (days <= OVERDUE_AFTER_DAYS) ? Status.DUE : Status.OVERDUE;
		return new ReassessmentDue(status, lastAssessed, Optional.of(last.plusDays(DUE_AFTER_DAYS)),
				Optional.of(last.plusDays(OVERDUE_AFTER_DAYS)));
	}

	/**
	 * For the practitioner, e.g. "re-assessment due (last 2026-11-20; due 30 Nov - 4
	 * Dec)".
	 */
	public String describe() {
		return switch (this.status) {
			case NEVER_ASSESSED -> "not assessed yet";
			case NOT_YET_DUE -> "re-assessment due from " + this.dueFrom.orElseThrow();
			case DUE -> "re-assessment due now (window " + this.dueFrom.orElseThrow() + " to "
					+ this.overdueAfter.orElseThrow() + ")";
			case OVERDUE -> "re-assessment overdue since " + this.overdueAfter.orElseThrow().plusDays(1);
		};
	}

}
