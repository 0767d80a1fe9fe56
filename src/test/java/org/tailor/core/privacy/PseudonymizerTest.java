package org.tailor.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tailor.core.store.BatchWriter;
import org.tailor.core.store.Workspace;

class PseudonymizerTest {
    @Test
    void rfc4231TestCase2() {
        // RFC 4231 section 4.3: key "Jefe", data "what do ya want for nothing?"
        Pseudonymizer p = new Pseudonymizer("Jefe".getBytes(StandardCharsets.US_ASCII));
        assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                p.pseudonym("what do ya want for nothing?"));
    }

    @Test
    void exportReplacesIdsWithTheWorkspaceHmac(@TempDir Path dir) throws Exception {
        try (Workspace ws = Workspace.inMemory()) {
            ws.inTransaction(c -> {
                try (BatchWriter w = new BatchWriter(ws, null)) {
                    w.customer("00042", Map.of("gender", "F", "zip", "01730", "email", "ada@example.org"));
                }
                return null;
            });
            Path out = dir.resolve("p.csv");
            assertEquals(1, new PseudonymizedExport().write(ws, List.of("gender", "zip"), out));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(ws.pseudonymSecret(), "HmacSHA256"));
            String expected = HexFormat.of().formatHex(mac.doFinal("00042".getBytes(StandardCharsets.UTF_8)));
            List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
            assertEquals("pseudonym,gender,zip", lines.get(0));
            assertEquals(expected + ",F,01730", lines.get(1));
            assertFalse(Files.readString(out).contains("00042,"));
            assertThrows(IllegalArgumentException.class,
                    () -> new PseudonymizedExport().write(ws, List.of("email"), dir.resolve("q.csv")));
        }
    }

    @Test
    void exportRefusesUnknownColumnsAndEscapesEveryCellHeaderIncluded(@TempDir Path dir) throws Exception {
        try (Workspace ws = Workspace.inMemory()) {
            ws.inTransaction(c -> {
                try (BatchWriter w = new BatchWriter(ws, null)) {
                    w.customer("k1", Map.of("gender", "=1+2", "=evil", "@SUM(A1)"));
                }
                return null;
            });
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new PseudonymizedExport().write(ws, List.of("zipcode"), dir.resolve("x.csv")));
            assertEquals("Unknown export column 'zipcode': no customer has a value in that column. Valid columns:"
                    + " =evil, gender", e.getMessage());
            Path out = dir.resolve("p.csv");
            new PseudonymizedExport().write(ws, List.of("gender", "=evil"), out);
            List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
            assertEquals("pseudonym,gender,'=evil", lines.get(0));
            assertEquals(",'=1+2,'@SUM(A1)", lines.get(1).substring(64));   // after the 64 hex digits
        }
    }
}
