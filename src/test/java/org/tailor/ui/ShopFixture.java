package org.tailor.ui;

import java.util.Map;
import org.tailor.core.store.BatchWriter;
import org.tailor.core.store.Workspace;

/**
 * A tiny invented shop shared by the adapter tests and the TestFX tests over the real services. Every interaction
 * is its own order, at noon UTC of the given day; heavy buyers pay 10 per line, light buyers 5.
 * <pre>
 * items  P1 Red lantern  P2 Glass jar  P3 Tea towel  P4 Desk lamp  P5 Wool scarf  P6 Candle lamp  P7 Picnic rug
 *
 * customer  age gender zip    tier   purchases (day: item)
 * H1        31  F      10115  gold   99 P1, 100 P2, 101 P3, 102 P4, 103 P5
 * H2        33  F      10117  gold   99 P1, 100 P2, 101 P3, 102 P5, 103 P6
 * H3        45  M      10115  gold   99 P1, 100 P2, 101 P4, 102 P5, 103 P6   (opted out of marketing)
 * L1        22  M      20095  -      10 P1
 * L2        24  M      20095  -      10 P2
 * L3        58  F      20097  -      10 P6, 11 P7
 * L4        29  F      10119  -      10 P3
 * X1        -   F      -      -      (no purchases)
 * </pre>
 * Distinct buyers over all data: P1 4, P2 4, P3 3, P4 2, P5 3, P6 3, P7 1.
 * Per-customer temporal 20% holdout: floor(5 * 0.2) = 1 test item for H1 (P5), H2 (P6), H3 (P6); the light buyers
 * have fewer than 5 interactions and keep everything in training.
 */
public final class ShopFixture {
    private static final long DAY = 86_400L;

    private ShopFixture() {
    }

    public static Workspace fill(Workspace ws) {
        ws.inTransaction(c -> {
            try (BatchWriter w = new BatchWriter(ws, null)) {
                String[][] items = {{"P1", "Red lantern"}, {"P2", "Glass jar"}, {"P3", "Tea towel"},
                        {"P4", "Desk lamp"}, {"P5", "Wool scarf"}, {"P6", "Candle lamp"}, {"P7", "Picnic rug"}};
                for (String[] it : items) {
                    w.item(it[0], Map.of("title", it[1]));
                }
                w.customer("H1", Map.of("age", "31", "gender", "F", "zip", "10115", "tier", "gold"));
                w.customer("H2", Map.of("age", "33", "gender", "F", "zip", "10117", "tier", "gold"));
                w.customer("H3", Map.of("age", "45", "gender", "M", "zip", "10115", "tier", "gold",
                        "opted_out", "1"));
                w.customer("L1", Map.of("age", "22", "gender", "M", "zip", "20095"));
                w.customer("L2", Map.of("age", "24", "gender", "M", "zip", "20095"));
                w.customer("L3", Map.of("age", "58", "gender", "F", "zip", "20097"));
                w.customer("L4", Map.of("age", "29", "gender", "F", "zip", "10119"));
                w.customer("X1", Map.of("gender", "F"));
                buy(w, "H1", 10, 99, "P1", "P2", "P3", "P4", "P5");
                buy(w, "H2", 10, 99, "P1", "P2", "P3", "P5", "P6");
                buy(w, "H3", 10, 99, "P1", "P2", "P4", "P5", "P6");
                buy(w, "L1", 5, 10, "P1");
                buy(w, "L2", 5, 10, "P2");
                buy(w, "L3", 5, 10, "P6", "P7");
                buy(w, "L4", 5, 10, "P3");
            }
            return null;
        });
        return ws;
    }

    private static void buy(BatchWriter w, String customer, double amount, int firstDay, String... skus) {
        for (int i = 0; i < skus.length; i++) {
            long ts = (firstDay + i) * DAY + DAY / 2;
            w.interaction(customer, skus[i], "purchase", 1.0, amount, ts, customer + "-" + i);
        }
    }
}
