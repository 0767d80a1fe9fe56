package org.tailor.core;

import java.util.Map;
import org.tailor.core.store.BatchWriter;
import org.tailor.core.store.Workspace;

/** Small invented workspaces shared by engine tests. */
public final class Fixtures {
    public static final long DAY = 86_400L;

    private Fixtures() {
    }

    /**
     * Six active customers: F1..F3 buy P0..P5 in six orders of 100 each, the last on day 1000; L1..L3 buy P9 once
     * for 5 on day 800. Q1 has no activity.
     */
    public static void twoPersonaShop(Workspace ws) {
        ws.inTransaction(c -> {
            try (BatchWriter w = new BatchWriter(ws, null)) {
                for (String id : new String[] {"F1", "F2", "F3"}) {
                    for (int o = 0; o < 6; o++) {
                        w.interaction(id, "P" + o, "purchase", 1.0, 100.0, (1000 - o) * DAY, id + "-O" + o);
                    }
                }
                for (String id : new String[] {"L1", "L2", "L3"}) {
                    w.interaction(id, "P9", "purchase", 1.0, 5.0, 800 * DAY, id + "-O1");
                }
                w.customer("Q1", Map.of("gender", "F"));
            }
            return null;
        });
    }
}
