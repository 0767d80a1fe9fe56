package org.tailor.ui.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.value.ChangeListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tailor.core.ingest.EncodingNote;
import org.tailor.core.ingest.ImportService;
import org.tailor.ui.common.Dialogs;
import org.tailor.ui.common.I18n;
import org.tailor.ui.common.ScreenContext;
import org.tailor.ui.common.TaskState;
import org.tailor.ui.common.Validation;

/**
 * State and actions of the Data screen, an import wizard: files; a preview with the dialect (overridable) and
 * renamed headers; the guessed role and type per column (editable) with missing-value policies; questions for
 * ambiguous date columns (Import stays disabled until answered); a validation summary of the checked rows; the
 * near-duplicate window; then the import with its cleaning report and rejected rows, presets saved from the
 * mapping, and customer erasure. An encoding guessed without being sure is explained with example lines. Texts
 * the ViewModel composes are re-rendered when the language changes; answers and edits stay.
 */
public final class DataViewModel {
    static final int PREVIEW_ROWS = 200;
    /** The longest near-duplicate window the wizard takes: a year, in seconds. */
    static final long MAX_WINDOW_SECONDS = 365L * 86_400L;
    private static final List<String> ACCEPTED = List.of(".csv", ".tsv", ".txt", ".gz", ".data", ".user", ".item");

    private final DataService service;
    private final Dialogs dialogs;
    private final I18n i18n;
    private final TaskState task;
    private final TaskState previewTask;
    private final TaskState validateTask;
    private final TaskState choicesTask;
    private final TaskState countsTask;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObjectProperty<Path> selectedFile = new SimpleObjectProperty<>();
    private final StringProperty fileError = new SimpleStringProperty("");
    private final ObservableList<String> previewHeader = FXCollections.observableArrayList();
    private final ObservableList<List<String>> previewRows = FXCollections.observableArrayList();
    private final StringProperty dialect = new SimpleStringProperty("");
    private final ObservableList<String> encodings = FXCollections.observableArrayList();
    private final ObservableList<String> delimiters = FXCollections.observableArrayList();
    private final StringProperty encoding = new SimpleStringProperty();
    private final StringProperty delimiter = new SimpleStringProperty();
    private final StringProperty headerChanges = new SimpleStringProperty("");
    private final ObjectProperty<EncodingNote> encodingNote = new SimpleObjectProperty<>();
    private final StringBinding encodingNoteText;
    private final StringProperty nearDuplicateSeconds =
            new SimpleStringProperty(Long.toString(ImportService.NEAR_DUPLICATE_SECONDS));
    private final StringBinding nearDuplicateError;
    /**
     * Whether the marketer typed a window. Until then the field shows the previewed file's window (its preset's,
     * else the default) and imports send none, so every file keeps its own preset's window.
     */
    private boolean windowEdited;
    /** The last preview shown and the last check of its rows, kept to re-render their texts in a new language. */
    private DataService.CsvPreview shownPreview;
    private DataService.CsvPreview checkedPreview;
    /** The encoding the last preview without a chosen encoding detected. */
    private String detectedEncoding;
    private final ObservableList<ColumnMappingRow> mapping = FXCollections.observableArrayList();
    private final ObservableList<DateQuestionRow> dateQuestions = FXCollections.observableArrayList();
    private final IntegerProperty unanswered = new SimpleIntegerProperty();
    private final IntegerProperty rowsChecked = new SimpleIntegerProperty();
    private final ObservableList<DataService.RejectedRow> wouldFail = FXCollections.observableArrayList();
    private final StringProperty validation = new SimpleStringProperty("");
    private final ObservableList<String> entities = FXCollections.observableArrayList();
    private final ObservableList<String> presets = FXCollections.observableArrayList();
    private final ObservableList<String> roles = FXCollections.observableArrayList();
    private final ObservableList<String> types = FXCollections.observableArrayList();
    private final StringProperty entity = new SimpleStringProperty();
    private final StringProperty preset = new SimpleStringProperty();
    private final StringProperty presetName = new SimpleStringProperty("");
    private final ImportResult result;
    private final LongProperty customers = new SimpleLongProperty();
    private final LongProperty items = new SimpleLongProperty();
    private final LongProperty interactions = new SimpleLongProperty();
    private final EraseCustomerModel erase;
    private final BooleanBinding canImport;
    private final BooleanBinding canSavePreset;
    private final ChangeListener<Object> revalidate = (o, a, b) -> validate();
    private boolean applying;

