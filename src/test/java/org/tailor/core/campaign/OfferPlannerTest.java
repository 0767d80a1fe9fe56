package org.tailor.core.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tailor.core.CaseCsv;
import org.tailor.core.index.InteractionMatrix;
import org.tailor.core.index.InteractionMatrixBuilder;
import org.tailor.core.recommend.AlgorithmCatalog;
import org.tailor.core.recommend.TrainingData;
import org.tailor.core.recommend.Explanation;
import org.tailor.core.recommend.Recommender;
import org.tailor.core.recommend.TrainedModel;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

class OfferPlannerTest {
    /** A stand-in variant: scores items by index and explains every item with the user's first two items. */
    private static final class Neighbours implements Recommender {
        @Override
        public String name() {
            return "fake";
        }

        @Override
        public Map<String, Object> parameters() {
            return Map.of();
        }

        @Override
        public TrainedModel train(InteractionMatrix matrix, Progress progress, Cancellation cancel) {
            return new TrainedModel() {
                @Override
                public InteractionMatrix matrix() {
                    return matrix;
                }

                @Override
                public void scoreAll(int userIdx, double[] out) {
                    for (int i = 0; i < out.length; i++) {
                        out[i] = i;
                    }
                }

                @Override
                public Explanation explain(int userIdx, int itemIdx) {
                    int[] own = matrix.itemsOf(userIdx);
                    return new Explanation("similar-items", List.of(own[0], own[1]), List.of(1.0, 0.5));
                }
            };
        }
    }

    @Test
    void reasonNamesTheItemsTheCustomerBought() {
        InteractionMatrix m = InteractionMatrix.builder().add("C1", "P1", 1).add("C1", "P2", 1).add("C2", "P3", 1)
                .build();
        OfferPlanner planner = new OfferPlanner(TrainingData.of(m), new Neighbours(), Map.of("P1", "Mug", "P2", "Lamp"),
                Progress.NONE, Cancellation.NONE);
        OfferPlanner.Offer o = planner.offer("C1", 1);
        assertEquals(List.of("P3"), o.items());
        assertEquals("bought Mug and Lamp", o.reason());
    }

    /** BL-12 for every variant in the catalogue: no offered (customer, product) pair was already bought. */
    @Test
    void bl12NoVariantOffersAnAlreadyBoughtItem() {
        InteractionMatrixBuilder b = InteractionMatrix.builder();
        Set<String> bought = new HashSet<>();
        for (Map<String, String> r : CaseCsv.read("BL-12-already-purchased-items-filter", "transactions.csv")) {
            b.add(r.get("customer_id"), r.get("product_id"), 1);
            bought.add(r.get("customer_id") + "/" + r.get("product_id"));
        }
        InteractionMatrix m = b.build();
        // The case file has no dates: give each entry its position as a time so recent popularity can train too.
        long[] times = new long[m.nonZeros()];
        for (int p = 0; p < times.length; p++) {
            times[p] = p;
        }
        // ... and a small text per product so the content variant can train (invented descriptions).
        String[] text = new String[m.itemCount()];
        for (int i = 0; i < text.length; i++) {
            text[i] = "product " + m.items().id(i) + (i % 2 == 0 ? " mug" : " lamp");
        }
        TrainingData data = new TrainingData(m, text, times);
        AlgorithmCatalog catalog = new AlgorithmCatalog();
        for (String variant : catalog.names()) {
            OfferPlanner planner = new OfferPlanner(data, catalog.create(variant), Map.of(), Progress.NONE,
                    Cancellation.NONE);
            for (String customer : m.users().ids()) {
                OfferPlanner.Offer o = planner.offer(customer, 5);
                for (String sku : o.items()) {
                    assertFalse(bought.contains(customer + "/" + sku), variant + " offered " + sku + " to " + customer);
                }
                if (customer.equals("C6")) {
                    assertEquals(List.of(), o.items(), variant);
                }
            }
        }
    }

    @Test
    void anItemInTheHistoryIsNeverOfferedEvenWhenItTaughtTheModelNothing() {
        // positive events: C1 P1; C2 P1 P2; C3 P2 P3; C4 P1 (and C4 returned P2, a return teaches nothing)
        // popularity (positive): P1 3, P2 2, P3 1
        InteractionMatrixBuilder learn = InteractionMatrix.builder();
        InteractionMatrixBuilder had = InteractionMatrix.builder();
        for (InteractionMatrixBuilder b : List.of(learn, had)) {
            for (String c : List.of("C1", "C2", "C3", "C4")) {
                b.addUser(c);
            }
            for (String p : List.of("P1", "P2", "P3")) {
                b.addItem(p);
            }
            b.add("C1", "P1", 1).add("C2", "P1", 1).add("C2", "P2", 1).add("C3", "P2", 1).add("C3", "P3", 1)
                    .add("C4", "P1", 1);
        }
        had.add("C4", "P2", 1);
        OfferPlanner planner = new OfferPlanner(TrainingData.of(learn.build()), had.build(),
                new org.tailor.core.recommend.PopularityRecommender(), Map.of(), Progress.NONE, Cancellation.NONE);
        // unseen by the model: P2 (2), P3 (1); P2 is in C4's history, so only P3 is offered
        assertEquals(List.of("P3"), planner.offer("C4", 2).items());
        assertTrue(planner.hasItem("C4", "P2"));
    }
}
