package org.tailor.core.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tailor.core.persona.PersonaParams;
import org.tailor.core.persona.PersonaService;
import org.tailor.core.recommend.AlgorithmCatalog;
import org.tailor.core.store.BatchWriter;
import org.tailor.core.store.Workspace;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

/** Consent, address validity, empty audiences, a holdout that treats nobody, and per-item formula escaping. */
class CampaignSafetyTest {
    private final CampaignService service = new CampaignService(new AlgorithmCatalog());

    /** id, email, email_opt_in ("" = not recorded), opted_out, unsubscribed_at - invented people. */
    private static void customers(Workspace ws, String[][] rows) {
        ws.inTransaction(c -> {
            try (BatchWriter w = new BatchWriter(ws, null)) {
                for (String[] r : rows) {
                    Map<String, String> f = new LinkedHashMap<>();
                    f.put("email", r[1]);
                    f.put("email_opt_in", r[2]);
                    f.put("opted_out", r[3]);
                    f.put("unsubscribed_at", r[4]);
                    w.customer(r[0], f);
                }
            }
            return null;
        });
    }

    private CampaignPreview emailPreview(Workspace ws) {
        return service.preview(ws, new CampaignParams("mail", Audience.all(), 0, 0, 7, null, Channel.EMAIL, null),
                Progress.NONE, Cancellation.NONE);
    }

    private static Map<String, String> reasons(CampaignPreview p) {
        Map<String, String> m = new LinkedHashMap<>();
        p.exclusions().forEach(e -> m.put(e.customerId(), e.category() + ": " + e.reason()));
        return m;
    }

    @Test
    void noRecordedConsentAndImplausibleAddressesAreNotMailed() {
        try (Workspace ws = Workspace.inMemory()) {
            customers(ws, new String[][] {
                {"k1", "ann@example.com", "1", "0", ""},
                {"k2", "BOB@Example.com ", "1", "0", ""},
                {"k3", "bob@example.com", "1", "1", ""},
                {"k4", "cy@example.com", "0", "0", ""},
                {"k5", "di@example.com", "1", "0", "2024-01-01"},
                {"k6", "", "1", "0", ""},
                {"k7", "fi@example.com", "", "0", ""},
                {"k8", "gus@example", "1", "0", ""},
                {"k9", "hal@example.com, eve@example.com", "1", "0", ""},
                {"k10", "ivy smith@example.com", "1", "0", ""}});
            CampaignPreview p = emailPreview(ws);
            assertEquals(List.of("k1"), p.targets().stream().map(CampaignTarget::customerId).toList());
            Map<String, String> why = reasons(p);
            assertEquals("no_consent: no recorded e-mail consent", why.get("k7"));
            assertEquals("invalid_address: invalid e-mail address", why.get("k8"));
            assertEquals("invalid_address: invalid e-mail address", why.get("k9"));
            assertEquals("invalid_address: invalid e-mail address", why.get("k10"));
            assertEquals("opted_out: same address as k3, who opted out", why.get("k2"));
            assertEquals("no_address: no email address", why.get("k6"));
            // 10 = 1 exported + 4 opted out (k2 k3 k4 k5) + 1 no consent + 1 no address + 3 invalid
            Map<String, Integer> acc = p.accounting();
            assertEquals(10, acc.get("audience"));
            assertEquals(1, acc.get("exported"));
            assertEquals(4, acc.get(Exclusion.OPTED_OUT));
            assertEquals(1, acc.get(Exclusion.NO_CONSENT));
            assertEquals(1, acc.get(Exclusion.NO_ADDRESS));
            assertEquals(3, acc.get(Exclusion.INVALID_ADDRESS));
            assertEquals(List.of(), p.notes());
        }
    }

    @Test
    void withoutAnyOptInValueConsentCannotBeCheckedAndTheSummarySaysSo() {
        try (Workspace ws = Workspace.inMemory()) {
            customers(ws, new String[][] {
                {"a1", "ann@example.com", "", "0", ""},
                {"a2", "bo@example.org", "", "1", ""}});
            CampaignPreview p = emailPreview(ws);
            assertEquals(List.of("a1"), p.targets().stream().map(CampaignTarget::customerId).toList());
            assertEquals(List.of(ConsentFilter.CONSENT_NOT_RECORDED_NOTE), p.notes());
            assertTrue(p.notes().get(0).startsWith("No customer in this workspace has a recorded e-mail consent"));
            // the 'any' channel has no consent rule and no note
            CampaignPreview any = service.preview(ws, new CampaignParams("x", Audience.all(), 0, 0, 7, null,
                    Channel.ANY, null), Progress.NONE, Cancellation.NONE);
            assertEquals(List.of(), any.notes());
        }
    }

    @Test
    void plausibleAddressRule() {
        assertTrue(ConsentFilter.isPlausibleAddress("ann@example.com"));
        assertTrue(ConsentFilter.isPlausibleAddress(" o'neil+tag@mail.example.co.uk "));
        assertTrue(ConsentFilter.isPlausibleAddress("li@例子.中国"));
        assertFalse(ConsentFilter.isPlausibleAddress("gus@example"));
        assertFalse(ConsentFilter.isPlausibleAddress("a@x.com, b@y.com"));
        assertFalse(ConsentFilter.isPlausibleAddress("a@x.com;b@y.com"));
        assertFalse(ConsentFilter.isPlausibleAddress("ann smith@example.com"));
        assertFalse(ConsentFilter.isPlausibleAddress("ann@@example.com"));
        assertFalse(ConsentFilter.isPlausibleAddress("@example.com"));
        assertFalse(ConsentFilter.isPlausibleAddress("ann@.example.com"));
        assertFalse(ConsentFilter.isPlausibleAddress("ann@example..com"));
        assertFalse(ConsentFilter.isPlausibleAddress("Ann <ann@example.com>"));
        assertFalse(ConsentFilter.isPlausibleAddress(null));
    }

