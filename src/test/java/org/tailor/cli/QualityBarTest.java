package org.tailor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

/**
 * Issue 4 item 3: the best variant (EASE at its default lambda = 400, chosen on validation splits cut from the
 * training files only: temporal validation picked 350, random validation 500) reaches the bar on both fixed splits,
 * run through the evaluate command exactly as a user would.
 */
class QualityBarTest {
    private static double ndcg(String split, String minRelevant) {
        String dir = "../shared/splits/" + split + "/";
        CliRunner r = CliRunner.run("evaluate", "--train", dir + "train.tsv.gz", "--test", dir + "test.tsv.gz",
                "--k", "10", "--variants", "ease", "--min-relevant", minRelevant, "--json");
        assertEquals(0, r.code(), r.err());
        JsonObject report = JsonParser.parseString(r.out()).getAsJsonObject();
        return report.getAsJsonArray("variants").get(0).getAsJsonObject().get("ndcg@10").getAsDouble();
    }

    @Test
    void randomSplitEveryTestItemRelevantReachesPoint48() {
        double v = ndcg("ml100k-random75", "1");
        assertTrue(v >= 0.48, "NDCG@10 = " + v);
    }

    @Test
    void temporalSplitRatingFourOrMoreReachesPoint165() {
        double v = ndcg("ml100k-temporal", "4");
        assertTrue(v >= 0.165, "NDCG@10 = " + v);
    }
}
