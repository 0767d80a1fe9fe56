package org.tailor.ui.fairness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tailor.core.recommend.AlgorithmCatalog;
import org.tailor.core.store.Workspace;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;
import org.tailor.ui.ShopFixture;

/**
 * Fairness of popularity at K=2 on {@link ShopFixture}. Training (test items H1 P5, H2 P6, H3 P6 held out):
 * distinct buyers P1 4, P2 4, P3 3, P4 2, P5 2, P6 1, P7 1 (ties go to the lower index: P6 before P7).
 * Top 2 of unseen items: H1 [P5 P6], H2 [P4 P6], H3 [P3 P6], L1 [P2 P3], L2 [P1 P3], L3 [P1 P2], L4 [P1 P2].
 */
class WorkspaceFairnessServiceTest {
    private final Workspace ws = ShopFixture.fill(Workspace.inMemory());
    private final WorkspaceFairnessService service = new WorkspaceFairnessService(ws, new AlgorithmCatalog());

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void groupsAreTheCategoricalColumnsOfThisWorkspace() {
        assertEquals(List.of("age_band", "gender", "zip3", "tier"), service.groupAttributes());
    }

    @Test
    void exposureByDecileAndNdcgByGender() {
        var r = service.compute("pop", "gender", 2, Progress.NONE, Cancellation.NONE);
        // deciles (1 + floor(10 * less popular items / 7)): P6 P7 -> 1, P4 P5 -> 3, P3 -> 6, P1 P2 -> 8
        // slots (14): P6 3 + P7 0 = 3; P4 1 + P5 1 = 2; P3 3; P1 3 + P2 3 = 6
        double[] expected = {3 / 14.0, 0, 2 / 14.0, 0, 0, 3 / 14.0, 0, 6 / 14.0, 0, 0};
        assertEquals(10, r.exposure().size());
        for (int d = 0; d < 10; d++) {
            assertEquals(d + 1, r.exposure().get(d).decile());
            assertEquals(expected[d], r.exposure().get(d).share(), 1e-9, "decile " + (d + 1));
        }
        // F: H1 hit at rank 1 (1.0), H2 at rank 2 (1/log2(3) = 0.630930) -> 0.815465; M: H3 at rank 2 -> 0.630930
        assertEquals(List.of(new FairnessService.GroupQuality("F", 2, (1 + 1 / log2(3)) / 2),
                new FairnessService.GroupQuality("M", 1, 1 / log2(3))), r.groups());
        // 0.630930 / 0.815465 = 0.773706
        assertEquals(0.773706, r.minMaxRatio(), 1e-6);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
