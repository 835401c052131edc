package vn.ocop.portal.news;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.core.io.ClassPathResource;

/**
 * The demo's PDF attachment, drawn with PDFBox when the demo data loads: the schedule of the 2025
 * OCOP application rounds that the demo notice announces, one A4 page with a table, written by the
 * team in Vietnamese (invented dates, like the demo articles). The font is the DejaVu Sans the
 * reports and certificates embed (subset), so the diacritics print everywhere.
 */
final class DemoSchedulePdf {

	static final String TITLE = "Lịch tiếp nhận hồ sơ đánh giá, phân hạng sản phẩm OCOP năm 2025";

	static final String FILE_NAME = "lich-tiep-nhan-ho-so-ocop-2025.pdf";

	private static final String REGULAR = "reporting/fonts/DejaVuSans.ttf";

	private static final String BOLD = "reporting/fonts/DejaVuSans-Bold.ttf";

	private static final List<String> HEADER = List.of("Công việc", "Đợt một", "Đợt hai");

	private static final List<List<String>> ROWS = List.of(
			List.of("Chủ thể nộp hồ sơ tại ủy ban nhân dân cấp xã", "02/01 – 30/04/2025", "02/05 – 30/09/2025"),
			List.of("Cấp xã kiểm tra hồ sơ, hướng dẫn bổ sung", "15 ngày làm việc", "15 ngày làm việc"),
			List.of("Hội đồng cấp tỉnh đánh giá, chấm điểm", "Tháng 6/2025", "Tháng 11/2025"),
			List.of("Công bố kết quả, trao giấy chứng nhận", "Tháng 7/2025", "Tháng 12/2025"));

	private static final List<String> NOTES = List.of(
			"Sản phẩm có giấy chứng nhận sắp hết hạn nộp hồ sơ đánh giá lại trước ít nhất ba tháng.",
			"Mẫu hồ sơ (Mẫu 01 – 03) có tại mục Sản phẩm OCOP của cổng thông tin.",
			"Mỗi chủ thể được hướng dẫn miễn phí tại bộ phận một cửa của xã trong giờ hành chính.");

	private static final String CREDIT = "Tài liệu minh họa do nhóm phát triển OCOP Portal soạn; các mốc thời gian là giả định.";

	private static final float MARGIN = 56;

	private static final float[] WIDTHS = { 0.54f, 0.23f, 0.23f };

	private DemoSchedulePdf() {
	}

	/** The PDF's bytes (about 25 KB, most of it the two fonts' subsets). */
	static byte[] render() {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDFont regular = font(document, REGULAR);
			PDFont bold = font(document, BOLD);
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			float width = page.getMediaBox().getWidth() - 2 * MARGIN;
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				float y = page.getMediaBox().getHeight() - MARGIN;
				y = text(content, bold, 10, MARGIN, y, "VĂN PHÒNG ĐIỀU PHỐI NÔNG THÔN MỚI TỈNH");
				y = text(content, regular, 10, MARGIN, y - 4, "Kèm theo thông báo ngày 06/01/2025");
				y -= 24;
				y = text(content, bold, 14, MARGIN, y, "LỊCH TIẾP NHẬN HỒ SƠ ĐÁNH GIÁ, PHÂN HẠNG");
				y = text(content, bold, 14, MARGIN, y - 2, "SẢN PHẨM OCOP NĂM 2025");
				y -= 18;
				y = row(content, bold, MARGIN, y, width, HEADER);
				for (List<String> cells : ROWS) {
					y = row(content, regular, MARGIN, y, width, cells);
				}
				y -= 22;
				y = text(content, bold, 11, MARGIN, y, "Lưu ý");
				for (String note : NOTES) {
					y = text(content, regular, 10, MARGIN + 10, y - 4, "– " + note);
				}
				text(content, regular, 8.5f, MARGIN, MARGIN, CREDIT);
			}
			PDDocumentInformation info = document.getDocumentInformation();
			info.setTitle(TITLE);
			info.setAuthor("Nhóm phát triển OCOP Portal");
			info.setSubject("Dữ liệu minh họa");
			Calendar written = new GregorianCalendar(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
			written.clear();
			written.set(2025, Calendar.JANUARY, 6, 7, 30);
			info.setCreationDate(written);
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

	private static PDFont font(PDDocument document, String resource) throws IOException {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return PDType0Font.load(document, in, true);
		}
	}

	/** One line of text with its top at {@code top}; returns the top of the next line. */
	private static float text(PDPageContentStream content, PDFont font, float size, float x, float top, String line)
			throws IOException {
		float baseline = top - size;
		content.beginText();
		content.setFont(font, size);
		content.newLineAtOffset(x, baseline);
		content.showText(line);
		content.endText();
		return baseline - size * 0.35f;
	}

	/** One table row, framed, with its top at {@code top}; returns its bottom. */
	private static float row(PDPageContentStream content, PDFont font, float left, float top, float width, List<String> cells)
			throws IOException {
		float height = 24;
		float x = left;
		for (int i = 0; i < cells.size(); i++) {
			float cell = width * WIDTHS[i];
			content.addRect(x, top - height, cell, height);
			content.stroke();
			text(content, font, 9.5f, x + 6, top - 7, cells.get(i));
			x += cell;
		}
		return top - height;
	}

}
