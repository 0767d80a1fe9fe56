package org.tailor.ui.fairness;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import org.tailor.ui.common.ChartSeries;
import org.tailor.ui.common.I18n;
import org.tailor.ui.common.ViewListeners;
import org.tailor.ui.common.TaskBar;

/** Controller of {@code Fairness.fxml}: variant, group and K; exposure by decile and NDCG by group. */
public final class FairnessView {
    private final FairnessViewModel viewModel;
    private final I18n i18n;
    private final ViewListeners listeners = new ViewListeners();

    @FXML private ComboBox<String> variantComboBox;
    @FXML private ComboBox<String> groupComboBox;
    @FXML private Spinner<Integer> kSpinner;
    @FXML private Button computeButton;
    @FXML private Label ratioLabel;
    @FXML private Label descriptionLabel;
    @FXML private BarChart<String, Number> exposureChart;
    @FXML private BarChart<String, Number> groupChart;
    @FXML private TaskBar taskBar;

    public FairnessView(FairnessViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        variantComboBox.setItems(viewModel.variants());
        variantComboBox.valueProperty().bindBidirectional(viewModel.variantProperty());
        groupComboBox.setItems(viewModel.groupAttributes());
        groupComboBox.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String name) {
                return org.tailor.ui.common.EngineText.column(name, i18n);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        groupComboBox.valueProperty().bindBidirectional(viewModel.groupAttributeProperty());
        kSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 100, viewModel.kProperty().get()));
        kSpinner.valueProperty().addListener((o, a, b) -> viewModel.kProperty().set(b));
        computeButton.disableProperty().bind(viewModel.canComputeProperty().not());
        ratioLabel.textProperty().bind(viewModel.ratioProperty());
        descriptionLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> org.tailor.ui.common.EngineText.show(viewModel.descriptionProperty().get(), i18n),
                viewModel.descriptionProperty(), i18n.localeProperty()));
        listeners.list(viewModel.exposure(), (ListChangeListener<FairnessService.DecileExposure>) c -> drawExposure());
        listeners.list(viewModel.groups(), (ListChangeListener<FairnessService.GroupQuality>) c -> drawGroups());
        drawExposure();
        drawGroups();
        taskBar.bind(viewModel.task(), i18n);
    }

    private void drawExposure() {
        ChartSeries.show(exposureChart, ChartSeries.of(i18n.get("fairness.chart.exposure"), viewModel.exposure(),
                d -> Integer.toString(d.decile()), FairnessService.DecileExposure::share));
    }

    private void drawGroups() {
        ChartSeries.show(groupChart, ChartSeries.of(i18n.get("fairness.chart.ndcg"), viewModel.groups(),
                g -> i18n.get("fairness.groupLabel", g.group(), g.customers()), FairnessService.GroupQuality::ndcg));
    }

    @FXML
    private void onCompute() {
        viewModel.compute();
    }
}
