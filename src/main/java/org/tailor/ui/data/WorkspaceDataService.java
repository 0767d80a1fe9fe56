package org.tailor.ui.data;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.tailor.core.export.CsvCells;
import org.tailor.core.store.Workspace;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;
import org.tailor.ui.common.NotAvailableException;

/**
 * The part of {@link DataService} the foundation already provides: workspace counts and the rejected-rows export.
 * Preview and import wait for {@code core.ingest} (the lead wires them; until then they say "not available").
 */
public final class WorkspaceDataService implements DataService {
    private final Workspace workspace;

    public WorkspaceDataService(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public List<String> entities() {
        return List.of("customers", "items", "interactions");
    }

    @Override
    public List<String> presets() {
        return List.of();
    }

    @Override
    public List<String> roles(String entity) {
        return List.of("ignore");
    }

    @Override
    public List<String> types() {
        return List.of("text", "integer", "decimal", "date");
    }

    @Override
    public CsvPreview preview(PreviewRequest request, Progress progress, Cancellation cancel) {
        throw new NotAvailableException("feature.import");
    }

    @Override
    public void savePreset(String name, ImportRequest request) {
        throw new NotAvailableException("feature.import");
    }

    @Override
    public long exportRejected(List<Long> importIds, Path out, Progress progress, Cancellation cancel) {
        throw new NotAvailableException("feature.import");
    }

    @Override
    public long eraseCustomer(String externalId) {
        throw new NotAvailableException("feature.import");
    }

    @Override
    public ImportReport importFiles(List<ImportRequest> requests, Progress progress, Cancellation cancel) {
        throw new NotAvailableException("feature.import");
    }

    @Override
    public WorkspaceCounts counts() {
        return new WorkspaceCounts(workspace.count("customer"), workspace.count("item"), workspace.count("interaction"));
    }

    /** Writes the listed rejected rows as UTF-8 CSV with header {@code file,line,column,reason}. */
    public void exportRows(List<RejectedRow> rows, Path out, Progress progress, Cancellation cancel) {
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8); CsvWriter csv = CsvWriter.builder().build(w)) {
            csv.writeRecord("file", "line", "column", "reason");
            int n = 0;
            for (RejectedRow r : rows) {
                cancel.check();
                csv.writeRecord(CsvCells.safe(r.file()), Long.toString(r.line()), CsvCells.safe(r.column()),
                        CsvCells.safe(r.reason()));
                progress.report(++n / (double) rows.size(), null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + out + ": " + e.getMessage(), e);
        }
    }
}
