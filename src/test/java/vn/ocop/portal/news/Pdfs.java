package vn.ocop.portal.news;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Random;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Real PDF files for tests (PDFBox): one page of text, padded with an unfiltered stream to about the wanted size. */
final class Pdfs {

	private Pdfs() {
	}

	static byte[] document(String text, int paddingBytes) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 720);
				content.showText(text);
				content.endText();
			}
			if (paddingBytes > 0) {
				byte[] padding = new byte[paddingBytes];
				new Random(42).nextBytes(padding);
				PDStream stream = new PDStream(document);
				try (OutputStream raw = stream.createOutputStream()) {
					raw.write(padding);
				}
				page.getCOSObject().setItem(COSName.getPDFName("OcopTestPadding"), stream);
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

	static byte[] small(String text) {
		return document(text, 0);
	}

}
