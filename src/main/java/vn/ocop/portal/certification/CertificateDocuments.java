package vn.ocop.portal.certification;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * The printable certificate (A4 landscape PDF with the embedded DejaVu Sans font that reporting
 * ships, so Vietnamese text renders and can be searched, and a QR code to the public verification
 * page) and a decision's annex, the list of recognised products, as PDF and XLSX.
 */
@Component
class CertificateDocuments {

	static final String REGULAR = "reporting/fonts/DejaVuSans.ttf";

	static final String BOLD = "reporting/fonts/DejaVuSans-Bold.ttf";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final CertificationProperties properties;

	CertificateDocuments(CertificationProperties properties) {
		this.properties = properties;
	}

	/** The absolute address the certificate's QR code encodes. */
	String verificationUrl(Certificate certificate) {
		return properties.publicBaseUrl() + PublicCertificates.VERIFICATION_PATH + "/" + certificate.number();
	}

	byte[] certificatePdf(Certificate certificate, String levelIssuer) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.getDocumentInformation().setTitle("Giấy chứng nhận sản phẩm OCOP " + certificate.number());
			PDFont regular = font(document, REGULAR);
			PDFont bold = font(document, BOLD);
			PDRectangle size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
			PDPage page = new PDPage(size);
			document.addPage(page);
			float width = size.getWidth();
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.setLineWidth(3);
				content.addRect(25, 25, width - 50, size.getHeight() - 50);
				content.stroke();
				float y = size.getHeight() - 80;
				y = centred(content, bold, 14, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", width, y);
				y = centred(content, regular, 12, "Độc lập - Tự do - Hạnh phúc", width, y - 4);
				y = centred(content, bold, 24, "GIẤY CHỨNG NHẬN", width, y - 30);
				y = centred(content, bold, 16, "SẢN PHẨM OCOP ĐẠT " + certificate.star() + " SAO", width, y - 6);
				y = centred(content, regular, 12, "Số: " + certificate.number(), width, y - 6);
				y -= 20;
				y = line(content, regular, bold, "Tên sản phẩm: ", certificate.productName(), y);
				y = line(content, regular, bold, "Mã sản phẩm: ", certificate.productCode(), y);
				y = line(content, regular, bold, "Chủ thể: ", certificate.holderName(), y);
				y = line(content, regular, bold, "Hạng: ", "★".repeat(certificate.star()) + " (" + certificate.star() + " sao)", y);
				y = line(content, regular, bold, "Theo quyết định: ", certificate.decisionNumber() + " — " + levelIssuer, y);
				y = line(content, regular, bold, "Ngày cấp: ", DATE.format(certificate.issuedOn()), y);
				line(content, regular, bold, "Có giá trị đến hết ngày: ", DATE.format(certificate.expiresOn()), y);
				String url = verificationUrl(certificate);
				PDImageXObject qr = LosslessFactory.createFromImage(document, qr(url, 300));
				content.drawImage(qr, width - 200, 60, 140, 140);
				content.beginText();
				content.setFont(regular, 8);
				content.newLineAtOffset(width - 250, 48);
				content.showText("Kiểm tra hiệu lực: " + url);
				content.endText();
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The annex of a decision: one row per recognised product. */
	byte[] annexPdf(Decision decision, List<Certificate> certificates, Map<RecognitionKind, String> kindNames) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.getDocumentInformation().setTitle("Phụ lục " + decision.number());
			PDFont regular = font(document, REGULAR);
			PDFont bold = font(document, BOLD);
			PDRectangle size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
			float[] columns = { 40, 70, 200, 400, 560, 610, 690 };
			int index = 0;
			while (index < certificates.size() || index == 0) {
				PDPage page = new PDPage(size);
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					float y = size.getHeight() - 50;
					y = centred(content, bold, 13, "PHỤ LỤC: DANH SÁCH SẢN PHẨM OCOP ĐƯỢC CÔNG NHẬN", size.getWidth(), y);
					y = centred(content, regular, 10, "Kèm theo Quyết định số " + decision.number() + " ngày "
							+ DATE.format(decision.signedOn()) + " của " + decision.issuer(), size.getWidth(), y - 4);
					y -= 16;
					String[] header = { "TT", "Mã sản phẩm", "Tên sản phẩm", "Chủ thể", "Hạng sao", "Loại", "Số giấy chứng nhận" };
					y = row(content, bold, columns, header, y);
					while (index < certificates.size() && y > 40) {
						Certificate c = certificates.get(index);
						y = row(content, regular, columns, new String[] { String.valueOf(index + 1), c.productCode(),
								clip(c.productName(), 34), clip(c.holderName(), 28), c.star() + "★",
								clip(kindNames.getOrDefault(c.kind(), c.kind().name()), 12), c.number() }, y);
						index++;
					}
				}
				if (certificates.isEmpty()) {
					break;
				}
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	byte[] annexXlsx(Decision decision, List<Certificate> certificates, Map<RecognitionKind, String> kindNames) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("phu_luc");
			String[] header = { "stt", "ma_san_pham", "ten_san_pham", "chu_the", "hang_sao", "loai", "diem", "so_giay_chung_nhan",
					"ngay_cap", "ngay_het_han", "quyet_dinh" };
			Row first = sheet.createRow(0);
			for (int i = 0; i < header.length; i++) {
				first.createCell(i).setCellValue(header[i]);
			}
			int r = 1;
			for (Certificate c : certificates) {
				Row row = sheet.createRow(r);
				row.createCell(0).setCellValue(r);
				row.createCell(1).setCellValue(c.productCode());
				row.createCell(2).setCellValue(c.productName());
				row.createCell(3).setCellValue(c.holderName());
				row.createCell(4).setCellValue(c.star());
				row.createCell(5).setCellValue(kindNames.getOrDefault(c.kind(), c.kind().name()));
				if (c.score() != null) {
					row.createCell(6).setCellValue(c.score().doubleValue());
				}
				row.createCell(7).setCellValue(c.number());
				row.createCell(8).setCellValue(DATE.format(c.issuedOn()));
				row.createCell(9).setCellValue(DATE.format(c.expiresOn()));
				row.createCell(10).setCellValue(decision.number());
				r++;
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static BufferedImage qr(String text, int size) {
		try {
			Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
			hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
			hints.put(EncodeHintType.MARGIN, 2);
			BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size, hints);
			BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
			for (int x = 0; x < size; x++) {
				for (int y = 0; y < size; y++) {
					image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
				}
			}
			return image;
		}
		catch (WriterException ex) {
			throw new IllegalStateException("Cannot encode the QR code of " + text, ex);
		}
	}

	private static PDFont font(PDDocument document, String resource) throws IOException {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return PDType0Font.load(document, in);
		}
	}

	private static float centred(PDPageContentStream content, PDFont font, float size, String text, float width, float y)
			throws IOException {
		float textWidth = font.getStringWidth(text) / 1000 * size;
		content.beginText();
		content.setFont(font, size);
		content.newLineAtOffset((width - textWidth) / 2, y);
		content.showText(text);
		content.endText();
		return y - size * 1.4f;
	}

	private static float line(PDPageContentStream content, PDFont regular, PDFont bold, String label, String value, float y)
			throws IOException {
		content.beginText();
		content.setFont(regular, 13);
		content.newLineAtOffset(90, y);
		content.showText(label);
		content.setFont(bold, 13);
		content.showText(value == null ? "" : value);
		content.endText();
		return y - 24;
	}

	private static float row(PDPageContentStream content, PDFont font, float[] columns, String[] cells, float y)
			throws IOException {
		for (int i = 0; i < cells.length; i++) {
			content.beginText();
			content.setFont(font, 8.5f);
			content.newLineAtOffset(columns[i], y);
			content.showText(cells[i] == null ? "" : cells[i]);
			content.endText();
		}
		return y - 14;
	}

	private static String clip(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

}
