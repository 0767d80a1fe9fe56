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
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;
import org.tailor.ui.common.I18n;
import org.tailor.ui.common.ViewListeners;
import org.tailor.ui.common.Labels;
import org.tailor.ui.common.TaskBar;

/** Controller of {@code Data.fxml}: binds the Data screen to its ViewModel and forwards events. */
public final class DataView {
    private final DataViewModel viewModel;
    private final I18n i18n;
    private final ViewListeners listeners = new ViewListeners();

    @FXML private VBox dropPane;
    @FXML private ListView<Path> filesListView;
    @FXML private Label fileErrorLabel;
    @FXML private Label dialectLabel;
    @FXML private Label countsLabel;
    @FXML private TableView<List<String>> previewTable;
    @FXML private TableView<ColumnMappingRow> mappingTable;
    @FXML private TableColumn<ColumnMappingRow, String> mappingColumnColumn;
    @FXML private TableColumn<ColumnMappingRow, String> mappingRoleColumn;
    @FXML private TableColumn<ColumnMappingRow, String> mappingTypeColumn;
    @FXML private TableColumn<ColumnMappingRow, String> mappingConfidenceColumn;
    @FXML private ComboBox<String> entityComboBox;
    @FXML private ComboBox<String> presetComboBox;
    @FXML private Button importButton;
    @FXML private Button removeFileButton;
    @FXML private Label reportLabel;
    @FXML private TableView<DataService.RejectedRow> rejectedTable;
    @FXML private TableColumn<DataService.RejectedRow, String> rejectedFileColumn;
    @FXML private TableColumn<DataService.RejectedRow, Number> rejectedLineColumn;
    @FXML private TableColumn<DataService.RejectedRow, String> rejectedColumnColumn;
    @FXML private TableColumn<DataService.RejectedRow, String> rejectedReasonColumn;
    @FXML private Button exportRejectedButton;
    @FXML private TaskBar taskBar;

    public DataView(DataViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
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
        dialectLabel.textProperty().bind(viewModel.dialectProperty());
        countsLabel.textProperty().bind(i18n.text("data.counts", viewModel.customersProperty(),
                viewModel.itemsProperty(), viewModel.interactionsProperty()));

        listeners.list(viewModel.previewHeader(), (ListChangeListener<String>) c -> buildPreviewColumns());
        buildPreviewColumns();
        previewTable.setItems(viewModel.previewRows());

        mappingTable.setItems(viewModel.mapping());
        mappingTable.setEditable(true);
        mappingColumnColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getColumn()));
        mappingRoleColumn.setCellValueFactory(c -> c.getValue().roleProperty());
        mappingRoleColumn.setCellFactory(ComboBoxTableCell.forTableColumn(viewModel.roles()));
        mappingTypeColumn.setCellValueFactory(c -> c.getValue().typeProperty());
        mappingTypeColumn.setCellFactory(ComboBoxTableCell.forTableColumn(viewModel.types()));
        mappingConfidenceColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                i18n.get("data.confidence", c.getValue().getConfidence())));

        entityComboBox.setItems(viewModel.entities());
        entityComboBox.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String entity) {
                return entity == null ? "" : i18n.getOr("data.entity." + entity, entity);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        entityComboBox.valueProperty().bindBidirectional(viewModel.entityProperty());
        presetComboBox.setItems(viewModel.presets());
        presetComboBox.valueProperty().bindBidirectional(viewModel.presetProperty());
        importButton.disableProperty().bind(viewModel.canImportProperty().not());

        reportLabel.textProperty().bind(i18n.text("data.report", viewModel.rowsReadProperty(),
                viewModel.rowsStoredProperty(), viewModel.rowsRejectedProperty()));
        rejectedTable.setItems(viewModel.rejected());
        rejectedFileColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().file()));
        rejectedLineColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().line()));
        rejectedColumnColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().column()));
        rejectedReasonColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().reason()));
        exportRejectedButton.disableProperty().bind(viewModel.canExportRejectedProperty().not());
        taskBar.bind(viewModel.task(), i18n);
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
    private void onExportRejected() {
        viewModel.exportRejected();
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
