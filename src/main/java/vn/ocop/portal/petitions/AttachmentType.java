package vn.ocop.portal.petitions;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file accepted as attachments, recognised by their first bytes (the name and the
 * type the browser claims are not trusted): PDF, JPEG, PNG, Office Open XML (DOCX, XLSX) and
 * OpenDocument text/sheets (ZIP containers, told apart by the file's extension), and the old
 * Office binary formats (DOC, XLS).
 */
enum AttachmentType {

	PDF("application/pdf", new byte[] { '%', 'P', 'D', 'F', '-' }, "pdf"),
	JPEG("image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }, "jpg", "jpeg"),
	PNG("image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A }, "png"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Zip.MAGIC, "docx"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Zip.MAGIC, "xlsx"),
	ODT("application/vnd.oasis.opendocument.text", Zip.MAGIC, "odt"),
	ODS("application/vnd.oasis.opendocument.spreadsheet", Zip.MAGIC, "ods"),
	DOC("application/msword", Ole.MAGIC, "doc"),
	XLS("application/vnd.ms-excel", Ole.MAGIC, "xls");

	private final String mediaType;

	private final byte[] magic;

	private final String[] extensions;

	AttachmentType(String mediaType, byte[] magic, String... extensions) {
		this.mediaType = mediaType;
		this.magic = magic;
		this.extensions = extensions;
	}

	String mediaType() {
		return mediaType;
	}

	/** The type whose signature the content starts with and whose extension the name has. */
	static Optional<AttachmentType> sniff(String fileName, byte[] content) {
		String extension = extension(fileName);
		return Arrays.stream(values())
			.filter(type -> startsWith(content, type.magic))
			.filter(type -> Arrays.asList(type.extensions).contains(extension))
			.findFirst();
	}

	private static String extension(String fileName) {
		if (fileName == null) {
			return "";
		}
		int dot = fileName.lastIndexOf('.');
		return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (content[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static final class Zip {

		static final byte[] MAGIC = { 'P', 'K', 3, 4 };

	}

	private static final class Ole {

		static final byte[] MAGIC = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };

	}

}
