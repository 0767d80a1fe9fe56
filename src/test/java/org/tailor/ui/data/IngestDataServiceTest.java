package org.tailor.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tailor.core.store.InteractionRepository;
import org.tailor.core.store.Workspace;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;
import org.tailor.ui.common.ServiceException;

/** The Data screen's adapter over the real importer, on temporary workspaces and small invented files. */
class IngestDataServiceTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private static final String AMBIGUOUS = """
            order_id,customer_id,sku,quantity,order_date,
            O1,00017,P-1,1,03/04/2024,
            O2,00017,P-2,x,05/06/2024,
            O3,00042,P-1,2,07/08/2024,
            """;

    private static List<DataService.ColumnMapping> withDate(DataService.CsvPreview p, String format) {
        List<DataService.ColumnMapping> cols = new ArrayList<>();
        for (DataService.ColumnGuess g : p.columns()) {
            cols.add(new DataService.ColumnMapping(g.column(), g.role(), null,
                    g.column().equals("order_date") ? format : null, null));
        }
        return cols;
    }

    @Test
    void previewAsksAboutAmbiguousDatesWithBothReadingsAndChecksRowsOnceAnswered() throws Exception {
        Path f = write("orders.csv", AMBIGUOUS);
        try (Workspace ws = Workspace.open(dir.resolve("w.db"))) {
            IngestDataService s = new IngestDataService(ws);
            DataService.CsvPreview p = s.preview(DataService.PreviewRequest.of(f), Progress.NONE, Cancellation.NONE);
            assertEquals("UTF-8", p.encoding());
            assertEquals(",", p.delimiter());
            assertEquals("interactions", p.guessedEntity());
            assertEquals(1, p.dateQuestions().size());
            DataService.DateQuestion q = p.dateQuestions().get(0);
            assertEquals("order_date", q.column());
            assertEquals(List.of("dd/MM/yyyy", "MM/dd/yyyy"), q.formats());
            assertEquals(List.of("03/04/2024", "05/06/2024", "07/08/2024"), q.samples());
            assertEquals(List.of(LocalDate.of(2024, 4, 3), LocalDate.of(2024, 6, 5), LocalDate.of(2024, 8, 7)),
                    q.readings().get("dd/MM/yyyy"));
            assertEquals(List.of(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 5, 6), LocalDate.of(2024, 7, 8)),
                    q.readings().get("MM/dd/yyyy"));
            // the trailing empty header cell is renamed and reported
            assertEquals(6, p.headerChanges().get(0).column());
            assertEquals("", p.headerChanges().get(0).original());

            DataService.CsvPreview answered = s.preview(new DataService.PreviewRequest(f, null, null, null,
                    "interactions", withDate(p, "dd/MM/yyyy")), Progress.NONE, Cancellation.NONE);
            assertTrue(answered.dateQuestions().isEmpty());
            assertEquals(3, answered.rowsChecked());
            // only line 3 fails: quantity "x"
            assertEquals(1, answered.wouldFail().size());
            assertEquals(3, answered.wouldFail().get(0).line());
            assertEquals("quantity", answered.wouldFail().get(0).column());
            assertEquals(0, ws.count("interaction"), "a preview writes nothing");
        }
    }

    @Test
    void importHonoursTheDateAnswerAndReportsRulesAndExportsEveryRejectedRow() throws Exception {
        Path f = write("orders.csv", AMBIGUOUS);
        try (Workspace ws = Workspace.open(dir.resolve("w.db"))) {
            IngestDataService s = new IngestDataService(ws);
            DataService.CsvPreview p = s.preview(DataService.PreviewRequest.of(f), Progress.NONE, Cancellation.NONE);
            DataService.ImportReport r = s.importFiles(List.of(new DataService.ImportRequest(f, "interactions", null,
                    null, null, withDate(p, "MM/dd/yyyy"))), Progress.NONE, Cancellation.NONE);
            assertEquals(3, r.rowsRead());
            assertEquals(2, r.rowsStored());
            assertEquals(1, r.rowsRejected());
            assertEquals(1, r.importIds().size());
            assertTrue(r.rules().contains(new DataService.RuleCount("rejected", "", 1)), r.rules().toString());
            assertTrue(r.rules().contains(new DataService.RuleCount("nearDuplicates", "", 0)), r.rules().toString());
            Path out = dir.resolve("rejected.csv");
            assertEquals(1, s.exportRejected(r.importIds(), out, Progress.NONE, Cancellation.NONE));
            List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
            assertEquals("file,line,column,reason,raw", lines.get(0));
            assertTrue(lines.get(1).startsWith("orders.csv,3,quantity,"), lines.get(1));
            assertEquals(2, lines.size());
        }
    }

    @Test
    void forcedEncodingAndDelimiterRerunThePreview() throws Exception {
        // Latin-1 bytes: "Müller" with ü = 0xFC; semicolons
        Path f = dir.resolve("kunden.csv");
        Files.write(f, "customer_id;first_name\n7;M\u00fcller\n".getBytes(Charset.forName("ISO-8859-1")));
        try (Workspace ws = Workspace.open(dir.resolve("w.db"))) {
            IngestDataService s = new IngestDataService(ws);
            DataService.CsvPreview forced = s.preview(new DataService.PreviewRequest(f, "ISO-8859-1", ";", null, null,
                    List.of()), Progress.NONE, Cancellation.NONE);
            assertEquals("ISO-8859-1", forced.encoding());
            assertEquals(List.of("7", "M\u00fcller"), forced.rows().get(0));
            DataService.CsvPreview comma = s.preview(new DataService.PreviewRequest(f, "ISO-8859-1", ",", null, null,
                    List.of()), Progress.NONE, Cancellation.NONE);
            assertEquals(List.of("customer_id;first_name"), comma.header());
        }
    }

    @Test
    void savedPresetIsListedAndImportsAnotherFileTheSameWay() throws Exception {
        Path f = write("export-january.csv", "kunde;artikel;betrag\nK1;A1;1.250\nK2;A2;2.500\n");
        try (Workspace ws = Workspace.open(dir.resolve("w.db"))) {
            IngestDataService s = new IngestDataService(ws);
            List<DataService.ColumnMapping> cols = List.of(
                    new DataService.ColumnMapping("kunde", "customer_id", null, null, null),
                    new DataService.ColumnMapping("artikel", "sku", null, null, null),
                    new DataService.ColumnMapping("betrag", "amount", "decimal", null, "reject"));
            s.savePreset("shop", new DataService.ImportRequest(f, "interactions", null, null, null, cols));
            assertTrue(s.presets().contains("shop"));
            assertTrue(s.presets().contains("online-retail"));
            Path g = write("export-february.csv", "kunde;artikel;betrag\nK3;A1;3.750\n");
            DataService.ImportReport r = s.importFiles(List.of(new DataService.ImportRequest(g, null, "shop",
                    List.of())), Progress.NONE, Cancellation.NONE);
            assertEquals(1, r.rowsStored());
            assertEquals(1, ws.count("customer"));
            List<Double> amounts = new ArrayList<>();
            new InteractionRepository(ws).forEach(i -> amounts.add(i.amount()));
            // the saved "decimal" (point) override: 3.750 is 3.75; the ';' file alone would read 3750
            assertEquals(List.of(3.75), amounts);
        }
    }

    @Test
    void eraseRemovesTheCustomerAndAnUnknownIdIsAReadableError() throws Exception {
        Path f = write("orders.csv", "order_id,customer_id,sku,quantity\nO1,00017,P1,1\nO2,00017,P2,1\n"
                + "O3,00042,P1,1\n");
        try (Workspace ws = Workspace.open(dir.resolve("w.db"))) {
            IngestDataService s = new IngestDataService(ws);
            s.importFiles(List.of(new DataService.ImportRequest(f, null, null, List.of())), Progress.NONE,
                    Cancellation.NONE);
            // the customer row and its two interactions
            assertEquals(3, s.eraseCustomer("00017"));
            assertEquals(new DataService.WorkspaceCounts(1, 2, 1), s.counts());
            ServiceException e = assertThrows(ServiceException.class, () -> s.eraseCustomer("00017"));
            assertTrue(e.getMessage().contains("00017"), e.getMessage());
        }
    }
}
