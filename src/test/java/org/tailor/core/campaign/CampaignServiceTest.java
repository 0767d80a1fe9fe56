package org.tailor.core.campaign;

import org.tailor.core.export.CsvCells;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tailor.core.CaseCsv;
import org.tailor.core.persona.PersonaParams;
import org.tailor.core.persona.PersonaService;
import org.tailor.core.recommend.AlgorithmCatalog;
import org.tailor.core.store.BatchWriter;
import org.tailor.core.store.CampaignRepository;
import org.tailor.core.store.Workspace;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

class CampaignServiceTest {
    private final CampaignService service = new CampaignService(new AlgorithmCatalog());

    private static void loadBl22(Workspace ws) {
        ws.inTransaction(c -> {
            try (BatchWriter w = new BatchWriter(ws, null)) {
                for (Map<String, String> r : CaseCsv.read("BL-22-campaign-export-duplicates-optout", "contacts.csv")) {
                    Map<String, String> f = new HashMap<>();
                    f.put("email", r.get("email"));
                    f.put("first_name", r.get("first_name"));
                    f.put("email_opt_in", r.get("email_opt_in").equals("yes") ? "1" : "0");
                    f.put("unsubscribed_at", r.get("unsubscribed_at"));
                    w.customer(r.get("customer_id"), f);
                }
            }
            return null;
        });
    }

    private static void loadTransactions(Workspace ws, String caseDir, String file) {
        ws.inTransaction(c -> {
            try (BatchWriter w = new BatchWriter(ws, null)) {
                long t = 1_700_000_000L;
                for (Map<String, String> r : CaseCsv.read(caseDir, file)) {
                    double q = r.containsKey("quantity") ? Double.parseDouble(r.get("quantity")) : 1.0;
                    w.interaction(r.get("customer_id"), r.get("product_id"), "purchase", q, null, t++, null);
                }
            }
            return null;
        });
    }

    private static Map<String, CampaignTarget> byId(CampaignPreview p) {
        Map<String, CampaignTarget> m = new HashMap<>();
        p.targets().forEach(t -> m.put(t.customerId(), t));
        return m;
    }

    /** BL-22: 9 input -> 3 exported; 2 merged (C2->C1, C9->C8); 3 opted out (C3, C4, C7); 1 no address (C6). */
    @Test
    void bl22DuplicatesMergedOptOutWinsEveryRecordAccounted(@TempDir Path dir) throws Exception {
        try (Workspace ws = Workspace.inMemory()) {
            loadBl22(ws);
            CampaignParams p = new CampaignParams("bl22", Audience.all(), 0, 0, 7, null, Channel.EMAIL, null);
            CampaignPreview preview = service.preview(ws, p, Progress.NONE, Cancellation.NONE);
            assertEquals(List.of("C1", "C5", "C8"), preview.targets().stream().map(CampaignTarget::customerId).toList());
            Map<String, Integer> acc = preview.accounting();
            assertEquals(9, acc.get("audience"));
            assertEquals(3, acc.get("exported"));
            assertEquals(2, acc.get(Exclusion.MERGED));
            assertEquals(3, acc.get(Exclusion.OPTED_OUT));
            assertEquals(1, acc.get(Exclusion.NO_ADDRESS));
            Map<String, Exclusion> ex = new HashMap<>();
            preview.exclusions().forEach(e -> ex.put(e.customerId(), e));
            assertEquals(Set.of("C2", "C3", "C4", "C6", "C7", "C9"), ex.keySet());
            assertEquals("duplicate address, merged into C1", ex.get("C2").reason());
            assertEquals("duplicate address, merged into C8", ex.get("C9").reason());
            assertEquals("same address as C4, who opted out", ex.get("C3").reason());
            assertTrue(ex.get("C7").reason().startsWith("unsubscribed on 2024-02-01"));
            assertEquals("no email address", ex.get("C6").reason());

            Path out = dir.resolve("bl22.csv");
            long id = service.export(ws, preview, out, false);
            List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
            assertEquals("customer_id,email,arm,items", lines.get(0));
            assertEquals(4, lines.size());
            Set<String> emails = new HashSet<>();
            for (String line : lines.subList(1, 4)) {
                String email = line.split(",", -1)[1];
                assertEquals(email.trim(), email);
                emails.add(email.toLowerCase(java.util.Locale.ROOT));
            }
            assertEquals(Set.of("lena.park@example.com", "ravi.nair@example.net", "tess.ng@example.com"), emails);
            assertEquals(3, new CampaignRepository(ws).targets(id).size());
        }
    }

