package vn.ocop.portal.ocop;

import java.util.Optional;

/**
 * The documents of an application (26/2026 Art. 6) and the file types accepted, recognised from the
 * first bytes (the declared content type is not trusted): PDF, JPEG, PNG, and the Office Open XML
 * formats (a ZIP whose name ends in .docx or .xlsx).
 */
enum DocumentType {

	REGISTRATION, SELF_ASSESSMENT, LEGAL_PAPER, TEST_REPORT, LABEL, OTHER;

	public String messageKey() {
		return "ocop.document.type." + name();
	}

	/** The content type of the bytes, if they are an accepted kind of file. */
	static Optional<String> sniff(String fileName, byte[] bytes) {
		if (starts(bytes, '%', 'P', 'D', 'F', '-')) {
			return Optional.of("application/pdf");
		}
		if (starts(bytes, 0xFF, 0xD8, 0xFF)) {
			return Optional.of("image/jpeg");
		}
		if (starts(bytes, 0x89, 'P', 'N', 'G')) {
			return Optional.of("image/png");
		}
		String name = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
		if (starts(bytes, 'P', 'K', 3, 4)) {
			if (name.endsWith(".docx")) {
				return Optional.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
			}
			if (name.endsWith(".xlsx")) {
				return Optional.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
			}
		}
		return Optional.empty();
	}

	private static boolean starts(byte[] bytes, int... expected) {
		if (bytes == null || bytes.length < expected.length) {
			return false;
		}
		for (int i = 0; i < expected.length; i++) {
			if ((bytes[i] & 0xFF) != expected[i]) {
				return false;
			}
		}
		return true;
	}

}
