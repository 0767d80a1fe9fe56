package org.tailor.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The record reader against FastCSV, an independent RFC 4180 reader, on a large random file: fields of every
 * length (so that many cross the reader's 64 K character buffer), quoted fields with delimiters, doubled quotes
 * and line breaks, empty fields, and LF or CRLF line ends. Record by record, field by field, and line numbers.
 */
class CsvParserReferenceTest {
    @Test
    void agreesWithFastCsvOnARandomFileOfWellFormedRecords() throws IOException {
        for (char delimiter : new char[] {',', ';', '\t', '|'}) {
            String text = randomCsv(new Random(delimiter), delimiter, 6000);
            List<List<String>> expected = new ArrayList<>();
            List<Long> expectedLines = new ArrayList<>();
            try (CsvReader<CsvRecord> r = CsvReader.builder().fieldSeparator(delimiter).skipEmptyLines(false)
                    .ofCsvRecord(text)) {
                for (CsvRecord rec : r) {
                    expected.add(rec.getFields());
                    expectedLines.add(rec.getStartingLineNumber());
                }
            }
            CsvParser p = new CsvParser(new StringReader(text), delimiter);
            p.expect(5);
            int i = 0;
            while (p.next()) {
                assertNull(p.problem(), "record " + i);
                assertEquals(expected.get(i), p.fields(), "record " + i + " with delimiter " + delimiter);
                assertEquals(expectedLines.get(i), p.startLine(), "line of record " + i);
                i++;
            }
            assertEquals(expected.size(), i);
            assertFalse(expected.isEmpty());
        }
    }

    private static String randomCsv(Random r, char delimiter, int records) {
        String plain = "abcXYZ 019-_.é中€";
        StringBuilder sb = new StringBuilder();
        for (int rec = 0; rec < records; rec++) {
            for (int f = 0; f < 5; f++) {
                if (f > 0) {
                    sb.append(delimiter);
                }
                int len = r.nextInt(10) == 0 ? r.nextInt(300) : r.nextInt(12);
                if (r.nextInt(6) == 0) {
                    sb.append('"');
                    for (int k = 0; k < len; k++) {
                        int pick = r.nextInt(40);
                        sb.append(pick == 0 ? "\"\"" : pick == 1 ? String.valueOf(delimiter) : pick == 2 ? "\n"
                                : pick == 3 ? "\r\n" : String.valueOf(plain.charAt(r.nextInt(plain.length()))));
                    }
                    sb.append('"');
                } else {
                    for (int k = 0; k < len; k++) {
                        sb.append(plain.charAt(r.nextInt(plain.length())));
                    }
                }
            }
            sb.append(r.nextBoolean() ? "\n" : "\r\n");
        }
        return sb.toString();
    }
}
