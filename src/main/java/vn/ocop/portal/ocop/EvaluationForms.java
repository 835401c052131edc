package vn.ocop.portal.ocop;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The forms of 26/2026 Phụ lục III pre-filled from an application: Mẫu 01 (registration), Mẫu 02
 * (self-assessment), Mẫu 03 (the commune's report), as DOCX (Apache POI) and PDF (PDFBox with the
 * DejaVu font the project ships under {@code reporting/fonts}). The headings and labels are the
 * message bundle's ({@code ocop.form.*}), so the forms follow the page's language; the values are
 * the application's.
 */
@Component
class EvaluationForms {

	enum Form {
		M01, M02, M03;

		static Form of(String code) {
			return switch (code) {
				case "mau-01" -> M01;
				case "mau-02" -> M02;
				case "mau-03" -> M03;
				default -> throw new OcopRecordNotFound("form " + code);
			};
		}
	}

	/** A form as lines: a title, then label and value pairs. */
	record Content(String header, String title, List<String[]> rows, String signature) {
	}

	private final MessageSource messages;

	EvaluationForms(MessageSource messages) {
		this.messages = messages;
	}

	Content content(Form form, Application application, Round round, Locale locale) {
		List<String[]> rows = new ArrayList<>();
		rows.add(row("ocop.form.subject", application.subjectName(), locale));
		rows.add(row("ocop.form.product", application.productName() + (application.productCode() == null ? ""
				: " (" + application.productCode() + ")"), locale));
		rows.add(row("ocop.form.kind", text(application.kind().messageKey(), locale), locale));
		rows.add(row("ocop.form.round", round.label() + " — " + text(round.level().messageKey(), locale), locale));
		List<String> fields = switch (form) {
			case M01 -> Application.REGISTRATION_FIELDS;
			case M02 -> Application.SELF_ASSESSMENT_FIELDS;
			case M03 -> Application.COMMUNE_FIELDS;
		};
		java.util.Map<String, String> values = switch (form) {
			case M01 -> application.registration();
			case M02 -> application.selfAssessment();
			case M03 -> application.communeReport();
		};
		for (String field : fields) {
			rows.add(row("ocop.form.field." + field, values.getOrDefault(field, ""), locale));
		}
		String key = "ocop.form." + form.name().toLowerCase(Locale.ROOT);
		return new Content(text("ocop.form.nation", locale), text(key + ".title", locale), rows, text(key + ".signature", locale));
	}

	private String[] row(String key, String value, Locale locale) {
		return new String[] { text(key, locale), value == null || value.isBlank() ? "…" : value };
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	byte[] docx(Content content) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			paragraph(document, content.header(), true, ParagraphAlignment.CENTER);
			paragraph(document, content.title(), true, ParagraphAlignment.CENTER);
			for (String[] row : content.rows()) {
				XWPFParagraph paragraph = document.createParagraph();
				XWPFRun label = paragraph.createRun();
				label.setBold(true);
				label.setText(row[0] + ": ");
				paragraph.createRun().setText(row[1]);
			}
			paragraph(document, content.signature(), true, ParagraphAlignment.RIGHT);
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void paragraph(XWPFDocument document, String text, boolean bold, ParagraphAlignment alignment) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setAlignment(alignment);
		XWPFRun run = paragraph.createRun();
		run.setBold(bold);
		run.setText(text);
	}

	private static final float MARGIN = 56;

	byte[] pdf(Content content) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDFont regular;
			PDFont bold;
			try (InputStream in = new ClassPathResource("reporting/fonts/DejaVuSans.ttf").getInputStream()) {
				regular = PDType0Font.load(document, in);
			}
			try (InputStream in = new ClassPathResource("reporting/fonts/DejaVuSans-Bold.ttf").getInputStream()) {
				bold = PDType0Font.load(document, in);
			}
			Writer writer = new Writer(document);
			writer.write(content.header(), bold, 11);
			writer.write(content.title(), bold, 13);
			writer.gap();
			for (String[] row : content.rows()) {
				writer.write(row[0] + ":", bold, 10);
				writer.write(row[1], regular, 10);
			}
			writer.gap();
			writer.write(content.signature(), bold, 10);
			writer.close();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Lines on A4 pages, wrapped to the width, a new page when full. */
	private static final class Writer {

		private final PDDocument document;

		private PDPageContentStream stream;

		private float y;

		Writer(PDDocument document) throws IOException {
			this.document = document;
			newPage();
		}

		private void newPage() throws IOException {
			if (stream != null) {
				stream.close();
			}
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			stream = new PDPageContentStream(document, page);
			y = PDRectangle.A4.getHeight() - MARGIN;
		}

		void gap() {
			y -= 8;
		}

		void write(String text, PDFont font, float size) throws IOException {
			float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
			for (String paragraph : Normalizer.normalize(text, Normalizer.Form.NFC).replace('\t', ' ').split("\\R")) {
				for (String line : wrap(paragraph, font, size, width)) {
					if (y < MARGIN + size) {
						newPage();
					}
					y -= size * 1.4f;
					stream.beginText();
					stream.setFont(font, size);
					stream.newLineAtOffset(MARGIN, y);
					stream.showText(line);
					stream.endText();
				}
			}
		}

		void close() throws IOException {
			stream.close();
		}

		private static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
			List<String> lines = new ArrayList<>();
			StringBuilder line = new StringBuilder();
			for (String word : text.split(" ")) {
				String candidate = line.isEmpty() ? word : line + " " + word;
				if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
					lines.add(line.toString());
					line = new StringBuilder(word);
				}
				else {
					line = new StringBuilder(candidate);
				}
			}
			lines.add(line.toString());
			return lines;
		}

	}

}
