package org.tailor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tailor.cli.TailorCli;
import org.tailor.core.store.InteractionRepository;
import org.tailor.core.store.Workspace;

/**
 * The user's whole path on the bundled sample through the CLI: import, personas, campaign, privacy, fairness,
 * compared with the checked-in golden summary (counts) and with invariants computed here independently.
 */
class GoldenSampleTest {
    @TempDir
    Path dir;

    private String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TailorCli.run(args, new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, () -> String.join(" ", args) + " failed: " + err);
        return out.toString();
    }

    @Test
    void sampleGoesFromCsvToCampaignListWithPrivacyAndFairnessInView() throws Exception {
        JsonObject golden;
        try (var in = GoldenSampleTest.class.getResourceAsStream("/golden/sample-summary.json")) {
            golden = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
        }
        String ws = dir.resolve("w.db").toString();
        run("import", "--workspace", ws, "--preset", "online-retail", "sample-data/online_retail_2011-10.csv");
        try (Workspace w = Workspace.open(Path.of(ws))) {
            assertEquals(golden.get("customers").getAsLong(), w.count("customer"));
            assertEquals(golden.get("items").getAsLong(), w.count("item"));
            assertEquals(golden.get("interactions").getAsLong(), w.count("interaction"));
            assertEquals(golden.get("rejected").getAsLong(), w.count("rejected_row"));
        }

        JsonObject personas = JsonParser.parseString(run("personas", "--workspace", ws, "--k", "5", "--seed", "7",
                "--json")).getAsJsonObject();
        long total = 0;
        for (var p : personas.getAsJsonArray("personas")) {
            String name = p.getAsJsonObject().get("name").getAsString();
            long size = p.getAsJsonObject().get("size").getAsLong();
            assertEquals(golden.getAsJsonObject("personas").get(name).getAsLong(), size, name);
            total += size;
        }
        assertEquals(golden.get("customers").getAsLong(), total, "every customer is in exactly one persona");
        for (Map.Entry<String, com.google.gson.JsonElement> e : golden.getAsJsonObject("rfm").entrySet()) {
            assertEquals(e.getValue().getAsLong(), personas.getAsJsonObject("rfm").get(e.getKey()).getAsLong(),
                    e.getKey());
        }

        Path csv = dir.resolve("campaign.csv");
        run("campaign", "--workspace", ws, "--persona", "Recent frequent big spenders", "--top", "5", "--holdout",
                "10", "--seed", "7", "--out", csv.toString());
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals("customer_id,arm,items", lines.get(0));
        assertEquals(164, lines.size() - 1, "one row per persona member (no opt-outs in the sample)");
        // control = round(164 * 10 / 100) = 16
        assertEquals(16, lines.stream().filter(l -> l.split(",")[1].equals("control")).count());
        Set<String> history = new HashSet<>();
        try (Workspace w = Workspace.open(Path.of(ws))) {
            new InteractionRepository(w).forEach(x -> history.add(x.customerId() + "/" + x.sku()));
        }
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            String[] items = cells[2].split(";");
            assertEquals(5, items.length, line);
            for (String sku : items) {
                assertFalse(history.contains(cells[0] + "/" + sku), "offered an item already bought: " + line);
            }
        }

        JsonObject privacy = JsonParser.parseString(run("privacy", "--workspace", ws, "--qi", "country", "--json"))
                .getAsJsonObject();
        long classSum = 0;
        for (var e : privacy.getAsJsonObject("class_size_counts").entrySet()) {
            classSum += Long.parseLong(e.getKey()) * e.getValue().getAsLong();
        }
        assertEquals(1425, classSum, "class sizes times their counts cover every customer");

        JsonObject fairness = JsonParser.parseString(run("fairness", "--workspace", ws, "--variant", "pop", "--group",
                "country", "--k", "10", "--json")).getAsJsonObject();
        double share = 0;
        for (var d : fairness.getAsJsonArray("exposure_by_popularity_decile")) {
            share += d.getAsJsonObject().get("share").getAsDouble();
        }
        assertEquals(1.0, share, 1e-9, "exposure shares over the ten deciles sum to one");
        assertTrue(fairness.has("min_max_ratio"));
    }
}
