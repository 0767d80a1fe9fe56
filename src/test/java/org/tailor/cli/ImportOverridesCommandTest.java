package org.tailor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import} says which encoding it guessed and why, and takes type overrides and the near-duplicate window. */
class ImportOverridesCommandTest {
    @TempDir
    Path tmp;

    private String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TailorCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void theHeaderLineOptionReadsTheHeaderWhereItIsAndRefusesLineZero() throws Exception {
        // lines 1-2 are notes shaped like data; the header is line 3
        Path f = tmp.resolve("report.csv");
        Files.writeString(f, "Report,March,2024\nShop,North,7\ncustomer_id,first_name,city\nA1,Ana,Porto\n");
        Path db = tmp.resolve("h.db");
        String[] r = run("import", "--workspace", db.toString(), "--as", "customers", "--header-line", "3",
                f.toString());
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("rows read 1; stored: 1 customers"), r[1]);
        String[] zero = run("import", "--workspace", tmp.resolve("z.db").toString(), "--header-line", "0",
                f.toString());
        assertEquals("error: --header-line 0: lines are counted from 1", zero[2].strip());
    }

    @Test
    void aGuessedLatin1FileIsReportedWithItsExamplesAndHowToOverride() throws Exception {
        Path f = tmp.resolve("kunden.csv");
        // ü (FC) on line 2, é (E9) on line 3: 2 bytes above 0x7F, none in 0x80-0x9F
        Files.write(f, "customer_id,last_name\nK1,Müller\nK2,Café\n".getBytes(StandardCharsets.ISO_8859_1));
        String[] r = run("import", "--workspace", tmp.resolve("w.db").toString(), f.toString());
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("ISO-8859-1 (70%)"), r[1]);
        assertTrue(r[1].contains("  warning encoding: read as ISO-8859-1 (70% sure) because it has 2 bytes above 0x7F"
                + " and none of them forms a UTF-8 character"), r[1]);
        assertTrue(r[1].contains("Check the text: line 2: 'Müller'; line 3: 'Café'."), r[1]);
        assertTrue(r[1].contains("--encoding NAME"), r[1]);

        String[] chosen = run("import", "--workspace", tmp.resolve("w2.db").toString(), "--encoding", "ISO-8859-1",
                f.toString());
        assertEquals("0", chosen[0], chosen[2]);
        assertTrue(!chosen[1].contains("warning encoding"), chosen[1]);
    }

    @Test
    void typeOverridesRejectRowsAndARoleContradictionIsRefused() throws Exception {
        Path f = tmp.resolve("orders.csv");
        // lines: header 1, O1 2, O2 3
        Files.writeString(f, "order_id,customer_id,sku,quantity,amount,order_date\n"
                + "O1,C1,P1,2,9.50,2024-01-02\nO2,C1,P2,1.5,3.00,2024-01-03\n");
        String[] r = run("import", "--workspace", tmp.resolve("w.db").toString(), "--type", "quantity=integer",
                f.toString());
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("rejected line 3, quantity: '1.5' in column quantity is not a whole number"), r[1]);

        String[] refused = run("import", "--workspace", tmp.resolve("w2.db").toString(), "--type", "amount=text",
                f.toString());
        assertEquals("1", refused[0]);
        assertTrue(refused[2].contains("orders.csv: column 'amount' is the amount, which must be a number; the type"
                + " 'text' cannot be used for it"), refused[2]);
    }

    @Test
    void aNegativeNearDuplicateWindowIsRefused() throws Exception {
        Path f = tmp.resolve("e.csv");
        Files.writeString(f, "customer_id,sku,timestamp\nC1,P1,2024-01-02\n");
        String[] r = run("import", "--workspace", tmp.resolve("w.db").toString(), "--near-duplicate-seconds", "-5",
                f.toString());
        assertEquals("1", r[0]);
        assertTrue(r[2].contains("--near-duplicate-seconds -5: use a whole number of seconds, 0 or more"), r[2]);
    }
}