    @Test
    void everyItemOfTheItemsListIsEscaped() {
        CampaignParams p = new CampaignParams("x", Audience.all(), 3, 0, 7, null, Channel.ANY, null);
        CampaignPreview preview = new CampaignPreview(p, 1, List.of(new CampaignTarget("k1", null,
                CampaignTarget.TREATMENT, List.of("S1", "=SKU()", "+1", "-2", "@A"), List.of(), "r")), List.of(),
                "pop");
        StringWriter w = new StringWriter();
        CampaignService.write(preview, w, false);
        assertEquals("customer_id,arm,items\r\nk1,treatment,S1;'=SKU();'+1;'-2;'@A\r\n", w.toString());
    }

    @Test
    void aHoldoutThatLeavesNobodyToTreatIsRefused() {
        try (Workspace ws = Workspace.inMemory()) {
            customers(ws, new String[][] {{"a1", "", "", "0", ""}, {"a2", "", "", "0", ""}, {"a3", "", "", "0", ""}});
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> service.preview(ws,
                    new CampaignParams("x", Audience.all(), 0, 100, 7, null, Channel.ANY, null), Progress.NONE,
                    Cancellation.NONE));
            assertEquals("A control group of 100% of 3 targets leaves nobody to treat: choose a holdout below 100%"
                    + " (e.g. 10)", e.getMessage());
            // 90% of 3 = 2.7 -> 3 in control: nobody treated either
            assertThrows(IllegalArgumentException.class, () -> service.preview(ws, new CampaignParams("x",
                    Audience.all(), 0, 90, 7, null, Channel.ANY, null), Progress.NONE, Cancellation.NONE));
            // 50% of 3 = 1.5 -> 2 in control, 1 treated
            CampaignPreview ok = service.preview(ws, new CampaignParams("x", Audience.all(), 0, 50, 7, null,
                    Channel.ANY, null), Progress.NONE, Cancellation.NONE);
            assertEquals(2, ok.accounting().get("control"));
            assertEquals(1, ok.accounting().get("treatment"));
        }
    }

    @Test
    void aCampaignWithNoTargetsIsNotWrittenNorRecorded(@TempDir Path dir) {
        try (Workspace ws = Workspace.inMemory()) {
            customers(ws, new String[][] {{"a1", "", "", "1", ""}, {"a2", "", "", "0", "2024-01-01"}});
            CampaignPreview p = service.preview(ws, new CampaignParams("x", Audience.all(), 0, 10, 7, null,
                    Channel.ANY, null), Progress.NONE, Cancellation.NONE);
            Path out = dir.resolve("t.csv");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> service.export(ws, p, out, false));
            assertTrue(e.getMessage().startsWith("Nothing to export: no customer of the all customers can be"
                    + " targeted"), e.getMessage());
            assertFalse(Files.exists(out));
            assertEquals(0, ws.count("campaign"));
        }
    }

    @Test
    void anEmptyWorkspaceIsRefused() {
        try (Workspace ws = Workspace.inMemory()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> emailPreview(ws));
            assertEquals("The workspace has no customers: nothing to send", e.getMessage());
        }
    }

    @Test
    void unknownAndEmptySegmentsAreRefused() {
        try (Workspace ws = Workspace.inMemory()) {
            ws.inTransaction(c -> {
                try (BatchWriter w = new BatchWriter(ws, null)) {
                    for (int i = 1; i <= 4; i++) {
                        w.interaction("n" + i, "S1", "purchase", 1.0, 9.99, 1_700_000_000L, null);
                    }
                }
                return null;
            });
            // four identical customers: R = F = M = 3 -> all "Needs attention", "Champions" is empty
            new PersonaService().compute(ws, new PersonaParams(2, 7, 1, null), Progress.NONE, Cancellation.NONE);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> service.preview(ws,
                    new CampaignParams("x", Audience.segment("NoSuch"), 0, 0, 7, null, Channel.ANY, null),
                    Progress.NONE, Cancellation.NONE));
            assertEquals("No RFM segment called 'NoSuch'. Segments: Champions, Loyal, Can't lose them, At risk, New,"
                    + " Potential loyalist, Needs attention, Hibernating", e.getMessage());
            e = assertThrows(IllegalArgumentException.class, () -> service.preview(ws, new CampaignParams("x",
                    Audience.segment("Champions"), 0, 0, 7, null, Channel.ANY, null), Progress.NONE,
                    Cancellation.NONE));
            assertEquals("The RFM segment Champions has no members: nothing to send, no campaign recorded",
                    e.getMessage());
            CampaignPreview p = service.preview(ws, new CampaignParams("x", Audience.segment("needs attention"), 0,
                    0, 7, null, Channel.ANY, null), Progress.NONE, Cancellation.NONE);
            assertEquals(4, p.targets().size());
        }
    }
}
