package org.tailor.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GroupFingerprintsTest {
    @Test
    void aGroupIsSeenBeforeExactlyWhenItsFieldsRepeat() {
        GroupFingerprints g = new GroupFingerprints(10);
        assertFalse(g.seenBefore("C1", "SKU-1", "view", null));
        assertTrue(g.seenBefore("C1", "SKU-1", "view", null));
        assertFalse(g.seenBefore("C1", "SKU-1", "view", 1.0));     // another value
        assertFalse(g.seenBefore("C1", "SKU-1", "cart", null));    // another kind
        assertFalse(g.seenBefore("C1", null, "view", null));       // an order-level row
        assertFalse(g.seenBefore("C12", "SKU-1", "view", null));   // another customer
        assertTrue(g.seenBefore("C1", "SKU-1", "view", 1.0));
        // SQL compares -0.0 and 0.0 as equal, and so does the group
        assertFalse(g.seenBefore("C1", "SKU-2", "rating", 0.0));
        assertTrue(g.seenBefore("C1", "SKU-2", "rating", -0.0));
    }

    @Test
    void repeatsAgreeWithAnExactSetOverManyGroups() {
        // 100,000 events over 40,000 possible groups; a 32-bit fingerprint may only ever add a repeat (never miss
        // one), and over this few groups a false repeat is unlikely enough (about 1e-4 in all) to expect none
        GroupFingerprints g = new GroupFingerprints(1000);
        Set<Integer> exact = new HashSet<>();
        Random r = new Random(3);
        int falseRepeats = 0;
        for (int i = 0; i < 100_000; i++) {
            int c = r.nextInt(200);
            int item = r.nextInt(100);
            int kind = r.nextInt(2);
            boolean repeat = !exact.add((c * 100 + item) * 2 + kind);
            boolean seen = g.seenBefore("C" + c, "SKU-" + item, kind == 0 ? "view" : "cart", null);
            if (repeat) {
                assertTrue(seen);
            } else if (seen) {
                falseRepeats++;
            }
        }
        assertEquals(0, falseRepeats);
    }
}
