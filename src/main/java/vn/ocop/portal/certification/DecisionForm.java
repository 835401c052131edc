package vn.ocop.portal.certification;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import vn.ocop.portal.ocop.OcopProducts;

/**
 * The decision form: heading fields and the batch as lines {@code product code; star; kind; score}
 * (kind {@code FIRST_TIME}, {@code UPGRADE} or {@code RE_RATING}, or Vietnamese {@code lần đầu},
 * {@code nâng hạng}, {@code đánh giá lại}; score optional), as officers copy them from the council's
 * result sheet.
 */
class DecisionForm extends DecisionHeading {

	private String rows = "";

	public String getRows() {
		return rows;
	}

	public void setRows(String rows) {
		this.rows = rows;
	}

	/** The order and rows, or the problems of the lines that cannot be read. */
	Parsed parse(OcopProducts products) {
		List<CertificationProblem> problems = new ArrayList<>();
		java.time.LocalDate date = null;
		try {
			date = signedOnDate();
		}
		catch (RuntimeException ex) {
			problems.add(CertificationProblem.of(0, "signedOn", "signedOn"));
		}
		List<RecognitionRow> parsed = new ArrayList<>();
		String[] lines = rows == null ? new String[0] : rows.split("\\R");
		int row = 0;
		for (String line : lines) {
			if (line.isBlank()) {
				continue;
			}
			row++;
			String[] cells = line.split("[;\\t]");
			if (cells.length < 3) {
				problems.add(CertificationProblem.of(row, "rows", "line", line.strip()));
				continue;
			}
			Optional<Long> product = products.productByCode(cells[0].strip()).map(p -> p.id());
			if (product.isEmpty()) {
				problems.add(CertificationProblem.of(row, "product", "unknownProduct", cells[0].strip()));
				continue;
			}
			int star;
			try {
				star = Integer.parseInt(cells[1].strip());
			}
			catch (NumberFormatException ex) {
				problems.add(CertificationProblem.of(row, "star", "star", cells[1].strip()));
				continue;
			}
			RecognitionKind kind = kind(cells[2]);
			if (kind == null) {
				problems.add(CertificationProblem.of(row, "kind", "kind"));
				continue;
			}
			BigDecimal score = null;
			if (cells.length > 3 && !cells[3].isBlank()) {
				try {
					score = new BigDecimal(cells[3].strip().replace(',', '.'));
				}
				catch (NumberFormatException ex) {
					problems.add(CertificationProblem.of(row, "score", "score", cells[3].strip()));
					continue;
				}
			}
			parsed.add(new RecognitionRow(product.get(), star, kind, score));
		}
		return new Parsed(order(date), parsed, problems);
	}

	static RecognitionKind kind(String text) {
		String value = text.strip().toLowerCase(Locale.ROOT);
		return switch (value) {
			case "first_time", "lần đầu", "lan dau" -> RecognitionKind.FIRST_TIME;
			case "upgrade", "nâng hạng", "nang hang" -> RecognitionKind.UPGRADE;
			case "re_rating", "đánh giá lại", "danh gia lai" -> RecognitionKind.RE_RATING;
			default -> null;
		};
	}

	record Parsed(DecisionOrder order, List<RecognitionRow> rows, List<CertificationProblem> problems) {
	}

}
