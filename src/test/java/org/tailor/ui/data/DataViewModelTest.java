package org.tailor.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tailor.ui.common.TestScreens;

class DataViewModelTest {
    private final TestScreens t = new TestScreens();
    private final FakeDataService service = new FakeDataService();
    private final DataViewModel vm = new DataViewModel(service, t.context);

    private void answerDate(String format) {
        vm.dateQuestions().get(0).answerProperty().set(format);
    }

    @Test
    void addingAFileShowsItsPreviewDialectAndGuessedRolesAndTypes() {
        vm.addFiles(List.of(Path.of("orders.csv")));
        assertEquals(Path.of("orders.csv"), service.previews.get(0).file());
        assertEquals(List.of("CustomerID", "StockCode", "Quantity", "Day"), vm.previewHeader());
        assertEquals(List.of("00017", "85123A", "6", "03/04/2024"), vm.previewRows().get(0));
        assertEquals("interactions", vm.entityProperty().get());
        assertEquals(4, vm.mapping().size());
        assertEquals("sku", vm.mapping().get(1).roleProperty().get());
        assertEquals(0.9, vm.mapping().get(1).getConfidence());
        assertEquals("integer", vm.mapping().get(2).typeProperty().get());
        assertEquals(0.5, vm.mapping().get(2).getTypeConfidence());
        assertEquals("detected UTF-8 (98% sure), comma (90% sure)", vm.dialectProperty().get());
        assertEquals("UTF-8", vm.encodingProperty().get());
        assertEquals("Renamed columns: column 5 '' imported as 'column_5' (blank)", vm.headerChangesProperty().get());
    }

    @Test
    void choosingAnotherEncodingOrDelimiterRerunsThePreviewWithIt() {
        service.ambiguous = true;
        vm.addFiles(List.of(Path.of("orders.csv")));
        vm.encodingProperty().set("windows-1252");
        assertEquals("windows-1252", service.previews.get(1).encoding());
        vm.delimiterProperty().set(";");
        assertEquals(";", service.previews.get(2).delimiter());
        assertEquals("windows-1252", service.previews.get(2).encoding());
        assertEquals(3, service.previews.size(), "showing the new preview does not trigger another one");
    }

    @Test
    void anAmbiguousDateColumnIsAskedAndImportWaitsForTheAnswer() {
        service.ambiguous = true;
        vm.addFiles(List.of(Path.of("orders.csv")));
        assertEquals(1, vm.dateQuestions().size());
        DateQuestionRow q = vm.dateQuestions().get(0);
        assertEquals("Day", q.getColumn());
        assertEquals("dd/MM/yyyy: 03/04/2024 is April 3, 2024", q.describe("dd/MM/yyyy", t.i18n));
        assertEquals("MM/dd/yyyy: 03/04/2024 is March 4, 2024", q.describe("MM/dd/yyyy", t.i18n));
        assertFalse(vm.canImportProperty().get());
        assertEquals("Answer the date question first (1 open); Import stays disabled until then.",
                vm.validationProperty().get());
        assertTrue(vm.wouldFail().isEmpty(), "rows failing only on the open date column are not listed");

        answerDate("dd/MM/yyyy");
        assertTrue(vm.canImportProperty().get());
        // the answer re-checks the rows: only line 3 ("x" quantity) would fail, of 2 checked
        assertEquals("dd/MM/yyyy", service.previews.get(1).columns().get(3).dateFormat());
        assertEquals("1 of the 2 checked rows would be rejected", vm.validationProperty().get());
        assertEquals(List.of(new DataService.RejectedRow("orders.csv", 3, "Quantity", "'x' is not a number")),
                vm.wouldFail());

        vm.importFiles();
        DataService.ColumnMapping day = service.imports.get(0).get(0).columns().get(3);
        assertEquals("dd/MM/yyyy", day.dateFormat());
    }

