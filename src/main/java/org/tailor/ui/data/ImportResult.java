package org.tailor.ui.data;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tailor.core.ingest.CleaningCounts;
import org.tailor.core.ingest.ImportService;
import org.tailor.ui.common.Dialogs;
import org.tailor.ui.common.I18n;
import org.tailor.ui.common.ScreenContext;
import org.tailor.ui.common.TaskState;

/**
 * The last import's outcome on the Data screen: counts, the cleaning report rule by rule (the near-duplicate rule
 * with its window), encodings that were guesses, and the rejected rows. Its texts follow the language.
 */
public final class ImportResult {
    /** One line of the cleaning report: the rule in words and its count. */
    public record CleaningRow(String rule, long count) {
    }

    private final DataService service;
    private final Dialogs dialogs;
    private final I18n i18n;
    private final TaskState task;
    private final LongProperty rowsRead = new SimpleLongProperty();
    private final LongProperty rowsStored = new SimpleLongProperty();
    private final LongProperty rowsRejected = new SimpleLongProperty();
    private final ObservableList<DataService.RejectedRow> rejected = FXCollections.observableArrayList();
    private final ObservableList<CleaningRow> cleaning = FXCollections.observableArrayList();
    private final ObservableList<Long> importIds = FXCollections.observableArrayList();
    private final StringProperty notes = new SimpleStringProperty("");
    private final StringProperty window = new SimpleStringProperty("");
    private final BooleanBinding canExportRejected;
    /** The last report, kept to re-render its texts in a new language. */
    private DataService.ImportReport last;

    ImportResult(DataService service, ScreenContext context, TaskState task) {
        this.service = service;
        this.dialogs = context.dialogs();
        this.i18n = context.i18n();
        this.task = task;
        canExportRejected = Bindings.isEmpty(importIds).or(rowsRejected.isEqualTo(0)).or(task.runningProperty())
                .not();
        i18n.localeProperty().addListener((o, a, b) -> render());
    }

    void run(List<DataService.ImportRequest> requests, Runnable after) {
        task.run(i18n.get("data.task.import", requests.size()),
                (progress, cancel) -> service.importFiles(requests, progress, cancel), report -> {
                    rowsRead.set(report.rowsRead());
                    rowsStored.set(report.rowsStored());
                    rowsRejected.set(report.rowsRejected());
                    rejected.setAll(report.rejected());
                    importIds.setAll(report.importIds());
                    last = report;
                    render();
                    dialogs.notify(i18n.get("data.imported", report.rowsStored(), report.rowsRejected()));
                    after.run();
                });
    }

    /** The cleaning rows and the encoding notes of the last report, in the current language. */
    private void render() {
        if (last == null) {
            return;
        }
        cleaning.setAll(last.rules().stream().map(r -> describe(r, last.nearDuplicateSeconds())).toList());
        notes.set(EncodingNoteText.describe(last.encodingNotes() == null ? List.of() : last.encodingNotes(), i18n));
        long seconds = seconds(last.nearDuplicateSeconds());
        window.set(seconds == 0 ? i18n.get("data.report.windowOff") : i18n.get("data.report.window", seconds));
    }

    /** The window the files were imported with: the one sent, else the importer's default. */
    private static long seconds(Integer window) {
        return window == null ? ImportService.NEAR_DUPLICATE_SECONDS : window;
    }

    private CleaningRow describe(DataService.RuleCount r, Integer window) {
        if (r.rule().equals(CleaningCounts.NEAR_DUPLICATES)) {
            long seconds = seconds(window);
            return new CleaningRow(seconds == 0 ? i18n.get("data.rule.nearDuplicatesOff")
                    : i18n.get("data.rule.nearDuplicates", seconds), r.count());
        }
        String text = r.column().isEmpty() ? i18n.getOr("data.rule." + r.rule(), r.rule())
                : i18n.get("data.rule." + r.rule(), r.column());
        return new CleaningRow(text, r.count());
    }

    /** Exports every rejected row of the last import (not only those listed) to a chosen CSV file. */
    public void exportRejected() {
        if (!canExportRejected.get()) {
            return;
        }
        List<Long> ids = List.copyOf(importIds);
        dialogs.chooseSaveCsv(i18n.get("data.exportTitle"), "rejected-rows.csv").ifPresent(out ->
                task.run(i18n.get("data.task.exportRejected"),
                        (progress, cancel) -> service.exportRejected(ids, out, progress, cancel),
                        n -> dialogs.notify(i18n.get("data.exported", n, out.getFileName()))));
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

    public ObservableList<CleaningRow> cleaning() {
        return cleaning;
    }

    /** The near-duplicate window of the last import, in words ("" before any import). */
    public StringProperty windowProperty() {
        return window;
    }

    /** Per file read in an encoding the importer was not sure of: why, with lines to check ("" when none). */
    public StringProperty notesProperty() {
        return notes;
    }

    public ObservableList<Long> importIds() {
        return importIds;
    }

    public BooleanBinding canExportRejectedProperty() {
        return canExportRejected;
    }
}
