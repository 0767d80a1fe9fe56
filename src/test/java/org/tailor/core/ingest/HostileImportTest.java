package org.tailor.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import defects a hostile tester found: each kind of input must be stored or rejected, never lost. */
class HostileImportTest {
    private static final String ORDERS = "customer_id,sku,order_id,order_date,quantity,unit_price\n";

    @TempDir
    Path tmp;

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path f = tmp.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    private List<String> reasons(Path db) {
        return Db.column(db, "SELECT line || ' ' || COALESCE(column_name, '-') || ': ' || reason FROM rejected_row"
                + " ORDER BY import_id, line");
    }

    @Test
    void utf8WithOneBadByteIsReadAsUtf8AndOnlyThatRowIsRejected() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes("customer_id,first_name\n".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 30; i++) {
            b.writeBytes(("u" + i + ",José Müller " + i + "\n").getBytes(StandardCharsets.UTF_8));
        }
        b.writeBytes(new byte[] {'u', 'x', ',', 'R', 'e', 'n', (byte) 0xE9, '\n'}); // Latin-1 é: not UTF-8
        Path db = tmp.resolve("w.db");
        ImportReport r = Imports.run(db, write("m.csv", b.toByteArray()));
        assertEquals("UTF-8", r.encoding());
        assertEquals(30, r.customersAdded()); // 31 rows read, the last one rejected
        assertEquals(1, r.rejectedCount());
        assertEquals("José Müller 7", Db.one(db, "SELECT first_name FROM customer WHERE external_id = 'u7'"));
        // header is line 1, u0..u29 are lines 2..31, the bad row is line 32
        assertTrue(reasons(db).get(0).startsWith("32 first_name: invalid bytes for UTF-8 at line 32"), reasons(db).get(0));
    }

    @Test
    void badBytesAfterTheSniffedSampleAreRejectedNeverStoredAsReplacementCharacters() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes("customer_id,first_name\n".getBytes(StandardCharsets.UTF_8));
        int rows = 30_000; // "c12345,Plain\n" is at most 13 bytes: about 360 KB, past the 256 KB sample
        for (int i = 0; i < rows; i++) {
            b.writeBytes(("c" + i + ",Plain\n").getBytes(StandardCharsets.US_ASCII));
        }
        b.writeBytes(new byte[] {'l', 'a', 't', 'e', ',', 'C', 'a', 'f', (byte) 0xE9, '\n'});
        Path db = tmp.resolve("w.db");
        ImportReport r = Imports.run(db, write("late.csv", b.toByteArray()));
        assertEquals(rows, r.customersAdded());
        assertEquals(1, r.rejectedCount());
        assertEquals(0, Db.count(db, "SELECT COUNT(*) FROM customer WHERE first_name LIKE '%' || char(65533) || '%'"));
        int line = rows + 2; // header + 30,000 rows, then the bad one
        assertTrue(reasons(db).get(0).contains("invalid bytes for UTF-8 at line " + line), reasons(db).get(0));
    }

    @Test
    void unbalancedQuoteRunningToTheEndIsReportedAndTheFollowingRowsRecovered() throws IOException {
        Path db = tmp.resolve("w.db");
        ImportReport r = Imports.run(db, write("u.csv", ORDERS + "c1,SKU1,o1,2024-01-05,2,3.50\n"
                + "c2,\"SKU2,o2,2024-01-06,1,10.00\nc3,SKU1,o3,2024-01-07,5,3.50\nc4,SKU1,o4,2024-01-07,5,3.50\n"));
        assertEquals(4, r.rowsRead());
        assertEquals(3, r.interactionsAdded()); // c1, c3, c4
        assertEquals(1, r.rejectedCount());
        assertTrue(reasons(db).get(0).startsWith("3 sku: unbalanced quote starting at line 3"), reasons(db).get(0));
        assertEquals(List.of("c1", "c3", "c4"), Db.column(db, "SELECT external_id FROM customer ORDER BY id"));
    }

    @Test
    void unbalancedQuoteClosedByALaterRowIsReportedAndTheRowsBetweenRecovered() throws IOException {
        Path db = tmp.resolve("w.db");
        ImportReport r = Imports.run(db, write("u2.csv", ORDERS + "c2,\"SKU2,o2,2024-01-06,1,10.00\n"
                + "c3,SKU1,o3,2024-01-07,5,3.50\nc4,SKU1,o4,2024-01-07,5,\"3.50\"\n"));
        assertEquals(3, r.rowsRead());
        assertEquals(2, r.interactionsAdded()); // lines 3 and 4
        assertTrue(reasons(db).get(0).startsWith("2 sku: unbalanced quote starting at line 2"), reasons(db).get(0));
        assertEquals("3.5", Db.one(db, "SELECT amount / value FROM interaction WHERE order_id = 'o4'"));
    }

    @Test
    void aLoneCarriageReturnInsideACellDoesNotSplitTheRow() throws IOException {
        Path db = tmp.resolve("w.db");
        ImportReport r = Imports.run(db, write("cr.csv", "customer_id,first_name,email\n"
                + "k1,\rCR,k1@example.com\nk2,Bo,k2@example.com\n"));
        assertEquals(2, r.customersAdded());
        assertEquals(0, r.rejectedCount());
        assertEquals("\rCR", Db.one(db, "SELECT first_name FROM customer WHERE external_id = 'k1'"));
        assertEquals("k1@example.com", Db.one(db, "SELECT email FROM customer WHERE external_id = 'k1'"));
    }

    @Test
    void rowsWithTheWrongFieldCountAreRejectedNotPaddedOrWidened() throws IOException {
        Path db = tmp.resolve("w.db");
        ImportReport r = Imports.run(db, write("rag.csv", "customer_id,first_name,email\n"
                + "r1,Ann,ann@example.com\nr2,Bob\nr3,Cy,cy@example.com,EXTRA\nr4,Di,di@example.com,,\n"));
        assertEquals(4, r.rowsRead());
        assertEquals(2, r.customersAdded()); // r1, and r4 whose extra fields are empty
        assertEquals(List.of("3 email: expected 3 fields, found 2", "4 column_4: expected 3 fields, found 4"),
                reasons(db));
        assertTrue(r.headerChanges().isEmpty());
        assertNull(Db.one(db, "SELECT attributes FROM customer WHERE external_id = 'r1'"));
    }

    @Test
    void anUnquotedDecimalCommaIsRejectedWithAHint() throws IOException {
        Path db = tmp.resolve("w.db");
        Imports.run(db, write("dc.csv", ORDERS + "a1,SKU1,o1,2024-01-05,2,3.50\na9,SKU1,o9,2024-01-05,2,3,50\n"));
        assertEquals(List.of("3 column_7: expected 6 fields, found 7 (is '3,50' a decimal comma that was not"
                + " quoted?)"), reasons(db));
    }

    @Test
    void aTitleLineOfMostlyEmptyCellsAboveTheHeaderIsSkipped() throws IOException {
        Path db = tmp.resolve("w.db");
        ImportReport r = Imports.run(db, write("t.csv", "Orders export,,,,,\n" + ORDERS
                + "c1,SKU1,o1,2024-01-05,2,3.50\nc2,SKU2,o2,2024-01-06,1,10.00\n"));
        assertEquals(2, r.headerLine());
        assertEquals("interactions", r.entity());
        assertEquals(2, r.interactionsAdded());
    }

    @Test
    void farFutureAndPre1900DatesAreRejectedAndTwoDigitYearsUseThePosixPivot() throws IOException {
        Path db = tmp.resolve("w.db");
        ImportReport r = Imports.run(db, write("d.csv", ORDERS + "f1,S1,o1,31/12/99,1,1\nf2,S1,o2,15/06/24,1,1\n"
                + "f3,S1,o3,01/01/00,1,1\n"));
        assertEquals(Map.of("order_date", "dd/MM/yy"), r.dateFormats());
        // 1999-12-31 = 2000-01-01 (946684800) minus a day; 2024-06-15 = 2024-01-01 (1704067200) + 166 days
        assertEquals(List.of("946598400", "1718409600", "946684800"),
                Db.column(db, "SELECT ts FROM interaction ORDER BY order_id"));
        Path db2 = tmp.resolve("w2.db");
        ImportReport r2 = Imports.run(db2, write("d2.csv", ORDERS + "g1,S1,o1,2999-01-01,1,1\n"
                + "g2,S1,o2,9999-12-31,1,1\ng3,S1,o3,0000-01-01,1,1\ng4,S1,o4,1899-12-31,1,1\n"
                + "g5,S1,o5,2024-01-01,1,1\n"));
        assertEquals(1, r2.interactionsAdded());
        List<String> why = reasons(db2);
        assertTrue(why.get(0).startsWith("2 order_date: '2999-01-01' is after "), why.get(0));
        assertTrue(why.get(1).startsWith("3 order_date: '9999-12-31' is after "), why.get(1));
        assertTrue(why.get(2).startsWith("4 order_date: '0000-01-01' is before 1900"), why.get(2));
        assertTrue(why.get(3).startsWith("5 order_date: '1899-12-31' is before 1900"), why.get(3));
    }

    @Test
    void outOfRangeNumbersAreRejectedAndNegativePricesMarkedSuspect() throws IOException {
        Path db = tmp.resolve("w.db");
        String huge = "9".repeat(5000);
        ImportReport r = Imports.run(db, write("n.csv", ORDERS + "a1,S1,o1,2024-01-05,2,-3.50\n"
                + "a2,S1,o2,2024-01-05,2,1e308\na3,S1,o3,2024-01-05,1e308,1\na4,S1,o4,2024-01-05,2," + huge + "\n"
                + "a5,S1,o5,2024-01-05,1000000,2000000\n"));
        assertEquals(1, r.interactionsAdded());
        assertEquals(1, r.suspectRows());
        assertEquals("-7.0", Db.one(db, "SELECT amount FROM interaction")); // 2 × -3.50
        assertEquals("negative unit price -3.5", Db.one(db, "SELECT suspect FROM interaction"));
        assertEquals("negative unit price -3.5: stored, marked suspect", r.warnings().get(0).message());
        List<String> why = reasons(db);
        assertEquals("3 unit_price: '1e308' is out of range (more than 1,000,000,000,000 in magnitude)", why.get(0));
        assertEquals("4 quantity: '1e308' is out of range (more than 1,000,000,000,000 in magnitude)", why.get(1));
        assertTrue(why.get(2).startsWith("5 unit_price: '" + "9".repeat(40) + "…' (5000 characters) is too long"));
        // 1,000,000 × 2,000,000 = 2e12, beyond 1e12
        assertTrue(why.get(3).startsWith("6 unit_price: amount 2000000.0 × 1000000.0 is out of range"), why.get(3));
        assertFalse(Db.column(db, "SELECT amount FROM interaction").contains("9.22337203685478E12"));
    }

    @Test
    void aNulByteRejectsItsRow() throws IOException {
        Path db = tmp.resolve("w.db");
        ImportReport r = Imports.run(db, write("nul.csv", "customer_id,first_name\nc1,An\0a\nc2,Bob\n\0\0\0\n"));
        assertEquals(1, r.customersAdded());
        assertEquals(List.of("2 first_name: NUL byte in column first_name", "4 customer_id: NUL byte in column"
                + " customer_id"), reasons(db));
    }

    @Test
    void filesThatAreNotTextCsvFailWithoutRecordingAnImport() throws IOException {
        Path db = tmp.resolve("w.db");
        Path zip = write("really_zip.csv", new byte[] {0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0, 'o', 'r', 'd'});
        assertEquals("really_zip.csv is not a text CSV file: it looks like a ZIP archive (an .xlsx workbook is one"
                + " too): unzip it, or save the sheet as CSV", assertThrows(ImportException.class,
                () -> Imports.run(db, zip)).getMessage());
        Path empty = write("zero.csv", new byte[0]);
        assertEquals("zero.csv is empty (0 bytes): there is nothing to import",
                assertThrows(ImportException.class, () -> Imports.run(db, empty)).getMessage());
        Path header = write("h.csv", ORDERS);
        assertTrue(assertThrows(ImportException.class, () -> Imports.run(db, header)).getMessage()
                .startsWith("h.csv has no data rows: only the header line (customer_id, sku,"));
        Path ascii = write("ok.csv", ORDERS + "c1,SKU1,o1,2024-01-05,2,3.50\n");
        assertTrue(assertThrows(ImportException.class, () -> Imports.run(db, ascii,
                ImportOptions.defaults().withEncoding("UTF-16LE"))).getMessage()
                .startsWith("ok.csv does not look like UTF-16LE text"));
        assertEquals("unknown encoding NOPE-8; use for example UTF-8, windows-1252, ISO-8859-1, UTF-16LE, UTF-16BE or"
                + " GB18030", assertThrows(ImportException.class, () -> Imports.run(db, ascii,
                ImportOptions.defaults().withEncoding("NOPE-8"))).getMessage());
        assertEquals(0, Db.count(db, "SELECT COUNT(*) FROM import_run"));
    }

    @Test
    void unknownColumnsFieldsAndPoliciesInOptionsFailListingWhatIsValid() throws IOException {
        Path db = tmp.resolve("w.db");
        Path f = write("ok.csv", ORDERS + "c1,SKU1,o1,2024-01-05,2,3.50\n");
        String cols = "customer_id, sku, order_id, order_date, quantity, unit_price";
        assertEquals("--map names column 'nosuchcol', which ok.csv does not have; its columns are: " + cols,
                assertThrows(ImportException.class, () -> Imports.run(db, f, ImportOptions.defaults()
                        .withMapping(Map.of("nosuchcol", "email")))).getMessage());
        assertEquals("--missing names column 'nosuchcol', which ok.csv does not have; its columns are: " + cols,
                assertThrows(ImportException.class, () -> Imports.run(db, f, ImportOptions.defaults()
                        .withMissing(Map.of("nosuchcol", "reject")))).getMessage());
        assertEquals("unknown missing-value policy 'explode' for column sku; use reject, empty or default:VALUE",
                assertThrows(ImportException.class, () -> Imports.run(db, f, ImportOptions.defaults()
                        .withMissing(Map.of("sku", "explode")))).getMessage());
        String m = assertThrows(ImportException.class, () -> Imports.run(db, f, ImportOptions.defaults()
                .withMapping(Map.of("quantity", "quantity")))).getMessage();
        assertTrue(m.startsWith("ok.csv: column 'quantity' maps to an unknown field 'quantity'; the fields are:"
                + " customer_id, sku, order_id, kind, value, amount, unit_price, timestamp"), m);
        assertTrue(m.endsWith(", ignore"), m);
        assertEquals(0, Db.count(db, "SELECT COUNT(*) FROM import_run"));
    }

    @Test
    void brokenPresetJsonNamesLineAndColumnWithoutParserInternals() throws IOException {
        Path p = write("preset.json", "{\n  \"name\": \"x\",\n  \"files\": [\n    {\"match\" \"*\"}\n  ]\n}\n");
        String m = assertThrows(ImportException.class, () -> PresetCatalog.builtIn().with(p)).getMessage();
        // line 4 is {"match" "*"}: the ':' is missing
        assertTrue(m.startsWith("preset " + p + " is not valid JSON at line 4 column "), m);
        assertFalse(m.contains("gson") || m.contains("http") || m.contains("Exception"), m);
    }

    @Test
    void reimportingAnIdenticalFileAddsNoRejectedRowsAgain() throws IOException {
        Path db = tmp.resolve("w.db");
        String text = ORDERS + "a1,SKU1,o1,2024-01-05,2,3.50\na2,SKU1,o2,2024-01-05,x,3\na3,SKU1,o3,2024-01-05,y,3\n";
        Path f = write("orders.csv", text);
        Path copy = write("orders_copy.csv", text);
        assertNull(Imports.run(db, f).alreadyImported());
        assertEquals(2, Db.count(db, "SELECT COUNT(*) FROM rejected_row"));
        ImportReport second = Imports.run(db, f);
        ImportReport third = Imports.run(db, copy);
        assertEquals(2, Db.count(db, "SELECT COUNT(*) FROM rejected_row")); // still 2, not 4 or 6
        assertEquals(2, second.rejectedCount());
        assertTrue(second.alreadyImported().startsWith("already imported on "), second.alreadyImported());
        assertTrue(second.alreadyImported().contains(" as import 1 (identical file); 0 new rows; its 2 rejected rows"
                + " replace the 2 kept before for this file"), second.alreadyImported());
        // the rejected rows are listed under the latest import of the file (the copy, import 3)
        assertEquals(2, Db.count(db, "SELECT COUNT(*) FROM rejected_row WHERE import_id = 3"));
        assertTrue(third.alreadyImported().contains(" as import 2 (identical file); 0 new rows"), third.alreadyImported());
        Path changed = write("orders2.csv", text + "a4,SKU1,o4,2024-01-05,z,3\n");
        assertNull(Imports.run(db, changed).alreadyImported());
        assertEquals(5, Db.count(db, "SELECT COUNT(*) FROM rejected_row")); // a different file keeps its own 3
    }

    @Test
    void reimportingWithOtherOptionsListsEachRejectedLineOnceWithTheLatestReason() throws IOException {
        Path db = tmp.resolve("w.db");
        // line 3's quantity "2.5" is a number, but not a whole one
        Path f = write("orders.csv", ORDERS + "a1,SKU1,o1,2024-01-05,2,3.50\na2,SKU1,o2,2024-01-05,2.5,3\n"
                + "a3,SKU1,o3,2024-01-05,x,3\n");
        ImportReport first = Imports.run(db, f);
        assertEquals(1, first.rejectedCount());   // line 4 ("x")
        ImportReport strict = Imports.run(db, f, ImportOptions.defaults().withTypes(java.util.Map.of("quantity",
                "integer")));
        assertEquals(2, strict.rejectedCount());  // lines 3 and 4
        assertEquals(2, Db.count(db, "SELECT COUNT(*) FROM rejected_row"));
        assertEquals(1, Db.count(db, "SELECT COUNT(*) FROM rejected_row WHERE line = 4"));
        assertEquals(2, Db.count(db, "SELECT COUNT(*) FROM rejected_row WHERE import_id = 2"));
    }
}
