package vn.ocop.portal.news;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.Locale;

import vn.ocop.portal.shared.web.Languages;

/**
 * A PDF attached to an article (its bytes are read separately). It never changes once uploaded: a
 * new upload has a new id, so its SHA-256 is a strong ETag. Readers may download it when the
 * article is readable (published or archived); before that only the newsroom may.
 */
record Attachment(long id, long articleId, String title, String fileName, String mediaType, long sizeBytes, String sha256,
		int position, String uploadedBy, Instant uploadedAt) {

	static final long KB = 1024;

	static final long MB = 1024 * 1024;

	/** The download address, e.g. {@code /media/tep/12.pdf}. */
	public String path() {
		return "/media/tep/" + id + ".pdf";
	}

	/** The size as people read it, in the language: {@code 1,2 MB}, {@code 850 KB} (vi), {@code 1.2 MB} (en). */
	public String sizeLabel(Locale language) {
		return sizeLabel(sizeBytes, language);
	}

	static String sizeLabel(long bytes, Locale language) {
		Locale locale = Languages.supported(language == null ? Languages.VIETNAMESE : language);
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setRoundingMode(RoundingMode.HALF_UP);
		if (bytes < KB) {
			return format.format(bytes) + " B";
		}
		if (Math.round((double) bytes / KB) < KB) {
			format.setMaximumFractionDigits(0);
			return format.format(Math.max(1, Math.round((double) bytes / KB))) + " KB";
		}
		format.setMinimumFractionDigits(1);
		format.setMaximumFractionDigits(1);
		return format.format(BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(MB), 1, RoundingMode.HALF_UP)) + " MB";
	}

	/** What the audit log keeps of an attachment (not its bytes: their hash). */
	java.util.Map<String, Object> auditValues() {
		java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();
		values.put("id", id);
		values.put("title", title);
		values.put("fileName", fileName);
		values.put("mediaType", mediaType);
		values.put("sizeBytes", sizeBytes);
		values.put("sha256", sha256);
		return values;
	}

}
