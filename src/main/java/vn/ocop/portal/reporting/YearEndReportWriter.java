package vn.ocop.portal.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.ocop.portal.reporting.ReportDocument.Block;
import vn.ocop.portal.reporting.ReportDocument.Cell;
import vn.ocop.portal.reporting.ReportDocument.Chart;
import vn.ocop.portal.reporting.ReportDocument.Heading;
import vn.ocop.portal.reporting.ReportDocument.Paragraph;
import vn.ocop.portal.reporting.ReportDocument.Table;
import vn.ocop.portal.shared.web.Formats;
import vn.ocop.portal.shared.web.Languages;
import vn.ocop.portal.units.AdministrativeUnit;

/**
 * Writes a year-end report from its figures, in Vietnamese or English: paragraphs in the team's
 * own wording built from message bundle sentences (numbers in the language's format), tables by
 * indicator, by unit, by kind and over the years, and two charts. The judgement parts officials
 * write (shortcomings, next year's tasks) are theirs and are not drafted here.
 */
@Component
class YearEndReportWriter {

	/** The kinds of organisation in the order the report presents them. */
	static final List<String> KINDS = List.of("THT", "HTX", "LHHTX");

	/** The OCOP support indicators in the order the report presents them. */
	static final List<String> SUPPORT = List.of("OCOP_TRACEABILITY", "OCOP_VALUE_CHAIN", "OCOP_QUALITY_SCALE",
			"SUBJECTS_CONSOLIDATED", "SUBJECTS_NEW_SUPPORTED");

	private final MessageSource messages;

	private final Formats formats;

	YearEndReportWriter(MessageSource messages, Formats formats) {
		this.messages = messages;
		this.formats = formats;
	}

	ReportDocument write(YearEndFigures figures, Locale requested) {
		Locale language = Languages.supported(requested);
		Text text = new Text(language);
		int year = figures.year();
		String date = formats.date(figures.period().date());
		String unitName = figures.unit().name();
		List<Block> blocks = new ArrayList<>();
		String title = text.get("reporting.report.title", String.valueOf(year), unitName);
		String subtitle = text.get(figures.period().running() ? "reporting.report.subtitle.running" : "reporting.report.subtitle",
				date);

		Sections sections = new Sections(text);
		blocks.add(sections.next("reporting.report.section.collective"));
		String where = text.inSentence(figures.unit());
		for (String kind : KINDS) {
			blocks.add(new Paragraph(kindParagraph(figures, text, kind, date, where)));
		}
		blocks.add(indicatorTable(figures, text));
		blocks.add(kindTable(figures, text));

		if (!figures.children().isEmpty()) {
			blocks.add(sections.next("reporting.report.section.units"));
			blocks.add(new Paragraph(unitsParagraph(figures, text, date)));
			blocks.add(unitTable(figures, text));
			blocks.add(unitChart(figures, text));
		}
		if (figures.history().size() > 1) {
			blocks.add(sections.next("reporting.report.section.years"));
			blocks.add(yearTable(figures, text));
			blocks.add(yearChart(figures, text));
		}
		blocks.add(sections.next("reporting.report.section.petitions"));
		blocks.addAll(petitions(figures, text, date));
		blocks.add(sections.next("reporting.report.section.ocop"));
		blocks.addAll(ocop(figures, text, date));
		if (!figures.pending().isEmpty()) {
			blocks.add(new Paragraph(text.get("reporting.report.ocop.notAvailable", figures.pending().size() + "")));
		}
		blocks.add(sections.next("reporting.report.section.ocopSupport"));
		blocks.add(new Paragraph(supportParagraph(figures, text, where)));
		if (!figures.children().isEmpty()) {
			blocks.add(supportTable(figures, text));
		}
		blocks.add(new Paragraph(text.get("reporting.report.source", date)));
		return new ReportDocument(title, subtitle, language, blocks);
	}

