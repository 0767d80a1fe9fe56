package org.tailor.ui.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tailor.ui.common.Dialogs;
import org.tailor.ui.common.I18n;
import org.tailor.ui.common.ScreenContext;
import org.tailor.ui.common.TaskState;

/** State and actions of the Data screen: files, preview, editable mapping, import, report, counts. */
public final class DataViewModel {
    static final int PREVIEW_ROWS = 200;
    private static final List<String> ACCEPTED = List.of(".csv", ".tsv", ".txt", ".gz", ".data", ".user", ".item");

    private final DataService service;
    private final Dialogs dialogs;
    private final I18n i18n;
    private final TaskState task;
    private final TaskState previewTask;
    private final TaskState countsTask;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObjectProperty<Path> selectedFile = new SimpleObjectProperty<>();
    private final StringProperty fileError = new SimpleStringProperty("");
    private final ObservableList<String> previewHeader = FXCollections.observableArrayList();
    private final ObservableList<List<String>> previewRows = FXCollections.observableArrayList();
    private final StringProperty dialect = new SimpleStringProperty("");
    private final ObservableList<ColumnMappingRow> mapping = FXCollections.observableArrayList();
    private final ObservableList<String> entities = FXCollections.observableArrayList();
    private final ObservableList<String> presets = FXCollections.observableArrayList();
    private final ObservableList<String> roles = FXCollections.observableArrayList();
    private final ObservableList<String> types = FXCollections.observableArrayList();
    private final StringProperty entity = new SimpleStringProperty();
    private final StringProperty preset = new SimpleStringProperty();
    private final LongProperty rowsRead = new SimpleLongProperty();
    private final LongProperty rowsStored = new SimpleLongProperty();
    private final LongProperty rowsRejected = new SimpleLongProperty();
    private final ObservableList<DataService.RejectedRow> rejected = FXCollections.observableArrayList();
    private final LongProperty customers = new SimpleLongProperty();
    private final LongProperty items = new SimpleLongProperty();
    private final LongProperty interactions = new SimpleLongProperty();
    private final BooleanBinding canImport;
    private final BooleanBinding canExportRejected;

    public DataViewModel(DataService service, ScreenContext context) {
        this.service = service;
        this.dialogs = context.dialogs();
        this.i18n = context.i18n();
        this.task = context.newTask();
        this.previewTask = context.newTask();
        this.countsTask = context.newQuietTask();
        entities.setAll(service.entities());
        presets.setAll(service.presets());
        types.setAll(service.types());
        entity.addListener((o, a, b) -> roles.setAll(b == null ? List.of() : service.roles(b)));
        if (!entities.isEmpty()) {
            entity.set(entities.get(0));
        }
        selectedFile.addListener((o, a, b) -> {
            if (b != null) {
                loadPreview(b);
            }
        });
        canImport = Bindings.isEmpty(files).or(entity.isNull()).or(task.runningProperty())
                .or(previewTask.runningProperty()).not();
        canExportRejected = Bindings.isEmpty(rejected).or(task.runningProperty()).not();
    }

    /** Called when the screen is shown: refreshes the workspace counts. */
    public void activate() {
        refreshCounts();
    }

    /** Adds files (chooser or drop); files that are not CSV-like are refused with a message next to the list. */
    public void addFiles(List<Path> candidates) {
        List<Path> refused = new ArrayList<>();
        for (Path p : candidates) {
            String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
            if (ACCEPTED.stream().anyMatch(name::endsWith)) {
                if (!files.contains(p)) {
                    files.add(p);
                }
            } else {
                refused.add(p);
            }
        }
        fileError.set(refused.isEmpty() ? "" : i18n.get("data.fileRefused",
                String.join(", ", refused.stream().map(p -> p.getFileName().toString()).toList())));
        if (selectedFile.get() == null && !files.isEmpty()) {
            selectedFile.set(files.get(0));
        }
    }

    public void chooseFiles() {
        addFiles(dialogs.chooseCsvFiles(i18n.get("data.chooseTitle")));
    }

    public void removeSelectedFile() {
        Path p = selectedFile.get();
        if (p != null) {
            files.remove(p);
            selectedFile.set(files.isEmpty() ? null : files.get(0));
            if (files.isEmpty()) {
                clearPreview();
            }
        }
    }

    private void clearPreview() {
        previewHeader.clear();
        previewRows.clear();
        mapping.clear();
        dialect.set("");
    }

