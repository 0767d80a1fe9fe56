package org.tailor.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.NamedArg;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.chart.Axis;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;

/**
 * A grouped bar chart whose bars carry an interval drawn as an error bar (a whisker with caps): JavaFX charts have
 * none. One series per group (colours and legend as in any bar chart), one category per metric. The whiskers are
 * one {@link Path} styled by {@code .error-bar} in app.css; the value axis spans 0 to the highest interval end.
 */
public final class ErrorBarChart extends BarChart<String, Number> {
    private final Path whiskers = new Path();

    public ErrorBarChart(@NamedArg("xAxis") Axis<String> xAxis, @NamedArg("yAxis") Axis<Number> yAxis) {
        super(xAxis, yAxis);
        getStyleClass().add("error-bar-chart");
        whiskers.getStyleClass().add("error-bar");
        whiskers.setManaged(false);
        whiskers.setViewOrder(-1);
        getPlotChildren().add(whiskers);
        setAnimated(false);
    }

    /** Shows the groups; each bar's interval is kept with its data point and drawn at the next layout. */
    public void show(List<ErrorBars.Series> groups) {
        List<XYChart.Series<String, Number>> out = new ArrayList<>();
        double top = 0;
        for (ErrorBars.Series g : groups) {
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(g.name());
            for (ErrorBars.Bar b : g.bars()) {
                XYChart.Data<String, Number> d = new XYChart.Data<>(b.category(), b.value());
                d.setExtraValue(b);
                s.getData().add(d);
                top = Math.max(top, Math.max(b.high(), b.value()));
            }
            out.add(s);
        }
        if (getYAxis() instanceof NumberAxis y) {
            double upper = top <= 0 ? 1 : Math.ceil(top * 1.05 * 20) / 20;
            y.setAutoRanging(false);
            y.setLowerBound(0);
            y.setUpperBound(upper);
            y.setTickUnit(upper / 5);
        }
        ChartSeries.show(this, out);
        requestChartLayout();
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        List<javafx.scene.shape.PathElement> lines = new ArrayList<>();
        for (XYChart.Series<String, Number> s : getData()) {
            for (XYChart.Data<String, Number> d : s.getData()) {
                Node bar = d.getNode();
                if (!(d.getExtraValue() instanceof ErrorBars.Bar b) || bar == null) {
                    continue;
                }
                Bounds box = bar.getBoundsInParent();
                double x = box.getMinX() + box.getWidth() / 2;
                double cap = Math.min(6, box.getWidth() / 3);
                double low = getYAxis().getDisplayPosition(b.low());
                double high = getYAxis().getDisplayPosition(b.high());
                lines.add(new MoveTo(x, low));
                lines.add(new LineTo(x, high));
                lines.add(new MoveTo(x - cap, low));
                lines.add(new LineTo(x + cap, low));
                lines.add(new MoveTo(x - cap, high));
                lines.add(new LineTo(x + cap, high));
            }
        }
        whiskers.getElements().setAll(lines);
    }

    /** The number of whiskers drawn (tests check that every bar got one). */
    public int whiskerCount() {
        return whiskers.getElements().size() / 6;
    }
}
