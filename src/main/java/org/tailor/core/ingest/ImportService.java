package org.tailor.core.ingest;

import com.google.gson.Gson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.tailor.core.store.ErasedCustomers;
import org.tailor.core.store.ImportRunRepository;
import org.tailor.core.store.ImportWriter;
import org.tailor.core.store.Workspace;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

/**
 * Imports delimited files into a workspace. One file is one transaction: a failure, a cancel or a killed process
 * leaves the workspace as it was. Good rows are stored, bad rows go to {@code rejected_row} with line, column and
 * reason; the source file is only read. Re-importing adds nothing: customers and items are upserted by external
 * id and interactions de-duplicated by their natural key.
 */
public final class ImportService {
    /** How many rejected rows, warnings and duplicates a report lists (the counts are always complete). */
    public static final int LIST_LIMIT = 1000;
    /** Interactions whose amount lies more than this many standard deviations from the file's mean are flagged. */
    public static final double OUTLIER_SDS = 6.0;
    /** Default near-duplicate window: the same customer, item, kind and value again within a minute. */
    public static final long NEAR_DUPLICATE_SECONDS = 60;
    /** Files expected to hold more rows than this (and more than is stored) are written in bulk mode. */
    static final long BULK_MIN_ROWS = 50_000;
    private static final Gson GSON = new Gson();

    private final PresetCatalog presets;
    private final DialectSniffer sniffer = new DialectSniffer();

    public ImportService(PresetCatalog presets) {
        this.presets = presets;
    }

    /** The first rows, guessed mapping and types, and the rows that would fail; writes nothing. */
    public ImportPreview preview(Path file, ImportOptions options) {
        PreparedFile p = PreparedFile.prepare(file, spec(file, options), sniffer, false, Cancellation.NONE);
        OptionCheck.check(p, options);
        return ImportPreview.of(p);
    }

    /** Imports one file in one transaction and reports what happened. */
    public ImportReport importFile(Workspace ws, Path file, ImportOptions options, Progress progress,
                                   Cancellation cancel) {
        long started = System.nanoTime();
        progress.report(-1, "Reading " + file.getFileName());
        PreparedFile p = PreparedFile.prepare(file, spec(file, options), sniffer, true, cancel);
        OptionCheck.check(p, options);
        if (p.sample.isEmpty()) {
            throw new ImportException(OptionCheck.noRows(p));
        }
        if (!p.ambiguousDates.isEmpty()) {
            Map.Entry<String, List<String>> e = p.ambiguousDates.entrySet().iterator().next();
            throw new AmbiguousDateException(p.fileName, e.getKey(), e.getValue());
        }
        long size = sizeOf(file);
        ImportStats stats = new ImportStats(p.dialect.delimiter(), LIST_LIMIT);
        p.warnAboutFile(stats);
        long customersBefore = ws.count("customer");
        long itemsBefore = ws.count("item");
        long interactionsBefore = ws.count("interaction");
        ImportRunRepository runs = new ImportRunRepository(ws);
        boolean bulk = p.estimatedRows(size) > Math.max(BULK_MIN_ROWS, interactionsBefore);
        if (bulk && ws.file().isPresent()) {
            return ImportWriter.withRollbackJournal(ws, () -> write(ws, file, options, progress, cancel, p, stats, runs,
                    started, size, true, customersBefore, itemsBefore, interactionsBefore));
        }
        return write(ws, file, options, progress, cancel, p, stats, runs, started, size, bulk, customersBefore,
                itemsBefore, interactionsBefore);
    }

