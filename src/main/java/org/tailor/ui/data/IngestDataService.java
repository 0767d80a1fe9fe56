package org.tailor.ui.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tailor.core.ingest.Entity;
import org.tailor.core.ingest.Field;
import org.tailor.core.ingest.ImportException;
import org.tailor.core.ingest.ImportOptions;
import org.tailor.core.ingest.ImportPreview;
import org.tailor.core.ingest.ImportService;
import org.tailor.core.ingest.PresetCatalog;
import org.tailor.core.store.RejectedRowRepository;
import org.tailor.core.store.Workspace;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;
import org.tailor.ui.common.ServiceException;

/**
 * The Data screen over the importer ({@code core.ingest}). A request with a preset imports with the preset (the
 * preview's mapping is then only a preview); without one, the edited column roles are passed as the mapping.
 * Value types are detected per column by the importer; the type column shows what it detected.
 */
public final class IngestDataService implements DataService {
    private final Workspace workspace;
    private final ImportService importer;
    private final WorkspaceDataService counts;

    public IngestDataService(Workspace workspace) {
        this.workspace = workspace;
        this.importer = new ImportService(PresetCatalog.builtIn());
        this.counts = new WorkspaceDataService(workspace);
    }

    @Override
    public List<String> entities() {
        return counts.entities();
    }

    @Override
    public List<String> presets() {
        return PresetCatalog.BUILT_IN;
    }

    @Override
    public List<String> roles(String entity) {
        List<String> roles = new ArrayList<>();
        Entity e = Entity.parse(entity);
        for (Field f : Field.values()) {
            boolean fits = switch (e) {
                case CUSTOMERS -> f == Field.CUSTOMER_ID || f.isCustomerField();
                case ITEMS -> f == Field.SKU || f.isItemField();
                case INTERACTIONS -> true;
            };
            if (fits) {
                roles.add(f.key());
            }
        }
        roles.add("attribute");
        roles.add("ignore");
        return roles;
    }

    @Override
    public List<String> types() {
        return List.of("text", "id", "integer", "number", "decimal", "date", "boolean", "empty");
    }

    @Override
    public CsvPreview preview(Path file, int maxRows, Progress progress, Cancellation cancel) {
        try {
            ImportPreview p = importer.preview(file, ImportOptions.defaults());
            List<String> header = p.columns().stream().map(ImportPreview.Column::name).toList();
            List<ColumnGuess> guesses = p.columns().stream()
                    .map(c -> new ColumnGuess(c.name(), c.field(), c.type().toLowerCase(Locale.ROOT),
                            c.fieldConfidence()))
                    .toList();
            List<List<String>> rows = p.rows().subList(0, Math.min(maxRows, p.rows().size()));
            return new CsvPreview(file, p.encoding(), p.delimiter(), header, rows, p.entity(), guesses);
        } catch (ImportException e) {
            throw new ServiceException(e.getMessage(), e);
        }
    }

    @Override
    public ImportReport importFiles(List<ImportRequest> requests, Progress progress, Cancellation cancel) {
        long read = 0;
        long stored = 0;
        long rejectedCount = 0;
        List<RejectedRow> rejected = new ArrayList<>();
        RejectedRowRepository rejects = new RejectedRowRepository(workspace);
        for (int i = 0; i < requests.size(); i++) {
            ImportRequest r = requests.get(i);
            int index = i;
            Progress part = (f, m) -> progress.report((index + Math.max(0, f)) / requests.size(), m);
            try {
                org.tailor.core.ingest.ImportReport rep = importer.importFile(workspace, r.file(), options(r), part,
                        cancel);
                read += rep.rowsRead();
                stored += storedRows(rep);
                rejectedCount += rep.rejectedCount();
                for (RejectedRowRepository.RejectedRow row : rejects.findByImport(rep.importId())) {
                    rejected.add(new RejectedRow(row.fileName(), row.line(), row.column(), row.reason()));
                }
            } catch (ImportException e) {
                throw new ServiceException(e.getMessage(), e);
            }
        }
        return new ImportReport(read, stored, rejectedCount, rejected);
    }

    /** Rows of the file that were stored as what the file holds (not the customers and items they created). */
    private static long storedRows(org.tailor.core.ingest.ImportReport rep) {
        return switch (Entity.parse(rep.entity())) {
            case CUSTOMERS -> rep.customersAdded() + rep.customersUpdated();
            case ITEMS -> rep.itemsAdded();
            case INTERACTIONS -> rep.interactionsAdded();
        };
    }

    private static ImportOptions options(ImportRequest r) {
        if (r.preset() != null && !r.preset().isBlank()) {
            return ImportOptions.preset(r.preset());
        }
        ImportOptions o = ImportOptions.defaults();
        if (r.entity() != null) {
            o = o.withEntity(Entity.parse(r.entity()));
        }
        if (!r.columns().isEmpty()) {
            Map<String, String> mapping = new LinkedHashMap<>();
            for (ColumnMapping c : r.columns()) {
                if (c.role() != null && !c.role().equals("attribute") && !c.role().equals("genre flag")) {
                    mapping.put(c.column(), c.role());
                }
            }
            o = o.withMapping(mapping);
        }
        return o;
    }

    @Override
    public WorkspaceCounts counts() {
        return counts.counts();
    }

    @Override
    public void exportRejected(List<RejectedRow> rows, Path out, Progress progress, Cancellation cancel) {
        counts.exportRejected(rows, out, progress, cancel);
    }
}
