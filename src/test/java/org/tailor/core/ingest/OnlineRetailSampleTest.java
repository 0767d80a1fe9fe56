package org.tailor.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tailor.core.store.Workspace;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

/**
 * The bundled sample through the online-retail preset. Expected counts were computed independently with Python's
 * csv module over sample-data/online_retail_2011-10.csv (see sample-data/README.md):
 * 60,742 rows; 10,047 without CustomerID; of the other 50,695: 1,425 customers, 2,663 stock codes,
 * 49,928 distinct lines (767 exact repeats), 1,138 cancellations; net amount over the distinct lines 973,306.38.
 */
class OnlineRetailSampleTest {
    @Test
    void sampleImportsWithIndependentlyCountedTotals(@TempDir Path tmp) {
        Path db = tmp.resolve("s.db");
        ImportReport r;
        try (Workspace ws = Workspace.open(db)) {
            r = SampleData.importInto(ws, Progress.NONE, Cancellation.NONE);
        }
        assertEquals(60_742, r.rowsRead());
        assertEquals(10_047, r.rejectedCount());
        assertEquals(1_425, r.customersAdded());
        assertEquals(2_663, r.itemsAdded());
        assertEquals(49_928, r.interactionsAdded());
        assertEquals(767, r.duplicatesSkipped());
        // returns stored: 1,138 cancellation lines of which 1,132 are distinct (6 repeat an earlier line)
        assertEquals(1_132, r.returns());
        assertEquals("yyyy-MM-dd", r.dateFormats().get("InvoiceDate"));
        // 1,138 cancellation lines of which 1,132 are distinct (Python: distinct C-invoice lines with a customer)
        assertEquals(1_132, Db.count(db, "SELECT COUNT(*) FROM interaction WHERE kind = 'return' AND value < 0"));
        assertEquals(10_047, Db.count(db, "SELECT COUNT(*) FROM rejected_row WHERE column_name = 'CustomerID'"));
        assertEquals("online_retail_2011-10.csv", Db.one(db, "SELECT file_name FROM import_run"));
        // line 2: 569203,79321,CHILLI LIGHTS,48,2011-10-02 10:32,4.95,16353,United Kingdom
        assertEquals("CHILLI LIGHTS", Db.one(db, "SELECT title FROM item WHERE external_id = '79321'"));
        assertEquals("United Kingdom", Db.one(db, "SELECT country FROM customer WHERE external_id = '16353'"));
        assertEquals("Iceland", Db.one(db, "SELECT country FROM customer WHERE external_id = '12347'"));
        // 4.95 * 48 = 237.60 at 2011-10-02 10:32 UTC wall clock = 1317551520
        assertEquals("237.6|1317551520", Db.one(db, "SELECT x.amount || '|' || x.ts FROM interaction x"
                + " JOIN item i ON i.id = x.item_id WHERE i.external_id = '79321' AND x.order_id = '569203'"));
        // Python: sum of round(UnitPrice * Quantity, 6) over the distinct lines with a customer = 973,306.38
        assertEquals("973306.38", Db.one(db, "SELECT printf('%.2f', SUM(amount)) FROM interaction"));

        // the same file again stores nothing, so it updates no customer and stores no return
        ImportReport again;
        try (Workspace ws = Workspace.open(db)) {
            again = SampleData.importInto(ws, Progress.NONE, Cancellation.NONE);
        }
        assertEquals(0, again.interactionsAdded());
        assertEquals(0, again.customersAdded());
        assertEquals(0, again.customersUpdated());
        assertEquals(0, again.returns());
        assertEquals(49_928 + 767, again.duplicatesSkipped());
    }

    @Test
    void samplePresetCopiesMatchTheBuiltInResources() throws IOException {
        for (String name : PresetCatalog.BUILT_IN) {
            Path copy = Path.of("sample-data/presets/" + name + ".json");
            Path res = Path.of("src/main/resources/org/tailor/core/ingest/presets/" + name + ".json");
            assertEquals(Files.readString(res), Files.readString(copy), name);
        }
        assertTrue(PresetCatalog.builtIn().find("online-retail").isPresent());
    }
}