	/** The public statistics' blocks: tables and charts by unit and over the years, no plans. */
	List<Block> statistics(YearEndFigures figures, Locale requested) {
		Text text = new Text(Languages.supported(requested));
		List<Block> blocks = new ArrayList<>();
		if (!figures.children().isEmpty()) {
			blocks.add(unitChart(figures, text));
			blocks.add(unitTable(figures, text));
		}
		if (figures.history().size() > 1) {
			blocks.add(yearChart(figures, text));
			blocks.add(yearTable(figures, text));
		}
		return blocks;
	}

	// ------------------------------------------------------------------------------- paragraphs

	private String kindParagraph(YearEndFigures figures, Text text, String kind, String date, String where) {
		String prefix = "reporting.report." + kind;
		BigDecimal active = figures.value(kind + "_ACTIVE");
		StringBuilder paragraph = new StringBuilder(text.get(prefix + ".summary", date, where, text.number(active),
				text.number(figures.value(kind + "_MEMBERS"))));
		BigDecimal previous = figures.computation().previousValue(figures.unitCode(), kind + "_ACTIVE");
		if (previous != null && active != null) {
			int sign = active.compareTo(previous);
			String change = sign > 0 ? "more" : sign < 0 ? "fewer" : "same";
			paragraph.append(text.get("reporting.report.change." + change, text.number(active.subtract(previous).abs()),
					figures.year() - 1 + "", text.number(previous)));
		}
		BigDecimal target = figures.computation().target(figures.unitCode(), kind + "_ACTIVE");
		if (target != null && active != null) {
			paragraph.append(text.get("reporting.report.plan", text.percent(IndicatorCatalogue.share(active, target)),
					text.number(target)));
		}
		paragraph.append(text.get("reporting.report.sentenceEnd"));
		BigDecimal registered = figures.value(kind + "_NEW");
		BigDecimal dissolved = figures.value(kind + "_DISSOLVED");
		if (registered != null && dissolved != null) {
			paragraph.append(' ').append(text.get(prefix + ".movements", figures.year() + "", text.number(registered),
					text.number(dissolved)));
		}
		if (kind.equals("HTX") && figures.value("HTX_AVERAGE_REVENUE") != null) {
			paragraph.append(' ').append(text.get("reporting.report.HTX.economics", text.number(figures.value("HTX_WORKERS")),
					text.number(figures.value("HTX_AVERAGE_REVENUE")), text.number(figures.value("HTX_AVERAGE_INCOME"))));
		}
		return paragraph.toString();
	}

	private List<Block> petitions(YearEndFigures figures, Text text, String date) {
		BigDecimal received = figures.value("PETITIONS_RECEIVED");
		BigDecimal before = figures.computation().previousValue(figures.unitCode(), "PETITIONS_RECEIVED");
		if (received == null) {
			List<Block> blocks = new ArrayList<>();
			blocks.add(new Paragraph(text.get("reporting.report.petitions.notAvailable", figures.unit().name(), figures.year() + "")));
			return blocks;
		}
		BigDecimal answered = figures.value("PETITIONS_ANSWERED");
		BigDecimal onTime = figures.value("PETITIONS_ANSWERED_ON_TIME");
		BigDecimal share = answered.signum() == 0 ? null : IndicatorCatalogue.share(onTime, answered);
		StringBuilder paragraph = new StringBuilder(text.get("reporting.report.petitions.summary", figures.year() + "",
				text.number(received), date, text.number(answered), text.number(onTime), share == null ? "–" : text.percent(share),
				text.number(figures.value("PETITIONS_OVERDUE")), text.number(figures.value("PETITIONS_PUBLISHED"))));
		if (before != null) {
			paragraph.append(' ').append(text.get("reporting.report.petitions.previous", figures.year() - 1 + "", text.number(before)));
		}
		return List.of(new Paragraph(paragraph.toString()), petitionTable(figures, text));
	}

