package org.tailor.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tailor.core.store.CustomerEraser;
import org.tailor.core.store.RejectedRowRepository;
import org.tailor.core.store.Workspace;

/** Re-import of identical bytes, attacked: another entity, a singular count, undecodable bytes in raw text. */
class ReimportHostileTest {
    @TempDir
    Path dir;

    /* line 3: unreadable timestamp; line 4: unreadable amount; lines 2, 5, 6 are good events. */
    private static final String EVENTS = """
            customer_id,sku,kind,timestamp,amount
            alice,s1,purchase,2024-01-02T10:00:00,5.00
            bob,s2,purchase,not-a-date,3.00
            carol,s3,purchase,2024-01-03T10:00:00,abc
            dave,s4,purchase,2024-01-04T10:00:00,
            erin,s5,purchase,2024-01-05T10:00:00,7.00
            """;

    private static List<Long> rejectedLines(Path db) {
        List<Long> lines = new ArrayList<>();
        try (Workspace ws = Workspace.open(db)) {
            new RejectedRowRepository(ws).forEach(null, r -> lines.add(r.line()));
        }
        return lines;
    }

    @Test
    void theSameFileImportedAsCustomersKeepsTheRejectedEvents() throws Exception {
        Path file = dir.resolve("events.csv");
        Files.writeString(file, EVENTS);
        Path db = dir.resolve("w.db");
        ImportReport events = Imports.run(db, file, ImportOptions.defaults().withEntity(Entity.INTERACTIONS));
        assertEquals(2, events.rejectedCount()); // lines 3 and 4
        // the same bytes as a customers file (only the id column): all 5 rows are good customers
        ImportReport customers = Imports.run(db, file, ImportOptions.defaults().withEntity(Entity.CUSTOMERS)
                .withMapping(Map.of("sku", "ignore", "kind", "ignore", "timestamp", "ignore", "amount", "ignore")));
        assertEquals(0, customers.rejectedCount());
        // the events of lines 3 and 4 are still not stored (3 events: lines 2, 5, 6), so they stay listed
        assertEquals(3, Db.count(db, "SELECT COUNT(*) FROM interaction"));
        assertEquals(List.of(3L, 4L), rejectedLines(db));
    }

    @Test
    void oneRejectedRowReplacesInTheSingular() throws Exception {
        Path file = dir.resolve("events.csv");
        Files.writeString(file, EVENTS);
        Path db = dir.resolve("w.db");
        Imports.run(db, file);
        // amount ignored: only line 3 (timestamp) is rejected now, replacing the 2 kept before
        ImportReport again = Imports.run(db, file, ImportOptions.defaults().withMapping(Map.of("amount", "ignore")));
        assertEquals(1, again.rejectedCount());
        assertTrue(again.alreadyImported().endsWith("its 1 rejected row replaces the 2 kept before for this file"),
                again.alreadyImported());
        assertEquals(List.of(3L), rejectedLines(db));
    }

    @Test
    void undecodableBytesAreNotKeptInTheRejectedRowsText() throws Exception {
        Path file = dir.resolve("cities.csv");
        StringBuilder good = new StringBuilder("customer_id,sku,kind,timestamp,amount,city\n");
        for (int i = 0; i < 50; i++) {
            good.append("u").append(i).append(",s1,view,2024-01-01T10:").append(10 + i).append(":00,1.5,Zürich\n");
        }
        byte[] head = good.toString().getBytes(StandardCharsets.UTF_8);
        // line 52: a lone 0xFC (windows-1252 ü) in a UTF-8 file
        byte[] bad = new byte[] {'z', '9', ',', 's', '1', ',', 'v', 'i', 'e', 'w', ',', '2', '0', '2', '4', '-', '0',
            '1', '-', '0', '2', ',', '1', ',', 'Z', (byte) 0xFC, 'r', 'i', 'c', 'h', '\n'};
        byte[] all = new byte[head.length + bad.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        Files.write(file, all);
        Path db = dir.resolve("w.db");
        ImportReport r = Imports.run(db, file, ImportOptions.defaults().withMapping(Map.of("city", "ignore")));
        assertEquals(1, r.rejectedCount());
        List<String> raws = new ArrayList<>();
        try (Workspace ws = Workspace.open(db)) {
            new RejectedRowRepository(ws).forEach(null, row -> raws.add(row.raw()));
        }
        assertEquals(1, raws.size());
        assertFalse(raws.get(0).contains("\uFFFF"), raws.get(0));
        assertEquals("z9,s1,view,2024-01-02,1,Z\uFFFDrich", raws.get(0));
    }

    @Test
    void aPersonOnlyInRejectedRowsCanBeErased() throws Exception {
        Path file = dir.resolve("events.csv");
        Files.writeString(file, EVENTS);
        Path db = dir.resolve("w.db");
        Imports.run(db, file);
        // bob's only row (line 3) was rejected: no customer row, but his id and raw row are kept
        assertEquals(0, Db.count(db, "SELECT COUNT(*) FROM customer WHERE external_id = 'bob'"));
        try (Workspace ws = Workspace.open(db)) {
            CustomerEraser.Erasure e = new CustomerEraser(ws).erase("bob");
            assertEquals(1, e.rejectedRows());
            assertEquals(0, e.interactions());
            assertEquals(1, e.total()); // the rejected row only: there was no customer row
        }
        assertEquals(List.of(4L), rejectedLines(db)); // carol's line stays
        // bob stays erased: the identical file again neither stores nor rejects his row
        ImportReport again = Imports.run(db, file);
        assertEquals(1, again.rule(CleaningCounts.ERASED_CUSTOMERS));
        assertEquals(List.of(4L), rejectedLines(db));
    }
}