    @Test
    void typingAColumnAsADateAsksAboutItWhenItIsAmbiguous() {
        service.ambiguousWhenTypedDate = "Quantity";
        vm.addFiles(List.of(Path.of("orders.csv")));
        assertTrue(vm.dateQuestions().isEmpty());
        assertTrue(vm.canImportProperty().get());
        vm.mapping().get(2).typeProperty().set("date");
        // the re-check found the column ambiguous: it is asked, and Import waits for the answer
        assertEquals(1, vm.dateQuestions().size());
        assertEquals("Quantity", vm.dateQuestions().get(0).getColumn());
        assertFalse(vm.canImportProperty().get());
        answerDate("MM/dd/yyyy");
        assertTrue(vm.canImportProperty().get());
        assertEquals("MM/dd/yyyy", service.previews.get(service.previews.size() - 1).columns().get(2).dateFormat());
        assertEquals(1, vm.dateQuestions().size(), "answered, it is not asked twice");
    }

    @Test
    void validationCountsFailingRowsOutOfRowsChecked() {
        vm.addFiles(List.of(Path.of("orders.csv")));
        assertEquals("1 of the 2 checked rows would be rejected", vm.validationProperty().get());
        assertEquals(2, vm.rowsCheckedProperty().get());
        assertTrue(vm.canImportProperty().get());
    }

    @Test
    void importSendsRolesChangedTypesPoliciesAndShowsTheCleaningReport() {
        vm.addFiles(List.of(Path.of("orders.csv"), Path.of("more.csv")));
        vm.presetProperty().set("online-retail");
        assertEquals("online-retail", service.previews.get(1).preset(), "choosing a preset previews with it");
        vm.mapping().get(0).roleProperty().set("ignore");
        vm.mapping().get(2).typeProperty().set("decimal-comma");
        vm.mapping().get(2).missingProperty().set("default");
        vm.mapping().get(2).defaultValueProperty().set("1");
        vm.mapping().get(1).missingProperty().set("reject");
        vm.importFiles();
        List<DataService.ImportRequest> sent = service.imports.get(0);
        assertEquals(2, sent.size());
        assertEquals(new DataService.ColumnMapping("CustomerID", "ignore", null, null, null),
                sent.get(0).columns().get(0), "an unchanged type is not sent as an override");
        assertEquals(new DataService.ColumnMapping("StockCode", "sku", null, null, "reject"), sent.get(0).columns().get(1));
        assertEquals(new DataService.ColumnMapping("Quantity", "quantity", "decimal-comma", null, "default:1"),
                sent.get(0).columns().get(2));
        assertEquals("online-retail", sent.get(0).preset());
        assertEquals(List.of(), sent.get(1).columns(), "files not previewed use their preset or a guess");
        ImportResult r = vm.result();
        assertEquals(3, r.rowsReadProperty().get());
        assertEquals(2, r.rowsStoredProperty().get());
        assertEquals(1, r.rowsRejectedProperty().get());
        assertEquals(new DataService.RejectedRow("orders.csv", 4, "Quantity", "'x' is not a number"), r.rejected().get(0));
        assertEquals(List.of(new ImportResult.CleaningRow("Exact duplicates skipped", 2),
                new ImportResult.CleaningRow("Near-duplicate events flagged (same customer, item, kind and value"
                        + " within 60 s)", 1),
                new ImportResult.CleaningRow("Empty cells in Quantity", 3)), r.cleaning());
        assertEquals(14, vm.interactionsProperty().get(), "counts refreshed after import: 12 + 2");
        assertEquals(List.of("Import finished: 2 rows stored, 1 rejected"), t.dialogs.notifications());
    }

    @Test
    void cancelledImportChangesNothingAndIsNotAnError() {
        vm.addFiles(List.of(Path.of("orders.csv")));
        t.runner.cancelNext();
        vm.importFiles();
        assertEquals(0, vm.result().rowsStoredProperty().get());
        assertTrue(t.dialogs.errors().isEmpty());
        assertEquals("Cancelled", vm.task().getMessage());
    }

