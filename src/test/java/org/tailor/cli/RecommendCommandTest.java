package org.tailor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecommendCommandTest {
    private static final String BL12 = "../shared/cases/BL-12-already-purchased-items-filter/transactions.csv";

    @Test
    void writesEveryCustomersListAndNamesTheEmptyOne(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("recs.tsv");
        CliRunner r = CliRunner.run("recommend", "--train", BL12, "--variant", "pop", "--k", "2", "--out",
                out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals("customer\trank\titem\tscore", lines.get(0));
        // C1 -> P3 (3 buyers), P4 (2 buyers)
        assertEquals("C1\t1\tP3\t3.00000", lines.get(1));
        assertEquals("C1\t2\tP4\t2.00000", lines.get(2));
        // 5 customers x 2 rows; C6 has none
        assertEquals(11, lines.size());
        assertTrue(r.out().contains("C6: no unpurchased products"), r.out());
    }

    @Test
    void savedModelIsReloadedWithoutTrainingAndGivesTheSameLists(@TempDir Path tmp) throws Exception {
        Path ws = tmp.resolve("w.db");
        Path first = tmp.resolve("a.tsv");
        Path second = tmp.resolve("b.tsv");
        CliRunner r = CliRunner.run("recommend", "--train", BL12, "--variant", "als:factors=3,iterations=5",
                "--out", first.toString(), "--workspace", ws.toString(), "--save", "--explain");
        assertEquals(0, r.code(), r.err());
        Matcher m = Pattern.compile("saved model run (\\d+)").matcher(r.out());
        assertTrue(m.find(), r.out());
        CliRunner again = CliRunner.run("recommend", "--model-id", m.group(1), "--workspace", ws.toString(),
                "--out", second.toString(), "--explain");
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("saved run " + m.group(1)), again.out());
        assertEquals(Files.readAllLines(first), Files.readAllLines(second));
        assertTrue(Files.readAllLines(first).get(0).endsWith("\tbecause"));
    }

    @Test
    void trainsOnAWorkspacesInteractionsWhenNoFileIsGiven(@TempDir Path tmp) throws Exception {
        Path ws = tmp.resolve("shop.db");
        try (org.tailor.core.store.Workspace w = org.tailor.core.store.Workspace.open(ws)) {
            w.inTransaction(c -> {
                try (org.tailor.core.store.BatchWriter b = new org.tailor.core.store.BatchWriter(w, null)) {
                    b.item("0017", java.util.Map.of("title", "Green Tea", "category", "tea"));
                    b.interaction("ann", "0017", "purchase", 1.0, 3.0, 100L, "O1");
                    b.interaction("ann", "0020", "purchase", 1.0, 3.0, 100L, "O1");
                    b.interaction("bob", "0017", "purchase", 1.0, 3.0, 200L, "O2");
                    // a return (negative quantity) is not a purchase signal
                    b.interaction("bob", "0030", "purchase", -1.0, -3.0, 300L, "O3");
                }
                return null;
            });
        }
        Path out = tmp.resolve("recs.tsv");
        CliRunner r = CliRunner.run("recommend", "--workspace", ws.toString(), "--variant", "pop", "--k", "1",
                "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(out);
        // bob has 0017; of 0020 (1 buyer) and 0030 (no purchase kept) the popular one is 0020. ann has both bought
        // items, so only 0030 (0 buyers) remains for her
        assertTrue(lines.contains("bob\t1\t0020\t1.00000"), lines.toString());
        assertTrue(lines.contains("ann\t1\t0030\t0.00000"), lines.toString());
    }

    @Test
    void unknownModelIdIsAReadableError(@TempDir Path tmp) {
        org.tailor.core.store.Workspace.open(tmp.resolve("w.db")).close();
        CliRunner r = CliRunner.run("recommend", "--model-id", "99", "--workspace", tmp.resolve("w.db").toString(),
                "--out", tmp.resolve("x.tsv").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("No saved model 99"), r.err());
    }

    @Test
    void aMissingWorkspaceIsNotCreatedButNamed(@TempDir Path tmp) {
        Path ws = tmp.resolve("typo.db");
        CliRunner r = CliRunner.run("recommend", "--model-id", "1", "--workspace", ws.toString(),
                "--out", tmp.resolve("x.tsv").toString());
        assertEquals(1, r.code());
        assertEquals("error: Workspace " + ws + " does not exist", r.err().strip());
        assertTrue(Files.notExists(ws));
    }
}
