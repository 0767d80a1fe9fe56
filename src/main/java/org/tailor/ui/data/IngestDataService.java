package org.tailor.ui.data;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tailor.core.export.CsvCells;
import org.tailor.core.ingest.CleaningCounts;
import org.tailor.core.ingest.DialectSniffer;
import org.tailor.core.ingest.EncodingNote;
import org.tailor.core.ingest.Entity;
import org.tailor.core.ingest.Field;
import org.tailor.core.ingest.ImportException;
import org.tailor.core.ingest.ImportService;
import org.tailor.core.ingest.PresetCatalog;
import org.tailor.core.ingest.WorkspacePresets;
import org.tailor.core.store.CustomerEraser;
import org.tailor.core.store.DataStoreException;
import org.tailor.core.store.RejectedRowRepository;
import org.tailor.core.store.Workspace;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;
import org.tailor.ui.common.ServiceException;

/**
 * The Data screen over the importer ({@code core.ingest}): previews with the chosen dialect and mapping, imports
 * with the edited roles, type overrides, date answers and missing-value policies laid over the preset (if any),
 * saves mappings as workspace presets, exports every rejected row of an import and erases customers.
 */
public final class IngestDataService implements DataService {
    /** How many rejected rows one import lists on screen; all of them can be exported. */
    static final int LISTED_REJECTS = 5000;

    private final Workspace workspace;
    private final WorkspaceDataService counts;

    public IngestDataService(Workspace workspace) {
        this.workspace = workspace;
        this.counts = new WorkspaceDataService(workspace);
    }

    private ImportService importer() {
        return new ImportService(new WorkspacePresets(workspace).catalog(PresetCatalog.builtIn()));
    }

    @Override
    public List<String> entities() {
        return counts.entities();
    }

    @Override
    public List<String> presets() {
        List<String> names = new ArrayList<>(PresetCatalog.BUILT_IN);
        new WorkspacePresets(workspace).names().stream().filter(n -> !names.contains(n)).forEach(names::add);
        return names;
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
        return List.of("text", "integer", "decimal", "decimal-comma", "boolean", "date", "empty");
    }

    @Override
    public CsvPreview preview(PreviewRequest r, Progress progress, Cancellation cancel) {
        try {
            return PreviewMapper.map(r.file(), importer().preview(r.file(),
                    WizardOptions.of(r.preset(), r.entity(), r.encoding(), r.delimiter(), r.columns())));
        } catch (ImportException | IllegalArgumentException e) {
            throw new ServiceException(e.getMessage(), e);
        }
    }

    @Override
    public ImportReport importFiles(List<ImportRequest> requests, Progress progress, Cancellation cancel) {
        long read = 0;
        long stored = 0;
        long rejectedCount = 0;
        List<RejectedRow> rejected = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        Map<String, Long> rules = new LinkedHashMap<>();
        List<FileEncodingNote> notes = new ArrayList<>();
        Integer window = null;
        RejectedRowRepository rejects = new RejectedRowRepository(workspace);
        ImportService importer = importer();
        for (int i = 0; i < requests.size(); i++) {
            ImportRequest r = requests.get(i);
            int index = i;
            Progress part = (f, m) -> progress.report((index + Math.max(0, f)) / requests.size(), m);
            try {
                org.tailor.core.ingest.ImportReport rep = importer.importFile(workspace, r.file(),
                        WizardOptions.of(r), part, cancel);
                ids.add(rep.importId());
                read += rep.rowsRead();
                stored += storedRows(rep);
                rejectedCount += rep.rejectedCount();
                // the window the first file was checked with (the one sent, else its preset's, else the default)
                window = window == null ? Integer.valueOf((int) rep.nearDuplicateSeconds()) : window;
                rep.rules().forEach((k, v) -> rules.merge(k, v, Long::sum));
                encodingNote(r.file(), rep).ifPresent(notes::add);
                rejects.forEach(rep.importId(), row -> {
                    if (rejected.size() < LISTED_REJECTS) {
                        rejected.add(new RejectedRow(row.fileName(), row.line(), row.column(), row.reason()));
                    }
                });
            } catch (ImportException | IllegalArgumentException e) {
                throw new ServiceException(e.getMessage(), e);
            }
        }
        return new ImportReport(read, stored, rejectedCount, rejected, ids, ruleCounts(rules), notes, window);
    }

    /**
     * Why the importer read a file in an encoding it was not sure of: the report carries it as text, the screen
     * needs its parts (to show it in the UI language), so the file's head is sniffed again (256 KB at most).
     */
    private static java.util.Optional<FileEncodingNote> encodingNote(Path file,
                                                                     org.tailor.core.ingest.ImportReport rep) {
        if (rep.encodingWarning() == null) {
            return java.util.Optional.empty();
        }
        EncodingNote note = new DialectSniffer().sniff(file).encodingNote();
        return note == null || !note.charset().equals(rep.encoding()) ? java.util.Optional.empty()
                : java.util.Optional.of(new FileEncodingNote(file.getFileName().toString(), note));
    }

    private static List<RuleCount> ruleCounts(Map<String, Long> rules) {
        List<RuleCount> out = new ArrayList<>();
        rules.forEach((k, v) -> {
            if (k.startsWith(CleaningCounts.MISSING_PREFIX)) {
                out.add(new RuleCount("missing", k.substring(CleaningCounts.MISSING_PREFIX.length()), v));
            } else {
                out.add(new RuleCount(k, "", v));
            }
        });
        return out;
    }

    /** Rows of the file that were stored as what the file holds (not the customers and items they created). */
    private static long storedRows(org.tailor.core.ingest.ImportReport rep) {
        return switch (Entity.parse(rep.entity())) {
            case CUSTOMERS -> rep.customersAdded() + rep.customersUpdated();
            case ITEMS -> rep.itemsAdded();
            case INTERACTIONS -> rep.interactionsAdded();
        };
    }

    @Override
    public void savePreset(String name, ImportRequest request) {
        try {
            new WorkspacePresets(workspace).save(WorkspacePresets.fromOptions(name.strip(),
                    "Saved from the mapping of " + request.file().getFileName(), WizardOptions.of(request)
                            .withPreset(null)));
        } catch (ImportException | IllegalArgumentException e) {
            throw new ServiceException(e.getMessage(), e);
        }
    }

    @Override
    public WorkspaceCounts counts() {
        return counts.counts();
    }

    @Override
    public long exportRejected(List<Long> importIds, Path out, Progress progress, Cancellation cancel) {
        RejectedRowRepository repo = new RejectedRowRepository(workspace);
        long[] n = new long[1];
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             CsvWriter csv = CsvWriter.builder().build(w)) {
            csv.writeRecord("file", "line", "column", "reason", "raw");
            for (Long id : importIds) {
                repo.forEach(id, row -> {
                    if ((++n[0] & 1023) == 0) {
                        cancel.check();
                        progress.report(-1, null);
                    }
                    csv.writeRecord(CsvCells.safe(row.fileName()), Long.toString(row.line()),
                            CsvCells.safe(row.column()), CsvCells.safe(row.reason()), CsvCells.safe(row.raw()));
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + out + ": " + e.getMessage(), e);
        }
        return n[0];
    }

    @Override
    public long eraseCustomer(String externalId) {
        try {
            return new CustomerEraser(workspace).erase(externalId.strip()).total();
        } catch (DataStoreException e) {
            throw new ServiceException(e.getMessage(), e);
        }
    }
}
