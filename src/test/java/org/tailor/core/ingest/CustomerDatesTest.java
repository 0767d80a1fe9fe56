package org.tailor.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A customers file's dates (signup, unsubscribe) follow the same rules as event times, and are stored as ISO. */
class CustomerDatesTest {
    @TempDir
    Path tmp;

    private Path file(String... lines) throws IOException {
        Path f = tmp.resolve("customers.csv");
        Files.write(f, List.of(lines));
        return f;
    }

    @Test
    void anAmbiguousSignupColumnIsAskedAboutNotGuessed() throws IOException {
        Path f = file("customer_id,email,signup_date", "C1,a@example.org,03/04/2024", "C2,b@example.org,05/06/2023");
        ImportOptions customers = ImportOptions.defaults().withEntity(Entity.CUSTOMERS);
        AmbiguousDateException e = assertThrows(AmbiguousDateException.class,
                () -> Imports.run(tmp.resolve("a.db"), f, customers));
        assertTrue(e.getMessage().contains("column 'signup_date'"), e.getMessage());

        Path db = tmp.resolve("b.db");
        Imports.run(db, f, customers.withDateFormat("dd/MM/yyyy"));
        // 03/04/2024 day-first is 3 April 2024
        assertEquals("2024-04-03", Db.one(db, "SELECT signup_date FROM customer WHERE external_id = 'C1'"));
        assertEquals("2023-06-05", Db.one(db, "SELECT signup_date FROM customer WHERE external_id = 'C2'"));
    }

    @Test
    void aDecidedColumnIsStoredAsIsoAndAnUnreadableDateRejectsTheRowNamingIt() throws IOException {
        // 25/12/2023 can only be day-first, which decides the column; 31/02/2024 does not exist
        Path f = file("customer_id,signup_date,unsubscribed_at", "C1,25/12/2023,", "C2,01/02/2024,15/03/2024",
                "C3,31/02/2024,");
        Path db = tmp.resolve("c.db");
        ImportReport r = Imports.run(db, f, ImportOptions.defaults().withEntity(Entity.CUSTOMERS));
        assertEquals("dd/MM/yyyy", r.dateFormats().get("signup_date"));
        assertEquals(2, r.customersAdded());
        assertEquals(1, r.rejectedCount());
        assertEquals("signup_date", r.rejected().get(0).column());
        assertEquals(4, r.rejected().get(0).line());
        assertEquals("2024-02-01", Db.one(db, "SELECT signup_date FROM customer WHERE external_id = 'C2'"));
        assertEquals("2024-03-15", Db.one(db, "SELECT unsubscribed_at FROM customer WHERE external_id = 'C2'"));
    }
}
