package org.tailor.ui.privacy;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.VBox;
import org.tailor.ui.common.ChartSeries;
import org.tailor.ui.common.I18n;
import org.tailor.ui.common.ViewListeners;
import org.tailor.ui.common.Labels;
import org.tailor.ui.common.TaskBar;
import org.tailor.ui.privacy.PrivacyService.SuppressionConvention;

/** Controller of {@code Privacy.fxml}: quasi-identifiers, target k, convention, result and class-size chart. */
public final class PrivacyView {
    private final PrivacyViewModel viewModel;
    private final I18n i18n;
    private final ViewListeners listeners = new ViewListeners();

    @FXML private VBox qiBox;
    @FXML private Label qiErrorLabel;
    @FXML private Spinner<Integer> targetKSpinner;
    @FXML private ComboBox<SuppressionConvention> conventionComboBox;
    @FXML private Button checkButton;
    @FXML private Button exportButton;
    @FXML private Label resultKLabel;
    @FXML private Label resultLabel;
    @FXML private Label violatorsLabel;
    @FXML private BarChart<String, Number> classSizeChart;
    @FXML private TaskBar taskBar;

    public PrivacyView(PrivacyViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        listeners.list(viewModel.quasiIdentifiers(), (ListChangeListener<QiChoice>) c -> {
            while (c.next()) {
                if (c.wasAdded() || c.wasRemoved()) {
                    buildChecklist();
                    return;
                }
            }
        });
        buildChecklist();
        qiErrorLabel.textProperty().bind(viewModel.qiErrorProperty());
        Labels.collapseWhenEmpty(qiErrorLabel);
        targetKSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(2, 1000,
                viewModel.targetKProperty().get()));
        targetKSpinner.valueProperty().addListener((o, a, b) -> viewModel.targetKProperty().set(b));
        conventionComboBox.getItems().setAll(SuppressionConvention.values());
        conventionComboBox.setCellFactory(lv -> conventionCell());
        conventionComboBox.setButtonCell(conventionCell());
        conventionComboBox.valueProperty().bindBidirectional(viewModel.conventionProperty());
        checkButton.disableProperty().bind(viewModel.canCheckProperty().not());
        exportButton.disableProperty().bind(viewModel.task().runningProperty());
        resultKLabel.textProperty().bind(viewModel.resultKProperty());
        resultLabel.textProperty().bind(viewModel.resultLabelProperty());
        violatorsLabel.textProperty().bind(viewModel.violatorsProperty());
        listeners.list(viewModel.classSizes(), (ListChangeListener<PrivacyService.ClassSizeCount>) c -> drawChart());
        drawChart();
        taskBar.bind(viewModel.task(), i18n);
    }

    private ListCell<SuppressionConvention> conventionCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(SuppressionConvention item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : viewModel.conventionName(item));
            }
        };
    }

    private void buildChecklist() {
        qiBox.getChildren().clear();
        for (QiChoice q : viewModel.quasiIdentifiers()) {
            CheckBox box = new CheckBox(org.tailor.ui.common.EngineText.column(q.getName(), i18n));
            box.setMnemonicParsing(false);
            box.setId("qi-" + q.getName());
            box.selectedProperty().bindBidirectional(q.selectedProperty());
            qiBox.getChildren().add(box);
        }
    }

    private void drawChart() {
        ChartSeries.show(classSizeChart, ChartSeries.of(i18n.get("privacy.chart.classes"), viewModel.classSizes(),
                c -> Integer.toString(c.size()), PrivacyService.ClassSizeCount::classes));
    }

    @FXML
    private void onCheck() {
        viewModel.check();
    }

    @FXML
    private void onExport() {
        viewModel.exportPseudonymized();
    }
}