    public DataViewModel(DataService service, ScreenContext context) {
        this.service = service;
        this.dialogs = context.dialogs();
        this.i18n = context.i18n();
        this.task = context.newTask();
        this.previewTask = context.newTask();
        this.validateTask = context.newQuietTask();
        this.countsTask = context.newQuietTask();
        this.choicesTask = context.newQuietTask();
        this.result = new ImportResult(service, context, task);
        this.erase = new EraseCustomerModel(service, context, task, this::refreshCounts);
        entities.setAll(service.entities());
        // Workspace presets read the workspace: off the FX thread, queued behind any running work.
        choicesTask.run(i18n.get("task.loadChoices"), (progress, cancel) -> service.presets(), presets::setAll);
        types.setAll(service.types());
        encodings.setAll(service.encodings());
        delimiters.setAll(service.delimiters());
        entity.addListener((o, a, b) -> roles.setAll(b == null ? List.of() : service.roles(b)));
        if (!entities.isEmpty()) {
            entity.set(entities.get(0));
        }
        selectedFile.addListener((o, a, b) -> {
            if (b != null) {
                loadPreview(b);
            }
        });
        ChangeListener<String> reload = (o, a, b) -> {
            if (!applying && selectedFile.get() != null) {
                loadPreview(selectedFile.get());
            }
        };
        encoding.addListener(reload);
        delimiter.addListener(reload);
        preset.addListener(reload);
        encodingNoteText = Bindings.createStringBinding(() -> EncodingNoteText.describe(encodingNote.get(), i18n),
                encodingNote, i18n.localeProperty());
        nearDuplicateSeconds.addListener((o, a, b) -> windowEdited |= !applying);
        nearDuplicateError = Validation.intInRange(i18n, nearDuplicateSeconds, 0, MAX_WINDOW_SECONDS,
                "data.nearDuplicate.field");
        canImport = Bindings.isEmpty(files).or(entity.isNull()).or(task.runningProperty())
                .or(previewTask.runningProperty()).or(unanswered.greaterThan(0))
                .or(nearDuplicateError.isNotEmpty()).not();
        i18n.localeProperty().addListener((o, a, b) -> rerender());
        canSavePreset = Bindings.isEmpty(mapping).or(task.runningProperty())
                .or(Bindings.createBooleanBinding(() -> presetName.get() == null || presetName.get().isBlank(),
                        presetName)).not();
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
        setMapping(List.of());
        dateQuestions.clear();
        unanswered.set(0);
        wouldFail.clear();
        validation.set("");
        headerChanges.set("");
        dialect.set("");
        encodingNote.set(null);
        shownPreview = null;
        checkedPreview = null;
    }

    private String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private void loadPreview(Path file) {
        DataService.PreviewRequest request = new DataService.PreviewRequest(file, chosenEncoding(),
                blankToNull(delimiter.get()), blankToNull(preset.get()), null, List.of());
        previewTask.run(i18n.get("data.task.preview", file.getFileName()),
                (progress, cancel) -> service.preview(request, progress, cancel), p -> {
                    if (request.encoding() == null) {
                        detectedEncoding = p.encoding();
                    }
                    apply(p);
                });
    }

    /**
     * The encoding the user chose, or null while the box shows the detected one: the importer then detects it
     * again and says how sure it is (an encoding passed on is taken as the user's choice, sure and unexplained).
     */
    private String chosenEncoding() {
        String e = blankToNull(encoding.get());
        return e == null || e.equals(detectedEncoding) ? null : e;
    }

