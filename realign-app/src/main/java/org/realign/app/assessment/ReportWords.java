package org.realign.app.assessment;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.realign.core.knowledge.KnowledgeBase;
import org.realign.core.landmark.View;
import org.realign.core.source.Source;

import org.springframework.context.MessageSource;

/** The client report's words: its citations and its messages, numbers and dates. */
final class ReportWords {

	private ReportWords() {
	}

	/**
	 * The sources in the order the report first cites them, numbered from 1; the report
	 * prints the numbers, never the knowledge base's ids.
	 */
	static final class Citations {

		private final Map<String, Integer> numbers = new LinkedHashMap<>();

		/** Numbers the sources and answers their numbers as "[1, 4]"; "" for none. */
		String cite(List<String> ids) {
			List<Integer> cited = ids.stream()
				.distinct()
				.map((id) -> this.numbers.computeIfAbsent(id, (key) -> this.numbers.size() + 1))
				.sorted()
				.toList();
			return cited.isEmpty() ? ""
					: cited.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
		}

		List<ClientReport.Reference> references(KnowledgeBase knowledge) {
			List<ClientReport.Reference> out = new ArrayList<>();
			this.numbers.forEach((id, number) -> {
				Optional<Source> source = knowledge.sources().find(id);
				// A source id the catalogue lacks would be a knowledge-base defect the
				// validator catches; the report still never prints the id.
				out.add(source.map((s) -> new ClientReport.Reference(number, s.citation(), s.url()))
					.orElseGet(() -> new ClientReport.Reference(number, "\u2014", "")));
			});
			return out;
		}

	}

	/** Messages, numbers, units and dates in the reader's locale. */
	static final class Words {

		private final MessageSource messages;

		private final Locale locale;

		Words(MessageSource messages, Locale locale) {
			this.messages = messages;
			this.locale = locale;
		}

		String msg(String key, Object... args) {
			return this.messages.getMessage(key, args, key, this.locale);
		}

		String msgOr(String key, String fallback) {
			return this.messages.getMessage(key, null, fallback, this.locale);
		}

		String finding(String id) {
			return msgOr("finding." + id, id);
		}

		String side(String id) {
			return msgOr("side." + id, id);
		}

		String view(View view) {
			return msgOr("report.doc.view." + view.id(), msgOr("view." + view.id(), view.id()));
		}

		String date(Assessments.StoredAssessment assessment) {
			return assessment.takenOn()
				.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(this.locale));
		}

		String number(double value) {
			return String.format(this.locale, "%.1f", value);
		}

		/** "12.0°", "3.5%", "4.0 cm". */
		String value(double value, String unit) {
			return number(value) + unitSuffix(unit);
		}

		String signed(double value, String unit) {
			return ((value > 0) ? "+" : "") + value(value, unit);
		}

		private String unitSuffix(String unit) {
			return switch (unit) {
				case "deg" -> "\u00b0";
				case "%" -> "%";
				default -> " " + unit;
			};
		}

	}

}
