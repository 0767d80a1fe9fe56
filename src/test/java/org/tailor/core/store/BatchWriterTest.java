package org.tailor.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tailor.core.model.Customer;

class BatchWriterTest {
    @Test
    void upsertKeepsLeadingZerosAndMergesFields() {
        try (Workspace ws = Workspace.inMemory()) {
            ws.inTransaction(conn -> {
                try (BatchWriter w = new BatchWriter(ws, null)) {
                    w.customer("00042", Map.of("zip", "01730", "gender", "F"));
                    w.customer("00042", Map.of("age", "31", "tier", "gold"));
                }
                return null;
            });
            List<Customer> all = new CustomerRepository(ws).findAll();
            assertEquals(1, all.size());
            Customer c = all.get(0);
            assertEquals("00042", c.externalId());
            assertEquals("01730", c.zip());
            assertEquals("F", c.gender());
            assertEquals(31, c.age());
            assertEquals("gold", c.attributes().get("tier"));
        }
    }

    @Test
    void sameInteractionTwiceIsStoredOnce() {
        try (Workspace ws = Workspace.inMemory()) {
            boolean[] results = new boolean[3];
            ws.inTransaction(conn -> {
                try (BatchWriter w = new BatchWriter(ws, null)) {
                    results[0] = w.interaction("C1", "P1", "purchase", 2.0, 5.0, 100L, "O1");
                    results[1] = w.interaction("C1", "P1", "purchase", 2.0, 5.0, 100L, "O1");
                    results[2] = w.interaction("C1", "P1", "purchase", 2.0, 5.0, 200L, "O2");
                }
                return null;
            });
            assertTrue(results[0]);
            assertFalse(results[1]);
            assertTrue(results[2]);
            assertEquals(2, ws.count("interaction"));
            assertEquals(1, ws.count("customer"));
            assertEquals(1, ws.count("item"));
        }
    }
}
