package org.tailor.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tailor.core.store.CustomerEraser;
import org.tailor.core.store.ErasedCustomers;
import org.tailor.core.store.Workspace;

/** An erased customer stays erased: re-importing the same source file does not bring them back. */
class ErasedReimportTest {
    @TempDir
    Path dir;

    /*
     * c1: 3 rows (line 5 has an unreadable quantity, so it is rejected), c10: 2 rows, c2: 1 row.
     * First import: 5 interactions stored, 1 rejected row (c1's).
     */
    private static final String ORDERS = """
            customer_id,sku,quantity,unit_price,date
            c1,A,1,2.50,2025-01-02
            c1,B,2,1.00,2025-01-03
            c10,A,1,2.50,2025-01-04
            c1,C,x,1.00,2025-01-05
            c10,B,3,1.00,2025-01-06
            c2,C,1,4.00,2025-01-07
            """;

    @Test
    void erasedCustomerIsNotReimportedAndOthersAre() throws Exception {
        Path file = dir.resolve("orders.csv");
        Files.writeString(file, ORDERS);
        Path db = dir.resolve("w.db");
        ImportReport first = Imports.run(db, file);
        assertEquals(5, first.interactionsAdded());
        assertEquals(1, first.rejectedCount());
        assertEquals(0, first.rule(CleaningCounts.ERASED_CUSTOMERS));
        try (Workspace ws = Workspace.open(db)) {
            new CustomerEraser(ws).erase("c1");
        }
        // after erasure: c10 (2) + c2 (1) = 3 interactions, no rejected row
        assertEquals(3, Db.count(db, "SELECT COUNT(*) FROM interaction"));

        ImportReport again = Imports.run(db, file);
        // c1's 3 rows (lines 2, 3, 5) are skipped and counted; none is rejected or stored
        assertEquals(3, again.rule(CleaningCounts.ERASED_CUSTOMERS));
        assertEquals(0, again.rejectedCount());
        assertEquals(0, again.interactionsAdded());
        assertTrue(again.cleaning().contains("3 rows of erased customers not re-imported"), again.cleaning()::toString);
        assertEquals(0, Db.count(db, "SELECT COUNT(*) FROM customer WHERE external_id = 'c1'"));
        assertEquals(0, Db.count(db, "SELECT COUNT(*) FROM rejected_row WHERE raw LIKE 'c1,%'"));
        assertEquals(0, Db.count(db, "SELECT COUNT(*) FROM rejected_row"));
        // others unaffected: c10 keeps 2, c2 keeps 1
        assertEquals(2, Db.count(db, "SELECT COUNT(*) FROM interaction i JOIN customer c ON c.id = i.customer_id"
                + " WHERE c.external_id = 'c10'"));
        assertEquals(1, Db.count(db, "SELECT COUNT(*) FROM interaction i JOIN customer c ON c.id = i.customer_id"
                + " WHERE c.external_id = 'c2'"));
        assertEquals(3, Db.count(db, "SELECT COUNT(*) FROM interaction"));

        // a changed file (not the same hash) with a new row of c1 and of a new customer c3
        Files.writeString(file, ORDERS + " c1 ,D,1,1.00,2025-02-01\nc3,D,1,1.00,2025-02-01\n");
        ImportReport changed = Imports.run(db, file);
        assertEquals(4, changed.rule(CleaningCounts.ERASED_CUSTOMERS)); // lines 2, 3, 5 and the new " c1 " line
        assertEquals(1, changed.interactionsAdded()); // c3's row only
        assertEquals(0, Db.count(db, "SELECT COUNT(*) FROM customer WHERE external_id = 'c1'"));
    }

    @Test
    void matchesThePseudonymTheEraserLogged() {
        try (Workspace ws = Workspace.open(dir.resolve("p.db"))) {
            assertEquals(false, new ErasedCustomers(ws).contains("c1")); // empty log: nothing erased
            ws.inTransaction(c -> {
                try (var st = c.createStatement()) {
                    st.execute("INSERT INTO customer(external_id) VALUES ('c1'), ('c10')");
                }
                return null;
            });
            new CustomerEraser(ws).erase("c1");
            ErasedCustomers erased = new ErasedCustomers(ws);
            assertTrue(erased.contains("c1"));
            assertEquals(false, erased.contains("c10"));
            assertEquals(false, erased.contains("C1"));
        }
    }
}
