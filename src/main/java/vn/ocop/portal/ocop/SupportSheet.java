package vn.ocop.portal.ocop;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.ocop.portal.identity.ScopedUser;
import vn.ocop.portal.importing.ColumnDefinition;
import vn.ocop.portal.importing.ColumnType;
import vn.ocop.portal.importing.ImportContext;
import vn.ocop.portal.importing.ImportRow;
import vn.ocop.portal.importing.RowProblems;
import vn.ocop.portal.importing.SheetDefinition;
import vn.ocop.portal.importing.SheetImporter;
import vn.ocop.portal.importing.StoreCounts;

/**
 * The sheet {@code ho-tro-ocop} (alias {@code ocop-support}) of the common importer: one support
 * record per row, upserted by kind, product or subject, and year, under the rules of
 * {@link SupportRecords} with the importing officer's scope (a local officer: their unit's
 * subjects only); every created or changed record is audited.
 */
@Component
class SupportSheet implements SheetImporter<SupportSheet.Row> {

	static final String SHEET = "ho-tro-ocop";

	/** The kinds as the sheet writes them. */
	static final Map<String, SupportKind> KINDS = Map.of("truy-xuat", SupportKind.TRACEABILITY, "chuoi-gia-tri",
			SupportKind.VALUE_CHAIN, "chat-luong-quy-mo", SupportKind.QUALITY_SCALE, "cung-co", SupportKind.CONSOLIDATION,
			"chu-the-moi", SupportKind.NEW_SUBJECT);

	static final SheetDefinition DEFINITION = SheetDefinition.of(SHEET, "ocop.support.import.sheet",
			"ocop.support.import.sheet.description",
			ColumnDefinition.required("loai-ho-tro", ColumnType.CODE, "ocop.support.import.column.kind").alias("kind")
				.maxLength(20).example("truy-xuat"),
			ColumnDefinition.optional("ma-san-pham", ColumnType.CODE, "ocop.support.import.column.product").alias("product-code")
				.maxLength(40).example("06-061-012-2022"),
			ColumnDefinition.optional("chu-the", ColumnType.CODE, "ocop.support.import.column.subject").alias("subject")
				.maxLength(64).example("HTX-DEMO-0001"),
			ColumnDefinition.required("nam", ColumnType.INTEGER, "ocop.support.import.column.year").alias("year").example("2022"),
			ColumnDefinition.optional("ngay", ColumnType.DATE, "ocop.support.import.column.date").alias("date")
				.example("15/06/2022"),
			ColumnDefinition.optional("chuong-trinh", ColumnType.TEXT, "ocop.support.import.column.programme").alias("programme")
				.maxLength(SupportRecords.TEXT_MAX).example("Chương trình OCOP tỉnh"),
			ColumnDefinition.optional("nguon-kinh-phi", ColumnType.TEXT, "ocop.support.import.column.funding")
				.alias("funding-source").maxLength(SupportRecords.TEXT_MAX).example("Ngân sách tỉnh"),
			ColumnDefinition.optional("ghi-chu", ColumnType.TEXT, "ocop.support.import.column.note").alias("note")
				.maxLength(SupportRecords.NOTE_MAX).example("Tem truy xuất QR"))
		.alias("ocop-support")
		.key("loai-ho-tro", "ma-san-pham", "chu-the", "nam")
		.order(400);

	record Row(SupportKind kind, String productCode, String subject, Integer year, LocalDate date, String programme,
			String funding, String note) {
	}

	private final SupportRecords records;

	private final OcopProductStore products;

	SupportSheet(SupportRecords records, OcopProductStore products) {
		this.records = records;
		this.products = products;
	}

	@Override
	public SheetDefinition definition() {
		return DEFINITION;
	}

	@Override
	public boolean mayImport(ScopedUser user) {
		return SupportRecords.isOfficer(user);
	}

	@Override
	public Row parse(ImportRow row, RowProblems problems) {
		String kindText = row.code("loai-ho-tro");
		SupportKind kind = null;
		if (kindText != null) {
			String normal = kindText.strip().toLowerCase(Locale.ROOT);
			kind = KINDS.get(normal);
			if (kind == null) {
				kind = Arrays.stream(SupportKind.values()).filter(k -> k.name().equalsIgnoreCase(normal)).findFirst().orElse(null);
			}
			if (kind == null) {
				problems.add("loai-ho-tro", "ocop.support.import.problem.kind", kindText.strip());
			}
		}
		Long year = row.integer("nam");
		return new Row(kind, row.code("ma-san-pham"), row.code("chu-the"),
				year == null || year > Integer.MAX_VALUE || year < Integer.MIN_VALUE ? null : year.intValue(), row.date("ngay"),
				row.text("chuong-trinh"), row.text("nguon-kinh-phi"), row.text("ghi-chu"));
	}

	@Override
	public String key(Row row) {
		String target = row.kind() == null ? "" : row.kind().forProduct() ? String.valueOf(row.productCode()) : String.valueOf(row.subject());
		return row.kind() + "/" + target + "/" + row.year();
	}

	@Override
	public void check(Row row, ImportContext context, RowProblems problems) {
		Optional<SupportForm> form = form(row, problems);
		if (form.isEmpty()) {
			return;
		}
		try {
			records.checkImport(context.user(), form.get());
		}
		catch (InvalidSupportRecord invalid) {
			invalid.problems().forEach(problem -> problems.add(column(problem.field()), problem.messageKey(), problem.arguments()));
		}
	}

	@Override
	public StoreCounts store(List<Row> batch, ImportContext context) {
		long created = 0;
		long updated = 0;
		for (Row row : batch) {
			SupportForm form = form(row, null).orElseThrow(() -> new IllegalStateException("A checked row no longer resolves"));
			switch (records.upsert(context.user(), form)) {
				case CREATED -> created++;
				case UPDATED -> updated++;
				default -> {
				}
			}
		}
		return StoreCounts.ofBatch(batch.size(), created, updated);
	}

	/** The row as a form: the subject reference (number or registry code) resolved; empty when it names none. */
	private Optional<SupportForm> form(Row row, RowProblems problems) {
		Long subjectId = null;
		if (row.kind() != null && !row.kind().forProduct() && row.subject() != null) {
			String reference = row.subject().strip();
			Optional<Subject> subject = reference.matches("\\d{1,18}") ? products.subject(Long.parseLong(reference))
					: products.subjectOfOrganisation(reference);
			if (subject.isEmpty()) {
				if (problems != null) {
					problems.add("chu-the", "ocop.support.problem.subjectReference", reference);
				}
				return Optional.empty();
			}
			subjectId = subject.get().id();
		}
		return Optional.of(new SupportForm(row.kind(), row.productCode(), subjectId, row.year(), row.date(), row.programme(),
				row.funding(), row.note()));
	}

	private static String column(String field) {
		return switch (field) {
			case "kind" -> "loai-ho-tro";
			case "productCode" -> "ma-san-pham";
			case "subjectId" -> "chu-the";
			case "year" -> "nam";
			case "supportedOn" -> "ngay";
			case "programme" -> "chuong-trinh";
			case "fundingSource" -> "nguon-kinh-phi";
			default -> "ghi-chu";
		};
	}

}
