package org.tailor.ui.data;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tailor.ui.common.Dialogs;
import org.tailor.ui.common.I18n;
import org.tailor.ui.common.ScreenContext;
import org.tailor.ui.common.TaskState;

/** The last import's outcome on the Data screen: counts, the cleaning report rule by rule, and the rejected rows. */
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
    private final BooleanBinding canExportRejected;

    ImportResult(DataService service, ScreenContext context, TaskState task) {
        this.service = service;
        this.dialogs = context.dialogs();
        this.i18n = context.i18n();
        this.task = task;
        canExportRejected = Bindings.isEmpty(importIds).or(rowsRejected.isEqualTo(0)).or(task.runningProperty())
                .not();
    }

    void run(List<DataService.ImportRequest> requests, Runnable after) {
        task.run(i18n.get("data.task.import", requests.size()),
                (progress, cancel) -> service.importFiles(requests, progress, cancel), report -> {
                    rowsRead.set(report.rowsRead());
                    rowsStored.set(report.rowsStored());
                    rowsRejected.set(report.rowsRejected());
                    rejected.setAll(report.rejected());
                    importIds.setAll(report.importIds());
                    cleaning.setAll(report.rules().stream().map(this::describe).toList());
                    dialogs.notify(i18n.get("data.imported", report.rowsStored(), report.rowsRejected()));
                    after.run();
                });
    }

    private CleaningRow describe(DataService.RuleCount r) {
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

    public ObservableList<Long> importIds() {
        return importIds;
    }

    public BooleanBinding canExportRejectedProperty() {
        return canExportRejected;
    }
}
