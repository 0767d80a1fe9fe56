package org.tailor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
    private static final Path CASES = Path.of("../shared/cases");

    @TempDir
    Path tmp;

    private String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TailorCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void jsonReportListsDialectCountsAndEveryRejectedRow() throws Exception {
        Path f = tmp.resolve("orders.csv");
        Files.writeString(f, "order_id,customer_id,sku,order_date,quantity,amount\n"
                + "O1,C1,P1,2024-01-02,1,9.50\nO2,,P2,2024-01-03,1,3.00\nO3,C2,P1,2024-13-40,1,2.00\n");
        String[] r = run("import", "--workspace", tmp.resolve("w.db").toString(), "--json", f.toString());
        assertEquals("0", r[0], r[2]);
        JsonObject file = JsonParser.parseString(r[1]).getAsJsonObject().getAsJsonArray("files").get(0)
                .getAsJsonObject();
        assertEquals("UTF-8", file.get("encoding").getAsString());
        assertEquals(",", file.get("delimiter").getAsString());
        assertEquals(3, file.get("rowsRead").getAsLong());
        assertEquals(1, file.getAsJsonObject("stored").get("interactions").getAsLong());
        assertEquals(1, file.getAsJsonObject("stored").get("customers").getAsLong());
        assertEquals(0, file.get("duplicatesSkipped").getAsLong());
        JsonArray rejected = file.getAsJsonArray("rejected");
        assertEquals(2, rejected.size());
        assertEquals(3, rejected.get(0).getAsJsonObject().get("line").getAsLong());
        assertEquals("customer_id", rejected.get(0).getAsJsonObject().get("column").getAsString());
        assertEquals(4, rejected.get(1).getAsJsonObject().get("line").getAsLong());
        assertEquals("order_date", rejected.get(1).getAsJsonObject().get("column").getAsString());
    }

    @Test
    void ambiguousDatesFailNamingFileColumnAndBothFormatsUnlessGiven() {
        Path f = CASES.resolve("BL-04-mixed-day-month-dates/orders_all_ambiguous.csv");
        String db = tmp.resolve("w.db").toString();
        String[] r = run("import", "--workspace", db, f.toString());
        assertEquals("1", r[0]);
        assertTrue(r[2].contains("orders_all_ambiguous.csv") && r[2].contains("order_date")
                && r[2].contains("dd/MM/yyyy") && r[2].contains("MM/dd/yyyy"), r[2]);
        String[] ok = run("import", "--workspace", db, "--date-format", "MM/dd/yyyy", f.toString());
        assertEquals("0", ok[0], ok[2]);
        assertTrue(ok[1].contains("date column order_date read as MM/dd/yyyy"), ok[1]);
    }

    @Test
    void rejectsExportAsCsvAndEraseRemovesCustomer() throws Exception {
        String db = tmp.resolve("w.db").toString();
        Path f = tmp.resolve("c.csv");
        Files.writeString(f, "customer_id,age\nA1,31\nA2,=1+1\nA3,40\n");
        assertEquals("0", run("import", "--workspace", db, "--as", "customers", f.toString())[0]);
        Path out = tmp.resolve("rejects.csv");
        String[] rejects = run("rejects", "--workspace", db, "--out", out.toString());
        assertEquals("0", rejects[0]);
        assertEquals("Wrote 1 rejected row to " + out, rejects[1].strip());
        List<String> lines = Files.readAllLines(out);
        assertEquals("import_id,file,line,column,reason,raw", lines.get(0));
        assertEquals("1,c.csv,3,age,'=1+1' is not a whole number,\"A2,=1+1\"", lines.get(1));
        assertEquals(2, lines.size());
        String[] erased = run("erase", "--workspace", db, "A1");
        assertEquals("0", erased[0], erased[2]);
        assertTrue(erased[1].startsWith("Erased customer A1: 1 rows removed"), erased[1]);
        assertEquals("1", run("erase", "--workspace", db, "A1")[0]);
    }

    @Test
    void benchImportRunsOnASmallFile() {
        String[] r = run("bench", "import", "--rows", "2000", "--dir", tmp.toString());
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("tailor import: 2,000 rows"), r[1]);
        assertTrue(r[1].contains("2,000 interactions"), r[1]);
    }
}
