package org.tailor.core.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tailor.core.store.BatchWriter;
import org.tailor.core.store.Workspace;

class WorkspaceMatrixTest {
    @Test
    void returnsTeachNothingButStayInTheHistoryInOneIndexSpace() {
        try (Workspace ws = Workspace.inMemory()) {
            ws.inTransaction(c -> {
                try (BatchWriter w = new BatchWriter(ws, null)) {
                    w.customer("C0", Map.of());                          // a customer with no events at all
                    w.interaction("C1", "P1", "purchase", 2.0, 10.0, 1L, "O1");
                    w.interaction("C1", "P2", "return", -1.0, -4.0, 2L, "C9");   // returned, bought before the data
                    w.interaction("C2", "P2", "purchase", 0.0, 0.0, 3L, "O2");   // zero quantity: not a purchase
                }
                return null;
            });
            InteractionMatrix learn = WorkspaceMatrix.load(ws);
            InteractionMatrix had = WorkspaceMatrix.history(ws);
            assertEquals(learn.users().ids(), had.users().ids());
            assertEquals(learn.items().ids(), had.items().ids());
            int c1 = learn.users().indexOf("C1").getAsInt();
            int p1 = learn.items().indexOf("P1").getAsInt();
            int p2 = learn.items().indexOf("P2").getAsInt();
            assertEquals(1, learn.nonZeros(), "only C1's purchase of P1 is a positive signal");
            assertTrue(learn.contains(c1, p1));
            assertFalse(learn.contains(c1, p2));
            assertTrue(had.contains(c1, p2), "the return stays in C1's history");
            assertEquals(3, had.nonZeros());
            assertEquals(3, learn.userCount(), "C0, C1 and C2 are all indexed");
        }
    }
}