    private void loadPreview(Path file) {
        previewTask.run(i18n.get("data.task.preview", file.getFileName()),
                (progress, cancel) -> service.preview(file, PREVIEW_ROWS, progress, cancel), p -> {
                    previewHeader.setAll(p.header());
                    previewRows.setAll(p.rows());
                    dialect.set(i18n.get("data.dialect", p.encoding(), describeDelimiter(p.delimiter())));
                    if (p.guessedEntity() != null && entities.contains(p.guessedEntity())) {
                        entity.set(p.guessedEntity());
                    }
                    mapping.setAll(p.columns().stream().map(ColumnMappingRow::new).toList());
                });
    }

    private String describeDelimiter(String d) {
        return switch (d) {
            case "\t" -> i18n.get("data.delimiter.tab");
            case "," -> i18n.get("data.delimiter.comma");
            case ";" -> i18n.get("data.delimiter.semicolon");
            case "|" -> i18n.get("data.delimiter.pipe");
            default -> d;
        };
    }

    /** Imports every listed file; the previewed file uses the edited mapping, the others their preset or a guess. */
    public void importFiles() {
        if (!canImport.get()) {
            return;
        }
        List<DataService.ImportRequest> requests = new ArrayList<>();
        for (Path f : files) {
            List<DataService.ColumnMapping> cols = f.equals(selectedFile.get())
                    ? mapping.stream().map(ColumnMappingRow::toMapping).toList() : List.of();
            String p = preset.get() == null || preset.get().isBlank() ? null : preset.get();
            requests.add(new DataService.ImportRequest(f, entity.get(), p, cols));
        }
        task.run(i18n.get("data.task.import", files.size()),
                (progress, cancel) -> service.importFiles(requests, progress, cancel), report -> {
                    rowsRead.set(report.rowsRead());
                    rowsStored.set(report.rowsStored());
                    rowsRejected.set(report.rowsRejected());
                    rejected.setAll(report.rejected());
                    dialogs.notify(i18n.get("data.imported", report.rowsStored(), report.rowsRejected()));
                    refreshCounts();
                });
    }

    public void exportRejected() {
        if (!canExportRejected.get()) {
            return;
        }
        List<DataService.RejectedRow> rows = List.copyOf(rejected);
        dialogs.chooseSaveCsv(i18n.get("data.exportTitle"), "rejected-rows.csv").ifPresent(out ->
                task.run(i18n.get("data.task.exportRejected"), (progress, cancel) -> {
                    service.exportRejected(rows, out, progress, cancel);
                    return out;
                }, path -> dialogs.notify(i18n.get("data.exported", rows.size(), path.getFileName()))));
    }

    public void refreshCounts() {
        countsTask.run(i18n.get("data.task.counts"), (progress, cancel) -> service.counts(), c -> {
            customers.set(c.customers());
            items.set(c.items());
            interactions.set(c.interactions());
        });
    }

    public void cancel() {
        task.cancel();
        previewTask.cancel();
    }

    public TaskState task() {
        return task;
    }

    public ObservableList<Path> files() {
        return files;
    }

    public ObjectProperty<Path> selectedFileProperty() {
        return selectedFile;
    }

    public StringProperty fileErrorProperty() {
        return fileError;
    }

    public ObservableList<String> previewHeader() {
        return previewHeader;
    }

    public ObservableList<List<String>> previewRows() {
        return previewRows;
    }

    public StringProperty dialectProperty() {
        return dialect;
    }

    public ObservableList<ColumnMappingRow> mapping() {
        return mapping;
    }

    public ObservableList<String> entities() {
        return entities;
    }

    public ObservableList<String> presets() {
        return presets;
    }

    public ObservableList<String> roles() {
        return roles;
    }

    public ObservableList<String> types() {
        return types;
    }

    public StringProperty entityProperty() {
        return entity;
    }

    public StringProperty presetProperty() {
        return preset;
    }

    public LongProperty rowsReadProperty() {
        return rowsRead;
    }

    public LongProperty rowsStoredProperty() {
        return rowsStored;
    }

    public LongProperty rowsRejectedProperty() {
        return rowsRejected;
    }

    public ObservableList<DataService.RejectedRow> rejected() {
        return rejected;
    }

    public LongProperty customersProperty() {
        return customers;
    }

    public LongProperty itemsProperty() {
        return items;
    }

    public LongProperty interactionsProperty() {
        return interactions;
    }

    public BooleanBinding canImportProperty() {
        return canImport;
    }

    public BooleanBinding canExportRejectedProperty() {
        return canExportRejected;
    }
}
