package org.tailor.ui.recommenders;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.tailor.ui.common.ChartSeries;
import org.tailor.ui.common.I18n;
import org.tailor.ui.common.ViewListeners;
import org.tailor.ui.common.Labels;
import org.tailor.ui.common.TaskBar;
import org.tailor.ui.recommenders.RecommenderService.VariantScores;
import org.tailor.ui.recommenders.RecommendersViewModel.TopKRow;

/** Controller of {@code Recommenders.fxml}: variant builder, evaluation table and charts, per-customer lists. */
public final class RecommendersView {
    private final RecommendersViewModel viewModel;
    private final I18n i18n;
    private final ViewListeners listeners = new ViewListeners();

    @FXML private VBox variantsBox;
    @FXML private Label variantsErrorLabel;
    @FXML private Spinner<Integer> kSpinner;
    @FXML private Button runButton;
    @FXML private Label summaryLabel;
    @FXML private TableView<VariantScores> resultsTable;
    @FXML private BarChart<String, Number> metricsChart;
    @FXML private ComboBox<String> customerComboBox;
    @FXML private Button showCustomerButton;
    @FXML private TableView<TopKRow> topKTable;
    @FXML private TableColumn<TopKRow, String> topKVariantColumn;
    @FXML private TableColumn<TopKRow, Number> topKRankColumn;
    @FXML private TableColumn<TopKRow, String> topKItemColumn;
    @FXML private TableColumn<TopKRow, String> topKScoreColumn;
    @FXML private TableColumn<TopKRow, String> topKReasonColumn;
    @FXML private TaskBar taskBar;
    @FXML private TaskBar customerTaskBar;

    public RecommendersView(RecommendersViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        listeners.list(viewModel.variants(), (ListChangeListener<VariantChoice>) c -> buildVariantRows());
        buildVariantRows();
        variantsErrorLabel.textProperty().bind(viewModel.variantsErrorProperty());
        Labels.collapseWhenEmpty(variantsErrorLabel);
        kSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 100, viewModel.kProperty().get()));
        kSpinner.valueProperty().addListener((o, a, b) -> viewModel.kProperty().set(b));
        runButton.disableProperty().bind(viewModel.canRunProperty().not());
        summaryLabel.textProperty().bind(viewModel.summaryProperty());

        resultsTable.setItems(viewModel.results());
        listeners.list(viewModel.metricNames(), (ListChangeListener<String>) c -> buildResultColumns());
        listeners.list(viewModel.results(), (ListChangeListener<VariantScores>) c -> drawChart());
        buildResultColumns();
        drawChart();

        customerComboBox.setItems(viewModel.customers());
        customerComboBox.valueProperty().bindBidirectional(viewModel.customerProperty());
        showCustomerButton.disableProperty().bind(viewModel.canShowCustomerProperty().not());
        topKTable.setItems(viewModel.topK());
        topKVariantColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().variant()));
        topKRankColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().rank()));
        topKItemColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().item()));
        topKScoreColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(i18n.get("format.score", c.getValue().score())));
        topKReasonColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().reason()));
        taskBar.bind(viewModel.task(), i18n);
        customerTaskBar.bind(viewModel.customerTask(), i18n);
    }

    private void buildVariantRows() {
        variantsBox.getChildren().clear();
        for (VariantChoice v : viewModel.variants()) {
            CheckBox check = new CheckBox(v.getName());
            check.setId("variant-" + v.getName());
            check.selectedProperty().bindBidirectional(v.selectedProperty());
            TextField params = new TextField();
            params.promptTextProperty().bind(i18n.text("recommenders.paramsPrompt"));
            params.textProperty().bindBidirectional(v.parametersProperty());
            params.setId("params-" + v.getName());
            Label error = new Label();
            error.getStyleClass().add("validation-message");
            error.textProperty().bind(v.errorProperty());
            error.setWrapText(true);
            Labels.collapseWhenEmpty(error);
            VBox row = new VBox(check, params, error);
            row.getStyleClass().add("variant-row");
            variantsBox.getChildren().add(row);
        }
    }

    private void buildResultColumns() {
        TableColumn<VariantScores, String> variant = new TableColumn<>(i18n.get("recommenders.col.variant"));
        variant.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().variant()));
        resultsTable.getColumns().setAll(List.of(variant));
        for (String metric : viewModel.metricNames()) {
            TableColumn<VariantScores, String> col = new TableColumn<>(metric);
            col.setCellValueFactory(c -> new ReadOnlyStringWrapper(i18n.get("format.metric",
                    c.getValue().metrics().getOrDefault(metric, Double.NaN))));
            resultsTable.getColumns().add(col);
        }
        TableColumn<VariantScores, String> seconds = new TableColumn<>(i18n.get("recommenders.col.trainSeconds"));
        seconds.setCellValueFactory(c -> new ReadOnlyStringWrapper(i18n.get("format.seconds", c.getValue().trainSeconds())));
        resultsTable.getColumns().add(seconds);
    }

    /** Grouped bars: one category per metric, one series (colour) per variant. */
    private void drawChart() {
        List<XYChart.Series<String, Number>> all = new java.util.ArrayList<>();
        for (VariantScores row : viewModel.results()) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(row.variant());
            for (String metric : viewModel.chartMetrics()) {
                series.getData().add(new XYChart.Data<>(metric, row.metrics().getOrDefault(metric, 0.0)));
            }
            all.add(series);
        }
        ChartSeries.show(metricsChart, all);
    }

    @FXML
    private void onRun() {
        viewModel.runEvaluation();
    }

    @FXML
    private void onShowCustomer() {
        viewModel.showCustomer();
    }
}
