package vn.ocop.portal.news;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * The strict check of an uploaded attachment: the content must be a PDF by its bytes — the
 * {@code %PDF-1.x} / {@code %PDF-2.x} header at the very start and the {@code %%EOF} marker in the
 * last kilobyte (a truncated file or one with something appended is refused) — whatever the
 * browser claims as type and whatever the name; at most {@code ocop.news.max-attachment-size}. The
 * file name is reduced to letters, digits, spaces and {@code . _ ( ) -}, without any path, and
 * always ends in {@code .pdf}.
 */
@Component
class PdfFiles {

	static final String MEDIA_TYPE = "application/pdf";

	/** The longest stored file name, without the {@code .pdf}. */
	static final int NAME_LENGTH = 120;

	private static final int TRAILER_WINDOW = 1024;

	private final NewsProperties properties;

	PdfFiles(NewsProperties properties) {
		this.properties = properties;
	}

	/** Checks the upload; throws {@link NewsRuleViolation} naming the reason. */
	Checked check(String originalName, byte[] content) {
		if (content == null || content.length == 0) {
			throw new NewsRuleViolation("news.attachment.rule.empty");
		}
		if (content.length > properties.maxAttachmentSize().toBytes()) {
			throw new NewsRuleViolation("news.attachment.rule.tooLarge");
		}
		if (!isPdf(content)) {
			throw new NewsRuleViolation("news.attachment.rule.notPdf");
		}
		return new Checked(fileName(originalName), MEDIA_TYPE, content, sha256(content));
	}

	/** The PDF header at offset 0 and the end-of-file marker near the end. */
	static boolean isPdf(byte[] content) {
		if (content.length < 16) {
			return false;
		}
		String head = new String(content, 0, 8, StandardCharsets.ISO_8859_1);
		if (!head.matches("%PDF-[12]\\.\\d")) {
			return false;
		}
		int from = Math.max(0, content.length - TRAILER_WINDOW);
		String tail = new String(content, from, content.length - from, StandardCharsets.ISO_8859_1);
		return tail.contains("%%EOF");
	}

	/** A safe name: no directories, no control or markup characters, ends in {@code .pdf}. */
	static String fileName(String original) {
		String name = original == null ? "" : original;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = Normalizer.normalize(name, Normalizer.Form.NFC);
		if (name.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
			name = name.substring(0, name.length() - 4);
		}
		name = name.replaceAll("[^\\p{L}\\p{M}\\p{N} ._()-]", "_")
			.replaceAll("\\s+", " ")
			.replaceAll("_{2,}", "_")
			.replaceAll("^[ ._-]+|[ ._-]+$", "");
		if (name.length() > NAME_LENGTH) {
			name = name.substring(0, NAME_LENGTH).strip();
		}
		return (name.isEmpty() ? "tai-lieu" : name) + ".pdf";
	}

	/** The name with ASCII letters only, for clients that do not read {@code filename*}. */
	static String asciiFileName(String fileName) {
		String stem = fileName.toLowerCase(Locale.ROOT).endsWith(".pdf") ? fileName.substring(0, fileName.length() - 4) : fileName;
		return Slugs.of(stem) + ".pdf";
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	/** An accepted file: its safe name, sniffed type, bytes and hash. */
	record Checked(String fileName, String mediaType, byte[] content, String sha256) {
	}

}
