package org.tailor.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A purchase typed in for an erased customer is refused: erasure is for good, whoever writes next. */
class BatchWriterErasureTest {
    @Test
    void anErasedCustomerCannotComeBackThroughATypedInPurchase() {
        try (Workspace ws = Workspace.inMemory()) {
            ws.inTransaction(c -> {
                try (BatchWriter w = new BatchWriter(ws, null)) {
                    w.customer("K-77", Map.of("first_name", "Invented"));
                    return w.interaction("K-77", "S1", "purchase", 1.0, 2.0, 1_700_000_000L, "O1");
                }
            });
            new CustomerEraser(ws).erase("K-77");
            assertEquals(0, ws.count("customer"));
            DataStoreException e = assertThrows(DataStoreException.class, () -> ws.inTransaction(c -> {
                try (BatchWriter w = new BatchWriter(ws, null)) {
                    return w.interaction("K-77", "S2", "purchase", 1.0, null, 1_700_000_100L, "typed-in-1");
                }
            }));
            assertTrue(e.getMessage().contains("K-77 was erased"), e.getMessage());
            assertEquals(0, ws.count("customer"));
            assertEquals(0, ws.count("interaction"));
        }
    }
}
