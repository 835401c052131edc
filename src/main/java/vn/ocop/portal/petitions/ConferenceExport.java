package vn.ocop.portal.petitions;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.portal.shared.web.Formats;

/**
 * The follow-up report of a conference for the People's Committee: every petition raised there
 * with its petitioner, lead department, deadline and answer, as XLSX (streamed with
 * {@link SXSSFWorkbook}), headers in the reader's language. For the provincial office only (the
 * petitioners' names are in it, not their contact details).
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

	@Transactional(readOnly = true)
	void write(long conferenceId, Locale locale, OutputStream out) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
			Sheet sheet = workbook.createSheet(messages.getMessage("petitions.export.sheet", null, locale));
			Row header = sheet.createRow(0);
			for (int i = 0; i < COLUMNS.size(); i++) {
				header.createCell(i).setCellValue(messages.getMessage("petitions.export.column." + COLUMNS.get(i), null, locale));
			}
			int[] next = { 1 };
			jdbc.sql("SELECT code, petitioner_name, topic_code, title, content, lead_department, status, answer_deadline,"
					+ " answered_on, answer_text FROM petitions_petition WHERE conference_id = :id ORDER BY code")
				.param("id", conferenceId)
				.query(rs -> {
					Row row = sheet.createRow(next[0]++);
					String[] values = { rs.getString(1), rs.getString(2), lists.topicName(rs.getString(3), locale),
							rs.getString(4), rs.getString(5), lists.departmentName(rs.getString(6), locale),
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
