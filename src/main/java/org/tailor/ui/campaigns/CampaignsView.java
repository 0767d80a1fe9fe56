package org.tailor.ui.campaigns;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.tailor.ui.campaigns.CampaignService.CampaignTarget;
import org.tailor.ui.campaigns.CampaignService.Exclusion;
import org.tailor.ui.common.I18n;
import org.tailor.ui.common.Labels;
import org.tailor.ui.common.TaskBar;

/** Controller of {@code Campaigns.fxml}: parameters, target preview, exclusions, export. */
public final class CampaignsView {
    private final CampaignsViewModel viewModel;
    private final I18n i18n;

    @FXML private ComboBox<String> personaComboBox;
    @FXML private Label personaErrorLabel;
    @FXML private ComboBox<String> variantComboBox;
    @FXML private Spinner<Integer> topNSpinner;
    @FXML private TextField holdoutTextField;
    @FXML private Label holdoutErrorLabel;
    @FXML private TextField seedTextField;
    @FXML private Label seedErrorLabel;
    @FXML private javafx.scene.control.CheckBox reasonsCheckBox;
    @FXML private Button previewButton;
    @FXML private Button exportButton;
    @FXML private Label summaryLabel;
    @FXML private TableView<CampaignTarget> targetsTable;
    @FXML private TableColumn<CampaignTarget, String> targetCustomerColumn;
    @FXML private TableColumn<CampaignTarget, String> targetArmColumn;
    @FXML private TableColumn<CampaignTarget, String> targetItemsColumn;
    @FXML private TableColumn<CampaignTarget, String> targetReasonColumn;
    @FXML private TableView<Exclusion> excludedTable;
    @FXML private TableColumn<Exclusion, String> excludedReasonColumn;
    @FXML private TableColumn<Exclusion, Number> excludedCountColumn;
    @FXML private TaskBar taskBar;

    public CampaignsView(CampaignsViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        personaComboBox.setItems(viewModel.personas());
        personaComboBox.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String name) {
                return org.tailor.ui.personas.PersonaNames.display(name, i18n);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        personaComboBox.valueProperty().bindBidirectional(viewModel.personaProperty());
        personaErrorLabel.textProperty().bind(viewModel.personaErrorProperty());
        variantComboBox.setItems(viewModel.variants());
        variantComboBox.valueProperty().bindBidirectional(viewModel.variantProperty());
        topNSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 50, viewModel.topNProperty().get()));
        topNSpinner.valueProperty().addListener((o, a, b) -> viewModel.topNProperty().set(b));
        holdoutTextField.textProperty().bindBidirectional(viewModel.holdoutTextProperty());
        holdoutErrorLabel.textProperty().bind(viewModel.holdoutErrorProperty());
        seedTextField.textProperty().bindBidirectional(viewModel.seedTextProperty());
        seedErrorLabel.textProperty().bind(viewModel.seedErrorProperty());
        Labels.collapseWhenEmpty(personaErrorLabel, holdoutErrorLabel, seedErrorLabel);
        reasonsCheckBox.selectedProperty().bindBidirectional(viewModel.withReasonsProperty());
        previewButton.disableProperty().bind(viewModel.canRunProperty().not());
        exportButton.disableProperty().bind(viewModel.canRunProperty().not());
        summaryLabel.textProperty().bind(viewModel.summaryProperty());

        targetsTable.setItems(viewModel.targets());
        targetCustomerColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().customerId()));
        targetArmColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(i18n.getOr("campaigns.arm." + c.getValue().arm(), c.getValue().arm())));
        targetItemsColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.join(", ", c.getValue().titles())));
        targetReasonColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                org.tailor.ui.common.EngineText.show(c.getValue().reason(), i18n)));
        excludedTable.setItems(viewModel.excluded());
        excludedReasonColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                i18n.getOr("campaigns.exclusion." + c.getValue().reason(), c.getValue().reason())));
        excludedCountColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().customers()));
        taskBar.bind(viewModel.task(), i18n);
    }

    @FXML
    private void onPreview() {
        viewModel.preview();
    }

    @FXML
    private void onExport() {
        viewModel.export();
    }
}
