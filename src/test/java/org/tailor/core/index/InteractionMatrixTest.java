package org.tailor.core.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InteractionMatrixTest {
    @Test
    void repeatsMergeIntoOneWeightedEntryAndColumnsMirrorRows() {
        InteractionMatrix m = InteractionMatrix.builder()
                .add("U2", "B", 1).add("U1", "C", 1).add("U1", "A", 1).add("U1", "C", 2).add("U2", "A", 1)
                .build();
        // users: U2=0, U1=1; items: B=0, C=1, A=2
        assertEquals(2, m.userCount());
        assertEquals(3, m.itemCount());
        assertEquals(4, m.nonZeros());
        assertArrayEquals(new int[] {1, 2}, m.itemsOf(1));
        assertArrayEquals(new float[] {3f, 1f}, m.weightsOf(1));
        assertArrayEquals(new int[] {0, 1}, m.usersOf(2));
        assertTrue(m.contains(0, 0));
        assertFalse(m.contains(0, 1));
        assertEquals(1, m.columnLength(1));
    }
}
