package org.tailor.core.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tailor.core.index.InteractionMatrix;
import org.tailor.core.store.BatchWriter;
import org.tailor.core.store.Workspace;

/** The workspace protocol shared by the lab and the fairness report. */
class WorkspaceEvaluationTest {
    @TempDir
    Path tmp;

    private Workspace workspace(Consumer<BatchWriter> fill) {
        Workspace w = Workspace.open(tmp.resolve("shop.db"));
        w.inTransaction(c -> {
            try (BatchWriter b = new BatchWriter(w, null)) {
                fill.accept(b);
            }
            return null;
        });
        return w;
    }

    private static void shop(BatchWriter b) {
        b.item("A", Map.of("title", "Green Tea", "category", "tea"));
        b.item("F", Map.of("title", "Oolong"));
        String[] ann = {"A", "B", "C", "D", "E"};
        String[] bob = {"A", "B", "C", "D", "F"};
        for (int i = 0; i < 5; i++) {
            b.interaction("ann", ann[i], "purchase", 1.0, 2.0, 100L * (i + 1), "O" + i);
            b.interaction("bob", bob[i], "purchase", 1.0, 2.0, 100L * (i + 1), "P" + i);
        }
        // the latest events, but not purchases: a return and a purchase of quantity 0 are left out
        b.interaction("ann", "X", "return", -1.0, -2.0, 900L, "R1");
        b.interaction("bob", "Y", "purchase", 0.0, 0.0, 900L, "P9");
    }

    @Test
    void returnsAndZeroQuantitiesAreLeftOut() {
        try (Workspace w = workspace(WorkspaceEvaluationTest::shop)) {
            List<RatingRow> rows = WorkspaceEvaluation.implicitRows(w);
            // 5 + 5 purchases; the return and the zero-quantity purchase are not rows
            assertEquals(10, rows.size());
            assertEquals(0, rows.stream().filter(r -> r.itemId().equals("X") || r.itemId().equals("Y")).count());
        }
    }

    @Test
    void holdoutPutsEachCustomersLatestPurchaseInTestWithItemTextAligned() {
        try (Workspace w = workspace(WorkspaceEvaluationTest::shop)) {
            EvaluationSet set = WorkspaceEvaluation.temporalHoldout(w, 0.2);
            InteractionMatrix train = set.split().train();
            // floor(5 * 0.2) = 1 per customer: ann -> E, bob -> F (not the later return X or zero purchase Y)
            assertEquals(2, set.testRows().size());
            assertEquals(List.of("E", "F"), set.testRows().stream().map(RatingRow::itemId).sorted().toList());
            // training items A, B, C, D; E and F are only in test (cold items, still counted as relevant)
            assertEquals(4, train.itemCount());
            assertEquals(2, set.coldItems());
            String[] text = set.trainingData().itemText();
            assertEquals(train.itemCount(), text.length);
            assertEquals("Green Tea tea", text[train.items().indexOf("A").getAsInt()]);
            assertNull(text[train.items().indexOf("B").getAsInt()]);
            assertEquals(2, set.split().testRelevant().size());
        }
    }

    @Test
    void emptyWorkspaceIsAReadableRefusal() {
        try (Workspace w = workspace(b -> { })) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> WorkspaceEvaluation.temporalHoldout(w, 0.2));
            assertEquals("The workspace has no interactions to evaluate on", e.getMessage());
        }
    }

    @Test
    void tooFewInteractionsPerCustomerIsAReadableRefusal() {
        try (Workspace w = workspace(b -> {
            b.interaction("ann", "A", "purchase", 1.0, 2.0, 100L, "O1");
            b.interaction("ann", "B", "purchase", 1.0, 2.0, 200L, "O2");
        })) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> WorkspaceEvaluation.temporalHoldout(w, 0.2));
            // floor(2 * 0.2) = 0 held out: a customer needs ceil(1 / 0.2) = 5 interactions
            assertEquals("No customer could be scored: the latest 20% of each customer's interactions are held out, "
                    + "so a customer needs at least 5 interactions, and none has that many", e.getMessage());
        }
    }
}
