package org.tailor.core.recommend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.tailor.core.index.InteractionMatrix;
import org.tailor.core.store.ModelRunRepository;
import org.tailor.core.store.ModelRunRepository.ModelRun;
import org.tailor.core.store.Workspace;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

class ModelPersistenceTest {
    private static InteractionMatrix matrix() {
        return InteractionMatrix.builder().add("c-01", "sku-9", 1).add("c-01", "sku-2", 1).add("c-02", "sku-2", 1)
                .add("c-02", "sku-3", 1).add("c-03", "sku-9", 1).add("c-03", "sku-3", 1).add("c-04", "sku-4", 1)
                .build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"pop", "itemknn", "als:factors=3,iterations=4", "ease:lambda=1", "bpr:epochs=3"})
    void savedModelReloadsFromTheWorkspaceWithTheSameScores(String spec) {
        Recommender r = new AlgorithmCatalog().create(spec);
        TrainedModel model = r.train(matrix(), Progress.NONE, Cancellation.NONE);
        try (Workspace ws = Workspace.inMemory()) {
            ModelRunRepository repo = new ModelRunRepository(ws);
            long id = repo.save(new ModelRun(0, r.name(), r.spec(), "test", 42L, "v1", null, 0.1,
                    ModelCodec.write(model), null));
            ModelRun run = repo.find(id).orElseThrow();
            assertEquals(r.spec(), run.params());
            assertEquals("v1", run.dataVersion());
            TrainedModel back = ModelCodec.read(run.model());
            assertEquals(List.of("c-01", "c-02", "c-03", "c-04"), back.matrix().users().ids());
            for (int u = 0; u < 4; u++) {
                double[] a = new double[4];
                double[] b = new double[4];
                model.scoreAll(u, a);
                back.scoreAll(u, b);
                assertArrayEquals(a, b, 1e-6, spec);
                assertEquals(model.recommendUnseen(u, 2), back.recommendUnseen(u, 2));
            }
            assertEquals(1, repo.list().size());
            assertEquals(null, repo.list().get(0).model());
        }
    }

    @Test
    void unsupportedOrDamagedModelsFailReadably() {
        TrainedModel content = new AlgorithmCatalog().create("userknn").train(matrix(), Progress.NONE,
                Cancellation.NONE);
        assertThrows(IllegalArgumentException.class, () -> ModelCodec.write(content));
        assertThrows(IllegalArgumentException.class, () -> ModelCodec.read(new byte[] {1, 2, 3}));
    }
}
