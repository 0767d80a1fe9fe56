package org.tailor.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DialectSnifferTest {
    private static final String PEOPLE = "customer_id;first_name;city\nK1;Zoë;Köln\nK2;José;Málaga\nK3;Ånä;Århus\n";
    private final DialectSniffer sniffer = new DialectSniffer();

    @TempDir
    Path tmp;

    private Dialect sniff(byte[] bytes) {
        return sniffer.sniff(bytes, false);
    }

    @ParameterizedTest
    @CsvSource({"UTF-8", "windows-1252", "ISO-8859-1", "UTF-16LE", "UTF-16BE"})
    void detectsEncodingWithoutMark(String charset) {
        Charset cs = Charset.forName(charset);
        String text = charset.equals("windows-1252") ? PEOPLE + "K4;Euro €;Paris\n" : PEOPLE;
        Dialect d = sniff(text.getBytes(cs));
        assertEquals(cs, d.charset());
        assertEquals(';', d.delimiter());
        assertTrue(d.charsetConfidence() > 0.5 && d.charsetConfidence() < 1.0);
    }

    @Test
    void detectsChineseSpreadsheetExportAsGb18030() {
        String text = "客户编号,姓名,城市\nC1,王小明,北京\nC2,李华,上海\nC3,张伟,广州\n";
        Dialect d = sniff(text.getBytes(Charset.forName("GB18030")));
        assertEquals("GB18030", d.charset().name());
        assertEquals(',', d.delimiter());
    }

    @Test
    void chineseFileImportsWithNamesIntact() throws IOException {
        Path f = tmp.resolve("gb.csv");
        Files.write(f, "customer_id,first_name,city\nC1,王小明,北京\nC2,李华,上海\n".getBytes(Charset.forName("GB18030")));
        Path db = tmp.resolve("w.db");
        ImportReport r = Imports.run(db, f);
        assertEquals("GB18030", r.encoding());
        assertEquals(List.of("王小明", "李华"), Db.column(db, "SELECT first_name FROM customer ORDER BY id"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '!', value = {",", ";", "tab", "|"})
    void detectsDelimiterEvenWithQuotedDelimitersInside(String name) {
        String delim = String.valueOf(Dialect.parseDelimiter(name));
        String d = delim;
        String text = "id" + d + "title" + d + "price\n1" + d + "\"Tea, green" + (d.equals(",") ? "" : d)
                + " tin\"" + d + "3.50\n2" + d + "\"Cup \"\"Big\"\"\"" + d + "4\n3" + d + "Pot" + d + "20\n";
        Dialect dialect = sniff(text.getBytes(StandardCharsets.UTF_8));
        assertEquals(delim.charAt(0), dialect.delimiter(), name);
        assertEquals(name, dialect.delimiterName());
    }

    @Test
    void titleLinesAboveTheHeaderAreSkipped() throws IOException {
        Path f = tmp.resolve("report.csv");
        Files.writeString(f, "Customer export\r\nGenerated 2024-03-01 by the shop\r\ncustomer_id,first_name,city\r\n"
                + "A1,Ana,Porto\nA2,Ben,\"Multi\nline\"\rA3,Cy,Oslo\r\n");
        Dialect d = sniffer.sniff(f);
        assertEquals(3, d.headerLine());
        assertTrue(d.hasHeader());
        Path db = tmp.resolve("w.db");
        ImportReport r = Imports.run(db, f);
        assertEquals(3, r.rowsRead());
        assertEquals(List.of("Porto", "Multi\nline", "Oslo"), Db.column(db, "SELECT city FROM customer ORDER BY id"));
    }

    @Test
    void headerlessNumericFileIsRecognised() {
        Dialect d = sniff("196\t242\t3\t881250949\n186\t302\t3\t891717742\n".getBytes(StandardCharsets.UTF_8));
        assertFalse(d.hasHeader());
        assertEquals('\t', d.delimiter());
    }

    @Test
    void gzipIsReadDirectly() throws IOException {
        Path f = tmp.resolve("c.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
            out.write("customer_id,city\nG1,Rome\nG2,Lima\n".getBytes(StandardCharsets.UTF_8));
        }
        Path db = tmp.resolve("w.db");
        assertEquals(2, Imports.run(db, f).customersAdded());
        assertEquals("Lima", Db.one(db, "SELECT city FROM customer WHERE external_id = 'G2'"));
    }
}
