package vn.ocop.portal.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** A real workbook turned into a macro-enabled one (.xlsm content), to be uploaded under a .xlsx name. */
final class MacroWorkbooks {

	private MacroWorkbooks() {
	}

	static byte[] withMacroContentType(Path xlsx) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipFile in = new ZipFile(xlsx.toFile()); ZipOutputStream out = new ZipOutputStream(bytes)) {
			Enumeration<? extends ZipEntry> entries = in.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				byte[] content;
				try (InputStream entryContent = in.getInputStream(entry)) {
					content = entryContent.readAllBytes();
				}
				if (entry.getName().equals("[Content_Types].xml")) {
					content = new String(content, StandardCharsets.UTF_8)
						.replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
								"application/vnd.ms-excel.sheet.macroEnabled.main+xml")
						.getBytes(StandardCharsets.UTF_8);
				}
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(content);
				out.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}


}
