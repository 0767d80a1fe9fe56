package org.tailor.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tailor.core.store.CustomerEraser;
import org.tailor.core.store.RejectedRowRepository;
import org.tailor.core.store.Workspace;
import org.tailor.core.task.CancelledException;
import org.tailor.core.task.Progress;

/** One file, one transaction: kill -9, cancel and failures leave the workspace as it was; sources stay unchanged. */
class ImportSafetyTest {
    @TempDir
    Path tmp;

    private List<String> counts(Path db) {
        return Db.rows(db, "SELECT (SELECT COUNT(*) FROM customer), (SELECT COUNT(*) FROM item),"
                + " (SELECT COUNT(*) FROM interaction), (SELECT COUNT(*) FROM import_run),"
                + " (SELECT COUNT(*) FROM rejected_row)").get(0);
    }

    @Test
    void killMinus9MidImportLeavesWorkspaceIntact() throws Exception {
        Path db = tmp.resolve("w.db");
        Imports.run(db, Imports.caseFile("BL-14", "transactions_repeats.csv"));
        List<String> before = counts(db);
        Path big = tmp.resolve("events.csv");
        EventsGenerator.write(big, 1_500_000, 7, () -> false);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "org.tailor.ui.Main", "import", "--workspace", db.toString(), "--preset", "events", big.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        Path journal = Path.of(db + "-journal");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        // A large file is written in bulk mode under a rollback journal: its existence means the child's
        // transaction has started writing. Then let it write for a while before the kill.
        while (child.isAlive() && !Files.exists(journal) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        Thread.sleep(1000);
        assertTrue(child.isAlive(), "the import finished before it could be killed");
        child.destroyForcibly();   // SIGKILL on Linux: no shutdown hooks, no rollback by the JVM
        child.waitFor(10, TimeUnit.SECONDS);
        assertNotEquals(0, child.exitValue());
        try (Workspace ws = Workspace.open(db)) {
            assertEquals(13, ws.count("interaction"));
        }
        assertEquals("ok", Db.one(db, "PRAGMA integrity_check"));
        assertEquals(before, counts(db));
    }

    @Test
    void cancelLeavesWorkspaceUnchanged() {
        Path db = tmp.resolve("w.db");
        Imports.run(db, Imports.caseFile("BL-14", "transactions_repeats.csv"));
        List<String> before = counts(db);
        Path events = tmp.resolve("events.csv");
        EventsGenerator.write(events, 20_000, 3, () -> false);
        AtomicInteger checks = new AtomicInteger();
        try (Workspace ws = Workspace.open(db)) {
            ImportService service = new ImportService(PresetCatalog.builtIn());
            assertThrows(CancelledException.class, () -> service.importFile(ws, events,
                    ImportOptions.preset("events"), Progress.NONE, () -> checks.incrementAndGet() > 5));
        }
        assertTrue(checks.get() > 5);
        assertEquals(before, counts(db));
    }

    @Test
    void cancelWhileReadingABulkImportEndsTheReaderThreadAndLeavesWorkspaceUnchanged() {
        Path db = tmp.resolve("w.db");
        Imports.run(db, Imports.caseFile("BL-14", "transactions_repeats.csv"));
        List<String> before = counts(db);
        Path events = tmp.resolve("events.csv");
        // 80,000 rows: bulk mode, so rows are read on a second thread while this one writes
        EventsGenerator.write(events, 80_000, 5, () -> false);
        AtomicInteger checks = new AtomicInteger();
        try (Workspace ws = Workspace.open(db)) {
            ImportService service = new ImportService(PresetCatalog.builtIn());
            assertThrows(CancelledException.class, () -> service.importFile(ws, events, ImportOptions.preset("events"),
                    Progress.NONE, () -> checks.incrementAndGet() > 10));
        }
        assertTrue(Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.getName().equals("tailor-import-reader") && t.isAlive()));
        assertEquals(before, counts(db));
        assertEquals("ok", Db.one(db, "PRAGMA integrity_check"));
    }

    @Test
    void cancelWhileCheckingAgainstStoredEventsLeavesWorkspaceUnchanged() {
        Path db = tmp.resolve("w.db");
        Path stored = tmp.resolve("stored.csv");
        EventsGenerator.write(stored, 60_000, 5, () -> false);
        Imports.run(db, stored);
        List<String> before = counts(db);
        // a smaller file than what is stored: its rows are checked against the stored ones after writing
        Path events = tmp.resolve("events.csv");
        EventsGenerator.write(events, 20_000, 6, () -> false);
        java.util.concurrent.atomic.AtomicBoolean checking = new java.util.concurrent.atomic.AtomicBoolean();
        try (Workspace ws = Workspace.open(db)) {
            ImportService service = new ImportService(PresetCatalog.builtIn());
            assertThrows(CancelledException.class, () -> service.importFile(ws, events, ImportOptions.preset("events"),
                    (f, m) -> checking.compareAndSet(false, m.startsWith("Checking")), checking::get));
        }
        assertTrue(checking.get());
        assertEquals(before, counts(db));
        assertEquals("ok", Db.one(db, "PRAGMA integrity_check"));
        // the workspace keeps no interaction index (de-duplication is the importer's, see schema.sql)
        assertEquals(0, Db.count(db, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index'"
                + " AND name LIKE 'interaction_%'"));
    }