    private void apply(DataService.CsvPreview p) {
        applying = true;
        try {
            previewHeader.setAll(p.header());
            previewRows.setAll(p.rows());
            shownPreview = p;
            renderDialect(p);
            encodingNote.set(p.encodingNote());
            if (!windowEdited) {
                nearDuplicateSeconds.set(Long.toString(p.nearDuplicateSeconds()));
            }
            encoding.set(p.encoding());
            delimiter.set(p.delimiter());
            if (p.guessedEntity() != null && entities.contains(p.guessedEntity())) {
                entity.set(p.guessedEntity());
            }
            setMapping(p.columns().stream().map(ColumnMappingRow::new).toList());
            List<DateQuestionRow> questions = p.dateQuestions().stream().map(this::question).toList();
            // Import is disabled before the questions show, never after
            unanswered.set(questions.size());
            dateQuestions.setAll(questions);
            showValidation(p);
        } finally {
            applying = false;
        }
    }

    /** The dialect line and the renamed headers of a preview, in the current language. */
    private void renderDialect(DataService.CsvPreview p) {
        dialect.set(i18n.get("data.dialect", p.encoding(), p.encodingConfidence(), describeDelimiter(p.delimiter()),
                p.delimiterConfidence()));
        headerChanges.set(p.headerChanges().isEmpty() ? "" : i18n.get("data.headerChanges", String.join(
                i18n.get("data.list.separator"), p.headerChanges().stream().map(c -> i18n.get("data.headerChange",
                        c.column(), c.original(), c.name(), c.reason())).toList())));
    }

    /** Re-renders the texts the ViewModel composed, after a language switch (the answers and edits stay). */
    private void rerender() {
        if (shownPreview != null) {
            renderDialect(shownPreview);
        }
        if (checkedPreview != null) {
            renderValidation();
        }
    }

    private void setMapping(List<ColumnMappingRow> rows) {
        mapping.forEach(r -> r.editables().forEach(e -> e.removeListener(revalidate)));
        mapping.setAll(rows);
        mapping.forEach(r -> r.editables().forEach(e -> e.addListener(revalidate)));
    }

    private DateQuestionRow question(DataService.DateQuestion q) {
        DateQuestionRow row = new DateQuestionRow(q);
        row.answerProperty().addListener((o, a, b) -> {
            countUnanswered();
            validate();
        });
        return row;
    }

    private void countUnanswered() {
        unanswered.set((int) dateQuestions.stream().filter(q -> !q.isAnswered()).count());
    }

    private void showValidation(DataService.CsvPreview p) {
        rowsChecked.set(p.rowsChecked());
        // a column the marketer just typed as a date may be ambiguous too: ask about it as well
        List<DateQuestionRow> added = p.dateQuestions().stream()
                .filter(q -> dateQuestions.stream().noneMatch(d -> d.getColumn().equals(q.column())))
                .map(this::question).toList();
        if (!added.isEmpty()) {
            unanswered.set(unanswered.get() + added.size());
            dateQuestions.addAll(added);
        }
        java.util.Set<String> open = new java.util.HashSet<>();
        dateQuestions.stream().filter(q -> !q.isAnswered()).forEach(q -> open.add(q.getColumn()));
        // rows failing only because a date question is open are not shown: the answer decides them
        wouldFail.setAll(p.wouldFail().stream().filter(r -> !open.contains(r.column())).toList());
        checkedPreview = p;
        renderValidation();
    }

    private void renderValidation() {
        long failing = wouldFail.stream().map(DataService.RejectedRow::line).distinct().count();
        validation.set(unanswered.get() > 0 ? i18n.get("data.validation.waiting", unanswered.get())
                : i18n.get("data.validation", failing, checkedPreview.rowsChecked()));
    }

    /** Re-checks the preview rows with the current mapping, types, date answers and policies. */
    public void validate() {
        Path file = selectedFile.get();
        if (applying || file == null || mapping.isEmpty()) {
            return;
        }
        DataService.PreviewRequest request = new DataService.PreviewRequest(file, chosenEncoding(),
                blankToNull(delimiter.get()), blankToNull(preset.get()), entity.get(), columns());
        validateTask.run(i18n.get("data.task.validate", file.getFileName()),
                (progress, cancel) -> service.preview(request, progress, cancel), this::showValidation);
    }

