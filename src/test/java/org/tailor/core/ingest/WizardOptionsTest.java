package org.tailor.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wizard's per-column overrides (decimal separator, date format) and the per-rule cleaning counts. */
class WizardOptionsTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void decimalCommaOverrideReadsPointsAsThousands() throws IOException {
        // "1.250" has three digits after its point: detection cannot tell, comma file => decimal point (1.25).
        Path f = write("orders.csv", """
                order_id,customer_id,sku,amount
                O1,c1,P1,1.250
                O2,c2,P2,2.500
                """);
        Path db = dir.resolve("a.db");
        Imports.run(db, f);
        assertEquals(List.of("1.25", "2.5"), Db.column(db, "SELECT amount FROM interaction ORDER BY order_id"));
        Path db2 = dir.resolve("b.db");
        Imports.run(db2, f, ImportOptions.defaults().withTypes(Map.of("amount", "decimal-comma")));
        // decimal comma: '.' is the thousands separator, so 1.250 = 1250 and 2.500 = 2500
        assertEquals(List.of("1250.0", "2500.0"), Db.column(db2, "SELECT amount FROM interaction ORDER BY order_id"));
    }

    @Test
    void perColumnDateFormatAnswersAnAmbiguousColumn() throws IOException {
        Path f = write("orders.csv", """
                order_id,customer_id,sku,order_date
                O1,c1,P1,03/04/2024
                O2,c2,P2,05/06/2024
                """);
        ImportService service = new ImportService(PresetCatalog.builtIn());
        assertEquals(List.of("dd/MM/yyyy", "MM/dd/yyyy"),
                service.preview(f, ImportOptions.defaults()).ambiguousDates().get("order_date"));
        assertThrows(AmbiguousDateException.class, () -> Imports.run(dir.resolve("x.db"), f));

        ImportOptions dayFirst = ImportOptions.defaults().withTypes(Map.of("order_date", "date:dd/MM/yyyy"));
        ImportPreview answered = service.preview(f, dayFirst);
        assertTrue(answered.ambiguousDates().isEmpty());
        assertEquals("dd/MM/yyyy", answered.dateFormats().get("order_date"));
        Path db = dir.resolve("d.db");
        Imports.run(db, f, dayFirst);
        // 03/04/2024 day first is 3 April 2024, midnight UTC
        long april3 = LocalDate.of(2024, 4, 3).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        assertEquals(String.valueOf(april3), Db.one(db, "SELECT ts FROM interaction WHERE order_id = 'O1'"));

        Path db2 = dir.resolve("m.db");
        Imports.run(db2, f, ImportOptions.defaults().withTypes(Map.of("order_date", "date:MM/dd/yyyy")));
        long march4 = LocalDate.of(2024, 3, 4).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        assertEquals(String.valueOf(march4), Db.one(db2, "SELECT ts FROM interaction WHERE order_id = 'O1'"));
    }

    @Test
    void unknownTypeNamesFileAndColumn() throws IOException {
        Path f = write("orders.csv", "order_id,customer_id,sku\nO1,c1,P1\n");
        ImportException e = assertThrows(ImportException.class, () -> new ImportService(PresetCatalog.builtIn())
                .preview(f, ImportOptions.defaults().withTypes(Map.of("sku", "money"))));
        assertTrue(e.getMessage().contains("orders.csv") && e.getMessage().contains("'sku'")
                && e.getMessage().contains("money"), e.getMessage());
    }

    @Test
    void reportCountsEachCleaningRule() throws IOException {
        // line 2 ok; line 3 has no customer id; line 4 a negative quantity (return); line 5 no email (policy
        // empty, counted as missing); line 6 a damaged id in scientific notation.
        Path f = write("orders.csv", """
                order_id,customer_id,sku,quantity,email
                O1,c1,P1,1,a@example.org
                O2,,P1,1,b@example.org
                O3,c3,P2,-1,c@example.org
                O4,c4,P3,2,
                O5,1.23457E+11,P3,1,e@example.org
                """);
        ImportReport r = Imports.run(dir.resolve("c.db"), f,
                ImportOptions.defaults().withMissing(Map.of("email", "empty")));
        assertEquals(1, r.rule(CleaningCounts.CUSTOMERS_WITHOUT_ID));
        assertEquals(1, r.rule(CleaningCounts.RETURNS));
        assertEquals(1, r.rule(CleaningCounts.MISSING_PREFIX + "email"));
        assertEquals(1, r.rule(CleaningCounts.DAMAGED_IDS));
        assertEquals(1, r.rule(CleaningCounts.REJECTED));
        assertEquals(0, r.rule(CleaningCounts.NEAR_DUPLICATES));
    }
}
