package org.tailor.core;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test-only reader for the small case CSVs in ../shared/cases (the real importer is tested elsewhere). */
public final class CaseCsv {
    private CaseCsv() {
    }

    public static Path path(String caseDir, String file) {
        return Path.of("..", "shared", "cases", caseDir, file);
    }

    /** Rows as header-name to raw text, in file order. */
    public static List<Map<String, String>> read(String caseDir, String file) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> r = CsvReader.builder().ofNamedCsvRecord(path(caseDir, file))) {
            for (NamedCsvRecord rec : r) {
                rows.add(new LinkedHashMap<>(rec.getFieldsAsMap()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
