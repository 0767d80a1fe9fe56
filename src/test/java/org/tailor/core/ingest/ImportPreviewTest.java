package org.tailor.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportPreviewTest {
    private final ImportService service = new ImportService(PresetCatalog.builtIn());

    @TempDir
    Path tmp;

    @Test
    void previewGuessesRolesAndTypesAndListsFailingRowsWithoutWriting() throws IOException {
        Path f = tmp.resolve("orders.csv");
        Files.writeString(f, "Order No;Customer;Product;Date;Qty;Total\n"
                + "A1;00042;P-1;03.10.2023;2;12,50 €\n"
                + "A2;00043;P-2;30.09.2023;x;5,00 €\n"
                + "A3;;P-1;01.10.2023;1;7,10 €\n");
        ImportPreview p = service.preview(f, ImportOptions.defaults());
        assertEquals("interactions", p.entity());
        assertEquals(";", p.delimiter());
        List<String> fields = p.columns().stream().map(ImportPreview.Column::field).toList();
        assertEquals(List.of("order_id", "customer_id", "sku", "timestamp", "value", "amount"), fields);
        List<String> types = p.columns().stream().map(ImportPreview.Column::type).toList();
        assertEquals(List.of("text", "text", "text", "date", "integer", "decimal"), types);
        assertEquals("dd.MM.yyyy", p.dateFormats().get("Date"));
        assertEquals(3, p.rows().size());
        // line 3: Qty 'x' is not a number; line 4: no customer id
        assertEquals(List.of(3L, 4L), p.wouldFail().stream().map(ImportReport.Issue::line).toList());
        assertEquals("Qty", p.wouldFail().get(0).column());
        assertTrue(p.columns().get(1).fieldConfidence() > 0.9);
    }

    @Test
    void previewReportsAmbiguousDatesInsteadOfFailing() {
        ImportPreview p = service.preview(Imports.caseFile("BL-04", "orders_all_ambiguous.csv"),
                ImportOptions.defaults());
        assertEquals(List.of("dd/MM/yyyy", "MM/dd/yyyy"), p.ambiguousDates().get("order_date"));
    }

    @Test
    void presetCatalogHasTheBuiltInsAndSavesAMappingAsJson() throws IOException {
        PresetCatalog c = PresetCatalog.builtIn();
        assertEquals(PresetCatalog.BUILT_IN, c.all().stream().map(Preset::name).toList());
        Preset mine = new Preset("my-shop", "test", List.of(FileSpec.empty().overriddenBy(
                ImportOptions.defaults().withEntity(Entity.CUSTOMERS).asSpec())));
        Path json = tmp.resolve("my-shop.json");
        Files.writeString(json, PresetCatalog.toJson(mine));
        assertEquals("customers", c.with(json).get("my-shop").files().get(0).entity());
    }
}
