package vn.ocop.portal.importing;

import java.util.Optional;
import java.util.UUID;

/** The identifier of an import job (a random UUID, so that job URLs cannot be guessed). */
public record ImportJobId(UUID value) {

	public ImportJobId {
		if (value == null) {
			throw new IllegalArgumentException("An import job id needs a value");
		}
	}

	static ImportJobId random() {
		return new ImportJobId(UUID.randomUUID());
	}

	/** The id written in a URL; empty when the text is not a UUID. */
	public static Optional<ImportJobId> parse(String text) {
		try {
			return text == null ? Optional.empty() : Optional.of(new ImportJobId(UUID.fromString(text.strip())));
		}
		catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
