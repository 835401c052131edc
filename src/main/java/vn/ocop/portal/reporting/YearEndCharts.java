package vn.ocop.portal.reporting;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The report's charts, drawn on the server with JFreeChart into PNG images (the same image on the
 * page, in the DOCX and in the PDF), with the embedded font so that Vietnamese labels render alike
 * everywhere.
 */
final class YearEndCharts {

	static final int WIDTH = 900;

	static final int HEIGHT = 420;

	private static final Color[] SERIES = { new Color(0x1F5F8B), new Color(0x2E8B57), new Color(0xC0782A) };

	/** One series of a chart: its label and value per category, in category order. */
	record Series(String label, Map<String, Number> values) {
	}

	private YearEndCharts() {
	}

	/** Bars by category (units, years), one colour per series; stacked when asked. */
	static byte[] bars(String title, String categoryAxis, String valueAxis, List<String> categories, List<Series> series,
			boolean stacked) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		for (Series one : series) {
			for (String category : categories) {
				Number value = one.values().get(category);
				dataset.addValue(value == null ? 0 : value, one.label(), category);
			}
		}
		JFreeChart chart = stacked
				? ChartFactory.createStackedBarChart(title, categoryAxis, valueAxis, dataset, PlotOrientation.VERTICAL, true, false, false)
				: ChartFactory.createBarChart(title, categoryAxis, valueAxis, dataset, PlotOrientation.VERTICAL, true, false, false);
		theme().apply(chart);
		CategoryPlot plot = chart.getCategoryPlot();
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(new Color(0xCCCCCC));
		if (categories.size() > 6) {
			plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
		}
		BarRenderer renderer = (BarRenderer) plot.getRenderer();
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		for (int i = 0; i < series.size(); i++) {
			renderer.setSeriesPaint(i, SERIES[i % SERIES.length]);
		}
		return png(chart);
	}

	private static StandardChartTheme theme() {
		StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
		theme.setExtraLargeFont(ReportFonts.awt(true, 16f));
		theme.setLargeFont(ReportFonts.awt(true, 13f));
		theme.setRegularFont(ReportFonts.awt(false, 12f));
		theme.setSmallFont(ReportFonts.awt(false, 10f));
		theme.setChartBackgroundPaint(Color.WHITE);
		return theme;
	}

	private static byte[] png(JFreeChart chart) {
		BufferedImage image = chart.createBufferedImage(WIDTH, HEIGHT);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ChartUtils.writeBufferedImageAsPNG(out, image);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
