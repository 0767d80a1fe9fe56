package org.tailor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** evaluate and tune on wrong or degenerate input: readable refusals, exit 1, never 0.0000 for "no data". */
class EvaluateHostileInputTest {
    @TempDir
    Path tmp;
    private Path train;
    private Path test;

    @BeforeEach
    void files() throws Exception {
        // 3 items (A, B, C); ann has A, bob has A and B; test: ann -> B (rating 5), bob -> C (rating 4)
        train = tmp.resolve("train.tsv");
        Files.writeString(train, "ann\tA\t5\t100\nbob\tA\t4\t100\nbob\tB\t5\t110\n");
        test = tmp.resolve("test.tsv");
        Files.writeString(test, "ann\tB\t5\t200\nbob\tC\t4\t200\n");
    }

    private static void assertReadable(CliRunner r) {
        assertEquals(1, r.code(), r.out());
        assertTrue(r.err().startsWith("error: "), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
    }

    @Test
    void hugeKIsCappedAtTheTrainingCatalogueAndSaysSo() {
        CliRunner r = CliRunner.run("evaluate", "--train", train.toString(), "--test", test.toString(), "--k",
                "2147483647", "--variants", "pop", "--json");
        assertEquals(0, r.code(), r.err());
        JsonObject p = JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonObject("protocol");
        // training knows 2 items (A, B; C is only in test)
        assertEquals(2, p.get("k").getAsInt());
        assertEquals(2147483647, p.get("k_requested").getAsInt());
        assertTrue(p.get("k_note").getAsString().startsWith("K capped at 2 items"), p.toString());
        JsonObject pop = JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonArray("variants").get(0)
                .getAsJsonObject();
        // ann: unseen [B] -> hit, recall 1, precision 1/2; bob has A and B, his C is cold: empty list, 0 and 0.
        // means: recall (1 + 0) / 2 = 0.5, precision (0.5 + 0) / 2 = 0.25
        assertEquals(0.5, pop.get("recall@2").getAsDouble(), 1e-9);
        assertEquals(0.25, pop.get("precision@2").getAsDouble(), 1e-9);
    }

    @Test
    void hugeKOnAGeneratedCatalogueDoesNotRunOutOfMemory() throws Exception {
        CliRunner r = CliRunner.run("evaluate", "--train", train.toString(), "--test", test.toString(), "--k",
                "100000000", "--variants", "pop,itemknn,ease", "--json");
        assertEquals(0, r.code(), r.err());
        assertEquals(3, JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonArray("variants").size());
    }

    @Test
    void testCustomersAllUnknownGiveNullMetricsTheReasonAndExitOne() throws Exception {
        Path unknown = tmp.resolve("unknown.tsv");
        Files.writeString(unknown, "zoe\tA\t5\t200\nyan\tB\t5\t200\n");
        CliRunner r = CliRunner.run("evaluate", "--train", train.toString(), "--test", unknown.toString(),
                "--variants", "pop,als", "--json");
        assertReadable(r);
        assertEquals("error: no customer could be scored: none of the 2 test customers is in the training file "
                + train + " (all are cold; --cold-fallback serves them the popularity list)", r.err().strip());
        JsonObject report = JsonParser.parseString(r.out()).getAsJsonObject();
        JsonObject pop = report.getAsJsonArray("variants").get(0).getAsJsonObject();
        assertTrue(pop.get("ndcg@2").isJsonNull(), pop.toString());
        assertTrue(pop.get("coverage").isJsonNull(), pop.toString());
        assertEquals(0, report.getAsJsonObject("protocol").get("scored_customers").getAsInt());
    }

    @Test
    void emptyTrainingFileIsNoCustomerScored() throws Exception {
        Path empty = tmp.resolve("empty.tsv");
        Files.writeString(empty, "");
        CliRunner r = CliRunner.run("evaluate", "--train", empty.toString(), "--test", test.toString(),
                "--variants", "pop,ease");
        assertReadable(r);
        assertEquals("error: no customer could be scored: the training file " + empty + " has no rows",
                r.err().strip());
        assertTrue(r.out().contains("ndcg@10=null"), r.out());
        assertFalse(r.out().contains("0.0000"), r.out());
    }

    @Test
    void emptyTestFileIsNoCustomerScored() throws Exception {
        Path empty = tmp.resolve("empty.tsv");
        Files.writeString(empty, "");
        CliRunner r = CliRunner.run("evaluate", "--train", train.toString(), "--test", empty.toString(),
                "--variants", "pop");
        assertReadable(r);
        assertEquals("error: no customer could be scored: the test file " + empty + " has no rows", r.err().strip());
    }

    @Test
    void nanOrNegativeThresholdIsRefused() {
        for (String bad : new String[] {"NaN", "-1", "Infinity"}) {
            CliRunner r = CliRunner.run("evaluate", "--train", train.toString(), "--test", test.toString(),
                    "--variants", "pop", "--min-relevant", bad);
            assertReadable(r);
            assertTrue(r.err().startsWith("error: --min-relevant must be a number of 0 or more"), r.err());
            CliRunner t = CliRunner.run("tune", "--train", train.toString(), "--variant", "itemknn",
                    "--min-relevant", bad);
            assertReadable(t);
        }
    }

    @Test
    void thresholdAboveEveryRatingIsNoCustomerScored() {
        CliRunner r = CliRunner.run("evaluate", "--train", train.toString(), "--test", test.toString(),
                "--variants", "pop", "--min-relevant", "6");
        assertReadable(r);
        assertTrue(r.err().startsWith("error: no customer could be scored: no test customer known to training "
                + "has a relevant test item (relevance: test rating >= 6.0"), r.err());
    }

    @Test
    void duplicateRanksInAListAreRefusedWithLines() throws Exception {
        Path recs = tmp.resolve("recs.csv");
        Files.writeString(recs, "customer_id,rank,product_id\nu1,1,i1\nu1,1,i2\nu1,2,i1\nu1,3,i1\nu2,1,i9\n");
        Path t = tmp.resolve("t.csv");
        Files.writeString(t, "customer_id,product_id\nu1,i1\nu1,i2\nu2,i9\n");
        CliRunner r = CliRunner.run("evaluate", "--recommendations", recs.toString(), "--test", t.toString(),
                "--k", "3");
        assertReadable(r);
        assertEquals("error: " + recs + " line 3: customer u1 has rank 1 twice (lines 2 and 3); each rank may "
                + "appear once per customer", r.err().strip());
    }

    @Test
    void listWithNoRelevantCustomerExitsOneWithNullMetrics() throws Exception {
        Path recs = tmp.resolve("recs.csv");
        Files.writeString(recs, "customer_id,rank,product_id\nu1,1,i1\n");
        Path t = tmp.resolve("t.csv");
        Files.writeString(t, "customer_id,product_id,rating\nu1,i1,2\n");
        CliRunner r = CliRunner.run("evaluate", "--recommendations", recs.toString(), "--test", t.toString(),
                "--k", "3", "--json");
        assertReadable(r);
        assertTrue(JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonArray("variants").get(0)
                .getAsJsonObject().get("ndcg@1").isJsonNull(), r.out());
    }

    @Test
    void zeroAndNegativeKAreRefused() {
        for (String k : new String[] {"0", "-1"}) {
            CliRunner r = CliRunner.run("evaluate", "--train", train.toString(), "--test", test.toString(),
                    "--variants", "pop", "--k", k);
            assertReadable(r);
            assertEquals("error: K must be positive, was " + k, r.err().strip());
        }
    }

    @Test
    void tuneCapsKAndRefusesAnEmptyFile() throws Exception {
        Path empty = tmp.resolve("empty.tsv");
        Files.writeString(empty, "");
        CliRunner e = CliRunner.run("tune", "--train", empty.toString(), "--variant", "itemknn");
        assertReadable(e);
        assertEquals("error: The training file " + empty + " has no rows: there is nothing to tune on",
                e.err().strip());
    }

    @Test
    void missingFilesAreSaidInWords() {
        CliRunner r = CliRunner.run("evaluate", "--train", tmp.resolve("nope.tsv").toString(), "--test",
                test.toString(), "--variants", "pop");
        assertReadable(r);
        assertEquals("error: Cannot read " + tmp.resolve("nope.tsv") + ": the file does not exist", r.err().strip());
    }

    @Test
    void benchTrainRefusesNonPositiveSizes() {
        CliRunner r = CliRunner.run("bench", "train", "--users", "0");
        assertReadable(r);
        assertEquals("error: --users must be positive, was 0", r.err().strip());
    }
}
