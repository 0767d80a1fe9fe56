package org.tailor.core.persona;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tailor.core.CaseCsv;
import org.tailor.core.model.Interaction;
import org.tailor.core.model.Item;
import org.tailor.core.task.Cancellation;

class FeatureExtractorTest {
    private static long ts(String isoDate) {
        return LocalDate.parse(isoDate).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    }

    private static Map<String, CustomerFeatures> byId(FeatureTable t) {
        Map<String, CustomerFeatures> m = new java.util.HashMap<>();
        t.rows().forEach(r -> m.put(r.customerId(), r));
        return m;
    }

    /** BL-04 item 2: the whole column is day-first, so with reference 2024-03-01 recency is C1=150, C2=67, C3=19. */
    @Test
    void bl04RecencyFromDayFirstOrders() {
        DateTimeFormatter dayFirst = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        List<Interaction> xs = new ArrayList<>();
        for (Map<String, String> row : CaseCsv.read("BL-04-mixed-day-month-dates", "orders_dayfirst.csv")) {
            long t = LocalDate.parse(row.get("order_date"), dayFirst).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
            xs.add(new Interaction(row.get("customer_id"), "order", "purchase", 1, Double.parseDouble(row.get("amount")),
                    t, row.get("order_id")));
        }
        FeatureTable t = new FeatureExtractor().extract(List.of(), List.of(), xs, LocalDate.parse("2024-03-01"),
                Cancellation.NONE);
        Map<String, CustomerFeatures> f = byId(t);
        // 2023-10-03 -> 2024-03-01: 28 (rest of Oct) + 30 + 31 + 31 + 29 (2024 is a leap year) + 1 = 150
        assertEquals(150, f.get("C1").recencyDays());
        // 2023-12-25 -> 2024-03-01: 6 + 31 + 29 + 1 = 67
        assertEquals(67, f.get("C2").recencyDays());
        // 2024-02-11 -> 2024-03-01: 18 + 1 = 19
        assertEquals(19, f.get("C3").recencyDays());
        // C1: orders 1 and 3, 20.00 + 12.50
        assertEquals(2, f.get("C1").frequency());
        assertEquals(32.5, f.get("C1").monetary(), 1e-9);
        // default reference = latest interaction date (2024-02-11): C3 recency 0, never negative
        FeatureTable d = new FeatureExtractor().extract(List.of(), List.of(), xs, null, Cancellation.NONE);
        assertEquals(LocalDate.parse("2024-02-11"), d.referenceDate());
        assertEquals(0, byId(d).get("C3").recencyDays());
    }

    @Test
    void returnsAreLeftOutAndLooseEventsCountAsOrders() {
        List<Interaction> xs = List.of(
                new Interaction("A", "P1", "purchase", 2, 10, ts("2024-01-01"), "O1"),
                new Interaction("A", "P2", "purchase", 1, 5, ts("2024-01-01"), "O1"),
                new Interaction("A", "P1", "purchase", -1, -5, ts("2024-01-09"), "O2"),
                new Interaction("A", "P3", "view", 0, 0, ts("2024-01-05"), null),
                new Interaction("B", "P3", "view", 0, 0, ts("2024-01-02"), null));
        List<Item> items = List.of(new Item(1, "P1", "Mug", "Kitchen", null, null),
                new Item(2, "P2", "Lamp", null, "Home|Light", null), new Item(3, "P3", "Pan", "Kitchen", null, null));
        FeatureTable t = new FeatureExtractor().extract(List.of("A", "B", "Z"), items, xs, null, Cancellation.NONE);
        // reference = 2024-01-05 (the return on 01-09 is ignored); Z has no activity
        assertEquals(LocalDate.parse("2024-01-05"), t.referenceDate());
        assertEquals(1, t.customersWithoutActivity());
        CustomerFeatures a = byId(t).get("A");
        // orders: O1 + one loose view = 2; lines 3; basket = 3/2; spend 10 + 5 = 15 (negative amount ignored)
        assertEquals(2, a.frequency());
        assertEquals(1.5, a.basketSize(), 1e-12);
        assertEquals(15.0, a.monetary(), 1e-12);
        assertEquals(0, a.recencyDays());
        // category weights: Kitchen = P1 + P3 = 2 (of A's 3 lines), Home 0.5 and Light 0.5 (P2's two genres)
        // overall: Kitchen 3 (A 2 + B 1), Home 0.5, Light 0.5 -> columns Kitchen, Home, Light (ties by name)
        assertEquals(List.of("Kitchen", "Home", "Light"), t.categories());
        assertEquals(2.0 / 3, a.categoryShares()[0], 1e-12);
        assertEquals(0.5 / 3, a.categoryShares()[1], 1e-12);
    }
}
