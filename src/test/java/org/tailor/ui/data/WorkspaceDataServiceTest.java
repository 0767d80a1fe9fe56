package org.tailor.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tailor.core.store.BatchWriter;
import org.tailor.core.store.Workspace;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;
import org.tailor.ui.common.NotAvailableException;

class WorkspaceDataServiceTest {
    @Test
    void countsComeFromTheWorkspace() {
        try (Workspace ws = Workspace.inMemory()) {
            ws.inTransaction(c -> {
                try (BatchWriter w = new BatchWriter(ws, null)) {
                    w.customer("C1", Map.of());
                    w.interaction("C1", "P1", "purchase", 1.0, 2.0, 10L, "O1");
                    w.interaction("C2", "P1", "purchase", 1.0, 2.0, 11L, "O2");
                    w.interaction("C2", "P2", "purchase", 1.0, 2.0, 12L, "O2");
                }
                return null;
            });
            // customers C1, C2 (C2 created by its interaction); items P1, P2; three interactions
            assertEquals(new DataService.WorkspaceCounts(2, 2, 3), new WorkspaceDataService(ws).counts());
        }
    }

    @Test
    void rejectedRowsExportAsUtf8CsvWithHeader(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("rejected.csv");
        new WorkspaceDataService(null).exportRows(List.of(
                new DataService.RejectedRow("orders.csv", 4, "Quantity", "'x' is not a number"),
                new DataService.RejectedRow("kunden.csv", 9, "", "Größe fehlt, bitte prüfen")), out, Progress.NONE,
                Cancellation.NONE);
        assertEquals(List.of("file,line,column,reason", "orders.csv,4,Quantity,'x' is not a number",
                "kunden.csv,9,,\"Größe fehlt, bitte prüfen\""), Files.readAllLines(out, StandardCharsets.UTF_8));
    }

    @Test
    void previewSaysNotAvailableUntilTheImporterIsWired() {
        NotAvailableException e = assertThrows(NotAvailableException.class, () -> new WorkspaceDataService(null)
                .preview(DataService.PreviewRequest.of(Path.of("x.csv")), Progress.NONE, Cancellation.NONE));
        assertEquals("feature.import", e.featureKey());
    }
}