	/** The OCOP support work of the year, from the support indicators (none recorded: said so). */
	private String supportParagraph(YearEndFigures figures, Text text, String where) {
		BigDecimal total = BigDecimal.ZERO;
		List<String> numbers = new ArrayList<>();
		for (String code : SUPPORT) {
			BigDecimal value = figures.value(code);
			total = value == null ? total : total.add(value);
			numbers.add(text.number(value == null ? BigDecimal.ZERO : value));
		}
		if (total.signum() == 0) {
			return text.get("reporting.report.ocopSupport.none", figures.year() + "", where);
		}
		List<Object> arguments = new ArrayList<>();
		arguments.add(figures.year() + "");
		arguments.add(where);
		arguments.addAll(numbers);
		return text.get("reporting.report.ocopSupport", arguments.toArray());
	}

	private List<Block> ocop(YearEndFigures figures, Text text, String date) {
		List<Block> blocks = new ArrayList<>();
		String year = figures.year() + "";
		BigDecimal evaluated = figures.value("OCOP_EVALUATED");
		if (evaluated == null) {
			blocks.add(new Paragraph(text.get("reporting.report.ocop.evaluation.notAvailable", figures.unit().name(), year)));
		}
		else {
			BigDecimal renewals = figures.value("OCOP_RENEWAL_REQUESTS");
			BigDecimal firstTime = figures.value("OCOP_FIRST_TIME");
			BigDecimal renewed = figures.value("OCOP_RENEWED");
			BigDecimal recognised = figures.value("OCOP_NEW_RECOGNISED");
			BigDecimal fourStar = figures.value("OCOP_NEW_4STAR");
			blocks.add(new Paragraph(text.get("reporting.report.ocop.evaluation", year, text.inSentence(figures.unit()),
					text.number(evaluated), text.number(figures.value("OCOP_UPGRADE_REQUESTS")), text.number(renewals),
					text.number(firstTime), text.number(figures.value("OCOP_UPGRADED")), text.number(renewed),
					text.number(renewals.subtract(renewed)), text.number(recognised), text.number(firstTime.subtract(recognised)),
					text.number(fourStar), text.number(recognised.subtract(fourStar)))));
		}
		BigDecimal three = figures.value("OCOP_CERTIFIED_3STAR");
		if (three != null) {
			BigDecimal four = figures.value("OCOP_CERTIFIED_4STAR");
			BigDecimal five = figures.value("OCOP_CERTIFIED_5STAR");
			String certified = text.get("reporting.report.ocop.certified", date, text.number(three.add(four).add(five)),
					text.number(three), text.number(four), text.number(five));
			String groups = groupsSentence(figures, text);
			blocks.add(new Paragraph(groups == null ? certified : certified + " " + groups));
		}
		if (evaluated != null || three != null) {
			blocks.add(ocopTable(figures, text));
		}
		if (three != null) {
			blocks.add(groupTable(figures, text));
			blocks.add(groupChart(figures, text));
			if (!figures.children().isEmpty()) {
				blocks.add(groupUnitTable(figures, text));
			}
		}
		if (figures.history().size() > 1 && (evaluated != null || three != null)) {
			blocks.addAll(ocopHistory(figures, text));
		}
		return blocks;
	}

	/** The public statistics' OCOP blocks: by group (chart and table), over the years (charts and table). */
	List<Block> ocopStatistics(YearEndFigures figures, Locale requested) {
		Text text = new Text(Languages.supported(requested));
		List<Block> blocks = new ArrayList<>();
		if (figures.value("OCOP_CERTIFIED_3STAR") != null) {
			blocks.add(groupTable(figures, text));
			blocks.add(groupChart(figures, text));
			if (!figures.children().isEmpty()) {
				blocks.add(groupUnitTable(figures, text));
			}
		}
		if (figures.history().size() > 1) {
			blocks.addAll(ocopHistory(figures, text));
		}
		return blocks;
	}

	/** "Phân theo nhóm sản phẩm: Thực phẩm 120 sản phẩm; …" with the groups that have products; null when none has. */
	private String groupsSentence(YearEndFigures figures, Text text) {
		List<String> parts = new ArrayList<>();
		for (String group : OcopIndicators.GROUPS) {
			BigDecimal value = figures.value(OcopIndicators.groupCode(group));
			if (value != null && value.signum() > 0) {
				parts.add(text.get("reporting.report.ocop.group", text.get("reporting.group." + group), text.number(value)));
			}
		}
		return parts.isEmpty() ? null : text.get("reporting.report.ocop.groups", String.join(text.get("reporting.report.ocop.groupSeparator"), parts));
	}

