package org.tailor.ui.data;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.tailor.ui.common.I18n;
import org.tailor.ui.common.Labels;
import org.tailor.ui.common.TaskBar;
import org.tailor.ui.common.ViewListeners;

/** Controller of {@code Data.fxml}: binds the import wizard to its ViewModel and forwards events. */
public final class DataView {
    private final DataViewModel viewModel;
    private final I18n i18n;
    private final ViewListeners listeners = new ViewListeners();

    @FXML private VBox dropPane;
    @FXML private ListView<Path> filesListView;
    @FXML private Label fileErrorLabel;
    @FXML private Label dialectLabel;
    @FXML private ComboBox<String> encodingComboBox;
    @FXML private ComboBox<String> delimiterComboBox;
    @FXML private Label headerChangesLabel;
    @FXML private Label encodingNoteLabel;
    @FXML private TextField nearDuplicateField;
    @FXML private Label nearDuplicateErrorLabel;
    @FXML private Label reportNotesLabel;
    @FXML private Label reportWindowLabel;
    @FXML private javafx.scene.control.Tooltip reportNotesTooltip;
    @FXML private Label countsLabel;
    @FXML private TableView<List<String>> previewTable;
    @FXML private VBox dateQuestionsBox;
    @FXML private TableView<ColumnMappingRow> mappingTable;
    @FXML private TableColumn<ColumnMappingRow, String> mappingColumnColumn;
    @FXML private TableColumn<ColumnMappingRow, String> mappingRoleColumn;
    @FXML private TableColumn<ColumnMappingRow, String> mappingConfidenceColumn;
    @FXML private TableColumn<ColumnMappingRow, String> mappingTypeColumn;
    @FXML private TableColumn<ColumnMappingRow, String> mappingTypeConfidenceColumn;
    @FXML private TableColumn<ColumnMappingRow, String> mappingMissingColumn;
    @FXML private TableColumn<ColumnMappingRow, String> mappingDefaultColumn;
    @FXML private Label validationLabel;
    @FXML private TableView<DataService.RejectedRow> wouldFailTable;
    @FXML private TableColumn<DataService.RejectedRow, Number> failLineColumn;
    @FXML private TableColumn<DataService.RejectedRow, String> failColumnColumn;
    @FXML private TableColumn<DataService.RejectedRow, String> failReasonColumn;
    @FXML private ComboBox<String> entityComboBox;
    @FXML private ComboBox<String> presetComboBox;
    @FXML private TextField presetNameField;
    @FXML private Button savePresetButton;
    @FXML private Button importButton;
    @FXML private Button removeFileButton;
    @FXML private Label reportLabel;
    @FXML private javafx.scene.control.TabPane resultTabs;
    @FXML private javafx.scene.control.Tab validationTab;
    @FXML private javafx.scene.control.Tab reportTab;
    @FXML private TableView<ImportResult.CleaningRow> cleaningTable;
    @FXML private TableColumn<ImportResult.CleaningRow, String> cleaningRuleColumn;
    @FXML private TableColumn<ImportResult.CleaningRow, Number> cleaningCountColumn;
    @FXML private TableView<DataService.RejectedRow> rejectedTable;
    @FXML private TableColumn<DataService.RejectedRow, String> rejectedFileColumn;
    @FXML private TableColumn<DataService.RejectedRow, Number> rejectedLineColumn;
    @FXML private TableColumn<DataService.RejectedRow, String> rejectedColumnColumn;
    @FXML private TableColumn<DataService.RejectedRow, String> rejectedReasonColumn;
    @FXML private Button exportRejectedButton;
    @FXML private TextField eraseIdField;
    @FXML private Button eraseButton;
    @FXML private HBox eraseConfirmBox;
    @FXML private Label eraseMessageLabel;
    @FXML private TaskBar taskBar;

