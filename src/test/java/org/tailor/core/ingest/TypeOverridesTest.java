package org.tailor.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Type overrides do what they say: values are checked and normalized, rows that do not fit are rejected. */
class TypeOverridesTest {
    @TempDir
    Path tmp;

    /**
     * Invented members file; physical lines: header 1, K001 2 ... K006 7. visits, member, joined, balance are
     * attributes (no field has those names); joined has 15/04 and 20/04, so the column is day-first.
     */
    private Path members() throws IOException {
        Path f = tmp.resolve("members.csv");
        Files.writeString(f, """
                customer_id,first_name,visits,member,joined,balance,note
                K001,Ana,007,yes,03/04/2024,"1.234,50",12
                K002,Ben,+5,否,15/04/2024,"2,5",x
                K003,Cy,2.5,是,20/04/2024,3,007
                K004,Dee,,,,,
                K005,Eve,4,maybe,21/04/2024,1,
                K006,Fay,1,no,31/02/2024,1,
                """, StandardCharsets.UTF_8);
        return f;
    }

    private static ImportOptions memberTypes() {
        return ImportOptions.defaults().withTypes(Map.of("visits", "integer", "member", "boolean", "joined", "date",
                "balance", "decimal-comma", "note", "text")).withMissing(Map.of("member", "default:no"));
    }

    private static String attr(Path db, String id, String key) {
        return Db.one(db, "SELECT json_extract(attributes, '$." + key + "') FROM customer WHERE external_id = '"
                + id + "'");
    }

    @Test
    void attributeOverridesStoreNormalizedValuesAndRejectWhatDoesNotFit() throws IOException {
        Path db = tmp.resolve("w.db");
        ImportReport r = Imports.run(db, members(), memberTypes());
        assertEquals(6, r.rowsRead());
        // K003 (2.5 visits), K005 (maybe), K006 (31 February) rejected: 6 - 3 = 3 stored
        assertEquals(3, r.customersAdded());
        assertEquals(List.of(
                new ImportReport.Issue(4, "visits", "'2.5' in column visits is not a whole number (the column's type"
                        + " is integer)"),
                new ImportReport.Issue(6, "member", "'maybe' in column member is not yes/no (the column's type is"
                        + " boolean)"),
                new ImportReport.Issue(7, "joined", "'31/02/2024' in column joined is not a date in the column's"
                        + " format dd/MM/yyyy")), r.rejected());
        assertEquals("dd/MM/yyyy", r.dateFormats().get("joined"), "decided from the column: 15 and 20 are days");
        // integer: 007 -> 7, +5 -> 5
        assertEquals("7", attr(db, "K001", "visits"));
        assertEquals("5", attr(db, "K002", "visits"));
        // boolean: yes -> 1, 否 -> 0, empty with default:no -> 0
        assertEquals("1", attr(db, "K001", "member"));
        assertEquals("0", attr(db, "K002", "member"));
        assertEquals("0", attr(db, "K004", "member"));
        // date: 03/04/2024 day-first is 3 April
        assertEquals("2024-04-03", attr(db, "K001", "joined"));
        assertEquals("2024-04-15", attr(db, "K002", "joined"));
        // decimal-comma: 1.234,50 = 1234.5; 2,5 = 2.5
        assertEquals("1234.5", attr(db, "K001", "balance"));
        assertEquals("2.5", attr(db, "K002", "balance"));
        // text: as in the file
        assertEquals("12", attr(db, "K001", "note"));
        assertEquals(null, attr(db, "K004", "visits"), "empty without a policy stays empty");
    }

    @Test
    void thePreviewListsTheRowsAnOverrideWillReject() throws IOException {
        ImportPreview p = new ImportService(PresetCatalog.builtIn()).preview(members(), memberTypes());
        assertEquals(List.of(4L, 6L, 7L), p.wouldFail().stream().map(ImportReport.Issue::line).toList(), p.wouldFail().toString());
        assertEquals(List.of("visits", "member", "joined"),
                p.wouldFail().stream().map(ImportReport.Issue::column).toList());
        ImportPreview plain = new ImportService(PresetCatalog.builtIn()).preview(members(), ImportOptions.defaults());
        assertEquals(List.of(), plain.wouldFail(), "without the overrides every row is fine");
    }

