package org.tailor.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import cases of ../shared/cases, each asserting the values its expected.md gives. */
class CasesImportTest {
    @TempDir
    Path tmp;

    private Path db() {
        return tmp.resolve("w.db");
    }

    @Test
    void bl01ByteOrderMarkNeverReachesHeaderOrValues() {
        ImportReport quoted = Imports.run(db(), Imports.caseFile("BL-01", "customers_bom_quoted.csv"));
        ImportReport plain = Imports.run(db(), Imports.caseFile("BL-01", "customers_bom_plain.csv"));
        assertEquals("customer_id", quoted.mapping().get("customer_id"));
        assertEquals("customer_id", plain.mapping().get("customer_id"));
        assertEquals("UTF-8", quoted.encoding());
        assertEquals(1.0, quoted.encodingConfidence());
        assertEquals(List.of("K-001", "K-002", "K-003", "K-004", "K-005"),
                Db.column(db(), "SELECT external_id FROM customer ORDER BY external_id"));
        assertEquals("Zoë", Db.one(db(), "SELECT first_name FROM customer WHERE external_id = 'K-001'"));
        assertEquals("Inés", Db.one(db(), "SELECT first_name FROM customer WHERE external_id = 'K-005'"));
        assertTrue(quoted.headerChanges().isEmpty());
        assertEquals(0, Db.count(db(), "SELECT COUNT(*) FROM customer WHERE attributes IS NOT NULL"));
    }

