package org.tailor.ui.recommenders;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.ScatterChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.tailor.core.evaluate.PairedComparison.MetricComparison;
import org.tailor.core.evaluate.Tuner;
import org.tailor.ui.common.ErrorBarChart;
import org.tailor.ui.common.I18n;
import org.tailor.ui.common.Labels;
import org.tailor.ui.common.TaskBar;
import org.tailor.ui.common.ViewListeners;
import org.tailor.ui.recommenders.RecommenderService.RunRecord;
import org.tailor.ui.recommenders.RecommenderService.SplitKind;

/** Controller of {@code Recommenders.fxml}: builder, runs table and comparison; training and customer tabs bound by {@link LabTabs}. */
public final class RecommendersView {
    private final RecommendersViewModel viewModel;
    private final I18n i18n;
    private final ViewListeners listeners = new ViewListeners();
    private boolean syncing;

    @FXML private VBox variantsBox;
    @FXML private Label variantsErrorLabel;
    @FXML private ComboBox<SplitKind> splitComboBox;
    @FXML private TextField seedTextField;
    @FXML private Label seedErrorLabel;
    @FXML private Spinner<Integer> kSpinner;
    @FXML private Button runButton;
    @FXML private Label summaryLabel;
    @FXML private TableView<RunRecord> resultsTable;
    @FXML private ErrorBarChart metricsChart;
    @FXML private LineChart<Number, Number> prChart;
    @FXML private ScatterChart<Number, Number> coverageChart;
    @FXML private Label pairedTitleLabel;
    @FXML private TableView<MetricComparison> pairedTable;
    @FXML private TaskBar taskBar;
    @FXML ComboBox<String> trainingVariantComboBox;
    @FXML Button curveButton;
    @FXML Button tuneButton;
    @FXML Button useBestButton;
    @FXML LineChart<Number, Number> lossChart;
    @FXML LineChart<Number, Number> validationChart;
    @FXML Label tuneSummaryLabel;
    @FXML TableView<Tuner.Trial> triesTable;
    @FXML TableColumn<Tuner.Trial, String> trySpecColumn;
    @FXML TableColumn<Tuner.Trial, String> tryNdcgColumn;
    @FXML TableColumn<Tuner.Trial, String> trySecondsColumn;
    @FXML TaskBar trainingTaskBar;
    @FXML ComboBox<String> customerComboBox;
    @FXML Button showCustomerButton;
    @FXML TextField itemSearchField;
    @FXML ComboBox<RecommenderService.ItemChoice> itemComboBox;
    @FXML Button addInteractionButton;
    @FXML Label liveLabel;
    @FXML Label driftLabel;
    @FXML Button retrainButton;
    @FXML TableView<CustomerViewModel.TopKRow> topKTable;
    @FXML TableColumn<CustomerViewModel.TopKRow, String> topKVariantColumn;
    @FXML TableColumn<CustomerViewModel.TopKRow, Number> topKRankColumn;
    @FXML TableColumn<CustomerViewModel.TopKRow, String> topKItemColumn;
    @FXML TableColumn<CustomerViewModel.TopKRow, String> topKScoreColumn;
    @FXML TableColumn<CustomerViewModel.TopKRow, String> topKReasonColumn;
    @FXML TaskBar customerTaskBar;

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
        splitComboBox.getItems().setAll(SplitKind.values());
        splitComboBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(SplitKind s) {
                return s == null ? "" : i18n.get("recommenders.split." + s.name());
            }

