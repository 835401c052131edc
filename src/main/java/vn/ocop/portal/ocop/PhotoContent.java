package vn.ocop.portal.ocop;

import java.util.Optional;

/**
 * The image types accepted for product photos, recognised from the first bytes of the file: the
 * content type a browser declares is not trusted.
 */
enum PhotoContent {

	JPEG("image/jpeg"), PNG("image/png"), WEBP("image/webp");

	private final String contentType;

	PhotoContent(String contentType) {
		this.contentType = contentType;
	}

	String contentType() {
		return contentType;
	}

	/** The image type of the bytes, if they start like a JPEG, PNG or WebP file. */
	static Optional<PhotoContent> sniff(byte[] bytes) {
		if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
			return Optional.of(JPEG);
		}
		if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of(PNG);
		}
		if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
			return Optional.of(WEBP);
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] bytes, int offset, int... expected) {
		if (bytes == null || bytes.length < offset + expected.length) {
			return false;
		}
		for (int i = 0; i < expected.length; i++) {
			if ((bytes[offset + i] & 0xFF) != expected[i]) {
				return false;
			}
		}
		return true;
	}

}
