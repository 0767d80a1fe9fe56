package org.tailor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tailor.core.Fixtures;
import org.tailor.core.privacy.PrivacyBudget;
import org.tailor.core.store.BatchWriter;
import org.tailor.core.store.Workspace;

/** Wrong input to the analytics commands: exit 1 and a message naming what is wrong and what is valid. */
class AnalyticsInputErrorsTest {
    private static Path customers(Path dir) {
        Path db = dir.resolve("c.db");
        try (Workspace ws = Workspace.open(db)) {
            ws.inTransaction(c -> {
                try (BatchWriter w = new BatchWriter(ws, null)) {
                    w.customer("A", Map.of("gender", "F", "zip", "01730"));
                    w.customer("B", Map.of("gender", "M", "zip", "02139"));
                }
                return null;
            });
        }
        return db;
    }

    private static void fails(CliRunner r, String message) {
        assertEquals(1, r.code(), r.out());
        assertTrue(r.err().contains(message), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void privacyRefusesUnknownColumnsEverywhere(@TempDir Path dir) {
        String db = customers(dir).toString();
        String valid = "Valid columns: gender, zip, zip3";
        fails(CliRunner.run("privacy", "--workspace", db, "--qi", "gender,zipcode,age"),
                "Unknown quasi-identifier 'zipcode': no customer has a value in that column. " + valid);
        fails(CliRunner.run("privacy", "--workspace", db, "--qi", ""), "Empty quasi-identifier name. " + valid);
        fails(CliRunner.run("privacy", "--workspace", db, "--qi", "gender", "--sensitive", "nosuch"),
                "Unknown sensitive column 'nosuch'");
        fails(CliRunner.run("privacy", "--workspace", db, "--qi", "gender", "--where", "nosuch=1"),
                "Unknown filter column (--where) 'nosuch'");
        fails(CliRunner.run("privacy", "--workspace", db, "--dp-histogram", "nosuch", "--epsilon", "0.1"),
                "Unknown histogram column 'nosuch'");
        try (Workspace ws = Workspace.open(Path.of(db))) {
            assertEquals(0.0, new PrivacyBudget(ws).spent(), 1e-12);   // nothing was spent on the refused query
        }
    }

    @Test
    void fairnessRefusesAnUnknownGroup(@TempDir Path dir) {
        Path db = dir.resolve("f.db");
        try (Workspace ws = Workspace.open(db)) {
            Fixtures.twoPersonaShop(ws);
        }
        fails(CliRunner.run("fairness", "--workspace", db.toString(), "--group", "nosuch"),
                "Unknown group attribute 'nosuch': no customer has a value in that column. Valid group attributes:"
                        + " gender");
    }

    @Test
    void campaignRefusesUnknownSegmentsAndPersonasReportFewerClusters(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("p.db");
        try (Workspace ws = Workspace.open(db)) {
            Fixtures.twoPersonaShop(ws);
        }
        CliRunner p = CliRunner.run("personas", "--workspace", db.toString(), "--k", "5", "--json");
        assertEquals(0, p.code(), p.err());
        JsonObject o = JsonParser.parseString(p.out()).getAsJsonObject();
        // 6 active customers in two identical triples: two non-empty clusters of the 5 asked for
        assertEquals(2, o.getAsJsonArray("personas").size());
        assertEquals(5, o.get("personas_requested").getAsInt());
        assertEquals("5 personas asked for, 2 found: the customers fall into fewer distinct groups (empty clusters"
                + " are not listed)", o.getAsJsonArray("notes").get(0).getAsString());
        Path out = dir.resolve("t.csv");
        fails(CliRunner.run("campaign", "--workspace", db.toString(), "--segment", "NoSuch", "--out", out.toString()),
                "No RFM segment called 'NoSuch'. Segments: Champions, Loyal,");
        fails(CliRunner.run("campaign", "--workspace", db.toString(), "--holdout", "100", "--top", "0", "--out",
                out.toString()), "leaves nobody to treat");
        assertFalse(Files.exists(out));
        // the fixture's latest interaction is epoch day 1000: 1972-01-01 is day 730, + 270 days (leap year:
        // Jan-Aug = 244 days to Sep 1, + 26) = 1972-09-27
        fails(CliRunner.run("personas", "--workspace", db.toString(), "--reference-date", "1971-01-01"),
                "Reference date 1971-01-01 is before the latest interaction (1972-09-27): recency would be negative");
    }

    @Test
    void abtestRefusesDuplicateArmsImpossibleDatesAndNegativeCounts(@TempDir Path dir) throws Exception {
        Path dup = dir.resolve("dup.csv");
        Files.writeString(dup, "variant,visitors,conversions\ncontrol,1000,50\ntreatment,1000,60\ncontrol,500,10\n");
        fails(CliRunner.run("abtest", "--results", dup.toString()), dup + " lines 2 and 4: arm 'control' appears"
                + " twice; give one row per arm (rows are not added up)");
        Path daily = dir.resolve("daily.csv");
        Files.writeString(daily, "date,variant,visitors,conversions\n2024-04-01,control,10,1\n2024-04-01,b,10,2\n"
                + "2024-04-01,b,5,1\n");
        fails(CliRunner.run("abtest", "--results", daily.toString()), "lines 3 and 4: arm 'b' appears twice for"
                + " 2024-04-01");
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "variant,visitors,conversions,date\ncontrol,1000,50,2024-01-01\n"
                + "treatment,1000,70,2024-02-30\n");
        fails(CliRunner.run("abtest", "--results", bad.toString()), bad + " line 3, column date: '2024-02-30' is not"
                + " a real date like 2024-04-01");
        Path neg = dir.resolve("neg.csv");
        Files.writeString(neg, "variant,visitors,conversions\ncontrol,-100,-5\ntreatment,100,10\n");
        fails(CliRunner.run("abtest", "--results", neg.toString()), neg + " line 2, column visitors: -100 is"
                + " negative; counts must be 0 or more");
        Path over = dir.resolve("over.csv");
        Files.writeString(over, "variant,visitors,conversions\ncontrol,100,150\ntreatment,100,10\n");
        fails(CliRunner.run("abtest", "--results", over.toString()), over + " line 2: conversions (150) are more"
                + " than the visitors (100)");
    }
}
