package vn.ocop.portal.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The attachment checks without the application: PDF sniffing, safe names, sizes as people read them. */
class PdfFilesTests {

	final PdfFiles files = new PdfFiles(new NewsProperties(10, java.time.Duration.ofMinutes(1), DataSize.ofMegabytes(8), 1200,
			400, "", DataSize.ofKilobytes(64)));

	@Test
	void aPdfIsKnownByItsHeaderAndItsEndMarkerWhateverItsNameOrClaimedType() {
		byte[] pdf = Pdfs.small("Van ban");
		PdfFiles.Checked checked = files.check("bao-cao.docx", pdf);
		assertThat(checked.mediaType()).isEqualTo("application/pdf");
		assertThat(checked.fileName()).isEqualTo("bao-cao.docx.pdf");
		assertThat(checked.sha256()).hasSize(64);

		assertThat(PdfFiles.isPdf("%PDF-1.7\n1 0 obj<<>>endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII))).isTrue();
		assertThat(PdfFiles.isPdf("<html>%PDF-1.7 %%EOF</html>".getBytes(StandardCharsets.US_ASCII))).as("header not first").isFalse();
		assertThat(PdfFiles.isPdf("%PDF-9.9\n1 0 obj<<>>endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII))).isFalse();
		assertThat(PdfFiles.isPdf(java.util.Arrays.copyOf(pdf, pdf.length - 10))).as("cut short").isFalse();
		assertThatThrownBy(() -> files.check("a.pdf", "GIF89a............".getBytes(StandardCharsets.US_ASCII)))
			.hasMessage("news.attachment.rule.notPdf");
		assertThatThrownBy(() -> files.check("a.pdf", new byte[0])).hasMessage("news.attachment.rule.empty");
		assertThatThrownBy(() -> files.check("a.pdf", Pdfs.document("Lon", 70 * 1024))).hasMessage("news.attachment.rule.tooLarge");
	}

	@Test
	void fileNamesLoseTheirPathsAndMarkupAndAlwaysEndInPdf() {
		assertThat(PdfFiles.fileName("C:\\Users\\lan\\Kế hoạch 2023.PDF")).isEqualTo("Kế hoạch 2023.pdf");
		assertThat(PdfFiles.fileName("../../etc/passwd")).isEqualTo("passwd.pdf");
		assertThat(PdfFiles.fileName("<img src=x onerror=alert(1)>.pdf")).isEqualTo("img src_x onerror_alert(1).pdf");
		assertThat(PdfFiles.fileName("\"quoted\";\r\nX-Header: 1.pdf")).isEqualTo("quoted_X-Header_ 1.pdf");
		assertThat(PdfFiles.fileName("...")).isEqualTo("tai-lieu.pdf");
		assertThat(PdfFiles.fileName(null)).isEqualTo("tai-lieu.pdf");
		// decomposed Vietnamese (as macOS sends it) is stored composed
		assertThat(PdfFiles.fileName("Ba\u0300i.pdf")).isEqualTo("Bài.pdf");
		assertThat(PdfFiles.fileName("a".repeat(300) + ".pdf")).hasSize(PdfFiles.NAME_LENGTH + 4);
		assertThat(PdfFiles.asciiFileName("Kế hoạch _OCOP_ 2023.pdf")).isEqualTo("ke-hoach-ocop-2023.pdf");
	}

	@Test
	void sizesAreWrittenAsVietnameseAndEnglishReadersWriteThem() {
		Locale vi = Locale.forLanguageTag("vi-VN");
		assertThat(Attachment.sizeLabel(1_258_291, vi)).isEqualTo("1,2 MB");
		assertThat(Attachment.sizeLabel(1_258_291, Locale.ENGLISH)).isEqualTo("1.2 MB");
		assertThat(Attachment.sizeLabel(15 * 1024 * 1024 + 600_000, vi)).isEqualTo("15,6 MB");
		assertThat(Attachment.sizeLabel(870_400, vi)).isEqualTo("850 KB");
		assertThat(Attachment.sizeLabel(1_048_400, vi)).as("not 1.024 KB").isEqualTo("1,0 MB");
		assertThat(Attachment.sizeLabel(900, vi)).isEqualTo("900 B");
		assertThat(AttachmentController.contentDisposition("Kế hoạch.pdf"))
			.isEqualTo("attachment; filename=\"ke-hoach.pdf\"; filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch.pdf");
	}

}
