package org.realign.core.record;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.realign.core.source.SourceCatalog;

import static org.assertj.core.api.Assertions.assertThat;

/** The method's 10-14-day cadence, day by day. */
class ReassessmentDueTest {

	private static final LocalDate LAST = LocalDate.of(2026, 11, 20);

	@Test
	void dueFromDayTenOverdueAfterDayFourteen() {
		assertThat(ReassessmentDue.on(LAST.plusDays(9), Optional.of(LAST)).status())
			.isEqualTo(ReassessmentDue.Status.NOT_YET_DUE);
		assertThat(ReassessmentDue.on(LAST.plusDays(10), Optional.of(LAST)).status())
			.isEqualTo(ReassessmentDue.Status.DUE);
		assertThat(ReassessmentDue.on(LAST.plusDays(14), Optional.of(LAST)).status())
			.isEqualTo(ReassessmentDue.Status.DUE);
		assertThat(ReassessmentDue.on(LAST.plusDays(15), Optional.of(LAST)).status())
			.isEqualTo(ReassessmentDue.Status.OVERDUE);
		assertThat(ReassessmentDue.on(LAST, Optional.empty()).status())
			.isEqualTo(ReassessmentDue.Status.NEVER_ASSESSED);
		assertThat(ReassessmentDue.on(LAST.plusDays(12), Optional.of(LAST)).describe())
			.isEqualTo("re-assessment due now (window 2026-11-30 to 2026-12-04)");
	}

	@Test
	void theCadenceCitesAKnownSource() {
		assertThat(SourceCatalog.load().contains(ReassessmentDue.SOURCE)).isTrue();
	}

}
