package org.tailor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareAndTuneCommandTest {
    private static final String BL13 = "../shared/cases/BL-13-cold-start-users-items-in-test/";

    @Test
    void comparingAVariantWithItselfFindsNoDifference() {
        CliRunner r = CliRunner.run("evaluate", "--train", BL13 + "train.csv", "--test", BL13 + "test.csv", "--k",
                "2", "--variants", "pop;ease:lambda=1", "--compare", "pop,pop", "--json");
        assertEquals(0, r.code(), r.err());
        JsonObject c = JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonObject("comparison");
        assertEquals(3, c.get("customers").getAsInt());
        for (var m : c.getAsJsonArray("metrics")) {
            JsonObject o = m.getAsJsonObject();
            assertEquals(0.0, o.get("difference").getAsDouble(), 1e-12);
            assertEquals(1.0, o.get("t_p_holm").getAsDouble(), 1e-12);
            assertEquals(1.0, o.get("wilcoxon_p_holm").getAsDouble(), 1e-12);
        }
    }

    @Test
    void tuneReadsOnlyTheTrainingFileAndListsEveryTry(@TempDir Path tmp) throws Exception {
        // two taste groups, 12 customers each with 6 timed rows
        StringBuilder sb = new StringBuilder();
        for (int u = 0; u < 24; u++) {
            for (int i = 0; i < 6; i++) {
                int item = (u < 12 ? 0 : 10) + (u + i) % 8;
                sb.append("u").append(u).append('\t').append("i").append(item).append("\t5\t").append(1000 + i)
                        .append('\n');
            }
        }
        Path train = Files.writeString(tmp.resolve("train.tsv"), sb);
        CliRunner r = CliRunner.run("tune", "--train", train.toString(), "--variant", "ease", "--k", "3", "--json");
        assertEquals(0, r.code(), r.err());
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        JsonArray tries = o.getAsJsonArray("tries");
        assertEquals(8, tries.size());
        assertTrue(o.get("validation").getAsString().contains("cut from the training file"));
        double best = 0;
        for (var t : tries) {
            best = Math.max(best, t.getAsJsonObject().get("validation_ndcg").getAsDouble());
        }
        String bestSpec = o.get("best").getAsString();
        double bestValue = best;
        assertTrue(tries.asList().stream().anyMatch(t -> t.getAsJsonObject().get("spec").getAsString()
                .equals(bestSpec) && t.getAsJsonObject().get("validation_ndcg").getAsDouble() == bestValue));
        CliRunner text = CliRunner.run("tune", "--train", train.toString(), "--variant", "ease", "--k", "3");
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("ndcg@3 on the validation split"), text.out());
    }

    @Test
    void tuneOfAnIterativeVariantPrintsOneCurvePointPerEpoch(@TempDir Path tmp) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int u = 0; u < 10; u++) {
            for (int i = 0; i < 5; i++) {
                sb.append("u").append(u).append('\t').append("i").append((u + i) % 7).append("\t4\t").append(i)
                        .append('\n');
            }
        }
        Path train = Files.writeString(tmp.resolve("train.tsv"), sb);
        CliRunner r = CliRunner.run("tune", "--train", train.toString(), "--variant", "als", "--k", "3", "--json");
        assertEquals(0, r.code(), r.err());
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        // als runs 15 iterations by default
        assertEquals(15, o.getAsJsonArray("curve").size());
        assertEquals(12, o.getAsJsonArray("tries").size());
    }
}