    /** The edited mapping of the previewed file, with the date answers. */
    List<DataService.ColumnMapping> columns() {
        List<DataService.ColumnMapping> out = new ArrayList<>();
        for (ColumnMappingRow r : mapping) {
            String answer = dateQuestions.stream().filter(q -> q.getColumn().equals(r.getColumn()))
                    .map(q -> q.answerProperty().get()).findFirst().orElse(null);
            out.add(r.toMapping(answer));
        }
        return out;
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

    /** How a delimiter is shown in its choice box. */
    public String delimiterLabel(String d) {
        return d == null ? "" : describeDelimiter(d);
    }

    private DataService.ImportRequest requestFor(Path f) {
        String p = blankToNull(preset.get());
        Integer window = windowEdited && nearDuplicateError.get().isEmpty()
                ? Integer.valueOf(nearDuplicateSeconds.get().strip()) : null;
        if (f.equals(selectedFile.get())) {
            return new DataService.ImportRequest(f, entity.get(), p, chosenEncoding(),
                    blankToNull(delimiter.get()), columns(), window);
        }
        return new DataService.ImportRequest(f, entity.get(), p, null, null, List.of(), window);
    }

    /** Imports every listed file; the previewed file uses the edited mapping, the others their preset or a guess. */
    public void importFiles() {
        if (!canImport.get()) {
            return;
        }
        List<DataService.ImportRequest> requests = files.stream().map(this::requestFor).toList();
        result.run(requests, this::refreshCounts);
    }

    /** Saves the previewed file's mapping, formats and policies as a named preset in the workspace. */
    public void savePreset() {
        if (!canSavePreset.get() || selectedFile.get() == null) {
            return;
        }
        String name = presetName.get().strip();
        DataService.ImportRequest request = requestFor(selectedFile.get());
        task.run(i18n.get("data.task.savePreset", name), (progress, cancel) -> {
            service.savePreset(name, request);
            return service.presets();
        }, names -> {
            applying = true;
            try {
                presets.setAll(names);
            } finally {
                applying = false;
            }
            presetName.set("");
            dialogs.notify(i18n.get("data.presetSaved", name));
        });
    }

    public void exportRejected() {
        result.exportRejected();
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

    public ImportResult result() {
        return result;
    }

    public EraseCustomerModel erase() {
        return erase;
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

    public ObservableList<String> encodings() {
        return encodings;
    }

    public ObservableList<String> delimiters() {
        return delimiters;
    }

    public StringProperty encodingProperty() {
        return encoding;
    }

    public StringProperty delimiterProperty() {
        return delimiter;
    }

    public StringProperty headerChangesProperty() {
        return headerChanges;
    }

    /** Why the previewed file's encoding was guessed without being sure; null when it is sure or chosen. */
    public ObjectProperty<EncodingNote> encodingNoteProperty() {
        return encodingNote;
    }

    /** {@link #encodingNoteProperty} in the current language ("" when there is none). */
    public StringBinding encodingNoteTextProperty() {
        return encodingNoteText;
    }

    /** The near-duplicate window in seconds as typed (0 turns the check off); sent with every file imported. */
    public StringProperty nearDuplicateSecondsProperty() {
        return nearDuplicateSeconds;
    }

    /** Why the typed window is not valid, "" when it is (Import stays disabled until then). */
    public StringBinding nearDuplicateErrorProperty() {
        return nearDuplicateError;
    }

    public ObservableList<ColumnMappingRow> mapping() {
        return mapping;
    }

    public ObservableList<DateQuestionRow> dateQuestions() {
        return dateQuestions;
    }

    public IntegerProperty unansweredProperty() {
        return unanswered;
    }

    public IntegerProperty rowsCheckedProperty() {
        return rowsChecked;
    }

    public ObservableList<DataService.RejectedRow> wouldFail() {
        return wouldFail;
    }

    public StringProperty validationProperty() {
        return validation;
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

    public StringProperty presetNameProperty() {
        return presetName;
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

    public BooleanBinding canSavePresetProperty() {
        return canSavePreset;
    }
}
