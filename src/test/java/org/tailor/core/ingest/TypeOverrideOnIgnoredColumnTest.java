package org.tailor.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An interactions file keeps only its mapped columns; a date type set on a column it does not import (the wizard
 * sends every column's type) must not stop the import with a day-first/month-first question about values that are
 * never stored, nor show up as a date column of the report.
 */
class TypeOverrideOnIgnoredColumnTest {
    @TempDir
    Path tmp;

    @Test
    void dateTypeOnAColumnTheInteractionsFileIgnoresDoesNotAskAboutItsDates() throws IOException {
        Path f = tmp.resolve("orders.csv");
        // 'note' has no field: an interactions file ignores it. 01/02/2024 and 03/04/2024 fit both date orders.
        Files.writeString(f, """
                customer_id,sku,event,timestamp,amount,note
                K1,P1,purchase,1700000000,1.5,01/02/2024
                K1,P2,purchase,1700000030,2,03/04/2024
                """, StandardCharsets.UTF_8);
        ImportReport r = Imports.run(tmp.resolve("w.db"), f,
                ImportOptions.defaults().withTypes(Map.of("note", "date")));
        assertEquals("ignore", r.mapping().get("note"));
        assertEquals(2, r.rowsRead());
        assertEquals(2, r.interactionsAdded());   // two distinct events, none rejected
        assertEquals(0, r.rejectedCount());
        assertFalse(r.dateFormats().containsKey("note"), r.dateFormats().toString());
    }
}
