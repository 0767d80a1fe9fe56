package org.tailor.core.persona;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RfmScorerTest {
    private static CustomerFeatures row(String id, long recency, int frequency, double monetary) {
        return new CustomerFeatures(id, recency, frequency, monetary, 1.0, new double[0]);
    }

    @Test
    void quintilesOfTenCustomersPutTwoInEachAndSplitTiesByNaturalId() {
        // frequencies 1,1,1,2,2,3,5,8,8,13 for C1..C10; ranks 0..9 in id order (ties by id);
        // score = 1 + floor(5*rank/10): 1,1,2,2,3,3,4,4,5,5. C1..C3 are tied at 1 but C3 gets 2: ties split by id.
        int[] f = {1, 1, 1, 2, 2, 3, 5, 8, 8, 13};
        List<CustomerFeatures> rows = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            rows.add(row("C" + (i + 1), 0, f[i], 0));
        }
        assertArrayEquals(new int[] {1, 1, 2, 2, 3, 3, 4, 4, 5, 5},
                RfmScorer.quintiles(rows, CustomerFeatures::frequency));
    }

    @Test
    void tiedIdsAreOrderedNaturallyNotAsText() {
        // C10 and C9 tie; natural order puts C9 first, so C9 gets the lower rank (0 -> score 1), C10 rank 1 of 2 ->
        // 1 + floor(5*1/2) = 3. Text order would have given C10 the lower score.
        List<CustomerFeatures> rows = List.of(row("C10", 0, 4, 0), row("C9", 0, 4, 0));
        assertArrayEquals(new int[] {3, 1}, RfmScorer.quintiles(rows, CustomerFeatures::frequency));
    }

    @Test
    void recencyScoresFiveForTheMostRecent() {
        // recency days 100, 10, 50, 0, 30 for A..E; better = -days: A(-100) rank 0, C(-50) 1, E(-30) 2, B(-10) 3, D(0) 4
        // score = 1 + floor(5*rank/5) = rank + 1: A=1, C=2, E=3, B=4, D=5
        List<CustomerFeatures> rows = List.of(row("A", 100, 1, 1), row("B", 10, 1, 1), row("C", 50, 1, 1),
                row("D", 0, 1, 1), row("E", 30, 1, 1));
        List<RfmScore> s = new RfmScorer().score(rows);
        assertArrayEquals(new int[] {1, 4, 2, 5, 3}, s.stream().mapToInt(RfmScore::recency).toArray());
    }

    @Test
    void segmentTableRows() {
        assertEquals("Champions", RfmScorer.segment(5, 4, 1));
        assertEquals("Loyal", RfmScorer.segment(3, 5, 3));
        assertEquals("Can't lose them", RfmScorer.segment(1, 5, 5));
        assertEquals("At risk", RfmScorer.segment(2, 3, 1));
        assertEquals("New", RfmScorer.segment(5, 1, 1));
        assertEquals("Potential loyalist", RfmScorer.segment(4, 3, 2));
        assertEquals("Needs attention", RfmScorer.segment(3, 2, 5));
        assertEquals("Hibernating", RfmScorer.segment(1, 2, 5));
    }

    @Test
    void everyScoreCombinationHasExactlyOneSegment() {
        for (int r = 1; r <= 5; r++) {
            for (int f = 1; f <= 5; f++) {
                for (int m = 1; m <= 5; m++) {
                    assertEquals(true, RfmScorer.SEGMENTS.contains(RfmScorer.segment(r, f, m)));
                }
            }
        }
        Map<String, Integer> counts = RfmScorer.counts(List.of(new RfmScore("A", 5, 5, 5, "Champions")));
        assertEquals(1, counts.get("Champions"));
        assertEquals(0, counts.get("Hibernating"));
    }
}
