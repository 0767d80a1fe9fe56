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
}
