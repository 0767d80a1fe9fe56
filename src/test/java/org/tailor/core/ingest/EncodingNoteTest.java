package org.tailor.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An encoding the sniffer is not sure of is reported with its reason, the bytes counted and example lines. The
 * fixtures are written byte by byte (hex in the comments) so the counts can be checked by hand.
 */
class EncodingNoteTest {
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final Charset GBK = Charset.forName("GBK");
    private final DialectSniffer sniffer = new DialectSniffer();

    @TempDir
    Path tmp;

    /** Latin-1 customers: ü (FC), ö (F6) on line 2, é (E9) on line 4; no byte in 0x80-0x9F, none is UTF-8. */
    private static byte[] latin1() {
        return "customer_id,last_name,city\nK1,Müller,Köln\nK2,Dupont,Paris\nK3,Café Noir,Lyon\n"
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void latin1WithoutUtf8SequencesIsReadAsLatin1AndSaysWhy() {
        Dialect d = sniffer.sniff(latin1(), false);
        assertEquals(StandardCharsets.ISO_8859_1, d.charset());
        assertEquals(0.7, d.charsetConfidence(), 1e-9);
        EncodingNote note = d.encodingNote();
        assertNotNull(note);
        assertEquals(EncodingNote.Reason.LATIN_1, note.reason());
        assertEquals(3, note.nonAsciiBytes(), "ü, ö, é: one byte each");
        assertEquals(List.of(new EncodingNote.Example(2, "Müller"), new EncodingNote.Example(4, "Café Noir")),
                note.examples());
        assertEquals("encoding: read as ISO-8859-1 (70% sure) because it has 3 bytes above 0x7F and none of them"
                + " forms a UTF-8 character, so it is not UTF-8; none lies in 0x80-0x9F, so it is read as Latin-1"
                + " (windows-1252 reads these bytes the same way). Check the text: line 2: 'Müller'; line 4:"
                + " 'Café Noir'. If it looks wrong, choose the encoding: --encoding NAME (for example UTF-8,"
                + " windows-1252, ISO-8859-1 or GB18030) on the command line, or the Encoding box of the import"
                + " wizard.", note.message());
    }

    @Test
    void cp1252CurlyQuotesAndEuroAreWindows1252WithThreeExamples() {
        // line 2: “ (93) ” (94); line 4: è (E8) û (FB) é (E9) – (96); line 5: € (80); line 6: ï (EF)
        // bytes above 0x7F: 2 + 4 + 1 + 1 = 8; of them in 0x80-0x9F: 93, 94, 96, 80 = 4
        byte[] bytes = ("order_id;customer_id;note;amount\nO1;K1;“Summer Sale”;12\nO2;K2;plain;5\n"
                + "O3;K3;Crème brûlée – dessert;7\nO4;K4;gift card;€20\nO5;K5;naïve;3\n").getBytes(CP1252);
        assertEquals(0x80, bytes[bytes.length - 18] & 0xFF, "the € of line 5 is byte 0x80");
        Dialect d = sniffer.sniff(bytes, false);
        assertEquals(CP1252, d.charset());
        assertEquals(0.8, d.charsetConfidence(), 1e-9);
        EncodingNote note = d.encodingNote();
        assertEquals(EncodingNote.Reason.WINDOWS_1252, note.reason());
        assertEquals(8, note.nonAsciiBytes());
        assertEquals(4, note.evidence());
        assertEquals(List.of(new EncodingNote.Example(2, "“Summer Sale”"),
                new EncodingNote.Example(4, "Crème brûlée – dessert"), new EncodingNote.Example(5, "€20")),
                note.examples(), "at most three lines, the first ones");
        assertTrue(note.message().startsWith("encoding: read as windows-1252 (80% sure) because it has 8 bytes above"
                + " 0x7F and none of them forms a UTF-8 character, so it is not UTF-8; 4 bytes in 0x80-0x9F"
                + " (curly quotes, €, dashes)"), note.message());
        assertTrue(note.message().contains("Check the text: line 2: '“Summer Sale”'; line 4: 'Crème brûlée –"
                + " dessert'; line 5: '€20'."), note.message());
    }

    @Test
    void mostlyUtf8WithOneBadByteShowsTheBadLine() {
        // 20 lines with José in UTF-8 (é = C3 A9: 20 valid sequences, 40 bytes), then Müller in Latin-1 (FC):
        // 1 bad byte; 1 * 20 <= 20, so UTF-8 is kept at 0.8; bytes above 0x7F: 40 + 1 = 41
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("customer_id,first_name\n".getBytes(StandardCharsets.UTF_8));
        for (int i = 1; i <= 20; i++) {
            out.writeBytes(("C" + i + ",José\n").getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes("C21,Müller\n".getBytes(StandardCharsets.ISO_8859_1));
        Dialect d = sniffer.sniff(out.toByteArray(), false);
        assertEquals(StandardCharsets.UTF_8, d.charset());
        assertEquals(0.8, d.charsetConfidence(), 1e-9);
        EncodingNote note = d.encodingNote();
        assertEquals(EncodingNote.Reason.MOSTLY_UTF8, note.reason());
        assertEquals(41, note.nonAsciiBytes());
        assertEquals(1, note.evidence());
        // header is line 1, C1..C20 lines 2..21, C21 line 22
        assertEquals(List.of(new EncodingNote.Example(22, "M\uFFFDller")), note.examples());
        assertTrue(note.message().contains("most of its 41 bytes above 0x7F form UTF-8 characters, but 1 byte does"
                + " not; rows holding them are rejected"), note.message());
    }

    @Test
    void fewChineseCharactersInGbkAreAGuessWithAWarning() {
        // 北 = B1 B1, 京 = BE A9 in GBK: 4 high bytes, 2 pairs in A1..FE, none valid UTF-8.
        // share 4/4 = 1.0 but only 2 characters: confidence 0.6 + 0.03 * 2 = 0.66
        byte[] bytes = "customer_id,first_name,city\nC1,Wang,北京\nC2,Li,Shanghai\nC3,Zhang,Guangzhou\n".getBytes(GBK);
        Dialect d = sniffer.sniff(bytes, false);
        assertEquals("GB18030", d.charset().name());
        assertEquals(0.66, d.charsetConfidence(), 1e-9);
        EncodingNote note = d.encodingNote();
        assertEquals(EncodingNote.Reason.GB18030, note.reason());
        assertEquals(4, note.nonAsciiBytes());
        assertEquals(2, note.evidence());
        assertEquals(List.of(new EncodingNote.Example(2, "北京")), note.examples());
        assertTrue(note.message().startsWith("encoding: read as GB18030 (66% sure) because it has 4 bytes above 0x7F"
                + " and none of them forms a UTF-8 character; they pair up as 2 two-byte Chinese characters"
                + " (GBK/GB18030), too few to rule out accented Latin text (windows-1252)."), note.message());
    }

    @Test
    void manyChineseCharactersAreSureAndSilent() {
        // 9 characters (王小明 北京 李华 上海): at least 8, so the share (1.0) capped at 0.95 is the confidence
        byte[] bytes = "customer_id,first_name,city\nC1,王小明,北京\nC2,李华,上海\n".getBytes(GBK);
        Dialect d = sniffer.sniff(bytes, false);
        assertEquals("GB18030", d.charset().name());
        assertEquals(0.95, d.charsetConfidence(), 1e-9);
        assertNull(d.encodingNote());
    }

    @Test
    void validUtf8AndPlainAsciiHaveNoNote() {
        assertNull(sniffer.sniff("id,name\n1,Zoë\n".getBytes(StandardCharsets.UTF_8), false).encodingNote());
        Dialect ascii = sniffer.sniff("id,name\n1,Zoe\n".getBytes(StandardCharsets.UTF_8), false);
        assertEquals(0.9, ascii.charsetConfidence(), 1e-9);
        assertNull(ascii.encodingNote(), "0.9 is sure enough");
    }

    @Test
    void theImportReportAndPreviewCarryTheNoteAndAChosenEncodingSilencesIt() throws Exception {
        Path f = tmp.resolve("latin1.csv");
        Files.write(f, latin1());
        Path db = tmp.resolve("w.db");
        ImportReport r = Imports.run(db, f);
        assertEquals("ISO-8859-1", r.encoding());
        assertEquals(0.7, r.encodingConfidence(), 1e-9);
        ImportReport.Issue w = r.warnings().get(0);
        assertEquals(0, w.line(), "about the whole file");
        assertNull(w.column());
        assertTrue(w.message().startsWith("encoding: read as ISO-8859-1 (70% sure)"), w.message());
        assertEquals(w.message(), r.encodingWarning());
        assertEquals(1, r.warnings().size(), "reported once");
        assertEquals(List.of("Köln", "Paris", "Lyon"), Db.column(db, "SELECT city FROM customer ORDER BY id"));
        assertEquals("Müller", Db.one(db, "SELECT json_extract(attributes, '$.last_name') FROM customer"
                + " WHERE external_id = 'K1'"));

        ImportPreview p = new ImportService(PresetCatalog.builtIn()).preview(f, ImportOptions.defaults());
        assertEquals(EncodingNote.Reason.LATIN_1, p.encodingNote().reason());
        assertEquals(w.message(), p.warnings().get(0).message());

        ImportReport chosen = Imports.run(tmp.resolve("w2.db"), f, ImportOptions.defaults()
                .withEncoding("windows-1252"));
        assertEquals(1.0, chosen.encodingConfidence(), 1e-9);
        assertNull(chosen.encodingWarning(), "the user chose the encoding: nothing to warn about");
    }
}