    /** BL-12: popularity top-2, purchased excluded, ties by product id; C6 has bought everything. */
    @Test
    void bl12PurchasedItemsNeverOfferedAndEmptyListReported() {
        try (Workspace ws = Workspace.inMemory()) {
            loadTransactions(ws, "BL-12-already-purchased-items-filter", "transactions.csv");
            CampaignParams p = new CampaignParams("bl12", Audience.all(), 2, 0, 7, "pop", Channel.ANY, null);
            CampaignPreview preview = service.preview(ws, p, Progress.NONE, Cancellation.NONE);
            Map<String, CampaignTarget> t = byId(preview);
            assertEquals(List.of("P3", "P4"), t.get("C1").items());
            assertEquals(List.of("P2", "P4"), t.get("C2").items());
            assertEquals(List.of("P3", "P5"), t.get("C3").items());
            assertEquals(List.of("P1", "P4"), t.get("C4").items());
            assertEquals(List.of("P2", "P3"), t.get("C5").items());
            assertFalse(t.containsKey("C6"));
            Exclusion c6 = preview.exclusions().get(0);
            assertEquals("C6", c6.customerId());
            assertEquals(Exclusion.NOTHING_TO_OFFER, c6.category());
            assertEquals("popular with everyone", t.get("C1").reason());
            Set<String> bought = new HashSet<>();
            CaseCsv.read("BL-12-already-purchased-items-filter", "transactions.csv")
                    .forEach(r -> bought.add(r.get("customer_id") + "/" + r.get("product_id")));
            for (CampaignTarget target : preview.targets()) {
                for (String sku : target.items()) {
                    assertFalse(bought.contains(target.customerId() + "/" + sku));
                }
            }
        }
    }

    /** BL-12: a campaign for "recommend P3" leaves out C2, C4 and C6, who already bought P3. */
    @Test
    void bl12FixedOfferExcludesBuyersOfIt() {
        try (Workspace ws = Workspace.inMemory()) {
            loadTransactions(ws, "BL-12-already-purchased-items-filter", "transactions.csv");
            CampaignParams p = new CampaignParams("p3", Audience.all(), 1, 0, 7, "pop", Channel.ANY, "P3");
            CampaignPreview preview = service.preview(ws, p, Progress.NONE, Cancellation.NONE);
            assertEquals(List.of("C1", "C3", "C5"), preview.targets().stream().map(CampaignTarget::customerId).toList());
            assertEquals(3, preview.accounting().get(Exclusion.HAS_OFFER));
            assertEquals(List.of("C2", "C4", "C6"), preview.exclusions().stream().map(Exclusion::customerId).toList());
        }
    }

    /** BL-13 item 5: a cold customer gets the popularity fallback with a reason, never dropped. */
    @Test
    void bl13ColdCustomerGetsFallbackWithReason() {
        try (Workspace ws = Workspace.inMemory()) {
            loadTransactions(ws, "BL-13-cold-start-users-items-in-test", "train.csv");
            ws.inTransaction(c -> {
                try (BatchWriter w = new BatchWriter(ws, null)) {
                    w.customer("C9", Map.of());
                }
                return null;
            });
            CampaignParams p = new CampaignParams("cold", Audience.all(), 2, 0, 7, "pop", Channel.ANY, null);
            CampaignTarget c9 = byId(service.preview(ws, p, Progress.NONE, Cancellation.NONE)).get("C9");
            // train popularity P1 = 3, P2 = 2, P3 = 2; ties by product id -> P1, P2
            assertEquals(List.of("P1", "P2"), c9.items());
            assertEquals("popular with everyone (no purchase history yet)", c9.reason());
        }
    }

