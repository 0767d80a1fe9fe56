package org.tailor.core.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the mapping wizard shows before anything is written: the dialect with confidences, the first
 * {@link #ROWS} rows, per column the guessed field and value type with confidences, the header changes, the date
 * formats (and the columns whose format must be chosen), the rows of the preview that would be rejected, and why
 * the encoding was chosen when the sniffer is not sure of it ({@code encodingNote}, null otherwise), and the
 * near-duplicate window the import will use (the options', else the preset's, else the default).
 */
public record ImportPreview(String file, String entity, String encoding, double encodingConfidence,
                            String delimiter, double delimiterConfidence, int headerLine, List<Column> columns,
                            List<List<String>> rows, List<HeaderNames.Change> headerChanges,
                            Map<String, String> dateFormats, Map<String, List<String>> ambiguousDates,
                            int rowsChecked, List<ImportReport.Issue> wouldFail, List<ImportReport.Issue> warnings,
                            EncodingNote encodingNote, long nearDuplicateSeconds) {
    public static final int ROWS = 200;

    /**
     * One column: its (unique) name, the field it maps to ({@code attribute}/{@code ignore} when none) with the
     * guess's confidence, and the value type its first rows suggest ({@link ColumnProfile}) with its confidence.
     */
    public record Column(int index, String name, String field, double fieldConfidence, String type,
                         double typeConfidence) {
    }

    static ImportPreview of(PreparedFile p) {
        int n = Math.min(ROWS, p.sample.size());
        List<List<String>> rows = new ArrayList<>(p.sample.subList(0, n));
        Map<String, String> mapping = p.plan.describe();
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < p.plan.names.size(); i++) {
            ColumnProfile prof = ColumnProfile.of(rows, i);
            String name = p.plan.names.get(i);
            columns.add(new Column(i + 1, name, mapping.get(name), p.plan.fields[i] == null ? 0 : p.plan.confidence[i],
                    prof.type(), prof.confidence()));
        }
        ImportStats stats = new ImportStats(p.dialect.delimiter(), ImportService.LIST_LIMIT);
        p.warnAboutFile(stats);
        RowConverter conv = new RowConverter(p.plan, p.spec, new DryRunSink(), stats, p.dateFormats, p.numbers);
        for (int r = 0; r < n; r++) {
            conv.convert(p.sampleLines.get(r), rows.get(r), p.sampleProblems.get(r), p.sampleProblemColumns.get(r));
        }
        return new ImportPreview(p.file.toString(), p.plan.entity.label(), p.dialect.charset().name(),
                p.dialect.charsetConfidence(), p.dialect.delimiterName(), p.dialect.delimiterConfidence(),
                p.dialect.headerLine(), columns, shown(rows), p.header.changes(), p.appliedDateFormats(),
                p.ambiguousDates, n, stats.rejectedList, stats.warnings, p.dialect.encodingNote(),
                CleaningCounts.window(p.spec));
    }

    /** The rows as shown: an undecodable byte as the usual replacement character U+FFFD. */
    private static List<List<String>> shown(List<List<String>> rows) {
        List<List<String>> out = new ArrayList<>(rows.size());
        for (List<String> r : rows) {
            out.add(r.stream().map(c -> c.replace(TextSource.UNDECODABLE, '\uFFFD')).toList());
        }
        return out;
    }

    /** Accepts everything; nothing is written during a preview. */
    private static final class DryRunSink implements RowSink {
        @Override
        public boolean customer(String id, Map<String, String> fields, String suspect, boolean mustExist) {
            return true;
        }

        @Override
        public void item(String sku, Map<String, String> fields, String suspect) {
            // preview only
        }

        @Override
        public void interaction(long line, String customerId, String sku, String kind, Double value, Double amount,
                                Long ts, String orderId, String suspect) {
            // preview only
        }

        @Override
        public void rejected(long line, String column, String reason, String raw, String customerId) {
            // counted by the converter's stats
        }
    }
}