    private ImportReport write(Workspace ws, Path file, ImportOptions options, Progress progress, Cancellation cancel,
                               PreparedFile p, ImportStats stats, ImportRunRepository runs, long started, long size,
                               boolean bulk, long customersBefore, long itemsBefore, long interactionsBefore) {
        return ws.inTransaction(conn -> {
            long runId = runs.start(p.fileName, null, p.plan.entity.label(), options.preset(),
                    p.dialect.charset().name(), p.dialect.delimiterName(), GSON.toJson(p.plan.describe()));
            long[] bytes = new long[1];
            long interactions;
            long outliers;
            long nearDuplicates;
            long updated;
            stats.encoding = p.dialect.charset().name();
            MessageDigest sha = sha256();
            boolean pipelined = bulk && p.plan.entity == Entity.INTERACTIONS;
            try (ImportWriter writer = new ImportWriter(ws, runId, p.fileName, bulk, p.estimatedRows(size),
                    stats::duplicate, cancel::isCancelled);
                 CsvRows rows = new CsvRows(file, p.dialect, p.spec.columns(), bytes, sha)
                         .shareRows()) {
                ErasedCustomers erased = new ErasedCustomers(ws);
                WorkspaceSink sink = new WorkspaceSink(writer, erased);
                long[] lastReport = {System.nanoTime()};
                if (pipelined) {
                    // a big interactions file: read and convert on a second thread while this one writes
                    ImportPipeline.RecordingSink recorder = new ImportPipeline.RecordingSink(erased::contains, stats,
                            writer);
                    RowConverter conv = new RowConverter(p.plan, p.spec, recorder, stats, p.dateFormats, p.numbers);
                    new ImportPipeline().run(rows, recorder, conv, stats, bytes, sink, writer, cancel,
                            (n, b) -> {
                        long now = System.nanoTime();
                        if (now - lastReport[0] > 250_000_000L) {
                            lastReport[0] = now;
                            report(progress, n, b, size, now - started);
                        }
                    });
                } else {
                    RowConverter conv = new RowConverter(p.plan, p.spec, sink, stats, p.dateFormats, p.numbers);
                    long[] line = new long[1];
                    List<String> r;
                    while ((r = rows.next(line)) != null) {
                        stats.rowsRead++;
                        conv.convert(line[0], r, rows.problem(), rows.problemColumn());
                        if ((stats.rowsRead & 1023) == 0) {
                            cancel.check();
                            long now = System.nanoTime();
                            if (now - lastReport[0] > 250_000_000L) {
                                lastReport[0] = now;
                                report(progress, stats.rowsRead, bytes[0], size, now - started);
                            }
                        }
                    }
                }
                progress.report(-1, !bulk && interactionsBefore > 0
                        ? "Checking " + p.fileName + " against the stored events" : "Finishing " + p.fileName);
                writer.finish();
                stats.blankRows = rows.blankRows;
                interactions = writer.interactionsAdded();
                outliers = stats.hasOutliers(OUTLIER_SDS)
                        ? writer.flagOutliers("amount", stats.mean(), stats.sd(), OUTLIER_SDS) : 0;
                progress.report(-1, "Looking for near-duplicate events in " + p.fileName);
                nearDuplicates = writer.flagNearDuplicates(CleaningCounts.window(p.spec));
                updated = writer.customersUpdated();
            } catch (IOException e) {
                throw new ImportException(p.fileName + ": cannot read: " + e.getMessage(), e);
            }
            long customersAdded = ws.count("customer") - customersBefore;
            long itemsAdded = ws.count("item") - itemsBefore;
            String already = Reimport.check(ws, runs, runId, p.plan.entity.label(),
                    HexFormat.of().formatHex(sha.digest()),
                    customersAdded + itemsAdded + interactions, stats.rejected);
            ImportReport report = new ImportReport(file.toString(), runId, options.preset(), p.plan.entity.label(),
                    p.dialect.charset().name(), p.dialect.charsetConfidence(), p.dialect.delimiterName(),
                    p.dialect.delimiterConfidence(), p.dialect.headerLine(), stats.rowsRead, stats.blankRows,
                    customersAdded, updated, itemsAdded, interactions,
                    stats.duplicates, stats.returns, outliers, stats.rejected, stats.suspectRows,
                    p.plan.describe(), p.appliedDateFormats(), p.header.changes(), stats.missing(),
                    CleaningCounts.withNearDuplicates(cleaning(stats, outliers, p, already), nearDuplicates,
                            CleaningCounts.window(p.spec)), stats.warnings, stats.rejectedList,
                    (System.nanoTime() - started) / 1e9, CleaningCounts.of(stats, outliers, nearDuplicates), already,
                    CleaningCounts.window(p.spec));
            runs.finish(runId, stats.rowsRead, stats.rowsRead - stats.rejected - stats.erasedRows, stats.rejected,
                    GSON.toJson(report));
            progress.report(1.0, String.format("Imported %,d rows of %s", stats.rowsRead, p.fileName));
            return report;
        });
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static List<String> cleaning(ImportStats s, long outliers, PreparedFile p, String already) {
        List<String> out = new ArrayList<>();
        if (already != null) {
            out.add(already);
        }
        if (s.blankRows > 0) {
            out.add("empty rows skipped: " + s.blankRows);
        }
        if (s.erasedRows > 0) {
            out.add(s.erasedRows + " row" + (s.erasedRows == 1 ? "" : "s") + " of erased customers not re-imported");
        }
        if (s.duplicates > 0) {
            StringBuilder b = new StringBuilder(s.duplicates + " duplicate row" + (s.duplicates == 1 ? "" : "s")
                    + " skipped");
            s.duplicateList.stream().limit(10).forEach(d -> {
                String what = d.message().replace("duplicate row skipped: ", "").replace("duplicate row skipped", "");
                b.append("; line ").append(d.line()).append(what.isEmpty() ? "" : " " + what);
            });
            out.add(b.toString().replace("  ", " ").strip());
        }
        if (s.returns > 0) {
            out.add(s.returns + " cancellations/returns " + ("reject".equalsIgnoreCase(p.spec.returns())
                    ? "rejected" : "stored as kind 'return' (negative value and amount)"));
        }
        if (s.customersWithoutId > 0) {
            out.add(s.customersWithoutId + " rows without customer id rejected");
        }
        Integer idColumn = p.plan.col(Field.CUSTOMER_ID);
        String idName = idColumn == null ? null : p.plan.names.get(idColumn);
        // the empty customer-id cells are the rows just counted: said once
        s.missing().forEach((col, n) -> {
            if (!(col.equals(idName) && n == s.customersWithoutId)) {
                out.add(n + " empty cells in " + col);
            }
        });
        if (outliers > 0) {
            out.add(outliers + " interactions flagged as outliers (amount beyond mean ± " + (int) OUTLIER_SDS + " sd)");
        }
        if (s.suspectRows > 0) {
            out.add(s.suspectRows + " rows marked suspect (" + String.join(", ", s.suspectReasons.keySet()) + ")");
        }
        s.rejectReasons.forEach((reason, n) -> {
            if (!(s.customersWithoutId > 0 && reason.startsWith(RowConverter.MISSING_CUSTOMER_ID))) {
                out.add("rejected " + n + ": " + reason);
            }
        });
        for (HeaderNames.Change c : p.header.changes()) {
            out.add("column " + c.column() + " '" + c.original() + "' imported as '" + c.name() + "' (" + c.reason()
                    + ")");
        }
        return out;
    }

    private static void report(Progress progress, long rows, long bytes, long size, long nanos) {
        double secs = nanos / 1e9;
        double rate = rows / Math.max(secs, 1e-9);
        double fraction = size > 0 ? Math.min(1.0, bytes / (double) size) : -1;
        String left = fraction > 0.01 ? String.format(" · about %.0f s left", secs * (1 - fraction) / fraction) : "";
        progress.report(fraction, String.format("Imported %,d rows · %,.0f rows/s%s", rows, rate, left));
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new ImportException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The preset's spec for this file (if a preset is named), with the options laid over it. */
    FileSpec spec(Path file, ImportOptions options) {
        FileSpec base = FileSpec.empty();
        if (options.preset() != null) {
            Preset preset = presets.get(options.preset());
            base = preset.specFor(file.getFileName().toString());
            if (base == null) {
                throw new ImportException("Preset " + preset.name() + " does not cover file " + file.getFileName());
            }
        }
        return base.overriddenBy(options.asSpec());
    }

    /** Adapts the store's writer to the converter. */
    private static final class WorkspaceSink implements RowSink {
        private final ImportWriter writer;
        private final ErasedCustomers erased;

        WorkspaceSink(ImportWriter writer, ErasedCustomers erased) {
            this.writer = writer;
            this.erased = erased;
        }

        @Override
        public boolean erased(String customerId) {
            return erased.contains(customerId);
        }

        @Override
        public boolean customer(String id, Map<String, String> fields, String suspect, boolean mustExist) {
            return writer.customer(id, fields, suspect, mustExist);
        }

        @Override
        public void item(String sku, Map<String, String> fields, String suspect) {
            writer.item(sku, fields, suspect);
        }

        @Override
        public void interaction(long line, String customerId, String sku, String kind, Double value, Double amount,
                                Long ts, String orderId, String suspect) {
            writer.interaction(line, customerId, sku, kind, value, amount, ts, orderId, suspect);
        }

        @Override
        public void rejected(long line, String column, String reason, String raw, String customerId) {
            writer.rejected(line, column, reason, raw, customerId);
        }
    }
}
