package org.realign.app.assessment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.regex.Pattern;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Lays out the client report: the Thymeleaf template
 * {@code assessment/client-report.html} filled from a {@link ClientReport}, printed by
 * openhtmltopdf as a tagged PDF (PDF/UA: structure tree with headings, lists, tables and
 * figures with their text alternatives; document title and language; one embedded font).
 */
@Component
class ClientReportPdf {

	/**
	 * Liberation Sans, the TrueType font PDFBox ships in its own jar: a Unicode font with
	 * no download and no font file of ours (SIL Open Font License). It covers Latin,
	 * Greek and Cyrillic; PDF/UA needs every font embedded, so it is the only one.
	 */
	static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

	static final String FONT_FAMILY = "Liberation Sans";

	private static final Pattern NOT_XML = Pattern
		.compile("[^\\x09\\x0A\\x0D\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

	private final ITemplateEngine templates;

	private final MessageSource messages;

	ClientReportPdf(ITemplateEngine templates, MessageSource messages) {
		this.templates = templates;
		this.messages = messages;
	}

	/**
	 * The words around "page X of Y", split where the numbers go, so that the page
	 * counters can sit between them in any language.
	 *
	 * @param before the text before the page number
	 * @param between the text between the page number and the page count
	 * @param after the text after the page count
	 */
	record PageWords(String before, String between, String after) {

		static PageWords of(String pattern) {
			int page = pattern.indexOf('\u0001');
			int pages = pattern.indexOf('\u0002');
			if (page < 0 || pages < page) {
				return new PageWords("", " / ", "");
			}
			return new PageWords(pattern.substring(0, page), pattern.substring(page + 1, pages),
					pattern.substring(pages + 1));
		}

	}

	byte[] render(ClientReport report, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("report", report);
		context.setVariable("pageWords",
				PageWords.of(this.messages.getMessage("report.page", new Object[] { "\u0001", "\u0002" }, locale)));
		// The template escapes markup; characters XML 1.0 forbids (control characters
		// a pasted name may carry) would stop the parser, so they are dropped.
		String html = NOT_XML.matcher(this.templates.process("assessment/client-report", context)).replaceAll("");
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessbility(true);
			// One face, registered for normal and bold, so that no text falls back to a
			// standard font that is not embedded (PDF/UA 7.21.4.1).
			builder.useFont(ClientReportPdf::font, FONT_FAMILY, 400, FontStyle.NORMAL, true);
			builder.useFont(ClientReportPdf::font, FONT_FAMILY, 700, FontStyle.NORMAL, true);
			builder.useSVGDrawer(new BatikSVGDrawer());
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static InputStream font() {
		InputStream in = ClientReportPdf.class.getResourceAsStream(FONT);
		if (in == null) {
			throw new IllegalStateException(FONT + " is missing from the PDFBox jar");
		}
		return in;
	}

}
