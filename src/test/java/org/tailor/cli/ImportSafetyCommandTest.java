package org.tailor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workspace safety, erasure by exact id, rejects of unknown imports and all-rejected files, end to end. */
class ImportSafetyCommandTest {
    @TempDir
    Path tmp;

    private static List<String> column(Path db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }

    @Test
    void anotherApplicationsSqliteDatabaseIsRefusedAndLeftUnchanged() throws Exception {
        Path foreign = tmp.resolve("crm.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign.toAbsolutePath());
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT)");
        }
        Path f = tmp.resolve("ok.csv");
        Files.writeString(f, "customer_id,first_name\nc1,Ann\n");
        CliRunner r = CliRunner.run("import", "--workspace", foreign.toString(), f.toString());
        assertEquals(1, r.code());
        assertEquals("error: " + foreign + " is a SQLite database but not a"
                + " Tailor workspace (it holds people); choose another --workspace file", r.err().strip());
        assertEquals(List.of("people"), column(foreign, "SELECT name FROM sqlite_master WHERE type = 'table'"));
        Path junk = tmp.resolve("junk.db");
        Files.writeString(junk, "this is not a database at all, just some text that is long enough to be a page");
        CliRunner j = CliRunner.run("import", "--workspace", junk.toString(), f.toString());
        assertEquals(1, j.code());
        assertTrue(j.err().contains(junk + " is not a Tailor workspace: it is not a SQLite database file"), j.err());
        assertTrue(!j.err().contains("SQLITE_"), j.err());
    }

    @Test
    void erasingC1KeepsTheRejectedRowsOfC10() throws Exception {
        Path ws = tmp.resolve("w.db");
        Path f = tmp.resolve("erase.csv");
        Files.writeString(f, "customer_id,sku,order_id,order_date,quantity,unit_price\n"
                + "c1,S1,o1,2024-01-05,1,1\nc1,S1,o2,2024-01-05,bad,1\nc10,S1,o3,2024-01-05,bad,1\n"
                + "x,S1,o4,2024-01-05,bad,1 c1\nc11,S1,o5,2024-01-05,1,1\n");
        assertEquals(0, CliRunner.run("import", "--workspace", ws.toString(), f.toString()).code());
        CliRunner e = CliRunner.run("erase", "--workspace", ws.toString(), "c1");
        assertEquals(0, e.code(), e.err());
        // c1 has one interaction (o1) and one rejected row (line 3); c10's line 4 and x's line 5 stay
        assertTrue(e.out().startsWith("Erased customer c1: 3 rows removed (1 interactions, 0 campaign targets,"
                + " 1 rejected rows)"), e.out());
        assertEquals(List.of("4", "5"), column(ws, "SELECT line FROM rejected_row ORDER BY line"));
        assertEquals(List.of("c10", "x"), column(ws, "SELECT customer_id FROM rejected_row ORDER BY line"));
    }

    @Test
    void rejectsOfAnImportThatDoesNotExistSaySo() throws Exception {
        Path ws = tmp.resolve("w.db");
        Path f = tmp.resolve("ok.csv");
        Files.writeString(f, "customer_id,first_name\nc1,Ann\n");
        CliRunner.run("import", "--workspace", ws.toString(), f.toString());
        CliRunner r = CliRunner.run("rejects", "--workspace", ws.toString(), "--import", "999");
        assertEquals(1, r.code());
        assertEquals("error: import 999 does not exist in " + ws + "; its imports are 1", r.err().strip());
    }

    @Test
    void aFileWhoseEveryRowIsRejectedExitsOneAndKeepsTheRejectedRows() throws Exception {
        Path ws = tmp.resolve("w.db");
        Path f = tmp.resolve("bad.csv");
        Files.writeString(f, "customer_id,sku,order_id,order_date,quantity,unit_price\n"
                + ",S1,o1,2024-01-05,1,1\n,S1,o2,2024-01-05,1,1\n");
        CliRunner r = CliRunner.run("import", "--workspace", ws.toString(), "--json", f.toString());
        assertEquals(1, r.code());
        assertEquals("error: no row of bad.csv could be imported (2 rejected; see java -jar target/tailor.jar rejects --workspace " + ws
                + " --import 1)", r.err().strip());
        assertEquals(2, com.google.gson.JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonArray("files")
                .get(0).getAsJsonObject().getAsJsonArray("rejected").size());
        assertEquals(List.of("2", "3"), column(ws, "SELECT line FROM rejected_row ORDER BY line"));
    }

    @Test
    void badOptionsFailWithPlainMessages() throws Exception {
        Path ws = tmp.resolve("w.db");
        Path f = tmp.resolve("ok.csv");
        Files.writeString(f, "customer_id,first_name\nc1,Ann\n");
        CliRunner enc = CliRunner.run("import", "--workspace", ws.toString(), "--encoding", "NOPE-8", f.toString());
        assertEquals(1, enc.code());
        assertTrue(enc.err().startsWith("error: unknown encoding NOPE-8;"), enc.err());
        Path preset = tmp.resolve("broken.json");
        Files.writeString(preset, "{not json\n");
        CliRunner p = CliRunner.run("import", "--workspace", ws.toString(), "--preset", preset.toString(),
                f.toString());
        assertEquals(1, p.code());
        assertTrue(p.err().startsWith("error: preset " + preset + " is not valid JSON at line 1 column "), p.err());
        assertTrue(!p.err().contains("http") && !p.err().contains("gson"), p.err());
    }
}
