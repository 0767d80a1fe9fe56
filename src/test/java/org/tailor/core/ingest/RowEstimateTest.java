package org.tailor.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The row estimate against the known row count of files past the measured first megabyte, in the shapes that
 * fooled the character count of the sample (quoted fields and CRLF: 22% high; three-byte Chinese characters).
 */
class RowEstimateTest {
    @TempDir
    Path tmp;

    private static final int ROWS = 60_000;

    private static String row(Random r, int i, boolean quoted, boolean chinese) {
        String name = chinese ? "客户" + "张王李赵".charAt(r.nextInt(4)) + "先生" : "Customer " + r.nextInt(1000);
        String[] f = {"C" + r.nextInt(50_000), "SKU-" + r.nextInt(9_000), name, "2024-0" + (1 + r.nextInt(9)) + "-1"
                + r.nextInt(10), Integer.toString(r.nextInt(500))};
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < f.length; k++) {
            b.append(k == 0 ? "" : ",").append(quoted ? "\"" + f[k] + "\"" : f[k]);
        }
        return b.toString();
    }

    private Path write(String name, boolean quoted, boolean chinese, String eol, boolean gzip) throws IOException {
        return write(name, quoted, chinese, eol, gzip, ROWS);
    }

    private Path write(String name, boolean quoted, boolean chinese, String eol, boolean gzip, int rows)
            throws IOException {
        Random r = new Random(name.hashCode());
        StringBuilder text = new StringBuilder("customer_id,sku,name,date,amount").append(eol);
        for (int i = 0; i < rows; i++) {
            text.append(row(r, i, quoted, chinese)).append(eol);
        }
        Path p = tmp.resolve(name);
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        if (gzip) {
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
                out.write(bytes);
            }
        } else {
            Files.write(p, bytes);
        }
        return p;
    }

    private static List<Long> lines(int n, int perRecord) {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(2L + (long) i * perRecord);
        }
        return out;
    }

    private static void within(long expected, long actual, double share) {
        assertTrue(Math.abs(actual - expected) <= expected * share,
                "estimate " + actual + " for " + expected + " rows (allowed " + share * 100 + "%)");
    }

    @Test
    void quotedCrlfChineseAndGzippedFilesAreEstimatedWithinAFewPercent() throws IOException {
        for (boolean quoted : new boolean[] {false, true}) {
            for (boolean chinese : new boolean[] {false, true}) {
                Path f = write("f-" + quoted + chinese + ".csv", quoted, chinese, "\r\n", false);
                assertTrue(Files.size(f) > RowEstimate.HEAD, "the file must be larger than the measured head");
                within(ROWS, RowEstimate.of(f, false, Files.size(f), lines(1000, 1)), 0.03);
            }
        }
        Path gz = write("f.csv.gz", false, false, "\n", true);
        within(ROWS, RowEstimate.of(gz, true, Files.size(gz), lines(1000, 1)), 0.03);
        // past a megabyte compressed: the size is scaled by the first megabyte's ratio
        Path big = write("big.csv.gz", true, false, "\n", true, 400_000);
        assertTrue(Files.size(big) > RowEstimate.HEAD, "the compressed file must be larger than the measured head");
        within(400_000, RowEstimate.of(big, true, Files.size(big), lines(1000, 1)), 0.10);
    }

    @Test
    void recordsSpanningTwoLinesCountOnce() throws IOException {
        // every record holds a quoted two-line note: 2 physical lines per record
        StringBuilder text = new StringBuilder("id,note\n");
        for (int i = 0; i < ROWS; i++) {
            text.append("C").append(i).append(",\"first line of a long note ").append(i).append("\nsecond line\"\n");
        }
        Path f = tmp.resolve("notes.csv");
        Files.writeString(f, text);
        within(ROWS, RowEstimate.of(f, false, Files.size(f), lines(1000, 2)), 0.03);
        assertEquals(-1, RowEstimate.of(tmp.resolve("missing.csv"), false, 10, lines(1, 1)));
    }
}
