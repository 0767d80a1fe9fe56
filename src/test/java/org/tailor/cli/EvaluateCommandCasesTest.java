package org.tailor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The metric cases of ../shared/cases through the same evaluate command a user runs. */
class EvaluateCommandCasesTest {
    private static final String CASES = "../shared/cases/";

    private static JsonObject json(CliRunner r) {
        assertEquals(0, r.code(), r.err());
        return JsonParser.parseString(r.out()).getAsJsonObject();
    }

    private static JsonObject variant(JsonObject report, int i) {
        return report.getAsJsonArray("variants").get(i).getAsJsonObject();
    }

    @Test
    void bl10MeanNdcgUsesIdealDcgOfMinRelevantAndK() {
        String dir = CASES + "BL-10-ndcg-ideal-dcg/";
        JsonObject r = json(CliRunner.run("evaluate", "--recommendations", dir + "recommendations_top3.csv",
                "--test", dir + "test_relevant.csv", "--k", "3", "--json"));
        // (0.469279 + 0.630930 + 0.919721) / 3 = 0.673310 (expected.md)
        assertEquals(0.673310, variant(r, 0).get("ndcg@3").getAsDouble(), 1e-4);
        assertEquals(3, r.getAsJsonObject("protocol").get("evaluated_customers").getAsInt());
    }

    @Test
    void bl10CustomerWithoutRelevantItemsIsCountedApart(@TempDir Path tmp) throws Exception {
        String dir = CASES + "BL-10-ndcg-ideal-dcg/";
        Path recs = tmp.resolve("recs.csv");
        Files.writeString(recs, Files.readString(Path.of(dir + "recommendations_top3.csv")) + "U4,1,A,0.5\n");
        JsonObject r = json(CliRunner.run("evaluate", "--recommendations", recs.toString(),
                "--test", dir + "test_relevant.csv", "--k", "3", "--json"));
        assertEquals(0.673310, variant(r, 0).get("ndcg@3").getAsDouble(), 1e-4);
        assertEquals(1, r.getAsJsonObject("protocol").get("customers_without_relevant").getAsInt());
    }

    @Test
    void bl13ColdStartWarmOnlyHitRateIsTwoThirds() {
        String dir = CASES + "BL-13-cold-start-users-items-in-test/";
        JsonObject r = json(CliRunner.run("evaluate", "--train", dir + "train.csv", "--test", dir + "test.csv",
                "--k", "2", "--variants", "pop", "--json"));
        JsonObject p = r.getAsJsonObject("protocol");
        assertEquals(1, p.get("cold_customers").getAsInt());
        assertEquals(1, p.get("cold_customer_rows").getAsInt());
        assertEquals(1, p.get("cold_items").getAsInt());
        assertEquals(1, p.get("cold_item_rows").getAsInt());
        assertEquals(3, p.get("evaluated_customers").getAsInt());
        assertTrue(p.get("population").getAsString().startsWith("warm customers only"));
        // C1 -> [P3] hit, C2 -> [P2] hit, C4 -> [P2, P3] miss: 2/3
        assertEquals(2.0 / 3, variant(r, 0).get("hitrate@2").getAsDouble(), 1e-9);
    }

    @Test
    void bl13PopularityFallbackServesColdCustomerAndSaysSo() {
        String dir = CASES + "BL-13-cold-start-users-items-in-test/";
        JsonObject r = json(CliRunner.run("evaluate", "--train", dir + "train.csv", "--test", dir + "test.csv",
                "--k", "2", "--variants", "pop", "--cold-fallback", "--json"));
        // C9 -> [P1, P2], hit: 3/4
        assertEquals(0.75, variant(r, 0).get("hitrate@2").getAsDouble(), 1e-9);
        assertEquals(4, r.getAsJsonObject("protocol").get("scored_customers").getAsInt());
        assertTrue(r.getAsJsonObject("protocol").get("population").getAsString().contains("cold"));
    }

