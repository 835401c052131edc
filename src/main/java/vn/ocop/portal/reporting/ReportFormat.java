package vn.ocop.portal.reporting;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The file formats a year-end report is downloaded in. */
public enum ReportFormat {

	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
	PDF("application/pdf");

	private final String contentType;

	ReportFormat(String contentType) {
		this.contentType = contentType;
	}

	public String contentType() {
		return contentType;
	}

	public String extension() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Optional<ReportFormat> of(String extension) {
		return Arrays.stream(values()).filter(format -> format.extension().equalsIgnoreCase(extension)).findFirst();
	}

}