    @Test
    void controlGroupHasTheRoundedSizeAndDependsOnlyOnTheSeed() {
        try (Workspace ws = Workspace.inMemory()) {
            ws.inTransaction(c -> {
                try (BatchWriter w = new BatchWriter(ws, null)) {
                    for (int i = 1; i <= 25; i++) {
                        w.customer("K" + i, Map.of());
                    }
                }
                return null;
            });
            // 25 * 10 / 100 = 2.5 -> rounds half up to 3
            CampaignParams p = new CampaignParams("cg", Audience.all(), 0, 10, 7, null, Channel.ANY, null);
            CampaignPreview a = service.preview(ws, p, Progress.NONE, Cancellation.NONE);
            CampaignPreview b = service.preview(ws, p, Progress.NONE, Cancellation.NONE);
            assertEquals(3, a.accounting().get("control"));
            assertEquals(22, a.accounting().get("treatment"));
            assertEquals(a.targets(), b.targets());
            assertEquals(2, ControlGroup.size(20, 10));
            assertEquals(0, ControlGroup.size(4, 10));    // 0.4 -> 0
        }
    }

    @Test
    void personaAudienceUsesTheLatestRunAndUnknownNamesAreListed() {
        try (Workspace ws = Workspace.inMemory()) {
            org.tailor.core.Fixtures.twoPersonaShop(ws);
            new PersonaService().compute(ws, new PersonaParams(2, 7, 5, null), Progress.NONE, Cancellation.NONE);
            CampaignParams p = new CampaignParams("lapsed", Audience.persona("Lapsed one-time light spenders"), 2, 0, 7,
                    "pop", Channel.ANY, null);
            CampaignPreview preview = service.preview(ws, p, Progress.NONE, Cancellation.NONE);
            assertEquals(List.of("L1", "L2", "L3"), preview.targets().stream().map(CampaignTarget::customerId).toList());
            CampaignParams bad = new CampaignParams("x", Audience.persona("Nobody"), 2, 0, 7, "pop", Channel.ANY, null);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> service.preview(ws, bad, Progress.NONE, Cancellation.NONE));
            assertTrue(e.getMessage().contains("Recent frequent big spenders"));
        }
    }

    @Test
    void addressesAreNormalisedAcrossInvisibleSpacesAndCase() {
        assertEquals("ann@example.org", ConsentFilter.normalise("\u00A0 Ann@Example.ORG\u200B "));
        assertEquals("Ann@Example.ORG", ConsentFilter.clean("\uFEFFAnn@Example.ORG\t"));
        assertEquals(null, ConsentFilter.normalise(" \u00A0 "));
    }

    @Test
    void formulaLikeCellsAreEscaped() {
        assertEquals("'=HYPERLINK(\"x\")", CsvCells.safe("=HYPERLINK(\"x\")"));
        assertEquals("'+1", CsvCells.safe("+1"));
        assertEquals("'-2", CsvCells.safe("-2"));
        assertEquals("'@SUM(A1)", CsvCells.safe("@SUM(A1)"));
        assertEquals("'\tx", CsvCells.safe("\tx"));
        assertEquals("'\rx", CsvCells.safe("\rx"));
        assertEquals("C1", CsvCells.safe("C1"));
        CampaignParams p = new CampaignParams("x", Audience.all(), 1, 0, 7, null, Channel.ANY, null);
        CampaignPreview preview = new CampaignPreview(p, 1, List.of(new CampaignTarget("=1+1", null,
                CampaignTarget.TREATMENT, List.of("@P1"), List.of("@P1"), "-x bought")), List.of(), "pop");
        StringWriter w = new StringWriter();
        CampaignService.write(preview, w, true);
        assertEquals("customer_id,arm,items,reason\r\n'=1+1,treatment,'@P1,'-x bought\r\n", w.toString());
    }
}