    @Test
    void bl13EveryVariantGivesFiniteMetrics() {
        String dir = CASES + "BL-13-cold-start-users-items-in-test/";
        JsonObject r = json(CliRunner.run("evaluate", "--train", dir + "train.csv", "--test", dir + "test.csv",
                "--k", "2", "--variants", "pop,itemknn,userknn,als,bpr,ease,neural,hybrid", "--cold-fallback",
                "--json"));
        assertEquals(8, r.getAsJsonArray("variants").size());
        for (var v : r.getAsJsonArray("variants")) {
            for (var e : v.getAsJsonObject().entrySet()) {
                if (e.getValue().isJsonPrimitive() && e.getValue().getAsJsonPrimitive().isNumber()) {
                    assertTrue(Double.isFinite(e.getValue().getAsDouble()), e.getKey() + " of " + v);
                }
            }
        }
    }

    @Test
    void bl13RatingErrorIsOverAStatedNumberOfPairs() {
        String dir = CASES + "BL-13-cold-start-users-items-in-test/";
        JsonObject r = json(CliRunner.run("evaluate", "--train", dir + "ratings_train.csv", "--test",
                dir + "ratings_test.csv", "--k", "2", "--variants", "pop", "--json"));
        JsonObject rating = r.getAsJsonObject("rating");
        assertEquals(1, rating.get("pairs").getAsInt());
        assertEquals(2, rating.get("pairs_without_prediction").getAsInt());
        // mu = 26/7 = 3.7142857; b_P3 = (2 + 5 - 2mu)/(2 + 10) = -0.0357143; b_P1 = (12 - 3mu)/13 = 0.0659341;
        // b_P2 = (7 - 2mu)/12 = -0.0357143; b_C1 = ((5 - mu - b_P1) + (3 - mu - b_P2))/12 = 0.0451007;
        // prediction (C1,P3) = 3.7142857 + 0.0451007 - 0.0357143 = 3.7236721; |4 - 3.7236721| = 0.2763279
        assertEquals(0.2763279, rating.get("rmse").getAsDouble(), 1e-6);
        assertEquals(0.2763279, rating.get("mae").getAsDouble(), 1e-6);
    }

    @Test
    void bl14TestPairAlreadyInTrainingIsDroppedAndCounted(@TempDir Path tmp) throws Exception {
        // the temporal cut-off split of BL-14 written as files: O3, O6, O10, O13 on or after 2024-03-01 in test
        String src = Files.readString(Path.of(CASES + "BL-14-duplicate-interactions-split-leakage/"
                + "transactions_repeats.csv"));
        StringBuilder train = new StringBuilder("customer_id,product_id,order_date\n");
        StringBuilder test = new StringBuilder("customer_id,product_id,order_date\n");
        for (String line : src.split("\n")) {
            String[] c = line.split(",");
            if (c[0].equals("order_id")) {
                continue;
            }
            (c[3].compareTo("2024-03-01") >= 0 ? test : train).append(c[1]).append(',').append(c[2]).append(',')
                    .append(c[3]).append('\n');
        }
        Path tr = Files.writeString(tmp.resolve("train.csv"), train);
        Path te = Files.writeString(tmp.resolve("test.csv"), test);
        JsonObject r = json(CliRunner.run("evaluate", "--train", tr.toString(), "--test", te.toString(), "--k", "2",
                "--variants", "pop", "--json"));
        JsonObject p = r.getAsJsonObject("protocol");
        assertEquals(1, p.get("test_pairs_dropped_already_in_train").getAsInt());
        // targets (C1,P2), (C3,P4), (C4,P2): customers C1, C3, C4; C2's only test pair was dropped
        assertEquals(3, p.get("evaluated_customers").getAsInt());
        assertEquals(1, p.get("customers_without_relevant").getAsInt());
    }

    @Test
    void unreadableNumberNamesFileLineAndColumn(@TempDir Path tmp) throws Exception {
        Path tr = Files.writeString(tmp.resolve("t.tsv"), "1\t2\t5\t100\n1\t3\tfive\t101\n");
        CliRunner r = CliRunner.run("evaluate", "--train", tr.toString(), "--test", tr.toString(), "--json");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("t.tsv line 2, column 3: 'five' is not a number"), r.err());
        assertTrue(!r.err().contains("Exception"), r.err());
    }
}
