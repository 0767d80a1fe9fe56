package org.tailor.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tailor.core.ingest.ImportOptions;
import org.tailor.core.ingest.ImportReport;
import org.tailor.core.ingest.ImportService;
import org.tailor.core.ingest.PresetCatalog;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

/**
 * The natural key treats as one event what the workspace stores as one: -0.0 and 0.0 are the same number to SQLite
 * (a REAL column gives back 0.0 for both), so a refund export's "-0.00" next to "0.00" must not store two rows that
 * read back identical.
 */
class NaturalKeyTest {
    @TempDir
    Path tmp;

    @Test
    void negativeZeroAndZeroGiveTheSameKey() {
        assertEquals(NaturalKey.of("C1", "P1", "purchase", 1.0, 0.0, 1_700_000_000L, null),
                NaturalKey.of("C1", "P1", "purchase", 1.0, -0.0, 1_700_000_000L, null));
        assertEquals(NaturalKey.of("C1", "P1", "purchase", 0.0, 5.0, 1_700_000_000L, "O1"),
                NaturalKey.of("C1", "P1", "purchase", -0.0, 5.0, 1_700_000_000L, "O1"));
        // a different amount is still a different event
        assertNotEquals(NaturalKey.of("C1", "P1", "purchase", 1.0, 0.0, 1_700_000_000L, null),
                NaturalKey.of("C1", "P1", "purchase", 1.0, 0.01, 1_700_000_000L, null));
    }

    @Test
    void importStoresZeroAndNegativeZeroAmountOnce() throws IOException {
        Path file = tmp.resolve("refunds.csv");
        Files.writeString(file, """
                customer_id,sku,event,timestamp,amount,quantity
                C1,P1,purchase,1700000000,0.00,1
                C1,P1,purchase,1700000000,-0.00,1
                C2,P1,purchase,1700000000,5,0
                C2,P1,purchase,1700000000,5,-0
                """, StandardCharsets.UTF_8);
        try (Workspace ws = Workspace.open(tmp.resolve("w.db"))) {
            ImportReport r = new ImportService(PresetCatalog.builtIn()).importFile(ws, file,
                    ImportOptions.defaults(), Progress.NONE, Cancellation.NONE);
            // 4 rows: lines 3 and 5 repeat lines 2 and 4 (-0 is 0) -> 2 stored, 2 duplicates
            assertEquals(4, r.rowsRead());
            assertEquals(2, r.interactionsAdded());
            assertEquals(2, r.duplicatesSkipped());
            assertEquals(2, ws.count("interaction"));
        }
    }
}
