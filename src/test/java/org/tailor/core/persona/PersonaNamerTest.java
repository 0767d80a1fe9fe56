package org.tailor.core.persona;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonaNamerTest {
    private final PersonaNamer namer = new PersonaNamer();

    @Test
    void namesFollowTheRuleTable() {
        assertEquals("Lapsed one-timers", namer.name(new double[] {1.2, -0.8, 0.1, 0}, 1.0, List.of()));
        assertEquals("Recent frequent big spenders", namer.name(new double[] {-0.9, 1.5, 1.1, 0}, 6.0, List.of()));
        assertEquals("Lapsed one-time light spenders", namer.name(new double[] {0.7, -1, -0.9, 0}, 1.2, List.of()));
        assertEquals("Typical customers", namer.name(new double[] {0.1, 0.2, 0.0, 0}, 3.0, List.of()));
        assertEquals("Occasional Drama fans",
                namer.name(new double[] {0, -0.6, 0.2, 0, 0.3, 1.4}, 2.0, List.of("Comedy", "Drama")));
    }

    @Test
    void repeatedNamesAreNumbered() {
        assertEquals(List.of("A", "B", "A 2", "A 3"), PersonaNamer.unique(List.of("A", "B", "A", "A")));
    }
}
