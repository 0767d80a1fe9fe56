package org.tailor.core.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tailor.core.task.Cancellation;

/**
 * Everything decided about a file before rows are converted: spec, dialect, header, column plan, one date format
 * per date column and one decimal separator per number column, plus the first rows as a sample.
 */
final class PreparedFile {
    static final int SAMPLE_ROWS = 1000;

    final Path file;
    final String fileName;
    final FileSpec spec;
    final Dialect dialect;
    final HeaderNames.Result header;
    final ColumnPlan plan;
    final List<List<String>> sample = new ArrayList<>();
    final List<Long> sampleLines = new ArrayList<>();
    /** Per sample row: what the reader found wrong with its structure (null when nothing), and in which column. */
    final List<String> sampleProblems = new ArrayList<>();
    final List<String> sampleProblemColumns = new ArrayList<>();
    final DateFormat[] dateFormats;
    final NumberParser[] numbers;
    final Map<String, List<String>> ambiguousDates = new LinkedHashMap<>();
    /** Column index to the type the user chose ({@link ColumnTypes}). */
    final Map<Integer, String> typeOverrides;
    private Long estimate;

    private PreparedFile(Path file, FileSpec spec, Dialect dialect, HeaderNames.Result header, ColumnPlan plan) {
        this.file = file;
        this.fileName = file.getFileName().toString();
        this.spec = spec;
        this.dialect = dialect;
        this.header = header;
        this.plan = plan;
        this.dateFormats = new DateFormat[plan.names.size()];
        this.numbers = new NumberParser[plan.names.size()];
        this.typeOverrides = ColumnTypes.resolve(spec.types(), plan.names, fileName);
        ColumnTypes.checkRoles(typeOverrides, plan, fileName);
    }

    /** Reads the header and sample, decides formats; {@code scanDates} reads on until each date column is decided. */
    static PreparedFile prepare(Path file, FileSpec spec, DialectSniffer sniffer, boolean scanDates,
                                Cancellation cancel) {
        String name = file.getFileName().toString();
        FileCheck.text(file);
        Dialect d = sniffer.sniff(file);
        if (spec.encoding() != null) {
            byte[] head;
            try {
                head = TextSource.head(file, d.gzip(), DialectSniffer.SAMPLE);
            } catch (IOException e) {
                throw new ImportException("Cannot read " + name + ": " + e.getMessage(), e);
            }
            Charset cs = FileCheck.encoding(spec.encoding(), file, head);
            d = d.withCharset(cs, d.bomLength());
        }
        if (spec.delimiter() != null) {
            try {
                d = d.withDelimiter(Dialect.parseDelimiter(spec.delimiter()));
            } catch (IllegalArgumentException e) {
                throw new ImportException(e.getMessage(), e);
            }
        }
        if (spec.headerLine() != null) {
            if (spec.headerLine() < 1) {
                throw new ImportException(name + ": header line " + spec.headerLine() + " does not exist; lines are"
                        + " counted from 1");
            }
            d = d.withHeader(spec.headerLine(), true);
        }
        if (spec.header() != null) {
            d = d.withHeader(d.headerLine(), spec.header());
        }
        List<List<String>> sample = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> problemColumns = new ArrayList<>();
        List<String> raw;
        try (CsvRows rows = new CsvRows(file, d, spec.columns(), null)) {
            raw = new ArrayList<>(rows.rawHeader());
            long[] line = new long[1];
            List<String> r;
            while (sample.size() < SAMPLE_ROWS && (r = rows.next(line)) != null) {
                sample.add(r);
                lines.add(line[0]);
                problems.add(rows.problem());
                problemColumns.add(rows.problemColumn());
            }
        } catch (IOException e) {
            throw new ImportException(name + ": cannot read: " + e.getMessage(), e);
        }
        HeaderNames.Result header = HeaderNames.normalize(raw);
        ColumnPlan plan = ColumnPlan.build(header.names(), spec, name);
        PreparedFile p = new PreparedFile(file, spec, d, header, plan);
        p.sample.addAll(sample);
        p.sampleLines.addAll(lines);
        p.sampleProblems.addAll(problems);
        p.sampleProblemColumns.addAll(problemColumns);
        p.decideNumbers();
        p.decideDates(scanDates, cancel);
        return p;
    }

    private void decideNumbers() {
        for (int i = 0; i < numbers.length; i++) {
            List<String> values = new ArrayList<>();
            for (List<String> r : wellFormed()) {
                if (i < r.size()) {
                    values.add(r.get(i));
                }
            }
            numbers[i] = new NumberParser(NumberParser.detectDecimal(values, dialect.delimiter()));
        }
        typeOverrides.forEach((c, type) -> {
            char decimal = ColumnTypes.decimal(type);
            if (decimal != 0) {
                numbers[c] = new NumberParser(decimal);
            }
        });
    }