    private Path orders() throws IOException {
        // lines: header 1, O1 2, O2 3, O3 4, O4 5
        Path f = tmp.resolve("orders.csv");
        Files.writeString(f, """
                order_id,customer_id,sku,quantity,amount,order_date
                O1,00017,P-1,3.0,12.50,2024-01-05
                O2,00017,P-2,2.5,8.00,2024-01-07
                O3,A12,P-1,1,12.50,2024-01-08
                O4,00042,P-3,+2,30.00,2024-02-01
                """, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void integerOnQuantityAndIdChecksEveryValueAndIdsKeepTheirText() throws IOException {
        Path db = tmp.resolve("o.db");
        ImportReport r = Imports.run(db, orders(), ImportOptions.defaults()
                .withTypes(Map.of("quantity", "integer", "customer_id", "integer")));
        assertEquals(List.of(
                new ImportReport.Issue(3, "quantity", "'2.5' in column quantity is not a whole number (the column's"
                        + " type is integer)"),
                new ImportReport.Issue(4, "customer_id", "'A12' in column customer_id is not a whole number (the"
                        + " column's type is integer)")), r.rejected());
        assertEquals(2, r.interactionsAdded());
        // ids are checked, not rewritten: 00017 keeps its zeros; 3.0 is the whole number 3, +2 is 2
        assertEquals(List.of("00017", "00042"), Db.column(db, "SELECT external_id FROM customer ORDER BY id"));
        assertEquals(List.of("3.0", "2.0"), Db.column(db, "SELECT value FROM interaction ORDER BY ts"));
    }

    @Test
    void textOnAnAmountIsRefusedBeforeAnythingIsReadNamingTheColumn() throws IOException {
        ImportService service = new ImportService(PresetCatalog.builtIn());
        ImportException e = assertThrows(ImportException.class, () -> service.preview(orders(),
                ImportOptions.defaults().withTypes(Map.of("amount", "text"))));
        assertEquals("orders.csv: column 'amount' is the amount, which must be a number; the type 'text' cannot be"
                + " used for it. Choose decimal, decimal-comma or integer, or give the column another role",
                e.getMessage());
        ImportException id = assertThrows(ImportException.class, () -> service.preview(orders(),
                ImportOptions.defaults().withTypes(Map.of("sku", "boolean"))));
        assertTrue(id.getMessage().startsWith("orders.csv: column 'sku' is the sku, which is an id and always kept"
                + " as text; the type 'boolean' cannot be used for it."), id.getMessage());
        Path db = tmp.resolve("refused.db");
        assertThrows(ImportException.class, () -> Imports.run(db, orders(), ImportOptions.defaults()
                .withTypes(Map.of("order_date", "integer"))));
        assertEquals(0, Db.count(db, "SELECT COUNT(*) FROM interaction"), "nothing written");
    }

    @Test
    void aTypeForAColumnTheFileDoesNotHaveIsRefused() throws IOException {
        ImportException e = assertThrows(ImportException.class, () -> new ImportService(PresetCatalog.builtIn())
                .preview(orders(), ImportOptions.defaults().withTypes(Map.of("quantiti", "integer"))));
        assertTrue(e.getMessage().startsWith("--type names column 'quantiti', which orders.csv does not have"),
                e.getMessage());
    }

    @Test
    void dateOnAnAmbiguousAttributeIsAskedAboutAndAPatternAnswersIt() throws IOException {
        Path f = tmp.resolve("people.csv");
        // 03/04 and 05/06: both day-first and month-first fit
        Files.writeString(f, "customer_id,first_name,birthday\nP1,Ana,03/04/1990\nP2,Ben,05/06/1985\n");
        ImportPreview p = new ImportService(PresetCatalog.builtIn()).preview(f, ImportOptions.defaults()
                .withTypes(Map.of("birthday", "date")));
        assertEquals(List.of("dd/MM/yyyy", "MM/dd/yyyy"), p.ambiguousDates().get("birthday"));
        Path db = tmp.resolve("p.db");
        assertThrows(AmbiguousDateException.class, () -> Imports.run(db, f, ImportOptions.defaults()
                .withTypes(Map.of("birthday", "date"))));
        ImportReport r = Imports.run(db, f, ImportOptions.defaults().withTypes(Map.of("birthday", "date:MM/dd/yyyy")));
        assertEquals(2, r.customersAdded());
        // month-first: 03/04/1990 is 4 March 1990
        assertEquals("1990-03-04", attr(db, "P1", "birthday"));
    }
}
