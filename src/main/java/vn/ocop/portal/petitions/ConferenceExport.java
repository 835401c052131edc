package vn.ocop.portal.petitions;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.portal.shared.web.Formats;

/**
 * The follow-up report of a conference for the People's Committee: every petition raised there
 * with its petitioner, lead department, deadline and answer, as XLSX (streamed with
 * {@link SXSSFWorkbook}) or as DOCX (a Word document with the conference's heading, a summary table
 * and each petition's content and answer), in the reader's language. For the provincial office
 * only (the petitioners' names are in it, not their contact details).
 */
@Component
class ConferenceExport {

	private static final List<String> COLUMNS = List.of("code", "petitioner", "topic", "title", "content", "leadDepartment",
			"status", "answerDeadline", "answeredOn", "answer");

	private final JdbcClient jdbc;

	private final ReferenceLists lists;

	private final MessageSource messages;

	private final Formats formats;

	ConferenceExport(JdbcClient jdbc, ReferenceLists lists, MessageSource messages, Formats formats) {
		this.jdbc = jdbc;
		this.lists = lists;
		this.messages = messages;
		this.formats = formats;
	}

	/** The petitions of a conference, in code order, with names and dates in the reader's language. */
	private List<String[]> rows(long conferenceId, Locale locale) {
		ReferenceLists.Names names = lists.names(locale);
		return jdbc.sql("SELECT code, petitioner_name, topic_code, title, content, lead_department, status, answer_deadline,"
				+ " answered_on, answer_text FROM petitions_petition WHERE conference_id = :id ORDER BY code")
			.param("id", conferenceId)
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), names.topic(rs.getString(3)),
					rs.getString(4), rs.getString(5), names.department(rs.getString(6)),
					messages.getMessage(PetitionStatus.valueOf(rs.getString(7)).messageKey(), null, locale),
					formats.date(rs.getObject(8, LocalDate.class)), formats.date(rs.getObject(9, LocalDate.class)),
					rs.getString(10) })
			.list();
	}

	/**
	 * The report as a Word document: the conference (title, date, place, chair), a table of its
	 * petitions (code, petitioner, topic, title, lead department, status, answer due, answered on)
	 * and, for each petition, its content and answer.
	 */
	@Transactional(readOnly = true)
	void writeDocx(Conferences.Conference conference, Locale locale, OutputStream out) throws IOException {
		List<String[]> rows = rows(conference.id(), locale);
		try (XWPFDocument document = new XWPFDocument()) {
			XWPFParagraph heading = document.createParagraph();
			heading.setAlignment(ParagraphAlignment.CENTER);
			XWPFRun title = heading.createRun();
			title.setBold(true);
			title.setFontSize(14);
			title.setText(messages.getMessage("petitions.export.docx.title", null, locale));
			paragraph(document, conference.title(), true);
			paragraph(document, messages.getMessage("petitions.export.docx.conference", new Object[] {
					formats.date(conference.heldOn()), conference.place(), conference.chair(), rows.size() }, locale), false);
			List<Integer> summary = List.of(0, 1, 2, 3, 5, 6, 7, 8);
			XWPFTable table = document.createTable(rows.size() + 1, summary.size());
			table.setWidth("100%");
			for (int c = 0; c < summary.size(); c++) {
				cell(table.getRow(0), c, messages.getMessage("petitions.export.column." + COLUMNS.get(summary.get(c)), null, locale), true);
			}
			for (int r = 0; r < rows.size(); r++) {
				for (int c = 0; c < summary.size(); c++) {
					cell(table.getRow(r + 1), c, rows.get(r)[summary.get(c)], false);
				}
			}
			for (String[] row : rows) {
				paragraph(document, row[0] + " — " + row[3], true);
				paragraph(document, messages.getMessage("petitions.export.column.content", null, locale) + ": " + row[4], false);
				paragraph(document, messages.getMessage("petitions.export.column.answer", null, locale) + ": "
						+ (row[9] == null ? messages.getMessage("petitions.export.docx.noAnswer", null, locale) : row[9]), false);
			}
			document.write(out);
		}
	}

	private static void paragraph(XWPFDocument document, String text, boolean bold) {
		XWPFRun run = document.createParagraph().createRun();
		run.setBold(bold);
		run.setText(text == null ? "" : text);
	}

	private static void cell(XWPFTableRow row, int column, String text, boolean bold) {
		XWPFParagraph paragraph = row.getCell(column).getParagraphs().get(0);
		XWPFRun run = paragraph.createRun();
		run.setBold(bold);
		run.setText(text == null ? "" : text);
	}

	@Transactional(readOnly = true)
	void write(long conferenceId, Locale locale, OutputStream out) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
			Sheet sheet = workbook.createSheet(messages.getMessage("petitions.export.sheet", null, locale));
			Row header = sheet.createRow(0);
			for (int i = 0; i < COLUMNS.size(); i++) {
				header.createCell(i).setCellValue(messages.getMessage("petitions.export.column." + COLUMNS.get(i), null, locale));
			}
			int[] next = { 1 };
			ReferenceLists.Names names = lists.names(locale);
			jdbc.sql("SELECT code, petitioner_name, topic_code, title, content, lead_department, status, answer_deadline,"
					+ " answered_on, answer_text FROM petitions_petition WHERE conference_id = :id ORDER BY code")
				.param("id", conferenceId)
				.query(rs -> {
					Row row = sheet.createRow(next[0]++);
					String[] values = { rs.getString(1), rs.getString(2), names.topic(rs.getString(3)),
							rs.getString(4), rs.getString(5), names.department(rs.getString(6)),
							messages.getMessage(PetitionStatus.valueOf(rs.getString(7)).messageKey(), null, locale),
							formats.date(rs.getObject(8, LocalDate.class)), formats.date(rs.getObject(9, LocalDate.class)),
							rs.getString(10) };
					for (int i = 0; i < values.length; i++) {
						row.createCell(i).setCellValue(values[i] == null ? "" : values[i]);
					}
				});
			workbook.write(out);
		}
	}

}