    public DataView(DataViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        bindFiles();
        dialectLabel.textProperty().bind(viewModel.dialectProperty());
        encodingComboBox.setItems(viewModel.encodings());
        encodingComboBox.valueProperty().bindBidirectional(viewModel.encodingProperty());
        delimiterComboBox.setItems(viewModel.delimiters());
        delimiterComboBox.setConverter(converter(viewModel::delimiterLabel));
        delimiterComboBox.valueProperty().bindBidirectional(viewModel.delimiterProperty());
        headerChangesLabel.textProperty().bind(viewModel.headerChangesProperty());
        Labels.collapseWhenEmpty(headerChangesLabel);
        encodingNoteLabel.textProperty().bind(viewModel.encodingNoteTextProperty());
        Labels.collapseWhenEmpty(encodingNoteLabel);
        nearDuplicateField.textProperty().bindBidirectional(viewModel.nearDuplicateSecondsProperty());
        nearDuplicateErrorLabel.textProperty().bind(viewModel.nearDuplicateErrorProperty());
        Labels.collapseWhenEmpty(nearDuplicateErrorLabel);
        countsLabel.textProperty().bind(i18n.text("data.counts", viewModel.customersProperty(),
                viewModel.itemsProperty(), viewModel.interactionsProperty()));

        listeners.list(viewModel.previewHeader(), (ListChangeListener<String>) c -> buildPreviewColumns());
        buildPreviewColumns();
        previewTable.setItems(viewModel.previewRows());
        listeners.list(viewModel.dateQuestions(), (ListChangeListener<DateQuestionRow>) c -> buildDateQuestions());
        buildDateQuestions();
        bindMapping();

        entityComboBox.setItems(viewModel.entities());
        entityComboBox.setConverter(converter(e -> e == null ? "" : i18n.getOr("data.entity." + e, e)));
        entityComboBox.valueProperty().bindBidirectional(viewModel.entityProperty());
        presetComboBox.setItems(viewModel.presets());
        presetComboBox.valueProperty().bindBidirectional(viewModel.presetProperty());
        presetNameField.textProperty().bindBidirectional(viewModel.presetNameProperty());
        savePresetButton.disableProperty().bind(viewModel.canSavePresetProperty().not());
        importButton.disableProperty().bind(viewModel.canImportProperty().not());
        bindReport();
        bindErase();
        taskBar.bind(viewModel.task(), i18n);
    }

