package vn.ocop.portal.ocop;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of scorecards: the import and export format ({@link ScorecardSet}, root field
 * {@code format = "ocop-scorecards/1"}), the stored {@code definition} column, and the content hash
 * that tells whether a scorecard changed. Strict: unknown fields and missing numbers are errors.
 */
final class ScorecardJson {

	static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
		.build();

	private static final JsonMapper PRETTY = MAPPER.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();

	private ScorecardJson() {
	}

	/** The result of reading a file: the set, or the problems that kept it from being read. */
	record Read(ScorecardSet set, List<ScorecardProblem> problems) {
	}

	static Read read(InputStream in) {
		try {
			return new Read(MAPPER.readValue(in, ScorecardSet.class), List.of());
		}
		catch (DatabindException ex) {
			String path = ex.getPath().isEmpty() ? "file" : ex.getPathReference();
			return new Read(null, List.of(ScorecardProblem.of(path, "json", shortMessage(ex))));
		}
		catch (JacksonException ex) {
			String where = ex.getLocation() == null ? "file" : "line " + ex.getLocation().getLineNr();
			return new Read(null, List.of(ScorecardProblem.of(where, "json", shortMessage(ex))));
		}
	}

	static void write(ScorecardSet set, OutputStream out) {
		PRETTY.writeValue(out, set);
	}

	static String definition(ScorecardDefinition definition) {
		return MAPPER.writeValueAsString(definition);
	}

	static ScorecardDefinition definition(String json) {
		return MAPPER.readValue(json, ScorecardDefinition.class);
	}

	/** SHA-256 of the canonical JSON of a definition. */
	static String hash(ScorecardDefinition definition) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(definition(definition).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String shortMessage(JacksonException ex) {
		String message = ex.getOriginalMessage();
		if (message == null) {
			return ex.getClass().getSimpleName();
		}
		message = message.replaceAll("\\(class [^)]*\\)", "").replaceAll("\\s+", " ").strip();
		return message.length() > 300 ? message.substring(0, 300) + "…" : message;
	}

}
