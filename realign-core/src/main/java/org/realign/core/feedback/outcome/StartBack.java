package org.realign.core.feedback.outcome;

import java.util.List;
import java.util.Objects;

/**
 * Scores the Keele STarT Back Tool [1]: items 1..8 agree/disagree, item 9 bothersomeness
 * on five levels ("very much" and "extremely" score 1). Total 0..9; the psychosocial
 * subscale is items 5..9. Low risk: total 0..3; high risk: subscale 4..5; medium
 * otherwise.
 * <p>
 * Optional, and free only for non-commercial use: see
 * {@link OutcomeMeasures#START_BACK}'s licence note. The item wording is not shipped.
 * <p>
 * [1] Hill et al. 2008.
 *
 * @param agreeItems1to8 the answers to items 1..8, true for agree
 * @param bothersomeness the answer to item 9
 */
public record StartBack(List<Boolean> agreeItems1to8, Bothersomeness bothersomeness) {

	public StartBack {
		agreeItems1to8 = List.copyOf(agreeItems1to8);
		if (agreeItems1to8.size() != 8) {
			throw new IllegalArgumentException("items 1..8 need 8 answers, got " + agreeItems1to8.size());
		}
		Objects.requireNonNull(bothersomeness, "bothersomeness");
	}

	public Result score() {
		int item9 = this.bothersomeness.scoresOne() ? 1 : 0;
		int total = (int) this.agreeItems1to8.stream().filter(Boolean::booleanValue).count() + item9;
		int psychosocial = (int) this.agreeItems1to8.subList(4, 8).stream().filter(Boolean::booleanValue).count()
				+ item9;
		Risk risk = (total <= 3) ? Risk.LOW : (psychosocial >= 4) ? Risk.HIGH : Risk.MEDIUM;
		return new Result(total, psychosocial, risk);
	}

	/**
	 * A scored STarT Back.
	 *
	 * @param total 0..9
	 * @param psychosocial 0..5
	 * @param risk the subgroup
	 */
	public record Result(int total, int psychosocial, Risk risk) {
	}

	/** The STarT Back risk subgroup. */
	public enum Risk {

		LOW("low"), MEDIUM("medium"), HIGH("high");

		private final String id;

		Risk(String id) {
			this.id = id;
		}

		public String id() {
			return this.id;
		}

	}

	/** The five answers to item 9. */
	public enum Bothersomeness {

		NOT_AT_ALL, SLIGHTLY, MODERATELY, VERY_MUCH, EXTREMELY;

		boolean scoresOne() {
			return this == VERY_MUCH || this == EXTREMELY;
		}

	}

}
