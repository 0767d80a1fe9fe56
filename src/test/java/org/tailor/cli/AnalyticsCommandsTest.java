package org.tailor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tailor.core.CaseCsv;
import org.tailor.core.Fixtures;
import org.tailor.core.store.BatchWriter;
import org.tailor.core.store.Workspace;

class AnalyticsCommandsTest {
    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TailorCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private static JsonObject json(Run r) {
        assertEquals(0, r.code(), r.err());
        return JsonParser.parseString(r.out()).getAsJsonObject();
    }

    @Test
    void abtestPrintsBl20Values() {
        Run r = run("abtest", "--results", CaseCsv.path("BL-20-ab-test-sidedness-unequal-peeking",
                "results_daily.csv").toString(), "--json");
        JsonObject o = json(r);
        assertEquals(1.653733, o.get("z").getAsDouble(), 5e-7);
        assertEquals(0.098182, o.get("pValue").getAsDouble(), 5e-7);
        assertFalse(o.get("significant").getAsBoolean());
        assertEquals("interim", o.getAsJsonArray("looks").get(0).getAsJsonObject().get("label").getAsString());
    }

    @Test
    void abtestNamesTheBadLineAndColumn(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("r.csv");
        Files.writeString(f, "variant,visitors,conversions\ncontrol,100,5\nb,1O0,7\n");
        Run r = run("abtest", "--results", f.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("line 3, column visitors: '1O0' is not a whole number"), r.err());
    }

    @Test
    void personasThenCampaignForAPersonaThenFairnessAndPrivacy(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("w.db");
        try (Workspace ws = Workspace.open(db)) {
            Fixtures.twoPersonaShop(ws);
        }
        JsonObject p = json(run("personas", "--workspace", db.toString(), "--k", "2", "--seed", "7", "--json"));
        assertEquals(2, p.getAsJsonArray("personas").size());
        JsonObject first = p.getAsJsonArray("personas").get(0).getAsJsonObject();
        assertTrue(first.has("recency_days") && first.has("basket_size") && first.has("monetary"));
        assertEquals(6, p.getAsJsonObject("rfm").entrySet().stream().mapToInt(e -> e.getValue().getAsInt()).sum());

        Path out = dir.resolve("targets.csv");
        JsonObject c = json(run("campaign", "--workspace", db.toString(), "--persona",
                "Recent frequent big spenders", "--top", "2", "--holdout", "34", "--seed", "7", "--out",
                out.toString(), "--reasons", "--json"));
        // 3 members, round(3 * 0.34) = 1 control
        assertEquals(3, c.getAsJsonObject("accounting").get("exported").getAsInt());
        assertEquals(1, c.getAsJsonObject("accounting").get("control").getAsInt());
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals("customer_id,arm,items,reason", lines.get(0));
        assertEquals(4, lines.size());

        JsonObject f = json(run("fairness", "--workspace", db.toString(), "--variant", "pop", "--group", "gender",
                "--k", "2", "--json"));
        assertEquals(10, f.getAsJsonArray("exposure_by_popularity_decile").size());
        assertTrue(f.has("ndcg@2_by_group"));

        JsonObject k = json(run("privacy", "--workspace", db.toString(), "--qi", "gender", "--k", "2", "--json"));
        // gender known only for Q1 ("F"); the 6 others are missing ("*"): classes of 6 and 1 -> k = 1
        assertEquals(1, k.get("k").getAsInt());
        assertEquals(1, k.get("violators").getAsInt());
        assertTrue(k.get("convention").getAsString().startsWith("A:"));
    }

    @Test
    void privacyPrintsASummaryAndWarnsWhenPseudonymsAreNotAnonymous(@TempDir Path dir) {
        Path db = dir.resolve("k.db");
        try (Workspace ws = Workspace.open(db)) {
            ws.inTransaction(conn -> {
                try (BatchWriter w = new BatchWriter(ws, null)) {
                    w.customer("A", Map.of("tier", "gold"));
                    w.customer("B", Map.of("tier", "gold"));
                    w.customer("C", Map.of("tier", "gold"));
                    w.customer("D", Map.of("tier", "silver"));
                }
                return null;
            });
        }
        Path out = dir.resolve("p.csv");
        Run r = run("privacy", "--workspace", db.toString(), "--qi", "tier", "--k", "2", "--pseudonymize-out",
                out.toString());
        assertEquals(0, r.code(), r.err());
        // classes: gold {A,B,C} size 3, silver {D} size 1 -> k = 1; D violates k=2: 1 of 4 customers
        assertTrue(r.out().contains("k = 1 (target k = 2): NOT met"), r.out());
        assertTrue(r.out().contains("class sizes: 1 class of 1, 1 class of 3"), r.out());
        assertTrue(r.out().contains("violators of k=2: 1 customer in 1 class (D)"), r.out());
        assertTrue(r.out().contains("Wrote 4 pseudonymized customers to " + out), r.out());
        assertTrue(r.out().contains("1 of 4 customers are in classes smaller than k=2: pseudonyms alone do not make"
                + " this file anonymous"), r.out());
        assertFalse(r.out().trim().startsWith("{"), r.out());
        Run j = run("privacy", "--workspace", db.toString(), "--qi", "tier", "--k", "2", "--pseudonymize-out",
                out.toString(), "--json");
        assertEquals(1, json(j).get("k").getAsInt());
        assertTrue(j.err().contains("1 of 4 customers are in classes smaller than k=2"), j.err());
    }

    @Test
    void privacyDpHistogramIsBookedAndRefusedWhenOverBudget(@TempDir Path dir) {
        Path db = dir.resolve("dp.db");
        try (Workspace ws = Workspace.open(db)) {
            ws.inTransaction(conn -> {
                try (BatchWriter w = new BatchWriter(ws, null)) {
                    w.customer("A", Map.of("tier", "gold"));
                    w.customer("B", Map.of("tier", "silver"));
                }
                return null;
            });
        }
        JsonObject o = json(run("privacy", "--workspace", db.toString(), "--dp-histogram", "tier", "--epsilon", "0.5",
                "--budget", "0.5", "--dp-seed", "3", "--json"));
        JsonObject dp = o.getAsJsonObject("dp_histogram");
        assertEquals(2.0, dp.get("scale").getAsDouble(), 1e-12);
        assertEquals(0.0, dp.get("budget_remaining").getAsDouble(), 1e-12);
        Run refused = run("privacy", "--workspace", db.toString(), "--dp-histogram", "tier", "--refresh", "--json");
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains("Refused"), refused.err());
    }

    @Test
    void missingWorkspaceIsAReadableError(@TempDir Path dir) {
        Run r = run("personas", "--workspace", dir.resolve("nope.db").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("does not exist"));
    }
}