            @Override
            public SplitKind fromString(String s) {
                return null;
            }
        });
        splitComboBox.valueProperty().bindBidirectional(viewModel.splitProperty());
        seedTextField.textProperty().bindBidirectional(viewModel.seedProperty());
        seedErrorLabel.textProperty().bind(viewModel.seedErrorProperty());
        Labels.collapseWhenEmpty(seedErrorLabel);
        kSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 100, viewModel.kProperty().get()));
        kSpinner.valueProperty().addListener((o, a, b) -> viewModel.kProperty().set(b));
        runButton.disableProperty().bind(viewModel.canRunProperty().not());
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        Labels.collapseWhenEmpty(summaryLabel);
        taskBar.bind(viewModel.task(), i18n);

        resultsTable.setItems(viewModel.runs());
        resultsTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        listeners.list(viewModel.metricNames(), (ListChangeListener<String>) c ->
                ComparisonCharts.runColumns(resultsTable, viewModel.metricNames(), i18n));
        ComparisonCharts.runColumns(resultsTable, viewModel.metricNames(), i18n);
        listeners.list(viewModel.selectedRuns(), (ListChangeListener<RunRecord>) c -> syncSelection());
        resultsTable.getSelectionModel().getSelectedItems().addListener((ListChangeListener<RunRecord>) c -> {
            if (!syncing) {
                viewModel.select(List.copyOf(resultsTable.getSelectionModel().getSelectedItems()));
            }
        });
        syncSelection();
        ComparisonCharts.pairedColumns(pairedTable, i18n);
        pairedTable.setItems(viewModel.paired());
        pairedTitleLabel.textProperty().bind(viewModel.pairedTitleProperty());
        listeners.value(viewModel.comparisonProperty(), (o, a, b) -> drawComparison());
        drawComparison();
        LabTabs.bind(this, viewModel, i18n);
    }

    /** The table follows the ViewModel's selection (after an evaluation, the new runs are selected). */
    private void syncSelection() {
        List<RunRecord> wanted = viewModel.selectedRuns();
        if (!wanted.equals(resultsTable.getSelectionModel().getSelectedItems())) {
            syncing = true;
            resultsTable.getSelectionModel().clearSelection();
            wanted.forEach(r -> resultsTable.getSelectionModel().select(r));
            syncing = false;
        }
    }

    private void drawComparison() {
        RunComparison.Result r = viewModel.comparisonProperty().get();
        metricsChart.show(r == null ? List.of() : r.bars());
        ComparisonCharts.precisionRecall(prChart, r == null ? List.of() : r.curves());
        ComparisonCharts.accuracyCoverage(coverageChart, r == null ? List.of() : r.accuracyCoverage());
    }

    private void buildVariantRows() {
        variantsBox.getChildren().clear();
        for (VariantChoice v : viewModel.variants()) {
            CheckBox check = new CheckBox(v.getName());
            check.setId("variant-" + v.getName());
            check.selectedProperty().bindBidirectional(v.selectedProperty());
            GridPane grid = new GridPane();
            grid.getStyleClass().add("param-grid");
            int row = 0;
            for (ParamField f : v.fields()) {
                Label name = new Label(f.getName());
                name.getStyleClass().add("param-name");
                grid.addRow(row++, name, LabTabs.field(v, f));
            }
            grid.visibleProperty().bind(v.selectedProperty());
            grid.managedProperty().bind(v.selectedProperty());
            Label error = new Label();
            error.setId("error-" + v.getName());
            error.getStyleClass().add("validation-message");
            error.textProperty().bind(v.errorProperty());
            error.setWrapText(true);
            Labels.collapseWhenEmpty(error);
            VBox box = new VBox(check, grid, error);
            box.getStyleClass().add("variant-row");
            variantsBox.getChildren().add(box);
        }
    }

    @FXML
    private void onRun() {
        viewModel.runEvaluation();
    }

    @FXML
    private void onCurve() {
        viewModel.training().showCurve();
    }

    @FXML
    private void onTune() {
        viewModel.training().tune();
    }

    @FXML
    private void onUseBest() {
        viewModel.training().useBest();
    }

    @FXML
    private void onShowCustomer() {
        viewModel.customer().showCustomer();
    }

    @FXML
    private void onAddInteraction() {
        viewModel.customer().addInteraction();
    }

    @FXML
    private void onRetrain() {
        viewModel.customer().retrain();
    }
}
