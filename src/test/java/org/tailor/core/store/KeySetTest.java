package org.tailor.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeySetTest {
    @Test
    void agreesWithAHashSetThroughGrowthIncludingZeroAndNegativeKeys() {
        // sized for 100 keys, then given 200,000 draws from a range of 50,000 values: it must grow many times and
        // answer "new" exactly when java.util.HashSet (the reference) does
        KeySet keys = new KeySet(100);
        Set<Long> reference = new HashSet<>();
        Random r = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            long k = (r.nextInt(50_000) - 25_000) * 0x9E3779B97F4A7C15L;   // includes 0 and negative keys
            assertEquals(reference.add(k), keys.add(k), "key " + k);
        }
        assertEquals(reference.size(), keys.size());
        for (long k : reference) {
            assertTrue(keys.contains(k));
        }
        assertFalse(keys.contains(25_001 * 0x9E3779B97F4A7C15L));
    }

    @Test
    void zeroIsAKeyLikeAnyOther() {
        KeySet keys = new KeySet(4);
        assertFalse(keys.contains(0));
        assertTrue(keys.add(0));
        assertFalse(keys.add(0));
        assertTrue(keys.contains(0));
        assertEquals(1, keys.size());
    }
}