    @Test
    void bl01Utf16MarksAreHandledLikeUtf8() throws IOException {
        String text = Files.readString(Imports.caseFile("BL-01", "customers_bom_quoted.csv"), StandardCharsets.UTF_8)
                .substring(1);
        Path le = tmp.resolve("le.csv");
        Path be = tmp.resolve("be.csv");
        Files.write(le, concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)));
        Files.write(be, concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE)));
        ImportReport a = Imports.run(db(), le);
        assertEquals("UTF-16LE", a.encoding());
        assertEquals("UTF-16BE", Imports.run(tmp.resolve("b.db"), be).encoding());
        assertEquals("Zoë", Db.one(db(), "SELECT first_name FROM customer WHERE external_id = 'K-001'"));
        assertEquals("Zoë", Db.one(tmp.resolve("b.db"), "SELECT first_name FROM customer WHERE external_id = 'K-001'"));
        assertEquals(3, Db.count(tmp.resolve("b.db"), "SELECT COUNT(*) FROM customer"));
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void bl03LeadingZerosSurviveAndOrdersJoinWithoutOrphans() {
        Imports.run(db(), Imports.caseFile("BL-03", "customers_zip.csv"));
        ImportReport tx = Imports.run(db(), Imports.caseFile("BL-03", "transactions.csv"));
        assertEquals("interactions", tx.entity());
        assertEquals(List.of("00042", "00043", "00044", "00045"),
                Db.column(db(), "SELECT external_id FROM customer ORDER BY id"));
        assertEquals(List.of("01730", "01730-2603", "90210", "02138"),
                Db.column(db(), "SELECT zip FROM customer ORDER BY id"));
        assertEquals(List.of("text"), Db.column(db(), "SELECT DISTINCT typeof(zip) FROM customer"));
        assertEquals(List.of("0612345678", "+33 6 12 34 56 79", "0049301234567"),
                Db.column(db(), "SELECT phone FROM customer WHERE phone IS NOT NULL ORDER BY id"));
        assertNull(Db.one(db(), "SELECT phone FROM customer WHERE external_id = '00045'"));
        assertEquals(List.of("000123", "000124", "10125", "007"),
                Db.column(db(), "SELECT json_extract(attributes, '$.loyalty_no') FROM customer ORDER BY id"));
        // 4 orders, all matching one of the 4 customers: no customer row was created by the orders file.
        assertEquals(4, Db.count(db(), "SELECT COUNT(*) FROM customer"));
        assertEquals(0, tx.customersAdded());
        // 00042 = 19.90 + 7.10 = 27.00; 00043 = 5.00; 00045 = 12.00; 00044 has no orders = 0
        assertEquals(List.of("00042=27.0", "00043=5.0", "00044=0.0", "00045=12.0"), Db.column(db(),
                "SELECT c.external_id || '=' || ROUND(COALESCE(SUM(x.amount), 0.0), 2) FROM customer c"
                        + " LEFT JOIN interaction x ON x.customer_id = c.id GROUP BY c.id ORDER BY c.external_id"));
    }

    @Test
    void bl04OneFormatPerColumnDecidedFromTheWholeColumn() {
        ImportReport r = Imports.run(db(), Imports.caseFile("BL-04", "orders_dayfirst.csv"));
        assertEquals("dd/MM/yyyy", r.dateFormats().get("order_date"));
        assertEquals(List.of("1=2023-09-10", "2=2023-09-30", "3=2023-10-03", "4=2024-02-11", "5=2023-12-25"),
                Db.column(db(), "SELECT order_id || '=' || date(ts, 'unixepoch') FROM interaction ORDER BY order_id"));
        // recency at 2024-03-01: C1 last 2023-10-03 -> 150 days, C2 2023-12-25 -> 67, C3 2024-02-11 -> 19
        assertEquals(List.of("C1=150", "C2=67", "C3=19"), Db.column(db(), "SELECT c.external_id || '=' ||"
                + " CAST(julianday('2024-03-01') - julianday(MAX(x.ts), 'unixepoch') AS INTEGER) FROM interaction x"
                + " JOIN customer c ON c.id = x.customer_id GROUP BY c.id ORDER BY c.external_id"));
    }

    @Test
    void bl04AmbiguousColumnStopsAndAsksNamingBothFormats() {
        Path f = Imports.caseFile("BL-04", "orders_all_ambiguous.csv");
        AmbiguousDateException e = assertThrows(AmbiguousDateException.class, () -> Imports.run(db(), f));
        assertEquals("order_date", e.column());
        assertEquals(List.of("dd/MM/yyyy", "MM/dd/yyyy"), e.candidates());
        assertTrue(e.getMessage().contains("orders_all_ambiguous.csv"), e.getMessage());
        assertEquals(0, Db.count(db(), "SELECT COUNT(*) FROM interaction"));
        ImportReport r = Imports.run(db(), f, ImportOptions.defaults().withDateFormat("dd/MM/yyyy"));
        assertEquals("dd/MM/yyyy", r.dateFormats().get("order_date"));
        assertEquals(List.of("2024-02-01", "2024-03-02", "2024-05-04"),
                Db.column(db(), "SELECT date(ts, 'unixepoch') FROM interaction ORDER BY order_id"));
        Path other = tmp.resolve("m.db");
        Imports.run(other, f, ImportOptions.defaults().withDateFormat("MM/dd/yyyy"));
        assertEquals(List.of("2024-01-02", "2024-02-03", "2024-04-05"),
                Db.column(other, "SELECT date(ts, 'unixepoch') FROM interaction ORDER BY order_id"));
    }

    @Test
    void bl06DuplicateHeadersRenamedAndFirstEmailIsTheEmail() {
        ImportReport r = Imports.run(db(), Imports.caseFile("BL-06", "contacts_dup_headers.csv"));
        assertEquals(List.of("email_2", "Phone_2"), r.headerChanges().stream().map(HeaderNames.Change::name).toList());
        assertEquals(List.of(4, 5), r.headerChanges().stream().map(HeaderNames.Change::column).toList());
        assertEquals(3, Db.count(db(), "SELECT COUNT(*) FROM customer"));
        assertEquals(List.of("ana.kowal@example.org", "ana.home@example.net", "+48 600 100 200"),
                Db.rows(db(), "SELECT email, json_extract(attributes, '$.email_2'), phone FROM customer"
                        + " WHERE external_id = '1'").get(0));
        assertNull(Db.one(db(), "SELECT json_extract(attributes, '$.Phone_2') FROM customer WHERE external_id = '1'"));
        List<String> row3 = Db.rows(db(), "SELECT email, json_extract(attributes, '$.email_2'), phone,"
                + " json_extract(attributes, '$.Phone_2') FROM customer WHERE external_id = '3'").get(0);
        // expected.md says "row 3: email empty"; the file's row 3 is "3,mei.tan@example.sg,+65 8000 0000,,+65 8000 0001",
        // so column 2 holds mei.tan@example.sg and only email_2 (column 4) is empty. We assert the bytes of the file.
        assertEquals(java.util.Arrays.asList("mei.tan@example.sg", null, "+65 8000 0000", "+65 8000 0001"), row3);
    }

    @Test
    void bl07LongIdsKeptAsTextAndScientificIdsFlagged() {
        ImportReport r = Imports.run(db(), Imports.caseFile("BL-07", "orders_long_ids.csv"));
        assertEquals(List.of("4711000000000000001", "4711000000000000003", "999032320001885", "8.96529E+19",
                "1.23457E+11"), Db.column(db(), "SELECT order_id FROM interaction ORDER BY id"));
        assertEquals(5, r.interactionsAdded());
        // C9: 10.00 + 11.00 = 21.00 over 2 orders; all: 10 + 11 + 12 + 13 + 14 = 60
        assertEquals(List.of("2", "21.0"), Db.rows(db(), "SELECT COUNT(*), SUM(amount) FROM interaction x"
                + " JOIN customer c ON c.id = x.customer_id WHERE c.external_id = 'C9'").get(0));
        assertEquals("60.0", Db.one(db(), "SELECT SUM(amount) FROM interaction"));
        assertEquals(List.of(5L, 6L), r.warnings().stream().map(ImportReport.Issue::line).toList());
        assertEquals(List.of("8.96529E+19", "1.23457E+11"),
                Db.column(db(), "SELECT order_id FROM interaction WHERE suspect IS NOT NULL ORDER BY id"));
        assertEquals(2, r.suspectRows());
    }

    @Test
    void bl09TrailingColumnsAndBlankLinesSkippedHeaderlessColumnKept() {
        ImportReport r = Imports.run(db(), Imports.caseFile("BL-09", "customers_trailing.csv"));
        assertEquals(List.of("C1", "C2", "C3"), Db.column(db(), "SELECT external_id FROM customer ORDER BY id"));
        assertEquals(3, r.blankRowsSkipped());
        assertEquals(3, r.rowsRead());
        // 120.00 + 75.50 + 0.00 = 195.50
        assertEquals("195.5", Db.one(db(), "SELECT SUM(CAST(json_extract(attributes, '$.total_spent') AS REAL))"
                + " FROM customer"));
        for (String d : Db.column(db(), "SELECT json_extract(attributes, '$.last_order') FROM customer")) {
            assertNotNull(DateFormat.ISO.parse(d), d);
        }
        assertEquals(0, Db.count(db(), "SELECT COUNT(*) FROM customer WHERE attributes LIKE '%\r%'"
                + " OR external_id LIKE '%\r%' OR first_name LIKE '%\r%'"));
        assertFalse(r.mapping().containsKey(""));

        Path gap = tmp.resolve("gap.db");
        ImportReport g = Imports.run(gap, Imports.caseFile("BL-09", "customers_header_gap.csv"));
        assertEquals(List.of("column_3"), g.headerChanges().stream().map(HeaderNames.Change::name).toList());
        assertTrue(g.cleaning().stream().anyMatch(s -> s.contains("column_3")), g.cleaning().toString());
        assertEquals(List.of("note: call back", "gold"), Db.rows(gap, "SELECT json_extract(attributes, '$.column_3'),"
                + " json_extract(attributes, '$.segment') FROM customer WHERE external_id = 'C4'").get(0));
        assertEquals("silver", Db.one(gap, "SELECT json_extract(attributes, '$.segment') FROM customer"
                + " WHERE external_id = 'C5'"));
    }

    @Test
    void bl14ExactDuplicateLineDroppedRepeatPurchasesKept() {
        ImportReport r = Imports.run(db(), Imports.caseFile("BL-14", "transactions_repeats.csv"));
        assertEquals(14, r.rowsRead());
        assertEquals(13, r.interactionsAdded());
        assertEquals(1, r.duplicatesSkipped());
        assertTrue(r.cleaning().contains("1 duplicate row skipped; line 6 order O4"), r.cleaning().toString());
        assertEquals(3, Db.count(db(), "SELECT COUNT(*) FROM interaction x JOIN customer c ON c.id = x.customer_id"
                + " WHERE c.external_id = 'C1'"));
        assertEquals(9, Db.count(db(), "SELECT COUNT(*) FROM (SELECT DISTINCT customer_id, item_id FROM interaction)"));
        ImportReport again = Imports.run(db(), Imports.caseFile("BL-14", "transactions_repeats.csv"));
        assertEquals(0, again.interactionsAdded());
        assertEquals(14, again.duplicatesSkipped());
        assertEquals(13, Db.count(db(), "SELECT COUNT(*) FROM interaction"));
    }

    @Test
    void bl22ContactsWithConsentImportIntoCustomerTable() {
        ImportReport r = Imports.run(db(), Imports.caseFile("BL-22", "contacts.csv"));
        assertEquals("customers", r.entity());
        assertEquals(9, Db.count(db(), "SELECT COUNT(*) FROM customer"));
        assertEquals(" omar.haddad@example.org ", Db.one(db(), "SELECT email FROM customer WHERE external_id = 'C3'"));
        assertEquals(List.of("OMAR.HADDAD@EXAMPLE.ORG", "0", "2024-01-15"), Db.rows(db(),
                "SELECT email, email_opt_in, unsubscribed_at FROM customer WHERE external_id = 'C4'").get(0));
        assertEquals(List.of("1", "2024-02-01"), Db.rows(db(),
                "SELECT email_opt_in, unsubscribed_at FROM customer WHERE external_id = 'C7'").get(0));
        assertNull(Db.one(db(), "SELECT email FROM customer WHERE external_id = 'C6'"));
        assertEquals(8, Db.count(db(), "SELECT COUNT(*) FROM customer WHERE email_opt_in = 1"));
    }
}
