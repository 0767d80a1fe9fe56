package org.tailor.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tailor.core.CaseCsv;
import org.tailor.core.store.BatchWriter;
import org.tailor.core.store.Workspace;
import org.tailor.core.task.Cancellation;

/** BL-17: k-anonymity of a table that already holds suppressed cells. */
class KAnonymityCheckTest {
    private static final String CASE = "BL-17-k-anonymity-suppressed-values";
    private static final List<String> QI = List.of("age_band", "gender", "zip3");
    private final KAnonymityCheck check = new KAnonymityCheck();

    private static List<QuasiRecord> records() {
        return CaseCsv.read(CASE, "export_generalised.csv").stream()
                .map(r -> new QuasiRecord(r.get("customer_ref"), r)).toList();
    }

    @Test
    void conventionAIsTheDefaultAndGivesKOne() {
        KAnonymityReport r = check.run(records(), QI, 3, Convention.SUPPRESSED_IS_VALUE, "segment", Map.of(),
                Cancellation.NONE);
        assertEquals("ok", r.status());
        assertEquals(1, r.k());
        assertTrue(r.convention().startsWith("A:"));
        assertEquals(List.of(3, 2, 1, 2, 3), r.classes().stream().map(EquivalenceClass::size).toList());
        assertEquals(List.of("30-39", "*", "101"), r.classes().get(2).values());
        assertEquals(List.of("R04", "R05", "R06", "R07", "R08"), r.violatingRecords());
        assertEquals(3, r.violatingClasses());
        // sizes 1 x1, 2 x2, 3 x2
        assertEquals(Map.of(1, 1, 2, 2, 3, 2), r.classSizeCounts());
        // distinct segments per class: {gold,silver}, {bronze,gold}, {silver}, {gold,bronze}, {silver,gold}
        assertEquals(List.of(2, 2, 1, 2, 2), r.classes().stream().map(EquivalenceClass::distinctSensitive).toList());
        assertEquals(1, r.l());
        assertEquals(11, r.records());
    }

    @Test
    void conventionBTreatsSuppressedCellsAsWildcardsAndSaysSo() {
        KAnonymityReport r = check.run(records(), QI, 3, Convention.SUPPRESSED_IS_WILDCARD, null, Map.of(),
                Cancellation.NONE);
        assertEquals(3, r.k());
        assertTrue(r.convention().contains("suppressed cells treated as wildcards"));
        // R01-R03 = 4, R04-R05 = 3, R06 = 6, R07-R08 = 5, R09-R11 = 5 (class order as in the file)
        assertEquals(List.of(4, 3, 6, 5, 5), r.classes().stream().map(EquivalenceClass::compatibleSize).toList());
        assertEquals(List.of(), r.violatingRecords());
        assertNull(r.l());
    }

    @Test
    void aFilterLeavingNothingSaysNoRecords() {
        KAnonymityReport r = check.run(records(), QI, 3, Convention.SUPPRESSED_IS_VALUE, "segment",
                Map.of("age_band", "50-59"), Cancellation.NONE);
        assertEquals("no records", r.status());
        assertNull(r.k());
        assertNull(r.l());
        assertEquals(0, r.records());
    }

    @Test
    void workspaceCustomersGiveTheSameAnswerWithTheIdNeverAQuasiIdentifier() {
        try (Workspace ws = Workspace.inMemory()) {
            ws.inTransaction(c -> {
                try (BatchWriter w = new BatchWriter(ws, null)) {
                    for (Map<String, String> row : CaseCsv.read(CASE, "export_generalised.csv")) {
                        Map<String, String> f = new HashMap<>(row);
                        f.remove("customer_ref");
                        w.customer(row.get("customer_ref"), f);
                    }
                }
                return null;
            });
            KAnonymityReport r = check.run(CustomerRecords.load(ws), QI, 3, Convention.SUPPRESSED_IS_VALUE, "segment",
                    Map.of(), Cancellation.NONE);
            assertEquals(1, r.k());
            assertEquals(5, r.violatingRecords().size());
            assertEquals(List.of(3, 2, 1, 2, 3), r.classes().stream().map(EquivalenceClass::size).toList());
        }
    }

    @Test
    void ageBandsFollowTheDocumentedCuts() {
        assertEquals("<25", CustomerRecords.ageBand(24));
        assertEquals("25-34", CustomerRecords.ageBand(25));
        assertEquals("35-44", CustomerRecords.ageBand(44));
        assertEquals("45-54", CustomerRecords.ageBand(45));
        assertEquals("55+", CustomerRecords.ageBand(55));
    }

    @Test
    void unknownOrEmptyColumnNamesAreRefusedNamingTheValidOnes() {
        // A typo used to be "missing for everyone": one class of 11 and a reassuring k = 11 with status ok.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> check.run(records(),
                List.of("gender", "zipcode"), 3, Convention.SUPPRESSED_IS_VALUE, null, Map.of(), Cancellation.NONE));
        assertEquals("Unknown quasi-identifier 'zipcode': no customer has a value in that column. Valid columns:"
                + " age_band, customer_ref, gender, segment, zip3", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> check.run(records(), List.of(""), 3,
                Convention.SUPPRESSED_IS_VALUE, null, Map.of(), Cancellation.NONE));
        assertTrue(e.getMessage().startsWith("Empty quasi-identifier name. Valid columns: age_band"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> check.run(records(), QI, 3,
                Convention.SUPPRESSED_IS_VALUE, "nosuch", Map.of(), Cancellation.NONE));
        assertTrue(e.getMessage().startsWith("Unknown sensitive column 'nosuch'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> check.run(records(), QI, 3,
                Convention.SUPPRESSED_IS_VALUE, null, Map.of("nosuch", "1"), Cancellation.NONE));
        assertTrue(e.getMessage().startsWith("Unknown filter column (--where) 'nosuch'"), e.getMessage());
    }

    @Test
    void aStandardColumnEmptyForEveryoneIsNotAValidQuasiIdentifier() {
        try (Workspace ws = Workspace.inMemory()) {
            ws.inTransaction(c -> {
                try (BatchWriter w = new BatchWriter(ws, null)) {
                    w.customer("c1", Map.of("gender", "F", "age", "30"));
                    w.customer("c2", Map.of("gender", "M", "zip", "01730"));
                }
                return null;
            });
            List<QuasiRecord> all = CustomerRecords.load(ws);
            // derived columns count: age 30 -> age_band 25-34, zip 01730 -> zip3 017
            assertEquals(List.of("age", "age_band", "gender", "zip", "zip3"), new QuasiColumns(all).available());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> check.run(all,
                    List.of("country"), 1, Convention.SUPPRESSED_IS_VALUE, null, Map.of(), Cancellation.NONE));
            assertEquals("Unknown quasi-identifier 'country': no customer has a value in that column. Valid columns:"
                    + " age, age_band, gender, zip, zip3", e.getMessage());
            // zip3 is valid although only c2 has it: c1 is suppressed there, classes {F,*} and {M,017} -> k = 1
            assertEquals(1, check.run(all, List.of("gender", "zip3"), 1, Convention.SUPPRESSED_IS_VALUE, null,
                    Map.of(), Cancellation.NONE).k());
        }
    }
}