	/** Products with a valid certificate by group: last year, this year, change, and the total. */
	private Table groupTable(YearEndFigures figures, Text text) {
		int year = figures.year();
		String unit = figures.unitCode();
		List<String> headers = List.of(text.get("reporting.table.group"), text.get("reporting.table.year", year - 1 + ""),
				text.get("reporting.table.year", year + ""), text.get("reporting.table.change"));
		List<List<Cell>> rows = new ArrayList<>();
		BigDecimal totalBefore = BigDecimal.ZERO;
		BigDecimal total = BigDecimal.ZERO;
		boolean before = false;
		for (String group : OcopIndicators.GROUPS) {
			String code = OcopIndicators.groupCode(group);
			BigDecimal value = figures.value(code);
			BigDecimal previous = figures.computation().previousValue(unit, code);
			BigDecimal change = value == null || previous == null ? null : value.subtract(previous);
			total = value == null ? total : total.add(value);
			if (previous != null) {
				before = true;
				totalBefore = totalBefore.add(previous);
			}
			rows.add(List.of(Cell.text(text.get("reporting.group." + group)), text.availableCell(previous), text.availableCell(value),
					Cell.number(change, text.signed(change))));
		}
		BigDecimal lastYear = before ? totalBefore : null;
		BigDecimal change = lastYear == null ? null : total.subtract(lastYear);
		rows.add(List.of(Cell.text(text.get("reporting.table.groupTotal")), text.availableCell(lastYear), text.availableCell(total),
				Cell.number(change, text.signed(change))));
		return new Table(text.get("reporting.report.table.ocopGroups", year + ""), text.get("reporting.sheet.ocopGroups"), headers,
				rows, true);
	}

	/** Products with a valid certificate by group in each unit, with the unit's total. */
	private Table groupUnitTable(YearEndFigures figures, Text text) {
		List<String> headers = new ArrayList<>();
		headers.add(text.get("reporting.table.unitName"));
		OcopIndicators.GROUPS.forEach(group -> headers.add(text.get("reporting.group." + group)));
		headers.add(text.get("reporting.table.groupTotal"));
		List<List<Cell>> rows = new ArrayList<>();
		for (AdministrativeUnit child : figures.children()) {
			rows.add(groupRow(figures, text, child.code().value(), child.name()));
		}
		rows.add(groupRow(figures, text, figures.unitCode(), text.get("reporting.table.whole", figures.unit().name())));
		return new Table(text.get("reporting.report.table.ocopUnits", figures.year() + "", figures.unit().name()),
				text.get("reporting.sheet.ocopUnits"), headers, rows, true);
	}

	private List<Cell> groupRow(YearEndFigures figures, Text text, String unit, String name) {
		List<Cell> row = new ArrayList<>();
		row.add(Cell.text(name));
		BigDecimal total = null;
		for (String group : OcopIndicators.GROUPS) {
			BigDecimal value = figures.value(unit, OcopIndicators.groupCode(group));
			row.add(text.numberCell(value));
			total = value == null ? total : (total == null ? value : total.add(value));
		}
		row.add(text.numberCell(total));
		return row;
	}

