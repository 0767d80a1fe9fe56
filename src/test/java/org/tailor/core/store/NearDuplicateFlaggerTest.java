package org.tailor.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tailor.core.ingest.CleaningCounts;
import org.tailor.core.ingest.ImportOptions;
import org.tailor.core.ingest.ImportReport;
import org.tailor.core.ingest.ImportService;
import org.tailor.core.ingest.PresetCatalog;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

/** Near-duplicate events over hand-made rows, flagged after the import by one SQL pass. */
class NearDuplicateFlaggerTest {
    @TempDir
    Path dir;

    // c1/P1/qty 1 at 10:00:00, 10:00:30 (+30 s) and 10:05:00 (+270 s after the previous one);
    // c2/P1/qty 1 at 10:00:10 (other customer); c1/P1/qty 2 at 10:00:40 (other value);
    // c1/P2/qty 1 at 10:00:20 (other item); c1/P1 view at 10:00:50 (other kind).
    private static final String EVENTS = """
            customer_id,sku,kind,quantity,timestamp
            c1,P1,purchase,1,2024-03-01 10:00:00
            c1,P1,purchase,1,2024-03-01 10:00:30
            c1,P1,purchase,1,2024-03-01 10:05:00
            c2,P1,purchase,1,2024-03-01 10:00:10
            c1,P1,purchase,2,2024-03-01 10:00:40
            c1,P2,purchase,1,2024-03-01 10:00:20
            c1,P1,view,1,2024-03-01 10:00:50
            """;

    private ImportReport run(Workspace ws, Path file, ImportOptions o) {
        return new ImportService(PresetCatalog.builtIn()).importFile(ws, file, o, Progress.NONE, Cancellation.NONE);
    }

    private Path events(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private static String suspectAt(Workspace ws, String customer, String time) throws SQLException {
        long ts = java.time.LocalDateTime.parse("2024-03-01T" + time).toEpochSecond(java.time.ZoneOffset.UTC);
        try (PreparedStatement ps = ws.connection().prepareStatement("SELECT i.suspect FROM interaction i JOIN"
                + " customer c ON c.id = i.customer_id WHERE c.external_id = ? AND i.ts = ? AND i.kind = 'purchase'"
                + " AND i.value = 1 AND i.item_id = (SELECT id FROM item WHERE external_id = 'P1')")) {
            ps.setString(1, customer);
            ps.setLong(2, ts);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), customer + " at " + time);
                return rs.getString(1);
            }
        }
    }

    @Test
    void flagsOnlyTheRepeatWithinTheDefaultMinute() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("w.db"))) {
            ImportReport r = run(ws, events("e.csv", EVENTS), ImportOptions.defaults());
            assertEquals(7, r.interactionsAdded());
            // only 10:00:30 repeats c1/P1/purchase/1 within 60 s (of 10:00:00); 10:05:00 is 270 s after 10:00:30
            assertEquals(1, r.rule(CleaningCounts.NEAR_DUPLICATES));
            assertTrue(suspectAt(ws, "c1", "10:00:30").startsWith(NearDuplicateFlagger.NOTE + "60 s"));
            assertNull(suspectAt(ws, "c1", "10:00:00"));
            assertNull(suspectAt(ws, "c1", "10:05:00"));
            assertNull(suspectAt(ws, "c2", "10:00:10"));
            assertTrue(r.cleaning().stream().anyMatch(l -> l.startsWith("1 near-duplicate event flagged")),
                    r.cleaning().toString());
        }
    }

    @Test
    void windowIsConfigurableAndZeroTurnsItOff() throws Exception {
        Path f = events("e.csv", EVENTS);
        try (Workspace ws = Workspace.open(dir.resolve("wide.db"))) {
            // 600 s: 10:00:30 (30 s after 10:00:00) and 10:05:00 (270 s after 10:00:30) are both repeats
            assertEquals(2, run(ws, f, ImportOptions.defaults().withNearDuplicateSeconds(600))
                    .rule(CleaningCounts.NEAR_DUPLICATES));
        }
        try (Workspace ws = Workspace.open(dir.resolve("narrow.db"))) {
            // 20 s: the closest repeat is 30 s apart
            assertEquals(0, run(ws, f, ImportOptions.defaults().withNearDuplicateSeconds(20))
                    .rule(CleaningCounts.NEAR_DUPLICATES));
        }
        try (Workspace ws = Workspace.open(dir.resolve("off.db"))) {
            assertEquals(0, run(ws, f, ImportOptions.defaults().withNearDuplicateSeconds(0))
                    .rule(CleaningCounts.NEAR_DUPLICATES));
        }
    }

    @Test
    void aRepeatOfAnEarlierImportIsFlaggedInTheLaterOne() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("two.db"))) {
            run(ws, events("first.csv", "customer_id,sku,kind,quantity,timestamp\nc9,P1,purchase,1,"
                    + "2024-03-01 09:00:00\n"), ImportOptions.defaults());
            ImportReport second = run(ws, events("second.csv", "customer_id,sku,kind,quantity,timestamp\n"
                    + "c9,P1,purchase,1,2024-03-01 09:00:45\n"), ImportOptions.defaults());
            // 45 s after the first file's event
            assertEquals(1, second.rule(CleaningCounts.NEAR_DUPLICATES));
            assertEquals(1, ws.count("customer"));
        }
    }

    @Test
    void aLargeFileIsFlaggedOnlyWhereAGroupRepeats() throws Exception {
        // 60,000 customers with one event each (bulk mode: more than 50,000 rows), then c0..c9 again 30 s later
        // (10 near-duplicates) and c10..c19 again 61 s later (outside the minute: not flagged) -> 10 flagged.
        StringBuilder b = new StringBuilder("customer_id,sku,kind,quantity,timestamp\n");
        for (int i = 0; i < 60_000; i++) {
            b.append('c').append(i).append(",P1,purchase,1,2024-03-01 10:00:00\n");
        }
        for (int i = 0; i < 20; i++) {
            b.append('c').append(i).append(",P1,purchase,1,2024-03-01 ").append(i < 10 ? "10:00:30" : "10:01:01")
                    .append('\n');
        }
        try (Workspace ws = Workspace.open(dir.resolve("big.db"))) {
            ImportReport r = run(ws, events("big.csv", b.toString()),
                    ImportOptions.defaults());
            assertEquals(60_020, r.interactionsAdded());
            assertEquals(10, r.rule(CleaningCounts.NEAR_DUPLICATES));
            try (PreparedStatement ps = ws.connection().prepareStatement("SELECT group_concat(c.external_id) FROM"
                    + " (SELECT c.external_id FROM interaction i JOIN customer c ON c.id = i.customer_id"
                    + " WHERE i.suspect LIKE '%near-duplicate%' ORDER BY c.id) c");
                 ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertEquals("c0,c1,c2,c3,c4,c5,c6,c7,c8,c9", rs.getString(1));
            }
        }
    }
}