    private void bindFiles() {
        filesListView.setItems(viewModel.files());
        filesListView.setCellFactory(lv -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Path item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.getFileName().toString());
            }
        });
        filesListView.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                viewModel.selectedFileProperty().set(b);
            }
        });
        listeners.value(viewModel.selectedFileProperty(), (o, a, b) -> filesListView.getSelectionModel().select(b));
        filesListView.getSelectionModel().select(viewModel.selectedFileProperty().get());
        removeFileButton.disableProperty().bind(viewModel.selectedFileProperty().isNull());
        fileErrorLabel.textProperty().bind(viewModel.fileErrorProperty());
        Labels.collapseWhenEmpty(fileErrorLabel);
    }

    private void bindMapping() {
        mappingTable.setItems(viewModel.mapping());
        mappingTable.setEditable(true);
        mappingColumnColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getColumn()));
        mappingRoleColumn.setCellValueFactory(c -> c.getValue().roleProperty());
        mappingRoleColumn.setCellFactory(ComboBoxTableCell.forTableColumn(viewModel.roles()));
        mappingConfidenceColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                i18n.get("data.confidence", c.getValue().getConfidence())));
        mappingTypeColumn.setCellValueFactory(c -> c.getValue().typeProperty());
        mappingTypeColumn.setCellFactory(ComboBoxTableCell.forTableColumn(
                converter(t -> t == null ? "" : i18n.getOr("data.type." + t, t)), viewModel.types()));
        mappingTypeConfidenceColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                i18n.get("data.confidence", c.getValue().getTypeConfidence())));
        mappingMissingColumn.setCellValueFactory(c -> c.getValue().missingProperty());
        mappingMissingColumn.setCellFactory(ComboBoxTableCell.forTableColumn(
                converter(m -> m == null ? "" : i18n.get("data.missing." + m)),
                javafx.collections.FXCollections.observableList(ColumnMappingRow.POLICIES)));
        mappingDefaultColumn.setCellValueFactory(c -> c.getValue().defaultValueProperty());
        mappingDefaultColumn.setCellFactory(TextFieldTableCell.forTableColumn());
        validationLabel.textProperty().bind(viewModel.validationProperty());
        wouldFailTable.setItems(viewModel.wouldFail());
        failLineColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().line()));
        failColumnColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().column()));
        failReasonColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().reason()));
    }

    private void bindReport() {
        ImportResult r = viewModel.result();
        reportLabel.textProperty().bind(i18n.text("data.report", r.rowsReadProperty(), r.rowsStoredProperty(),
                r.rowsRejectedProperty()));
        reportNotesLabel.textProperty().bind(r.notesProperty());
        reportNotesTooltip.textProperty().bind(r.notesProperty());
        reportWindowLabel.textProperty().bind(r.windowProperty());
        Labels.collapseWhenEmpty(reportNotesLabel);
        cleaningTable.setItems(r.cleaning());
        cleaningRuleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().rule()));
        cleaningCountColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().count()));
        rejectedTable.setItems(r.rejected());
        rejectedFileColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().file()));
        rejectedLineColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().line()));
        rejectedColumnColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().column()));
        rejectedReasonColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().reason()));
        exportRejectedButton.disableProperty().bind(r.canExportRejectedProperty().not());
        listeners.list(r.importIds(), (ListChangeListener<Long>) c -> resultTabs.getSelectionModel().select(
                r.importIds().isEmpty() ? validationTab : reportTab));
        listeners.list(viewModel.mapping(), (ListChangeListener<ColumnMappingRow>) c -> resultTabs
                .getSelectionModel().select(validationTab));
    }

    private void bindErase() {
        EraseCustomerModel e = viewModel.erase();
        eraseIdField.textProperty().bindBidirectional(e.customerIdProperty());
        eraseButton.disableProperty().bind(e.canRequestProperty().not());
        eraseConfirmBox.visibleProperty().bind(e.confirmingProperty());
        eraseConfirmBox.managedProperty().bind(e.confirmingProperty());
        eraseMessageLabel.textProperty().bind(e.messageProperty());
        Labels.collapseWhenEmpty(eraseMessageLabel);
    }

    /**
     * One row per ambiguous date column: the question and one choice per format with examples read that way. The
     * texts follow the language (bound, so a switch redraws them); the choice shown selected is the row's answer.
     */
    private void buildDateQuestions() {
        dateQuestionsBox.getChildren().clear();
        List<DateQuestionRow> questions = List.copyOf(viewModel.dateQuestions());
        for (int q = 0; q < questions.size(); q++) {
            DateQuestionRow row = questions.get(q);
            VBox box = new VBox(2);
            box.getStyleClass().add("date-question");
            Label ask = new Label();
            ask.setId("dateQuestion" + q);
            ask.textProperty().bind(row.questionText(i18n));
            ask.getStyleClass().add("validation-message");
            ask.setWrapText(true);
            box.getChildren().add(ask);
            javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
            for (int f = 0; f < row.formats().size(); f++) {
                String format = row.formats().get(f);
                javafx.scene.control.RadioButton choice = new javafx.scene.control.RadioButton();
                choice.textProperty().bind(row.optionText(format, i18n));
                choice.setId("dateAnswer" + q + "_" + f);
                choice.setToggleGroup(group);
                choice.setWrapText(true);
                choice.setSelected(format.equals(row.answerProperty().get()));
                choice.setOnAction(ev -> row.answerProperty().set(format));
                box.getChildren().add(choice);
            }
            dateQuestionsBox.getChildren().add(box);
        }
        dateQuestionsBox.setManaged(!questions.isEmpty());
        dateQuestionsBox.setVisible(!questions.isEmpty());
    }

    private void buildPreviewColumns() {
        previewTable.getColumns().clear();
        List<String> header = List.copyOf(viewModel.previewHeader());
        for (int i = 0; i < header.size(); i++) {
            int col = i;
            TableColumn<List<String>, String> column = new TableColumn<>(header.get(i));
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(col < c.getValue().size() ? c.getValue().get(col) : ""));
            previewTable.getColumns().add(column);
        }
    }

    private static StringConverter<String> converter(java.util.function.Function<String, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(String value) {
                return show.apply(value);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        };
    }

    @FXML
    private void onChooseFiles() {
        viewModel.chooseFiles();
    }

    @FXML
    private void onRemoveFile() {
        viewModel.removeSelectedFile();
    }

    @FXML
    private void onImport() {
        viewModel.importFiles();
    }

    @FXML
    private void onSavePreset() {
        viewModel.savePreset();
    }

    @FXML
    private void onExportRejected() {
        viewModel.exportRejected();
    }

    @FXML
    private void onErase() {
        viewModel.erase().request();
    }

    @FXML
    private void onEraseConfirm() {
        viewModel.erase().confirm();
    }

    @FXML
    private void onEraseCancel() {
        viewModel.erase().cancel();
    }

    @FXML
    private void onDragOver(DragEvent event) {
        if (event.getDragboard().hasFiles()) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    @FXML
    private void onDragDropped(DragEvent event) {
        boolean ok = event.getDragboard().hasFiles();
        if (ok) {
            viewModel.addFiles(event.getDragboard().getFiles().stream().map(File::toPath).toList());
        }
        event.setDropCompleted(ok);
        event.consume();
    }
}
