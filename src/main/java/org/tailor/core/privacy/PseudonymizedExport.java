package org.tailor.core.privacy;

import org.tailor.core.export.CsvCells;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tailor.core.store.Workspace;

/**
 * Exports the customer table with the id replaced by its pseudonym and only the chosen columns. Direct identifiers
 * (first_name, email, phone) are refused as columns: a pseudonymized export that still names people is not one.
 * Unknown columns are refused ({@link QuasiColumns}). Every cell, the header included (attribute keys come from
 * imported files), goes through {@link CsvCells#safe}; the pseudonym is hex and always safe.
 */
public final class PseudonymizedExport {
    static final Set<String> DIRECT_IDENTIFIERS = Set.of("first_name", "email", "phone");

    /** Writes the CSV and returns the number of customers written. */
    public int write(Workspace ws, List<String> columns, Path out) {
        for (String c : columns) {
            if (DIRECT_IDENTIFIERS.contains(c)) {
                throw new IllegalArgumentException("Column " + c + " identifies a person directly and cannot be"
                        + " part of a pseudonymized export");
            }
        }
        Pseudonymizer p = new Pseudonymizer(ws.pseudonymSecret());
        List<QuasiRecord> records = CustomerRecords.load(ws);
        new QuasiColumns(records).requireAll(columns, "export column");
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            CsvWriter csv = CsvWriter.builder().build(w);
            List<String> header = new ArrayList<>(List.of("pseudonym"));
            columns.forEach(c -> header.add(CsvCells.safe(c)));
            csv.writeRecord(header);
            for (QuasiRecord r : records) {
                List<String> row = new ArrayList<>(List.of(p.pseudonym(r.id())));
                for (String c : columns) {
                    String v = r.values().get(c);
                    row.add(CsvCells.safe(v == null ? "" : v));
                }
                csv.writeRecord(row);
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + out + ": " + e.getMessage(), e);
        }
        return records.size();
    }
}