	/** OCOP over the years: a table (rated, newly recognised, valid by star) and its two charts. */
	private List<Block> ocopHistory(YearEndFigures figures, Text text) {
		List<String> stars = List.of("OCOP_CERTIFIED_3STAR", "OCOP_CERTIFIED_4STAR", "OCOP_CERTIFIED_5STAR");
		List<String> headers = List.of(text.get("reporting.table.yearColumn"), text.get("reporting.table.evaluated"),
				text.get("reporting.table.newRecognised"), text.get("reporting.table.star3"), text.get("reporting.table.star4"),
				text.get("reporting.table.star5"));
		List<List<Cell>> rows = new ArrayList<>();
		figures.history().forEach((year, values) -> {
			Map<String, BigDecimal> of = values == null ? Map.of() : values;
			List<Cell> row = new ArrayList<>();
			row.add(Cell.text(year.toString()));
			row.add(text.availableCell(of.get("OCOP_EVALUATED")));
			row.add(text.availableCell(of.get("OCOP_NEW_RECOGNISED")));
			stars.forEach(code -> row.add(text.availableCell(of.get(code))));
			rows.add(row);
		});
		Table table = new Table(text.get("reporting.report.table.ocopYears", figures.unit().name()), text.get("reporting.sheet.ocopYears"),
				headers, rows, false);
		List<String> categories = figures.history().keySet().stream().map(String::valueOf).toList();
		List<YearEndCharts.Series> byStar = new ArrayList<>();
		for (int star = 3; star <= 5; star++) {
			byStar.add(series(figures, text.get("reporting.table.star" + star), "OCOP_CERTIFIED_" + star + "STAR"));
		}
		String starsCaption = text.get("reporting.report.chart.ocopStars", figures.unit().name());
		Chart starChart = new Chart(starsCaption, YearEndCharts.bars(starsCaption, null, text.get("reporting.chart.products"), categories,
				byStar, true), YearEndCharts.WIDTH, YearEndCharts.HEIGHT);
		String recognisedCaption = text.get("reporting.report.chart.ocopRecognised", figures.unit().name());
		Chart recognisedChart = new Chart(recognisedCaption, YearEndCharts.bars(recognisedCaption, null, text.get("reporting.chart.products"),
				categories, List.of(series(figures, text.get("reporting.table.evaluated"), "OCOP_EVALUATED"),
						series(figures, text.get("reporting.table.newRecognised"), "OCOP_NEW_RECOGNISED")), false),
				YearEndCharts.WIDTH, YearEndCharts.HEIGHT);
		return List.of(table, starChart, recognisedChart);
	}

	private static YearEndCharts.Series series(YearEndFigures figures, String label, String code) {
		Map<String, Number> values = new LinkedHashMap<>();
		figures.history().forEach((year, of) -> values.put(year.toString(), of == null ? null : of.get(code)));
		return new YearEndCharts.Series(label, values);
	}

	private Chart groupChart(YearEndFigures figures, Text text) {
		List<String> categories = OcopIndicators.GROUPS.stream().map(group -> text.get("reporting.group." + group)).toList();
		Map<String, Number> values = new LinkedHashMap<>();
		for (String group : OcopIndicators.GROUPS) {
			values.put(text.get("reporting.group." + group), figures.value(OcopIndicators.groupCode(group)));
		}
		String caption = text.get("reporting.report.chart.ocopGroups", figures.year() + "", figures.unit().name());
		return new Chart(caption, YearEndCharts.bars(caption, null, text.get("reporting.chart.products"), categories,
				List.of(new YearEndCharts.Series(text.get("reporting.chart.products"), values)), false), YearEndCharts.WIDTH,
				YearEndCharts.HEIGHT);
	}

	private Table ocopTable(YearEndFigures figures, Text text) {
		int year = figures.year();
		List<String> headers = List.of(text.get("reporting.table.indicator"), text.get("reporting.table.year", year - 1 + ""),
				text.get("reporting.table.year", year + ""), text.get("reporting.table.change"));
		List<List<Cell>> rows = new ArrayList<>();
		for (Indicator indicator : OcopIndicators.RESULTS) {
			BigDecimal value = figures.value(indicator.code());
			BigDecimal previous = figures.computation().previousValue(figures.unitCode(), indicator.code());
			BigDecimal change = value == null || previous == null ? null : value.subtract(previous);
			rows.add(List.of(Cell.text(text.get(indicator.nameKey())), text.availableCell(previous), text.availableCell(value),
					Cell.number(change, text.signed(change))));
		}
		return new Table(text.get("reporting.report.table.ocop", year + ""), text.get("reporting.sheet.ocop"), headers, rows,
				false);
	}

