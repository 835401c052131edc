package vn.ocop.portal.registry;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;

import vn.ocop.portal.importing.ColumnDefinition;
import vn.ocop.portal.importing.SheetDefinition;

/**
 * Exports of the back-office list (same filters, same data scope) and of the annual updates of a
 * year and of the union memberships, as XLSX (streamed with {@link SXSSFWorkbook}) or CSV (UTF-8
 * with a byte-order mark), in the columns of the import sheets {@code to-chuc},
 * {@code cap-nhat-hang-nam} and {@code thanh-vien-lien-hiep}: an export imports again unchanged.
 */
@Controller
@RequestMapping("/backoffice/registry")
class RegistryExportController {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final Organisations organisations;

	RegistryExportController(Organisations organisations) {
		this.organisations = organisations;
	}

	@GetMapping("/export.{format:xlsx|csv}")
	@PreAuthorize("@registryAccess.mayUseRegistry()")
	void exportOrganisations(@PathVariable String format, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String status, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String date, @RequestParam(required = false) String sector,
			@RequestParam(required = false) String year, @RequestParam(required = false) String update,
			@RequestParam(required = false) String q, HttpServletResponse response) throws IOException {
		OrganisationQuery query = query(kind, status, unit, date, sector, year, update, q);
		write(response, format, OrganisationSheet.DEFINITION, rows -> organisations.exportOrganisations(query, rows));
	}

	@GetMapping("/annual-updates/export.{format:xlsx|csv}")
	@PreAuthorize("@registryAccess.mayUseRegistry()")
	void exportAnnualUpdates(@PathVariable String format, @RequestParam String year,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String status,
			@RequestParam(required = false) String unit, @RequestParam(required = false) String date,
			@RequestParam(required = false) String sector, @RequestParam(required = false) String q,
			HttpServletResponse response) throws IOException {
		OrganisationQuery query = query(kind, status, unit, date, sector, year, null, q);
		if (query.year() == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "registry.list.problem.year");
		}
		int reportingYear = query.year();
		write(response, format, AnnualUpdateSheet.DEFINITION,
				rows -> organisations.exportAnnualUpdates(query, reportingYear, rows));
	}

	/**
	 * The union memberships of the organisations of the filtered list (as union or as member
	 * cooperative) whose union and cooperative both lie in the caller's scope, in the columns of
	 * the sheet {@code thanh-vien-lien-hiep}.
	 */
	@GetMapping("/union-memberships/export.{format:xlsx|csv}")
	@PreAuthorize("@registryAccess.mayUseRegistry()")
	void exportUnionMemberships(@PathVariable String format, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String status, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String date, @RequestParam(required = false) String sector,
			@RequestParam(required = false) String year, @RequestParam(required = false) String update,
			@RequestParam(required = false) String q, HttpServletResponse response) throws IOException {
		OrganisationQuery query = query(kind, status, unit, date, sector, year, update, q);
		write(response, format, UnionMembershipSheet.DEFINITION, rows -> organisations.exportUnionMemberships(query, rows));
	}

	private static OrganisationQuery query(String kind, String status, String unit, String date, String sector, String year,
			String update, String q) {
		List<String> problems = new ArrayList<>();
		OrganisationQuery query = OrganisationController.query(kind, status, unit, date, sector, year, update, q, null, null,
				OrganisationQuery.MAX_PAGE_SIZE, problems);
		if (!problems.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, problems.get(0));
		}
		return query;
	}

	private static void write(HttpServletResponse response, String format, SheetDefinition sheet,
			Consumer<Consumer<List<String>>> source) throws IOException {
		List<String> headers = sheet.columns().stream().map(ColumnDefinition::name).toList();
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(sheet.name() + "." + format).build().toString());
		if (format.equals("csv")) {
			response.setContentType("text/csv;charset=UTF-8");
			OutputStream out = response.getOutputStream();
			out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(headers.toArray(String[]::new)).get());
			source.accept(row -> {
				try {
					printer.printRecord(row);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
			printer.flush();
			return;
		}
		response.setContentType(XLSX);
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
			CellStyle text = workbook.createCellStyle();
			text.setDataFormat(workbook.createDataFormat().getFormat("@"));
			Sheet out = workbook.createSheet(sheet.name());
			Row header = out.createRow(0);
			for (int c = 0; c < headers.size(); c++) {
				header.createCell(c).setCellValue(headers.get(c));
			}
			int[] next = { 1 };
			source.accept(values -> {
				Row row = out.createRow(next[0]++);
				for (int c = 0; c < values.size(); c++) {
					String value = values.get(c);
					if (value != null && !value.isEmpty()) {
						org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
						cell.setCellStyle(text);
						cell.setCellValue(value);
					}
				}
			});
			workbook.write(response.getOutputStream());
		}
	}

}