    @Test
    void bulkImportWorksWhileAnotherConnectionHoldsTheWorkspace() {
        Path db = tmp.resolve("w.db");
        Path events = tmp.resolve("events.csv");
        EventsGenerator.write(events, 60_000, 9, () -> false);
        try (Workspace reader = Workspace.open(db); Workspace writer = Workspace.open(db)) {
            assertEquals(0, reader.count("interaction"));
            ImportReport r = new ImportService(PresetCatalog.builtIn()).importFile(writer, events,
                    ImportOptions.preset("events"), Progress.NONE, () -> false);
            assertEquals(60_000, r.rowsRead());
            assertEquals(r.interactionsAdded() + r.duplicatesSkipped(), 60_000);
            assertEquals(r.interactionsAdded(), reader.count("interaction"));
        }
        assertEquals("wal", Db.one(db, "PRAGMA journal_mode"));
    }

    @Test
    void sourceFileIsNeverModified() throws Exception {
        Path src = tmp.resolve("orders.csv");
        Files.copy(Imports.caseFile("BL-07", "orders_long_ids.csv"), src);
        String sha = sha256(src);
        long modified = Files.getLastModifiedTime(src).toMillis();
        Imports.run(tmp.resolve("w.db"), src);
        assertEquals(sha, sha256(src));
        assertEquals(modified, Files.getLastModifiedTime(src).toMillis());
    }

    @Test
    void customerAttributesFileJoinsOntoExistingCustomersOnly() throws IOException {
        Path db = tmp.resolve("w.db");
        Imports.run(db, Imports.caseFile("BL-03", "customers_zip.csv"));
        Path attrs = tmp.resolve("tiers.csv");
        Files.writeString(attrs, "customer_id,region,loyalty_tier\n00042,North,gold\n99999,South,silver\n");
        ImportReport r = Imports.run(db, attrs, ImportOptions.preset("campaign-results"));
        assertEquals(4, Db.count(db, "SELECT COUNT(*) FROM customer"));
        assertEquals(List.of("North", "gold", "000123", "01730"), Db.rows(db, "SELECT json_extract(attributes,"
                + " '$.region'), json_extract(attributes, '$.loyalty_tier'), json_extract(attributes, '$.loyalty_no'),"
                + " zip FROM customer WHERE external_id = '00042'").get(0));
        assertEquals(1, r.rejectedCount());
        assertEquals(1, r.customersUpdated());
        try (Workspace ws = Workspace.open(db)) {
            RejectedRowRepository.RejectedRow row = new RejectedRowRepository(ws).findByImport(r.importId()).get(0);
            assertEquals(3, row.line());
            assertEquals("customer_id", row.column());
            assertEquals("no customer with id 99999 in the workspace", row.reason());
            assertEquals("tiers.csv", row.fileName());
        }
    }

    @Test
    void eraseRemovesCustomerWithAllRowsAndLogsOnlyAPseudonym() {
        Path db = tmp.resolve("w.db");
        Imports.run(db, Imports.caseFile("BL-14", "transactions_repeats.csv"));
        try (Workspace ws = Workspace.open(db)) {
            CustomerEraser.Erasure e = new CustomerEraser(ws).erase("C1");
            assertEquals(3, e.interactions());   // O1, O2, O3
            assertEquals(64, e.pseudonym().length());
            assertThrows(org.tailor.core.store.DataStoreException.class, () -> new CustomerEraser(ws).erase("C1"));
        }
        assertEquals(0, Db.count(db, "SELECT COUNT(*) FROM customer WHERE external_id = 'C1'"));
        assertEquals(10, Db.count(db, "SELECT COUNT(*) FROM interaction"));   // 13 - 3
        List<String> log = Db.rows(db, "SELECT customer_pseudonym, rows_removed FROM erasure_log").get(0);
        assertFalse(log.get(0).contains("C1"));
        assertEquals("4", log.get(1));   // the customer row + 3 interactions
    }

    private static String sha256(Path p) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }

    static String classpath() {
        return System.getProperty("java.class.path") + File.pathSeparator;
    }
}