	private String unitsParagraph(YearEndFigures figures, Text text, String date) {
		AdministrativeUnit most = null;
		BigDecimal mostCount = BigDecimal.ZERO;
		for (AdministrativeUnit child : figures.children()) {
			BigDecimal count = total(figures, child.code().value());
			if (most == null || count.compareTo(mostCount) > 0) {
				most = child;
				mostCount = count;
			}
		}
		return text.get("reporting.report.units", text.number(BigDecimal.valueOf(figures.children().size())),
				text.inSentence(figures.unit()), date, most.name(), text.number(mostCount));
	}

	// ---------------------------------------------------------------------------------- tables

	private Table indicatorTable(YearEndFigures figures, Text text) {
		int year = figures.year();
		List<String> headers = List.of(text.get("reporting.table.code"), text.get("reporting.table.indicator"),
				text.get("reporting.table.unit"), text.get("reporting.table.year", year - 1 + ""),
				text.get("reporting.table.year", year + ""), text.get("reporting.table.change"),
				text.get("reporting.table.target", year + ""), text.get("reporting.table.planShare"));
		List<List<Cell>> rows = new ArrayList<>();
		String unit = figures.unitCode();
		List<Indicator> measured = new ArrayList<>(figures.indicators());
		measured.addAll(figures.pending());
		measured.sort(Comparator.comparingInt(Indicator::order).thenComparing(Indicator::code));
		for (Indicator indicator : measured) {
			if (indicator.kind() != Indicator.Kind.MEASURED) {
				continue;
			}
			BigDecimal value = figures.value(indicator.code());
			BigDecimal previous = figures.computation().previousValue(unit, indicator.code());
			BigDecimal target = figures.computation().target(unit, indicator.code());
			BigDecimal change = value == null || previous == null ? null : value.subtract(previous);
			BigDecimal share = value == null || target == null ? null : IndicatorCatalogue.share(value, target);
			rows.add(List.of(Cell.text(indicator.code()), Cell.text(text.get(indicator.nameKey())),
					Cell.text(text.get(indicator.unit().messageKey())), text.availableCell(previous), text.availableCell(value),
					Cell.number(change, text.signed(change)), text.numberCell(target), Cell.percent(share, text.percent(share))));
		}
		return new Table(text.get("reporting.report.table.indicators", year + ""), text.get("reporting.sheet.indicators"),
				headers, rows, false);
	}

	private Table petitionTable(YearEndFigures figures, Text text) {
		int year = figures.year();
		List<String> headers = List.of(text.get("reporting.table.indicator"), text.get("reporting.table.year", year - 1 + ""),
				text.get("reporting.table.year", year + ""), text.get("reporting.table.change"));
		List<List<Cell>> rows = new ArrayList<>();
		for (Indicator indicator : PetitionIndicators.INDICATORS) {
			BigDecimal value = figures.value(indicator.code());
			BigDecimal previous = figures.computation().previousValue(figures.unitCode(), indicator.code());
			BigDecimal change = value == null || previous == null ? null : value.subtract(previous);
			rows.add(List.of(Cell.text(text.get(indicator.nameKey())), text.availableCell(previous), text.availableCell(value),
					Cell.number(change, text.signed(change))));
		}
		return new Table(text.get("reporting.report.table.petitions", year + ""), text.get("reporting.sheet.petitions"), headers,
				rows, false);
	}

	private Table kindTable(YearEndFigures figures, Text text) {
		List<String> headers = List.of(text.get("reporting.table.kind"), text.get("reporting.table.active"),
				text.get("reporting.table.members"), text.get("reporting.table.new"), text.get("reporting.table.dissolved"),
				text.get("reporting.table.change"));
		List<List<Cell>> rows = new ArrayList<>();
		for (String kind : KINDS) {
			BigDecimal change = figures.value(kind + "_ACTIVE") == null
					|| figures.computation().previousValue(figures.unitCode(), kind + "_ACTIVE") == null ? null
							: figures.value(kind + "_ACTIVE")
								.subtract(figures.computation().previousValue(figures.unitCode(), kind + "_ACTIVE"));
			rows.add(List.of(Cell.text(text.get("reporting.kind." + kind)), text.numberCell(figures.value(kind + "_ACTIVE")),
					text.numberCell(figures.value(kind + "_MEMBERS")), text.numberCell(figures.value(kind + "_NEW")),
					text.numberCell(figures.value(kind + "_DISSOLVED")), Cell.number(change, text.signed(change))));
		}
		return new Table(text.get("reporting.report.table.kinds", figures.year() + ""), text.get("reporting.sheet.kinds"),
				headers, rows, false);
	}

