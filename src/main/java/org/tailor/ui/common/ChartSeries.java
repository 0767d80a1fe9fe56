package org.tailor.ui.common;

import java.util.List;
import java.util.function.Function;
import javafx.scene.chart.XYChart;

/** Builds category chart series from display records (charts are built in the ui layer from report values). */
public final class ChartSeries {
    private ChartSeries() {
    }

    public static <T> XYChart.Series<String, Number> of(String name, List<T> rows, Function<T, String> category,
                                                        Function<T, Number> value) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(name);
        for (T row : rows) {
            series.getData().add(new XYChart.Data<>(category.apply(row), value.apply(row)));
        }
        return series;
    }

    /**
     * Shows the series on a category chart, categories in the order of the series. An auto-ranging category axis
     * keeps categories it already knows in their old places (JavaFX RT-21141), so a recomputed report would be
     * drawn out of order; the chart is therefore laid out once empty, which makes the axis forget them. Axes are
     * not animated, so a snapshot or a quick look never shows stale labels.
     */
    @SafeVarargs
    public static void show(XYChart<String, Number> chart, XYChart.Series<String, Number>... series) {
        show(chart, List.of(series));
    }

    public static void show(XYChart<String, Number> chart, List<XYChart.Series<String, Number>> series) {
        chart.getXAxis().setAnimated(false);
        chart.getYAxis().setAnimated(false);
        if (!chart.getData().isEmpty()) {
            chart.getData().clear();
            chart.layout();
        }
        chart.getData().setAll(series);
    }

    /**
     * Shows rows as horizontal bars (long category names stay readable on the left), the first row at the top,
     * with the same care as {@link #show} for stale categories.
     */
    public static <T> void horizontal(XYChart<Number, String> chart, String name, List<T> rows,
                                      Function<T, String> category, Function<T, Number> value) {
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        series.setName(name);
        for (int i = rows.size() - 1; i >= 0; i--) {
            series.getData().add(new XYChart.Data<>(value.apply(rows.get(i)), category.apply(rows.get(i))));
        }
        chart.getXAxis().setAnimated(false);
        chart.getYAxis().setAnimated(false);
        if (!chart.getData().isEmpty()) {
            chart.getData().clear();
            chart.layout();
        }
        chart.getData().add(series);
    }
}