    private void decideDates(boolean scanAll, Cancellation cancel) {
        List<Integer> cols = dateColumns();
        if (cols.isEmpty()) {
            return;
        }
        typeOverrides.forEach((c, type) -> dateFormats[c] = ColumnTypes.dateFormat(type));
        if (spec.dateFormat() != null) {
            DateFormat f = DateFormat.of(spec.dateFormat());
            cols.stream().filter(c -> dateFormats[c] == null).forEach(c -> dateFormats[c] = f);
            return;
        }
        Map<Integer, DateColumnDecider> deciders = new LinkedHashMap<>();
        cols.stream().filter(c -> dateFormats[c] == null).forEach(c -> deciders.put(c, new DateColumnDecider()));
        if (deciders.isEmpty()) {
            return;
        }
        for (List<String> r : wellFormed()) {
            deciders.forEach((c, dec) -> dec.accept(c < r.size() ? r.get(c) : null));
        }
        boolean undecided = deciders.values().stream().anyMatch(x -> !x.isDecided());
        if (scanAll && undecided && sample.size() == SAMPLE_ROWS) {
            scanRest(deciders, cancel);
        }
        deciders.forEach((c, dec) -> {
            dateFormats[c] = dec.decided();
            if (!dec.ambiguous().isEmpty()) {
                ambiguousDates.put(plan.names.get(c), dec.ambiguous().stream().map(DateFormat::pattern).toList());
            }
        });
    }

    /** Reads the whole column (stopping once every date column has one format left). */
    private void scanRest(Map<Integer, DateColumnDecider> deciders, Cancellation cancel) {
        try (CsvRows rows = new CsvRows(file, dialect, spec.columns(), null)) {
            long[] line = new long[1];
            List<String> r;
            long n = 0;
            while ((r = rows.next(line)) != null) {
                if (++n <= SAMPLE_ROWS || rows.problem() != null) {
                    continue;
                }
                for (Map.Entry<Integer, DateColumnDecider> e : deciders.entrySet()) {
                    int c = e.getKey();
                    e.getValue().accept(c < r.size() ? r.get(c) : null);
                }
                if ((n & 1023) == 0) {
                    cancel.check();
                    if (deciders.values().stream().allMatch(DateColumnDecider::isDecided)) {
                        return;
                    }
                }
            }
        } catch (IOException e) {
            throw new ImportException(fileName + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** The sample rows whose structure is sound (shifted columns must not vote on formats). */
    private List<List<String>> wellFormed() {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < sample.size(); i++) {
            if (sampleProblems.get(i) == null) {
                out.add(sample.get(i));
            }
        }
        return out;
    }

    /**
     * Records what is said about the file as a whole (an encoding the sniffer is not sure of) as a warning of line
     * 0, so that both the preview and the import report carry it.
     */
    void warnAboutFile(ImportStats stats) {
        if (dialect.encodingNote() != null) {
            stats.warn(0, null, dialect.encodingNote().message());
        }
    }

    /** Rows the file probably holds ({@link RowEstimate}; from the sample's characters when that fails). */
    long estimatedRows(long fileBytes) {
        if (sample.isEmpty()) {
            return 0;
        }
        if (estimate == null) {
            long measured = RowEstimate.of(file, dialect.gzip(), fileBytes, sampleLines);
            estimate = measured >= 0 ? measured : fromSample(fileBytes);
        }
        return estimate;
    }

    private long fromSample(long fileBytes) {
        long chars = 0;
        for (List<String> r : sample) {
            for (String f : r) {
                chars += f.length() + 1;
            }
        }
        double perRow = Math.max(1.0, chars / (double) sample.size());
        return (long) (fileBytes * (dialect.gzip() ? 5 : 1) / perRow);
    }

    /**
     * The timestamp column and every imported column whose type the user set to {@code date} or
     * {@code date:PATTERN}.
     */
    List<Integer> dateColumns() {
        List<Integer> cols = new ArrayList<>(plan.dateColumns());
        typeOverrides.forEach((c, type) -> {
            String t = type.toLowerCase(java.util.Locale.ROOT);
            if (!cols.contains(c) && plan.imported(c) && (t.equals("date") || t.startsWith("date:"))) {
                cols.add(c);
            }
        });
        return cols;
    }

    Map<String, String> appliedDateFormats() {
        Map<String, String> m = new LinkedHashMap<>();
        for (int c : dateColumns()) {
            m.put(plan.names.get(c), dateFormats[c] == null ? "(undecided)" : dateFormats[c].pattern());
        }
        return m;
    }
}