	private Table unitTable(YearEndFigures figures, Text text) {
		List<String> headers = List.of(text.get("reporting.table.unitName"), text.get("reporting.table.THT"),
				text.get("reporting.table.THT.members"), text.get("reporting.table.HTX"), text.get("reporting.table.HTX.members"),
				text.get("reporting.table.HTX.new"), text.get("reporting.table.LHHTX"), text.get("reporting.table.total"));
		List<List<Cell>> rows = new ArrayList<>();
		for (AdministrativeUnit child : figures.children()) {
			rows.add(unitRow(figures, text, child.code().value(), child.name()));
		}
		rows.add(unitRow(figures, text, figures.unitCode(), text.get("reporting.table.whole", figures.unit().name())));
		return new Table(text.get("reporting.report.table.units", figures.year() + "", figures.unit().name()),
				text.get("reporting.sheet.units"), headers, rows, true);
	}

	private List<Cell> unitRow(YearEndFigures figures, Text text, String unit, String name) {
		return List.of(Cell.text(name), text.numberCell(figures.value(unit, "THT_ACTIVE")),
				text.numberCell(figures.value(unit, "THT_MEMBERS")), text.numberCell(figures.value(unit, "HTX_ACTIVE")),
				text.numberCell(figures.value(unit, "HTX_MEMBERS")), text.numberCell(figures.value(unit, "HTX_NEW")),
				text.numberCell(figures.value(unit, "LHHTX_ACTIVE")), text.numberCell(total(figures, unit)));
	}

	private Table supportTable(YearEndFigures figures, Text text) {
		List<String> headers = new ArrayList<>();
		headers.add(text.get("reporting.table.unitName"));
		for (String code : SUPPORT) {
			headers.add(text.get("reporting.table." + code));
		}
		List<List<Cell>> rows = new ArrayList<>();
		for (AdministrativeUnit child : figures.children()) {
			rows.add(supportRow(figures, text, child.code().value(), child.name()));
		}
		rows.add(supportRow(figures, text, figures.unitCode(), text.get("reporting.table.whole", figures.unit().name())));
		return new Table(text.get("reporting.report.table.ocopSupport", figures.year() + "", figures.unit().name()),
				text.get("reporting.sheet.ocopSupport"), headers, rows, true);
	}

	private List<Cell> supportRow(YearEndFigures figures, Text text, String unit, String name) {
		List<Cell> row = new ArrayList<>();
		row.add(Cell.text(name));
		for (String code : SUPPORT) {
			row.add(text.numberCell(figures.value(unit, code)));
		}
		return row;
	}

	private Table yearTable(YearEndFigures figures, Text text) {
		List<String> headers = List.of(text.get("reporting.table.yearColumn"), text.get("reporting.table.THT"),
				text.get("reporting.table.THT.members"), text.get("reporting.table.HTX"), text.get("reporting.table.HTX.members"),
				text.get("reporting.table.LHHTX"));
		List<List<Cell>> rows = new ArrayList<>();
		figures.history().forEach((year, values) -> {
			Map<String, BigDecimal> of = values == null ? Map.of() : values;
			rows.add(List.of(Cell.text(year.toString()), text.numberCell(of.get("THT_ACTIVE")), text.numberCell(of.get("THT_MEMBERS")),
					text.numberCell(of.get("HTX_ACTIVE")), text.numberCell(of.get("HTX_MEMBERS")),
					text.numberCell(of.get("LHHTX_ACTIVE"))));
		});
		return new Table(text.get("reporting.report.table.years", figures.unit().name()), text.get("reporting.sheet.years"),
				headers, rows, false);
	}

