package org.tailor.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tailor.core.store.Workspace;

/**
 * Exact duplicates (same customer, item, kind, value, amount, time and order) are stored once, whichever path the
 * import takes: a small file is checked in memory against itself and against the stored rows by one scan, a file
 * larger than what is stored loads the stored keys first.
 */
class DeduplicationTest {
    @TempDir
    Path tmp;

    @Test
    void aSmallFileIsCheckedAgainstItselfAndAgainstTheStoredRowsNamingTheLines() throws IOException {
        Path db = tmp.resolve("w.db");
        Path a = write("a.csv", "customer_id,sku,kind,timestamp,amount",
                "C1,S1,purchase,2024-01-01T10:00:00Z,5",
                "C1,S2,view,2024-01-01T10:01:00Z,",
                "C1,S1,purchase,2024-01-01T10:00:00Z,5",      // line 4 repeats line 2
                "C2,S1,purchase,2024-01-02T09:00:00Z,7",
                "C2,S3,view,2024-01-03T09:00:00Z,");
        ImportReport first = Imports.run(db, a, ImportOptions.preset("events"));
        assertEquals(4, first.interactionsAdded());
        assertEquals(1, first.duplicatesSkipped());
        assertTrue(first.cleaning().stream().anyMatch(s -> s.contains("line 4")), first.cleaning().toString());

        Path b = write("b.csv", "customer_id,sku,kind,timestamp,amount",
                "C2,S3,view,2024-01-03T09:00:00Z,",           // line 2: stored by a.csv
                "C3,S1,purchase,2024-02-01T08:00:00Z,9",      // new
                "C1,S2,view,2024-01-01T10:01:00Z,");          // line 4: stored by a.csv
        ImportReport second = Imports.run(db, b, ImportOptions.preset("events"));
        assertEquals(1, second.interactionsAdded());
        assertEquals(2, second.duplicatesSkipped());
        String text = second.cleaning().toString();
        assertTrue(text.contains("line 2") && text.contains("line 4"), text);
        try (Workspace ws = Workspace.open(db)) {
            assertEquals(5, ws.count("interaction"));
        }
    }

    @Test
    void aFileLargerThanTheWorkspaceSkipsTheStoredRowsAndItsOwnRepeats() throws IOException {
        Path db = tmp.resolve("w.db");
        Path first = tmp.resolve("first.csv");
        EventsGenerator.write(first, 60_000, 11, () -> false);
        Path more = tmp.resolve("more.csv");
        EventsGenerator.write(more, 15_000, 12, () -> false);
        // the big file: all of the first file's rows again, then 15,000 other generated rows
        List<String> firstLines = Files.readAllLines(first);
        List<String> moreLines = Files.readAllLines(more);
        Path big = tmp.resolve("big.csv");
        List<String> bigLines = new java.util.ArrayList<>(firstLines);
        bigLines.addAll(moreLines.subList(1, moreLines.size()));
        Files.write(big, bigLines);

        // reference: the generated rows are written in one canonical form, so distinct data lines = distinct events
        int distinctFirst = distinct(firstLines);
        int distinctAll = distinct(bigLines);
        ImportReport r1 = Imports.run(db, first, ImportOptions.preset("events"));
        assertEquals(distinctFirst, r1.interactionsAdded());
        ImportReport r2 = Imports.run(db, big, ImportOptions.preset("events"));
        assertEquals(distinctAll - distinctFirst, r2.interactionsAdded());
        assertEquals(75_000 - (distinctAll - distinctFirst), r2.duplicatesSkipped());
        try (Workspace ws = Workspace.open(db)) {
            assertEquals(distinctAll, ws.count("interaction"));
        }
    }

    private static int distinct(List<String> lines) {
        Set<String> s = new HashSet<>(lines.subList(1, lines.size()));
        return s.size();
    }

    private Path write(String name, String... lines) throws IOException {
        Path p = tmp.resolve(name);
        Files.write(p, List.of(lines));
        return p;
    }
}
