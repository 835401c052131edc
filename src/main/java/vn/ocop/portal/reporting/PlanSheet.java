package vn.ocop.portal.reporting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

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
 * The sheet {@code ke-hoach} (alias {@code plan-targets}) of the common importer: one plan target
 * per row, upserted by indicator, unit and year, checked by the rules of {@link PlanManagement}
 * (plannable indicator, unit valid in the year and in the importer's scope, positive whole target);
 * each created or changed target is audited with its values before and after.
 */
@Component
class PlanSheet implements SheetImporter<PlanSheet.Row> {

	static final String SHEET = "ke-hoach";

	static final SheetDefinition DEFINITION = SheetDefinition.of(SHEET, "reporting.import.sheet",
			"reporting.import.sheet.description",
			ColumnDefinition.required("ma-chi-tieu", ColumnType.CODE, "reporting.import.column.indicator").alias("indicator")
				.maxLength(40).example("THT_ACTIVE"),
			ColumnDefinition.required("ma-don-vi", ColumnType.CODE, "reporting.import.column.unit").alias("unit-code")
				.maxLength(5).example("06"),
			ColumnDefinition.required("nam", ColumnType.INTEGER, "reporting.import.column.year").alias("year").example("2022"),
			ColumnDefinition.required("chi-tieu", ColumnType.INTEGER, "reporting.import.column.target").alias("target")
				.example("395"),
			ColumnDefinition.optional("ghi-chu", ColumnType.TEXT, "reporting.import.column.note").alias("note").maxLength(500)
				.example("Nghị quyết HĐND tỉnh"))
		.alias("plan-targets")
		.key("ma-chi-tieu", "ma-don-vi", "nam")
		.order(100);

	record Row(String indicator, String unit, Integer year, BigDecimal target, String note) {

		String key() {
			return indicator + "/" + unit + "/" + year;
		}

	}

	private static final List<String> COLUMNS = List.of("ma-chi-tieu", "ma-don-vi", "nam", "chi-tieu", "ghi-chu");

	private final PlanManagement management;

	PlanSheet(PlanManagement management) {
		this.management = management;
	}

	@Override
	public SheetDefinition definition() {
		return DEFINITION;
	}

	@Override
	public Row parse(ImportRow row, RowProblems problems) {
		String indicator = row.code("ma-chi-tieu");
		Long year = row.integer("nam");
		Long target = row.integer("chi-tieu");
		return new Row(indicator == null ? null : indicator.strip().toUpperCase(Locale.ROOT), row.code("ma-don-vi"),
				year == null || year > Integer.MAX_VALUE ? null : year.intValue(), target == null ? null : BigDecimal.valueOf(target),
				row.text("ghi-chu"));
	}

	@Override
	public String key(Row row) {
		return row.key();
	}

	@Override
	public void check(Row row, ImportContext context, RowProblems problems) {
		try {
			management.check(context.user(), row.indicator(), row.unit(), row.year(), row.target());
		}
		catch (PlanRuleViolation violation) {
			problems.add(column(violation.field()), violation.messageKey(), violation.arguments());
		}
	}

	private static String column(String field) {
		return switch (field) {
			case "indicator" -> COLUMNS.get(0);
			case "unit" -> COLUMNS.get(1);
			case "year" -> COLUMNS.get(2);
			case "target" -> COLUMNS.get(3);
			default -> COLUMNS.get(4);
		};
	}

	@Override
	public StoreCounts store(List<Row> batch, ImportContext context) {
		ScopedUser user = context.user();
		long changed = 0;
		long created = 0;
		for (Row row : batch) {
			boolean existed = management.exists(row.indicator(), row.unit(), row.year());
			if (management.setTarget(user, row.indicator(), row.unit(), row.year(), row.target(), row.note())) {
				if (existed) {
					changed++;
				}
				else {
					created++;
				}
			}
		}
		return StoreCounts.ofBatch(batch.size(), created, changed);
	}

}