	// ---------------------------------------------------------------------------------- charts

	private Chart unitChart(YearEndFigures figures, Text text) {
		List<String> categories = figures.children().stream().map(AdministrativeUnit::properName).toList();
		List<YearEndCharts.Series> series = new ArrayList<>();
		for (String kind : KINDS) {
			Map<String, Number> values = new LinkedHashMap<>();
			for (AdministrativeUnit child : figures.children()) {
				values.put(child.properName(), figures.value(child.code().value(), kind + "_ACTIVE"));
			}
			series.add(new YearEndCharts.Series(text.get("reporting.table." + kind), values));
		}
		String caption = text.get("reporting.report.chart.units", figures.year() + "", figures.unit().name());
		return new Chart(caption, YearEndCharts.bars(caption, null, text.get("reporting.chart.organisations"), categories, series, true),
				YearEndCharts.WIDTH, YearEndCharts.HEIGHT);
	}

	private Chart yearChart(YearEndFigures figures, Text text) {
		List<String> categories = figures.history().keySet().stream().map(String::valueOf).toList();
		List<YearEndCharts.Series> series = new ArrayList<>();
		for (String kind : List.of("THT", "HTX")) {
			Map<String, Number> values = new LinkedHashMap<>();
			figures.history().forEach((year, of) -> values.put(year.toString(), of == null ? null : of.get(kind + "_ACTIVE")));
			series.add(new YearEndCharts.Series(text.get("reporting.table." + kind), values));
		}
		String caption = text.get("reporting.report.chart.years", figures.unit().name());
		return new Chart(caption, YearEndCharts.bars(caption, null, text.get("reporting.chart.organisations"), categories, series, false),
				YearEndCharts.WIDTH, YearEndCharts.HEIGHT);
	}

	private static BigDecimal total(YearEndFigures figures, String unit) {
		BigDecimal total = BigDecimal.ZERO;
		for (String kind : KINDS) {
			BigDecimal value = figures.value(unit, kind + "_ACTIVE");
			total = value == null ? total : total.add(value);
		}
		return total;
	}

	/** The report's section headings, numbered I., II., … in the order they appear. */
	static final class Sections {

		private static final String[] NUMERALS = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X" };

		private final Text text;

		private int count;

		Sections(Text text) {
			this.text = text;
		}

		Heading next(String key) {
			return new Heading(text.get("reporting.report.section.numbered", NUMERALS[count++], text.get(key)));
		}

	}

	/** Messages and numbers of one language. */
	final class Text {

		private final Locale language;

		Text(Locale language) {
			this.language = language;
		}

		String get(String key, Object... arguments) {
			return messages.getMessage(key, arguments, language);
		}

		String number(BigDecimal value) {
			return value == null ? "–" : formats.number(value, language);
		}

		String percent(BigDecimal value) {
			return value == null ? "" : formats.percent(value, language);
		}

		String signed(BigDecimal value) {
			if (value == null) {
				return "";
			}
			return (value.signum() > 0 ? "+" : value.signum() < 0 ? "−" : "") + formats.number(value.abs(), language);
		}

		Cell numberCell(BigDecimal value) {
			return value == null ? Cell.text("") : Cell.number(value, number(value));
		}

		/** A value, or "not yet available" (never 0, never blank) when its source has no data. */
		Cell availableCell(BigDecimal value) {
			return value == null ? Cell.text(get("reporting.report.notAvailable")) : Cell.number(value, number(value));
		}

		/** The unit's name inside a sentence: "tỉnh Bắc Kạn" in Vietnamese, the name as it is in English. */
		String inSentence(AdministrativeUnit unit) {
			String name = unit.name();
			if (unit.kind() == null || !language.getLanguage().equals("vi") || name.isEmpty()) {
				return name;
			}
			return name.substring(0, 1).toLowerCase(language) + name.substring(1);
		}

	}

}
