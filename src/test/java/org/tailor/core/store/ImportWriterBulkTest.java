package org.tailor.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tailor.core.ingest.EventsGenerator;
import org.tailor.core.ingest.ImportOptions;
import org.tailor.core.ingest.ImportReport;
import org.tailor.core.ingest.ImportService;
import org.tailor.core.ingest.PresetCatalog;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

/**
 * The bulk path (a file larger than the workspace): rows are appended without per-row foreign-key checks or
 * index updates, ids of new customers and items are assigned by the writer, and exact duplicates are found in
 * memory against the stored keys loaded first and the file's own. Expected values come from the file's own lines, counted here.
 */
class ImportWriterBulkTest {
    @TempDir
    Path tmp;

    private static final int ROWS = 70_000;   // well above ImportService's bulk threshold of 50,000

    @Test
    void bulkImportDropsExactDuplicateLinesAndReimportAddsNothing() throws IOException {
        Path file = tmp.resolve("events.csv");
        EventsGenerator.write(file, ROWS, 11, Cancellation.NONE);
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        // the first two data lines again at the end: physical lines 60,002 and 60,003 are exact duplicates
        lines.add(lines.get(1));
        lines.add(lines.get(2));
        Files.write(file, lines, StandardCharsets.UTF_8);
        List<String> data = lines.subList(1, lines.size());
        Set<String> distinct = new HashSet<>(data);
        Set<String> customers = new HashSet<>();
        Set<String> items = new HashSet<>();
        for (String l : data) {
            String[] f = l.split(",", -1);
            customers.add(f[0]);
            items.add(f[1]);
        }
        Path db = tmp.resolve("w.db");
        try (Workspace ws = Workspace.open(db)) {
            ImportReport r = service().importFile(ws, file, ImportOptions.preset("events"), Progress.NONE,
                    Cancellation.NONE);
            assertEquals(ROWS + 2, r.rowsRead());
            assertEquals(distinct.size(), r.interactionsAdded());
            assertEquals(ROWS + 2 - distinct.size(), r.duplicatesSkipped());
            assertEquals(distinct.size(), ws.count("interaction"));
            assertEquals(customers.size(), ws.count("customer"));
            assertEquals(items.size(), ws.count("item"));
            assertEquals(List.of(), query(ws, "PRAGMA foreign_key_check"));
            // checks are on again for this connection after the bulk import
            assertEquals(List.of("1"), query(ws, "PRAGMA foreign_keys"));
            // row ids follow the file: ordering by id gives increasing source lines
            assertEquals(List.of("0"), query(ws, "SELECT COUNT(*) FROM interaction a JOIN interaction b"
                    + " ON b.id = a.id + 1 WHERE b.source_line <= a.source_line"));
            // the two repeated lines are the ones skipped (their first copies, lines 2 and 3, are kept)
            assertEquals(List.of("0"), query(ws, "SELECT COUNT(*) FROM interaction WHERE source_line > " + (ROWS + 1)));

            ImportReport again = service().importFile(ws, file, ImportOptions.preset("events"), Progress.NONE,
                    Cancellation.NONE);
            assertEquals(0, again.interactionsAdded());
            assertEquals(ROWS + 2, again.duplicatesSkipped());
            assertEquals(distinct.size(), ws.count("interaction"));
            assertEquals(customers.size(), ws.count("customer"));
        }
    }

    @Test
    void bulkImportReusesStoredCustomersAndItems() throws IOException {
        Path small = tmp.resolve("small.csv");
        // C0 and SKU-0 are ids the generator also produces; C-only-here is not
        Files.writeString(small, "customer_id,sku,kind,timestamp,amount\n"
                + "C0,SKU-0,view,2023-05-01T10:00:00Z,\n"
                + "C-only-here,SKU-0,view,2023-05-01T10:00:00Z,\n", StandardCharsets.UTF_8);
        Path big = tmp.resolve("events.csv");
        EventsGenerator.write(big, ROWS, 5, Cancellation.NONE);
        Set<String> customers = new HashSet<>(Set.of("C0", "C-only-here"));
        Set<String> items = new HashSet<>(Set.of("SKU-0"));
        Set<String> distinct = new HashSet<>();
        for (String l : Files.readAllLines(big, StandardCharsets.UTF_8).subList(1, ROWS + 1)) {
            String[] f = l.split(",", -1);
            customers.add(f[0]);
            items.add(f[1]);
            distinct.add(l);
        }
        try (Workspace ws = Workspace.open(tmp.resolve("w.db"))) {
            service().importFile(ws, small, ImportOptions.preset("events"), Progress.NONE, Cancellation.NONE);
            ImportReport r = service().importFile(ws, big, ImportOptions.preset("events"), Progress.NONE,
                    Cancellation.NONE);
            assertEquals(distinct.size(), r.interactionsAdded());
            assertEquals(customers.size(), ws.count("customer"));
            assertEquals(items.size(), ws.count("item"));
            assertEquals(List.of("1"), query(ws, "SELECT COUNT(*) FROM customer WHERE external_id = 'C0'"));
            assertEquals(List.of(), query(ws, "PRAGMA foreign_key_check"));
            assertEquals(2 + distinct.size(), ws.count("interaction"));
            assertFalse(query(ws, "SELECT name FROM sqlite_master WHERE type = 'index'")
                    .contains("interaction_customer"));
        }
    }

    private static ImportService service() {
        return new ImportService(PresetCatalog.builtIn());
    }

    private static List<String> query(Workspace ws, String sql) {
        try (Statement st = ws.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
