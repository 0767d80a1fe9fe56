package org.tailor.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A U+FFFD written in a UTF-8 file is text; only bytes the encoding cannot decode reject a row. */
class ReplacementCharacterTest {
    @TempDir
    Path tmp;

    @Test
    void aLiteralReplacementCharacterIsStoredAndAnUndecodableByteIsRejected() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes("customer_id,first_name,email\n".getBytes(StandardCharsets.UTF_8));
        // line 2: "M\uFFFDller" as valid UTF-8 (EF BF BD), written so by some earlier system
        b.writeBytes("C1,M\uFFFDller,m@example.org\n".getBytes(StandardCharsets.UTF_8));
        // line 3: a lone 0xFC byte, which is not UTF-8 at all
        b.writeBytes("C2,M".getBytes(StandardCharsets.UTF_8));
        b.write(0xFC);
        b.writeBytes("ller,n@example.org\n".getBytes(StandardCharsets.UTF_8));
        // thirty more customers with accented names: the sniffer sees UTF-8 with one bad byte (1 in 31)
        for (int i = 3; i <= 32; i++) {
            b.writeBytes(("C" + i + ",Zoé,z" + i + "@example.org\n").getBytes(StandardCharsets.UTF_8));
        }
        Path f = tmp.resolve("customers.csv");
        Files.write(f, b.toByteArray());
        Path db = tmp.resolve("w.db");
        ImportReport r = Imports.run(db, f, ImportOptions.defaults().withEntity(Entity.CUSTOMERS));
        assertEquals("UTF-8", r.encoding());
        assertEquals(31, r.customersAdded());
        assertEquals("M\uFFFDller", Db.one(db, "SELECT first_name FROM customer WHERE external_id = 'C1'"));
        assertEquals(1, r.rejectedCount());
        assertEquals(3, r.rejected().get(0).line());
        assertTrue(r.rejected().get(0).message().startsWith("invalid bytes for UTF-8 at line 3 (column first_name)"),
                r.rejected().get(0).message());
    }
}
