package org.tailor.core.persona;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tailor.core.model.Interaction;
import org.tailor.core.store.BatchWriter;
import org.tailor.core.store.Workspace;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

/** Identical customers, a lone customer, empty clusters, reference dates and far-future rows. */
class PersonaEdgeCasesTest {
    private static final Clock TODAY_2024_06_01 = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);

    private static long ts(String isoDate) {
        return LocalDate.parse(isoDate).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    }

    private static Interaction buy(String customer, String day, double amount) {
        return new Interaction(customer, "S1", "purchase", 1, amount, ts(day), null);
    }

    private static void store(Workspace ws, List<Interaction> xs) {
        ws.inTransaction(c -> {
            try (BatchWriter w = new BatchWriter(ws, null)) {
                for (Interaction x : xs) {
                    w.interaction(x.customerId(), x.sku(), x.kind(), x.value(), x.amount(), x.epochSeconds(), null);
                }
            }
            return null;
        });
    }

    @Test
    void fiftyIdenticalCustomersGiveOnePersonaAndOneSegmentAndSaySo() {
        try (Workspace ws = Workspace.inMemory()) {
            List<Interaction> xs = new ArrayList<>();
            for (int i = 1; i <= 50; i++) {
                xs.add(buy("n" + i, "2024-01-05", 9.99));
            }
            store(ws, xs);
            PersonaReport r = new PersonaService().compute(ws, new PersonaParams(5, 7, 3, null), Progress.NONE,
                    Cancellation.NONE);
            // all 50 identical: k-means finds one non-empty cluster; the 4 empty ones are not personas
            assertEquals(1, r.personas().size());
            assertEquals(50, r.personas().get(0).size());
            assertTrue(r.fewerPersonasThanAsked());
            // ties share the mid-rank: 1 + floor(5 * 50 / 100) = 3 on R, F, M -> all "Needs attention"
            assertEquals(50, r.rfmSegments().get("Needs attention"));
            assertTrue(r.customers().stream().allMatch(c -> c.segment().equals("Needs attention")));
        }
    }

    @Test
    void aLoneCustomerWhoBoughtOnTheReferenceDateIsNotHibernating() {
        try (Workspace ws = Workspace.inMemory()) {
            store(ws, List.of(buy("solo", "2024-01-05", 9.99)));
            PersonaReport r = new PersonaService().compute(ws, new PersonaParams(1, 7, 1, null), Progress.NONE,
                    Cancellation.NONE);
            assertEquals("2024-01-05", r.referenceDate());
            assertEquals(0, r.rfmSegments().get("Hibernating"));
            assertEquals(1, r.rfmSegments().get("Needs attention"));   // R = F = M = 3
        }
    }

    @Test
    void aReferenceDateBeforeAnInteractionIsRefused() {
        List<Interaction> xs = List.of(buy("a", "2024-01-05", 1), buy("b", "2024-02-10", 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
                new FeatureExtractor(TODAY_2024_06_01).extract(List.of(), List.of(), xs, LocalDate.parse("1990-01-01"),
                        Cancellation.NONE));
        assertEquals("Reference date 1990-01-01 is before the latest interaction (2024-02-10): recency would be"
                + " negative. Use a date on or after 2024-02-10, or leave it out to use the latest interaction date",
                e.getMessage());
        // on the latest date itself it is fine: b recency 0, a 2024-01-05 -> 2024-02-10 = 26 + 10 = 36 days
        FeatureTable t = new FeatureExtractor(TODAY_2024_06_01).extract(List.of(), List.of(), xs,
                LocalDate.parse("2024-02-10"), Cancellation.NONE);
        assertEquals(List.of(36L, 0L), t.rows().stream().map(CustomerFeatures::recencyDays).toList());
    }

    @Test
    void aFarFutureRowDoesNotDragTheReferenceDateAndIsReportedAsIgnored() {
        // like one_future_row.csv: real orders up to 2024-03-01 and one order dated 2999-01-01; today is 2024-06-01
        List<Interaction> xs = List.of(buy("a", "2024-02-20", 10), buy("b", "2024-03-01", 20),
                buy("typo", "2999-01-01", 1), buy("a", "2999-01-01", 5));
        FeatureTable t = new FeatureExtractor(TODAY_2024_06_01).extract(List.of("a", "b", "typo"), List.of(), xs,
                null, Cancellation.NONE);
        assertEquals(LocalDate.parse("2024-03-01"), t.referenceDate());
        assertEquals(2, t.ignoredAfterReference());
        // a: 2024-02-20 -> 2024-03-01 = 9 + 1 = 10 days, spend 10 (the future 5 is ignored); typo has no activity
        CustomerFeatures a = t.rows().get(0);
        assertEquals("a", a.customerId());
        assertEquals(10, a.recencyDays());
        assertEquals(10.0, a.monetary(), 1e-12);
        assertEquals(1, t.customersWithoutActivity());
        assertTrue(t.rows().stream().allMatch(r -> r.recencyDays() >= 0));
    }

    @Test
    void theWorkspaceRunCarriesTheIgnoredCount() {
        try (Workspace ws = Workspace.inMemory()) {
            store(ws, List.of(buy("a", "2024-01-05", 10), buy("b", "2999-01-01", 1)));
            PersonaReport r = new PersonaService().compute(ws, new PersonaParams(2, 7, 1, null), Progress.NONE,
                    Cancellation.NONE);
            // the machine clock is before 2999: reference 2024-01-05, one row ignored, b without activity
            assertEquals("2024-01-05", r.referenceDate());
            assertEquals(1, r.ignoredAfterReference());
            assertEquals(1, r.customersWithoutActivity());
            assertEquals(1, new PersonaService().latest(ws).orElseThrow().ignoredAfterReference());
        }
    }

    @Test
    void onlyFutureRowsLeaveTodayAsReference() {
        List<Interaction> xs = List.of(buy("a", "2999-01-01", 1));
        FeatureTable t = new FeatureExtractor(TODAY_2024_06_01).extract(List.of("a"), List.of(), xs, null,
                Cancellation.NONE);
        assertEquals(LocalDate.parse("2024-06-01"), t.referenceDate());
        assertEquals(1, t.ignoredAfterReference());
        assertEquals(List.of(), t.rows());
    }
}
