package vn.ocop.portal.registry;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;

/** The figures of an annual update as typed; money as text with thousands separators. */
record AnnualUpdateForm(
		@NotNull @Min(0) @Max(MAX_COUNT) Integer officialMembers,
		@NotNull @Min(0) @Max(MAX_COUNT) Integer capitalAssociates,
		@NotNull @Min(0) @Max(MAX_COUNT) Integer nonCapitalAssociates,
		@NotNull @Min(0) @Max(MAX_COUNT) Integer memberCooperatives,
		@NotNull @Min(0) @Max(MAX_COUNT) Integer workers,
		@Size(max = 30) String charterCapital,
		@Size(max = 30) String totalAssets,
		@Size(max = 30) String revenue,
		@Size(max = 30) String profit,
		@Size(max = 30) String averageIncome,
		@Size(max = 6) String classificationScore) {

	static final int MAX_COUNT = 10_000_000;

	static AnnualUpdateForm empty() {
		return new AnnualUpdateForm(0, 0, 0, 0, 0, "", "", "", "", "", "");
	}

	static AnnualUpdateForm of(AnnualFigures figures) {
		return new AnnualUpdateForm(figures.officialMembers(), figures.capitalAssociates(), figures.nonCapitalAssociates(),
				figures.memberCooperatives(), figures.workers(), plain(figures.charterCapital()), plain(figures.totalAssets()),
				plain(figures.revenue()), plain(figures.profit()), plain(figures.averageIncome()),
				figures.classificationScore() == null ? "" : figures.classificationScore().toPlainString());
	}

	/** The figures, or null with the problems recorded at their fields. */
	AnnualFigures toFigures(BindingResult result) {
		BigDecimal capital = RegistryForms.money(result, "charterCapital", charterCapital);
		BigDecimal assets = RegistryForms.money(result, "totalAssets", totalAssets);
		BigDecimal revenueAmount = RegistryForms.money(result, "revenue", revenue);
		BigDecimal profitAmount = RegistryForms.money(result, "profit", profit);
		BigDecimal income = RegistryForms.money(result, "averageIncome", averageIncome);
		BigDecimal score = RegistryForms.score(result, "classificationScore", classificationScore);
		if (result.hasErrors()) {
			return null;
		}
		return RegistryForms.check(result, () -> new AnnualFigures(officialMembers, capitalAssociates, nonCapitalAssociates,
				memberCooperatives, workers, capital, assets, revenueAmount, profitAmount, income, score));
	}

	/** Whole dong with dots between thousands, as people write them: {@code 1.060.000.000}. */
	private static String plain(BigDecimal amount) {
		if (amount == null) {
			return "";
		}
		DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
		symbols.setGroupingSeparator('.');
		return new DecimalFormat("#,##0", symbols).format(amount);
	}

}
