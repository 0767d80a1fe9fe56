package org.tailor.ui.recommenders;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.ScatterChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.tailor.core.evaluate.PairedComparison.MetricComparison;
import org.tailor.core.evaluate.TrainingCurve;
import org.tailor.core.evaluate.Tuner;
import org.tailor.ui.common.I18n;
import org.tailor.ui.recommenders.RecommenderService.RunRecord;

/** Fills the lab's charts and builds its table columns from ViewModel values (ui layer only, no logic). */
final class ComparisonCharts {
    private ComparisonCharts() {
    }

    /** Precision (y) against recall (x), one point per K, one line per run. */
    static void precisionRecall(LineChart<Number, Number> chart, List<RunComparison.Curve> curves) {
        List<XYChart.Series<Number, Number>> all = new ArrayList<>();
        for (RunComparison.Curve c : curves) {
            XYChart.Series<Number, Number> s = new XYChart.Series<>();
            s.setName(c.name());
            for (int k = 0; k < c.precision().length; k++) {
                s.getData().add(new XYChart.Data<>(c.recall()[k], c.precision()[k]));
            }
            all.add(s);
        }
        chart.getData().setAll(all);
    }

    /** NDCG@K (y) against coverage (x), one point (series) per run so the legend names it. */
    static void accuracyCoverage(ScatterChart<Number, Number> chart, List<RunComparison.Point> points) {
        List<XYChart.Series<Number, Number>> all = new ArrayList<>();
        for (RunComparison.Point p : points) {
            XYChart.Series<Number, Number> s = new XYChart.Series<>();
            s.setName(p.name());
            s.getData().add(new XYChart.Data<>(p.coverage(), p.ndcg()));
            all.add(s);
        }
        chart.getData().setAll(all);
    }

    static void curve(LineChart<Number, Number> loss, LineChart<Number, Number> validation,
                      List<TrainingCurve.Point> points) {
        XYChart.Series<Number, Number> l = new XYChart.Series<>();
        XYChart.Series<Number, Number> v = new XYChart.Series<>();
        for (TrainingCurve.Point p : points) {
            l.getData().add(new XYChart.Data<>(p.epoch(), p.loss()));
            v.getData().add(new XYChart.Data<>(p.epoch(), p.validationNdcg()));
        }
        loss.getData().setAll(List.of(l));
        validation.getData().setAll(List.of(v));
    }

    /** Runs table: id, variant, split, seed, data version, K, time, then every metric. */
    static void runColumns(TableView<RunRecord> table, List<String> metrics, I18n i18n) {
        List<TableColumn<RunRecord, String>> cols = new ArrayList<>();
        cols.add(column(i18n.get("recommenders.col.run"), r -> "#" + r.id()));
        cols.add(column(i18n.get("recommenders.col.variant"), RunRecord::spec));
        cols.add(column(i18n.get("recommenders.col.split"), r -> org.tailor.ui.common.EngineText.show(r.split(), i18n)));
        cols.add(column(i18n.get("recommenders.col.seed"), r -> Long.toString(r.seed())));
        cols.add(column(i18n.get("recommenders.col.dataVersion"), RunRecord::dataVersion));
        cols.add(column(i18n.get("recommenders.col.params"), RunRecord::parameters));
        cols.add(column(i18n.get("recommenders.col.trainSeconds"), r -> i18n.get("format.seconds", r.trainSeconds())));
        for (String m : metrics) {
            cols.add(column(m, r -> r.metrics().containsKey(m) ? i18n.get("format.metric", r.metrics().get(m)) : ""));
        }
        cols.get(2).setPrefWidth(220);
        table.getColumns().setAll(cols);
    }

    static void pairedColumns(TableView<MetricComparison> table, I18n i18n) {
        table.getColumns().setAll(List.of(
                column(i18n.get("recommenders.col.metric"), MetricComparison::metric),
                column(i18n.get("recommenders.col.difference"), c -> i18n.get("format.signed", c.meanDifference())),
                column(i18n.get("recommenders.col.ci"), c -> i18n.get("format.interval", c.ciLow(), c.ciHigh())),
                column(i18n.get("recommenders.col.tP"), c -> i18n.get("format.p", c.tPHolm())),
                column(i18n.get("recommenders.col.wilcoxonP"), c -> i18n.get("format.p", c.wilcoxonPHolm()))));
    }

    static void tryColumns(TableColumn<Tuner.Trial, String> spec, TableColumn<Tuner.Trial, String> ndcg,
                           TableColumn<Tuner.Trial, String> seconds, I18n i18n) {
        spec.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().spec()));
        ndcg.setCellValueFactory(c -> new ReadOnlyStringWrapper(i18n.get("format.metric", c.getValue().ndcg())));
        seconds.setCellValueFactory(c -> new ReadOnlyStringWrapper(i18n.get("format.seconds",
                c.getValue().trainSeconds())));
    }

    private static <T> TableColumn<T, String> column(String title, java.util.function.Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(value.apply(x.getValue())));
        return c;
    }
}
