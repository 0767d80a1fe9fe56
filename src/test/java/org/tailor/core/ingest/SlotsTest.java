package org.tailor.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SlotsTest {
    @Test
    void numbersStringsInFirstSeenOrderLikeAHashMapWouldThroughGrowth() {
        // reference: a HashMap that gives each new key the count so far; 300,000 draws over 100,000 ids, with
        // strings that share hash codes ("Aa" and "BB" do) to exercise the equality check
        Slots slots = new Slots();
        Map<String, Integer> reference = new HashMap<>();
        Random r = new Random(5);
        for (int i = 0; i < 300_000; i++) {
            int n = r.nextInt(100_000);
            String id = (n % 2 == 0 ? "Aa" : "BB") + (n / 2);
            Integer expected = reference.computeIfAbsent(id, k -> reference.size());
            assertEquals(expected, slots.slot(new String(id)), id);
        }
        assertEquals(reference.size(), slots.size());
        assertEquals("Aa".hashCode(), "BB".hashCode());
    }
}