    @Test
    void exportWritesEveryRejectedRowOfTheImportNotOnlyTheListedOnes() {
        vm.addFiles(List.of(Path.of("orders.csv")));
        assertFalse(vm.result().canExportRejectedProperty().get());
        vm.importFiles();
        t.dialogs.answerSave(Path.of("rejected.csv"));
        vm.exportRejected();
        assertEquals(Path.of("rejected.csv"), service.exportedTo);
        assertEquals(List.of(41L), service.exportedIds);
        assertEquals("Exported 1,234 rejected rows to rejected.csv", t.dialogs.notifications().get(1));
    }

    @Test
    void savingThePresetSendsTheMappingAndListsIt() {
        vm.addFiles(List.of(Path.of("orders.csv")));
        assertFalse(vm.canSavePresetProperty().get(), "needs a name");
        vm.presetNameProperty().set("  ");
        assertFalse(vm.canSavePresetProperty().get());
        vm.presetNameProperty().set("my shop");
        assertTrue(vm.canSavePresetProperty().get());
        vm.mapping().get(2).typeProperty().set("decimal");
        vm.savePreset();
        DataService.ImportRequest saved = service.savedPresets.get("my shop");
        assertEquals("decimal", saved.columns().get(2).type());
        assertEquals(List.of("online-retail", "movielens-100k", "my shop"), vm.presets());
        assertEquals("", vm.presetNameProperty().get());
        assertEquals(1, service.previews.stream().filter(p -> p.columns().isEmpty()).count(),
                "listing the new preset does not reload the preview (the type change only re-checks the rows)");
    }

    @Test
    void eraseAsksFirstThenErasesAndRefreshesCounts() {
        EraseCustomerModel e = vm.erase();
        assertFalse(e.canRequestProperty().get());
        e.customerIdProperty().set(" 00017 ");
        e.request();
        assertTrue(e.confirmingProperty().get());
        assertEquals("Erase customer 00017 and all their rows? This cannot be undone.", e.messageProperty().get());
        assertTrue(service.erased.isEmpty(), "nothing erased before the confirmation");
        e.confirm();
        assertEquals(List.of("00017"), service.erased);
        assertEquals("Erased customer 00017: 5 rows removed.", e.messageProperty().get());
        assertEquals(3, vm.customersProperty().get(), "4 customers before, one erased");
        assertFalse(e.confirmingProperty().get());
    }

    @Test
    void eraseCanBeCancelledAndAnUnknownIdIsAReadableError() {
        EraseCustomerModel e = vm.erase();
        e.customerIdProperty().set("00017");
        e.request();
        e.cancel();
        e.confirm();
        assertTrue(service.erased.isEmpty());
        e.customerIdProperty().set("nobody");
        e.request();
        e.confirm();
        assertEquals(1, t.dialogs.errors().size());
        assertTrue(service.erased.isEmpty());
    }

    @Test
    void importIsDisabledWithoutFilesAndRemovingTheLastFileClearsThePreview() {
        service.ambiguous = true;
        assertFalse(vm.canImportProperty().get());
        vm.addFiles(List.of(Path.of("orders.csv")));
        vm.removeSelectedFile();
        assertNull(vm.selectedFileProperty().get());
        assertTrue(vm.previewHeader().isEmpty());
        assertTrue(vm.dateQuestions().isEmpty());
        assertFalse(vm.canImportProperty().get());
    }

    @Test
    void nonCsvFilesAreRefusedWithAMessageNextToTheList() {
        vm.addFiles(List.of(Path.of("photo.png"), Path.of("orders.csv")));
        assertEquals(List.of(Path.of("orders.csv")), vm.files());
        assertEquals("Not a CSV or text file: photo.png", vm.fileErrorProperty().get());
    }

    @Test
    void activateShowsWorkspaceCounts() {
        vm.activate();
        assertEquals(4, vm.customersProperty().get());
        assertEquals(7, vm.itemsProperty().get());
        assertEquals(12, vm.interactionsProperty().get());
    }
}
