package org.tailor.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview and the report say which near-duplicate window applies: the options', else the default 60 s. */
class NearDuplicateWindowReportTest {
    @TempDir
    Path tmp;

    @Test
    void previewAndReportCarryTheWindowUsed() throws IOException {
        // C1 views S1 at 10:00:00 and again at 10:01:30: 90 s apart, a near-duplicate only for windows >= 90 s
        Path f = tmp.resolve("events.csv");
        Files.write(f, List.of("customer_id,sku,kind,timestamp",
                "C1,S1,view,2024-01-01T10:00:00Z",
                "C1,S1,view,2024-01-01T10:01:30Z"));
        ImportService service = new ImportService(PresetCatalog.builtIn());
        ImportOptions defaults = ImportOptions.preset("events");
        assertEquals(60, service.preview(f, defaults).nearDuplicateSeconds());
        ImportOptions wide = defaults.withNearDuplicateSeconds(90);
        assertEquals(90, service.preview(f, wide).nearDuplicateSeconds());

        ImportReport first = Imports.run(tmp.resolve("a.db"), f, defaults);
        assertEquals(60, first.nearDuplicateSeconds());
        assertEquals(0, first.rule(CleaningCounts.NEAR_DUPLICATES));
        ImportReport second = Imports.run(tmp.resolve("b.db"), f, wide);
        assertEquals(90, second.nearDuplicateSeconds());
        assertEquals(1, second.rule(CleaningCounts.NEAR_DUPLICATES));
    }
}
