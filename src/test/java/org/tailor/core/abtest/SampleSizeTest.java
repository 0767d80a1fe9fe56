package org.tailor.core.abtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SampleSizeTest {
    @Test
    void tenToFifteenPercentNeeds686PerArm() {
        // pbar = 0.125; 1.959964 * sqrt(0.21875) + 0.841621 * sqrt(0.09 + 0.1275) = 0.916690 + 0.392506 = 1.309196;
        // 1.309196^2 / 0.05^2 = 1.714994 / 0.0025 = 685.998 -> 686 (the textbook figure)
        assertEquals(686, SampleSize.perArm(0.10, 0.15, 0.05, 0.80));
    }
}
