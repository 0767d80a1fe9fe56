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

    @Test
    void addingAFileShowsItsPreviewAndGuessedMapping() {
        vm.addFiles(List.of(Path.of("orders.csv")));
        assertEquals(List.of(Path.of("orders.csv")), service.previews);
        assertEquals(List.of("CustomerID", "StockCode", "Quantity"), vm.previewHeader());
        assertEquals(List.of("00017", "85123A", "6"), vm.previewRows().get(0));
        assertEquals("interactions", vm.entityProperty().get());
        assertEquals(3, vm.mapping().size());
        assertEquals("sku", vm.mapping().get(1).roleProperty().get());
        assertEquals(0.9, vm.mapping().get(1).getConfidence());
        assertEquals("Encoding UTF-8, separated by comma", vm.dialectProperty().get());
        assertTrue(vm.canImportProperty().get());
    }

    @Test
    void nonCsvFilesAreRefusedWithAMessageNextToTheList() {
        vm.addFiles(List.of(Path.of("photo.png"), Path.of("orders.csv")));
        assertEquals(List.of(Path.of("orders.csv")), vm.files());
        assertEquals("Not a CSV or text file: photo.png", vm.fileErrorProperty().get());
    }

    @Test
    void importSendsTheEditedMappingAndShowsTheReport() {
        vm.addFiles(List.of(Path.of("orders.csv"), Path.of("more.csv")));
        vm.mapping().get(2).roleProperty().set("ignore");
        vm.presetProperty().set("online-retail");
        vm.importFiles();
        List<DataService.ImportRequest> sent = service.imports.get(0);
        assertEquals(2, sent.size());
        assertEquals(new DataService.ColumnMapping("Quantity", "ignore", "integer"), sent.get(0).columns().get(2));
        assertEquals("online-retail", sent.get(0).preset());
        assertEquals(List.of(), sent.get(1).columns(), "files not previewed use their preset or a guess");
        assertEquals(3, vm.rowsReadProperty().get());
        assertEquals(2, vm.rowsStoredProperty().get());
        assertEquals(1, vm.rowsRejectedProperty().get());
        assertEquals(new DataService.RejectedRow("orders.csv", 4, "Quantity", "'x' is not a number"), vm.rejected().get(0));
        assertEquals(14, vm.interactionsProperty().get(), "counts refreshed after import: 12 + 2");
        assertEquals(List.of("Import finished: 2 rows stored, 1 rejected"), t.dialogs.notifications());
    }

    @Test
    void cancelledImportChangesNothingAndIsNotAnError() {
        vm.addFiles(List.of(Path.of("orders.csv")));
        t.runner.cancelNext();
        vm.importFiles();
        assertEquals(0, vm.rowsStoredProperty().get());
        assertTrue(t.dialogs.errors().isEmpty());
        assertEquals("Cancelled", vm.task().getMessage());
    }

    @Test
    void exportRejectedWritesToTheChosenFile() {
        vm.addFiles(List.of(Path.of("orders.csv")));
        vm.importFiles();
        t.dialogs.answerSave(Path.of("rejected.csv"));
        vm.exportRejected();
        assertEquals(Path.of("rejected.csv"), service.exportedTo);
        assertEquals(1, service.exportedRows);
    }

    @Test
    void importIsDisabledWithoutFilesAndRemovingTheLastFileClearsThePreview() {
        assertFalse(vm.canImportProperty().get());
        vm.addFiles(List.of(Path.of("orders.csv")));
        vm.removeSelectedFile();
        assertNull(vm.selectedFileProperty().get());
        assertTrue(vm.previewHeader().isEmpty());
        assertFalse(vm.canImportProperty().get());
    }

    @Test
    void activateShowsWorkspaceCounts() {
        vm.activate();
        assertEquals(4, vm.customersProperty().get());
        assertEquals(7, vm.itemsProperty().get());
        assertEquals(12, vm.interactionsProperty().get());
    }
}
