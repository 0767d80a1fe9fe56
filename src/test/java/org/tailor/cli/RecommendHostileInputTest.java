package org.tailor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tailor.core.store.BatchWriter;
import org.tailor.core.store.Workspace;

/** recommend on wrong or degenerate input, and output that is safe to open in a spreadsheet. */
class RecommendHostileInputTest {
    @TempDir
    Path tmp;
    private Path train;

    @BeforeEach
    void files() throws Exception {
        train = tmp.resolve("train.tsv");
        Files.writeString(train, "ann\tA\nann\tB\nbob\tA\ncid\tC\n");
    }

    private static void assertReadable(CliRunner r) {
        assertEquals(1, r.code(), r.out());
        assertTrue(r.err().startsWith("error: "), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
    }

    @Test
    void zeroAndNegativeKAreRefusedAndNothingIsWritten() {
        for (String k : new String[] {"0", "-1"}) {
            Path out = tmp.resolve("k" + k + ".tsv");
            CliRunner r = CliRunner.run("recommend", "--train", train.toString(), "--k", k, "--out", out.toString());
            assertReadable(r);
            assertEquals("error: K must be positive, was " + k, r.err().strip());
            assertTrue(Files.notExists(out));
        }
    }

    @Test
    void hugeKIsCappedAtTheCatalogue() throws Exception {
        Path out = tmp.resolve("r.tsv");
        CliRunner r = CliRunner.run("recommend", "--train", train.toString(), "--variant", "pop", "--k",
                "2147483647", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("K capped at 3 items"), r.out());
        // unseen items: ann {C}, bob {B, C}, cid {A, B} -> 5 rows + header
        assertEquals(6, Files.readAllLines(out).size());
    }

    @Test
    void unwritableOutputIsSaidInWordsBeforeTraining() {
        Path out = tmp.resolve("no_such_dir").resolve("x.tsv");
        CliRunner r = CliRunner.run("recommend", "--train", train.toString(), "--out", out.toString());
        assertReadable(r);
        assertEquals("error: Cannot write " + out + ": the folder does not exist", r.err().strip());
        CliRunner dir = CliRunner.run("recommend", "--train", train.toString(), "--out", tmp.toString());
        assertEquals("error: Cannot write " + tmp + ": it is a folder, not a file", dir.err().strip());
    }

    @Test
    void emptyTrainingFileAndEmptyWorkspaceAreRefusedInWords() throws Exception {
        Path empty = tmp.resolve("empty.tsv");
        Files.writeString(empty, "");
        CliRunner r = CliRunner.run("recommend", "--train", empty.toString(), "--out", tmp.resolve("a.tsv").toString());
        assertReadable(r);
        assertEquals("error: The training file " + empty + " has no rows: there is nothing to learn from",
                r.err().strip());
        Path ws = tmp.resolve("empty.db");
        Workspace.open(ws).close();
        for (String variant : List.of("ease", "pop", "als", "hybrid")) {
            CliRunner w = CliRunner.run("recommend", "--workspace", ws.toString(), "--variant", variant, "--out",
                    tmp.resolve("b.tsv").toString());
            assertReadable(w);
            assertTrue(w.err().startsWith("error: The workspace " + ws + " has no interactions"), w.err());
        }
    }

    @Test
    void cellsThatLookLikeFormulasAreMadeSafe() throws Exception {
        Path ws = tmp.resolve("shop.db");
        try (Workspace w = Workspace.open(ws)) {
            w.inTransaction(c -> {
                try (BatchWriter b = new BatchWriter(w, null)) {
                    b.interaction("=HYPERLINK(\"x\")", "+SKU", "purchase", 1.0, 1.0, 100L, "O1");
                    b.interaction("=HYPERLINK(\"x\")", "@SKU", "purchase", 1.0, 1.0, 100L, "O1");
                    b.interaction("-7", "+SKU", "purchase", 1.0, 1.0, 100L, "O2");
                    b.interaction("-7", "=SKU()", "purchase", 1.0, 1.0, 100L, "O2");
                    b.interaction("plain", "@SKU", "purchase", 1.0, 1.0, 100L, "O3");
                    b.interaction("plain", "=SKU()", "purchase", 1.0, 1.0, 100L, "O3");
                }
                return null;
            });
        }
        Path out = tmp.resolve("recs.tsv");
        CliRunner r = CliRunner.run("recommend", "--workspace", ws.toString(), "--variant", "itemknn", "--k", "1",
                "--explain", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(out);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            assertEquals(5, cells.length, line);
            for (int c : new int[] {0, 2, 4}) {
                assertFalse(cells[c].matches("^[=+\\-@].*"), "cell " + c + " of " + line);
            }
        }
        // "-7" has +SKU and =SKU(); its one unseen item is @SKU, because of the items it has
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("'-7\t1\t'@SKU\t")), lines.toString());
        assertEquals("'=x", RecommendCommand.cell("=x"));
        assertEquals("a b", RecommendCommand.cell("a\tb"));
        assertEquals("plain", RecommendCommand.cell("plain"));
    }
}
