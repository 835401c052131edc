package vn.ocop.portal.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Strict uploads: copies a file into a temporary file while hashing it and enforcing the size
 * limit, then checks what its bytes are, trusting neither the extension nor the content type the
 * browser sent:
 * <ul>
 * <li>{@code .xlsx}: a zip whose main part is an OOXML workbook without macros;</li>
 * <li>{@code .csv}: UTF-8 text (a byte-order mark is allowed), without binary control characters;</li>
 * <li>anything else is refused, macro-enabled workbooks and old {@code .xls} with their own message.</li>
 * </ul>
 */
@Component
class ImportFiles {

	private static final Logger log = LoggerFactory.getLogger(ImportFiles.class);

	static final String WORKBOOK = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

	private static final Set<String> MACRO_EXTENSIONS = Set.of("xlsm", "xltm", "xlam", "xlsb");

	private static final Set<String> LEGACY_EXTENSIONS = Set.of("xls", "xlt");

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final int MAX_NAME = 255;

	private final ImportingProperties properties;

	ImportFiles(ImportingProperties properties) {
		this.properties = properties;
	}

	/**
	 * Receives an upload: a temporary copy that passed every check, or {@link ImportRejected}
	 * (nothing is kept then).
	 */
	ImportFile receive(InputStream content, String originalName, String csvSheet) {
		String name = fileName(originalName);
		FileFormat format = formatOf(name);
		Path copy = null;
		try {
			copy = Files.createTempFile("ocop-import-", format == FileFormat.XLSX ? ".xlsx" : ".csv");
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			long size = copy(new DigestInputStream(content, sha256), copy);
			if (size == 0) {
				throw new ImportRejected("importing.file.empty", name);
			}
			if (format == FileFormat.XLSX) {
				checkWorkbook(copy, name);
			}
			else {
				checkText(copy, name);
			}
			String sheet = csvSheet == null || csvSheet.isBlank() ? null : csvSheet.strip();
			return new ImportFile(copy, name, format, HexFormat.of().formatHex(sha256.digest()), size,
					format == FileFormat.CSV ? sheet : null);
		}
		catch (RuntimeException rejected) {
			delete(copy);
			throw rejected;
		}
		catch (IOException ex) {
			delete(copy);
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			delete(copy);
			throw new IllegalStateException(ex);
		}
	}

	/** Removes the temporary copy (quietly: a job's outcome does not depend on it). */
	void discard(ImportFile file) {
		delete(file.path());
	}

	/** The name without the folders some browsers send, at most 255 characters. */
	static String fileName(String originalName) {
		String name = originalName == null ? "" : originalName.strip();
		int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
		name = name.substring(slash + 1).replaceAll("\\p{Cntrl}", "");
		return name.isEmpty() ? "upload" : ImportProblem.truncate(name, MAX_NAME);
	}

	/** The format the extension promises; the content is checked against it afterwards. */
	static FileFormat formatOf(String name) {
		int dot = name.lastIndexOf('.');
		String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
		if (extension.equals("xlsx")) {
			return FileFormat.XLSX;
		}
		if (extension.equals("csv")) {
			return FileFormat.CSV;
		}
		if (MACRO_EXTENSIONS.contains(extension)) {
			throw new ImportRejected("importing.file.macro", name);
		}
		if (LEGACY_EXTENSIONS.contains(extension)) {
			throw new ImportRejected("importing.file.legacyExcel", name);
		}
		throw new ImportRejected("importing.file.extension", name);
	}

	private long copy(InputStream content, Path target) throws IOException {
		long max = properties.maxFileSize().toBytes();
		long size = 0;
		byte[] buffer = new byte[64 * 1024];
		try (InputStream in = content; OutputStream out = Files.newOutputStream(target)) {
			int read;
			while ((read = in.read(buffer)) >= 0) {
				size += read;
				if (size > max) {
					throw ImportRejected.tooLarge(properties.maxFileSize().toMegabytes());
				}
				out.write(buffer, 0, read);
			}
		}
		return size;
	}

	/** A zip whose main part is a macro-free workbook. */
	private static void checkWorkbook(Path file, String name) throws IOException {
		byte[] head = head(file, 8);
		if (startsWith(head, OLE2)) {
			throw new ImportRejected("importing.file.legacyExcel", name);
		}
		if (!startsWith(head, ZIP)) {
			throw new ImportRejected("importing.file.notWorkbook", name);
		}
		OPCPackage pkg;
		try {
			pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
		}
		catch (Exception | LinkageError notAPackage) {
			log.debug("{} is not an OOXML package", name, notAPackage);
			throw new ImportRejected("importing.file.notWorkbook", name);
		}
		try {
			String mainType = mainPartType(pkg);
			boolean vba = !pkg.getPartsByContentType("application/vnd.ms-office.vbaProject").isEmpty();
			if (vba || (mainType != null && mainType.contains("macroEnabled"))) {
				throw new ImportRejected("importing.file.macro", name);
			}
			if (!WORKBOOK.equals(mainType)) {
				throw new ImportRejected("importing.file.notWorkbook", name);
			}
		}
		finally {
			pkg.revert();
		}
	}

	private static String mainPartType(OPCPackage pkg) {
		try {
			for (PackageRelationship relationship : pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT)) {
				PackagePart part = pkg.getPart(relationship);
				return part == null ? null : part.getContentType();
			}
			return null;
		}
		catch (RuntimeException broken) {
			return null;
		}
	}

	/** UTF-8 text: decodes the whole file, refusing malformed bytes and binary control characters. */
	private static void checkText(Path file, String name) throws IOException {
		byte[] head = head(file, 8);
		if (startsWith(head, ZIP) || startsWith(head, OLE2) || (head.length >= 2 && head[0] == 'M' && head[1] == 'Z')) {
			throw new ImportRejected("importing.file.binary", name);
		}
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		long line = 1;
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
			in.mark(3);
			if (!startsWith(in.readNBytes(3), BOM)) {
				in.reset();
			}
			ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
			CharBuffer chars = CharBuffer.allocate(64 * 1024);
			boolean end = false;
			while (!end) {
				int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
				end = read < 0;
				if (!end) {
					bytes.position(bytes.position() + read);
				}
				bytes.flip();
				CoderResult result = decoder.decode(bytes, chars, end);
				if (result.isError()) {
					line += lines(chars, name);
					throw new ImportRejected("importing.file.notUtf8", name, line);
				}
				line += lines(chars, name);
				bytes.compact();
			}
			CoderResult flush = decoder.flush(chars);
			if (flush.isError() || bytes.position() > 0) {
				throw new ImportRejected("importing.file.notUtf8", name, line);
			}
		}
		catch (CharacterCodingException malformed) {
			throw new ImportRejected("importing.file.notUtf8", name, line);
		}
	}

	/** Counts the line breaks of the decoded characters and clears them; refuses binary controls. */
	private static long lines(CharBuffer chars, String name) {
		chars.flip();
		long lines = 0;
		while (chars.hasRemaining()) {
			char c = chars.get();
			if (c == '\n') {
				lines++;
			}
			else if (c < 0x20 && c != '\t' && c != '\r' && c != '\f') {
				throw new ImportRejected("importing.file.binary", name);
			}
		}
		chars.clear();
		return lines;
	}

	private static byte[] head(Path file, int length) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(length);
		}
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static void delete(Path path) {
		if (path == null) {
			return;
		}
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			log.warn("Could not delete the temporary import file {}", path, ex);
		}
	}

	static List<String> acceptedExtensions() {
		return List.of(".xlsx", ".csv");
	}

}
