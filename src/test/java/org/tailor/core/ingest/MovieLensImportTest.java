package org.tailor.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tailor.core.store.Workspace;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

/** MovieLens 100K through the movielens-100k preset; expected values from the dataset's own README and files. */
class MovieLensImportTest {
    private static final Path DIR = Path.of("../shared/datasets/movielens-100k");

    @Test
    void importsExactCountsAndRealValues(@TempDir Path tmp) {
        Path db = tmp.resolve("ml.db");
        ImportService service = new ImportService(PresetCatalog.builtIn());
        ImportOptions opts = ImportOptions.preset("movielens-100k");
        try (Workspace ws = Workspace.open(db)) {
            for (String f : List.of("u.user", "u.item", "u.data.gz")) {
                ImportReport r = service.importFile(ws, DIR.resolve(f), opts, Progress.NONE, Cancellation.NONE);
                assertEquals(0, r.rejectedCount(), f);
            }
        }
        // README: 100000 ratings (1-5) from 943 users on 1682 items.
        assertEquals(100_000, Db.count(db, "SELECT COUNT(*) FROM interaction WHERE kind = 'rating'"));
        assertEquals(943, Db.count(db, "SELECT COUNT(*) FROM customer WHERE age IS NOT NULL AND gender IS NOT NULL"
                + " AND occupation IS NOT NULL AND zip IS NOT NULL"));
        assertEquals(943, Db.count(db, "SELECT COUNT(*) FROM customer"));
        assertEquals(1682, Db.count(db, "SELECT COUNT(*) FROM item WHERE title IS NOT NULL AND genres IS NOT NULL"));
        assertEquals(1682, Db.count(db, "SELECT COUNT(*) FROM item"));
        // u.user line 1: 1|24|M|technician|85711
        assertEquals(List.of("24", "M", "technician", "85711"),
                Db.rows(db, "SELECT age, gender, occupation, zip FROM customer WHERE external_id = '1'").get(0));
        // u.item line 1: Toy Story, flags at Animation, Children's, Comedy
        assertEquals(List.of("Toy Story (1995)", "Animation|Children's|Comedy"),
                Db.rows(db, "SELECT title, genres FROM item WHERE external_id = '1'").get(0));
        // u.item is Latin-1: item 1633 is "Á köldum klaka (Cold Fever) (1994)" (0xC1, 0xF6 in the file)
        assertEquals("Á köldum klaka (Cold Fever) (1994)",
                Db.one(db, "SELECT title FROM item WHERE external_id = '1633'"));
        // u.data first line: 196 242 3 881250949
        assertEquals(List.of("3.0", "881250949"), Db.rows(db, "SELECT x.value, x.ts FROM interaction x"
                + " JOIN customer c ON c.id = x.customer_id JOIN item i ON i.id = x.item_id"
                + " WHERE c.external_id = '196' AND i.external_id = '242'").get(0));
    }
}
