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
    void quintilesOfTenDistinctCustomersPutTwoInEach() {
        // frequencies 1..10 for C1..C10, ranks 0..9; score = 1 + floor(5 (r + 0.5) / 10):
        // r=0: floor(0.25)=0 -> 1; r=1: floor(0.75) -> 1; r=2: floor(1.25) -> 2; r=3: floor(1.75) -> 2; r=4: 2.25 -> 3;
        // r=5: 2.75 -> 3; r=6: 3.25 -> 4; r=7: 3.75 -> 4; r=8: 4.25 -> 5; r=9: 4.75 -> 5
        List<CustomerFeatures> rows = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            rows.add(row("C" + (i + 1), 0, i + 1, 0));
        }
        assertArrayEquals(new int[] {1, 1, 2, 2, 3, 3, 4, 4, 5, 5},
                RfmScorer.quintiles(rows, CustomerFeatures::frequency));
    }

    @Test
    void tiedCustomersShareTheScoreOfTheirMidRank() {
        // frequencies 1,1,1,2,2,3,5,8,8,13 for C1..C10 (n = 10), score = 1 + floor(5 (first + last + 1) / 20):
        // 1 x3 ranks 0-2: 5*3/20 = 0.75 -> 1; 2 x2 ranks 3-4: 5*8/20 = 2 -> 3; 3 rank 5: 5*11/20 = 2.75 -> 3;
        // 5 rank 6: 5*13/20 = 3.25 -> 4; 8 x2 ranks 7-8: 5*16/20 = 4 -> 5; 13 rank 9: 5*19/20 = 4.75 -> 5
        int[] f = {1, 1, 1, 2, 2, 3, 5, 8, 8, 13};
        List<CustomerFeatures> rows = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            rows.add(row("C" + (i + 1), 0, f[i], 0));
        }
        assertArrayEquals(new int[] {1, 1, 1, 3, 3, 3, 4, 5, 5, 5},
                RfmScorer.quintiles(rows, CustomerFeatures::frequency));
    }

    @Test
    void fiftyIdenticalCustomersGetTheSameMiddleScoresAndSegment() {
        // all tied at ranks 0..49: 1 + floor(5 * 50 / 100) = 1 + floor(2.5) = 3 on R, F and M
        List<CustomerFeatures> rows = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            rows.add(row("C" + i, 0, 1, 9.99));
        }
        List<RfmScore> s = new RfmScorer().score(rows);
        for (RfmScore x : s) {
            assertEquals(3, x.recency());
            assertEquals(3, x.frequency());
            assertEquals(3, x.monetary());
            assertEquals("Needs attention", x.segment());   // R 3, F 1-3
        }
        assertEquals(50, RfmScorer.counts(s).get("Needs attention"));
    }

    @Test
    void aLoneCustomerWhoBoughtTodayIsNotHibernating() {
        // n = 1: 1 + floor(5 * 1 / 2) = 3 everywhere -> Needs attention (it used to be R 1, F 1: Hibernating)
        RfmScore s = new RfmScorer().score(List.of(row("A", 0, 1, 9.99))).get(0);
        assertEquals(3, s.recency());
        assertEquals("Needs attention", s.segment());
    }

    @Test
    void recencyScoresFiveForTheMostRecent() {
        // recency days 100, 10, 50, 0, 30 for A..E; better = -days: A(-100) rank 0, C(-50) 1, E(-30) 2, B(-10) 3, D(0) 4
        // score = 1 + floor(5 (r + 0.5) / 5) = r + 1: A=1, C=2, E=3, B=4, D=5
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
