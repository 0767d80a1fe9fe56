package org.tailor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tailor.core.ingest.Entity;
import org.tailor.core.ingest.ImportOptions;
import org.tailor.core.ingest.Preset;
import org.tailor.core.ingest.PresetCatalog;
import org.tailor.core.ingest.WorkspacePresets;
import org.tailor.core.store.Workspace;

/** A mapping saved as a named preset in the workspace is found by {@code import --preset NAME}. */
class ImportWorkspacePresetTest {
    @TempDir
    Path tmp;

    @Test
    void savedPresetIsListedAndUsedByTheImportCommand() throws Exception {
        Path db = tmp.resolve("w.db");
        // Headers no guess maps: "kunde" and "artikel"; the day-first dates are ambiguous without the preset.
        Path f = tmp.resolve("bestellungen.csv");
        Files.writeString(f, "kunde;artikel;datum;betrag\nK-01;A7;03/04/2024;1.250\nK-02;A8;05/06/2024;2.500\n",
                StandardCharsets.UTF_8);
        try (Workspace ws = Workspace.open(db)) {
            ImportOptions chosen = ImportOptions.defaults().withEntity(Entity.INTERACTIONS)
                    .withMapping(Map.of("kunde", "customer_id", "artikel", "sku", "datum", "timestamp",
                            "betrag", "amount"))
                    .withTypes(Map.of("datum", "date:dd/MM/yyyy", "betrag", "decimal"));
            WorkspacePresets saved = new WorkspacePresets(ws);
            saved.save(WorkspacePresets.fromOptions("shop-de", "German shop export", chosen));
            assertEquals(List.of("shop-de"), saved.names());
            PresetCatalog catalog = saved.catalog(PresetCatalog.builtIn());
            Preset p = catalog.get("shop-de");
            assertEquals("customer_id", p.files().get(0).mapping().get("kunde"));
            assertEquals(PresetCatalog.BUILT_IN.size() + 1, catalog.all().size());
        }
        CliRunner r = CliRunner.run("import", "--workspace", db.toString(), "--preset", "shop-de", "--json",
                f.toString());
        assertEquals(0, r.code(), r.err());
        JsonObject file = JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonArray("files").get(0)
                .getAsJsonObject();
        assertEquals(2, file.getAsJsonObject("stored").get("interactions").getAsInt());
        assertEquals("shop-de", file.get("preset").getAsString());
        assertEquals("dd/MM/yyyy", file.getAsJsonObject("dateFormats").get("datum").getAsString());
        try (Workspace ws = Workspace.open(db)) {
            assertEquals(2, ws.count("customer"));
        }
        CliRunner unknown = CliRunner.run("import", "--workspace", db.toString(), "--preset", "nope", f.toString());
        assertTrue(unknown.code() != 0 && unknown.err().contains("shop-de"), unknown.err());
    }
}
