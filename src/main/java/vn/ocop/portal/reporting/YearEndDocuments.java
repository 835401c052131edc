package vn.ocop.portal.reporting;

import java.io.OutputStream;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.ocop.portal.shared.web.Languages;

/**
 * The year-end report as a page model and as files: computes the figures ({@link YearEndReports}),
 * writes them in the language ({@link YearEndReportWriter}) and renders DOCX, XLSX or PDF.
 */
@Component
class YearEndDocuments {

	private final YearEndReports reports;

	private final YearEndReportWriter writer;

	private final MessageSource messages;

	YearEndDocuments(YearEndReports reports, YearEndReportWriter writer, MessageSource messages) {
		this.reports = reports;
		this.writer = writer;
		this.messages = messages;
	}

	/** The report of the unit and year, written in the language. */
	ReportDocument document(String unitCode, int year, Locale language) {
		return writer.write(reports.figures(unitCode, year), language);
	}

	/** Writes the report in the format. */
	void write(ReportDocument document, ReportFormat format, OutputStream out) {
		switch (format) {
			case DOCX -> DocxReport.write(document, out);
			case XLSX -> XlsxReport.write(document, messages.getMessage("reporting.sheet.summary", null, document.language()), out);
			case PDF -> PdfReport.write(document, out);
		}
	}

	/** The file name: {@code bao-cao-tong-ket-06-2022.pdf}, in English {@code year-end-report-06-2022.pdf}. */
	static String fileName(String unitCode, int year, Locale language, ReportFormat format) {
		String stem = Languages.supported(language).getLanguage().equals("en") ? "year-end-report" : "bao-cao-tong-ket";
		return stem + "-" + unitCode + "-" + year + "." + format.extension();
	}

}
