package org.tailor.core.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The running counts of one file's import (mutable, owned by one import). */
final class ImportStats {
    final char delimiter;
    /** The charset name the file is decoded with (for messages). */
    String encoding = "UTF-8";
    final Map<String, Long> suspectReasons = new LinkedHashMap<>();
    final int limit;
    long rowsRead;
    long blankRows;
    long rejected;
    long customersWithoutId;
    long customerRows;
    long returns;
    long suspectRows;
    long duplicates;
    /** Rows of erased customers, skipped (not stored, not kept as rejected rows). */
    long erasedRows;
    /** Counters, not boxed totals: a column of mostly empty cells bumps one per row. */
    private final Map<String, long[]> missingCounts = new LinkedHashMap<>();
    final Map<String, Long> rejectReasons = new LinkedHashMap<>();
    final List<ImportReport.Issue> warnings = new ArrayList<>();
    final List<ImportReport.Issue> rejectedList = new ArrayList<>();
    final List<ImportReport.Issue> duplicateList = new ArrayList<>();
    private long measured;
    private double mean;
    private double m2;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    ImportStats(char delimiter, int limit) {
        this.delimiter = delimiter;
        this.limit = limit;
    }

    void reject(long line, String column, String reason) {
        rejected++;
        String kind = reason.startsWith("'") ? "unreadable value in " + column : reason.replaceAll(" \\(.*", "")
                .replaceAll(" (starting )?at line [0-9]+", "").replaceAll(";.*", "")
                .replaceAll("found [0-9]+", "found another number");
        rejectReasons.merge(kind, 1L, Long::sum);
        if (rejectedList.size() < limit) {
            rejectedList.add(new ImportReport.Issue(line, column, reason));
        }
    }

    void suspect(String why) {
        suspectReasons.merge(why, 1L, Long::sum);
    }

    void warn(long line, String column, String message) {
        if (warnings.size() < limit) {
            warnings.add(new ImportReport.Issue(line, column, message));
        }
    }

    /** A row not stored because it repeats one stored or earlier in the file; a repeated return is no new return. */
    void duplicate(long line, String orderId, String kind) {
        duplicates++;
        if (RowConverter.RETURN_KIND.equals(kind)) {
            returns--;
        }
        if (duplicateList.size() < limit) {
            duplicateList.add(new ImportReport.Issue(line, null, "duplicate row skipped"
                    + (orderId == null ? "" : ": order " + orderId)));
        }
    }

    void missing(String column) {
        long[] n = missingCounts.get(column);
        if (n == null) {
            n = new long[1];
            missingCounts.put(column, n);
        }
        n[0]++;
    }

    /** Empty cells per column, in the order the columns first had one. */
    Map<String, Long> missing() {
        Map<String, Long> m = new LinkedHashMap<>();
        missingCounts.forEach((col, n) -> m.put(col, n[0]));
        return m;
    }

    /** Welford's running mean and variance of amounts, for the outlier rule. */
    void measure(Double x) {
        if (x == null) {
            return;
        }
        measured++;
        min = Math.min(min, x);
        max = Math.max(max, x);
        double d = x - mean;
        mean += d / measured;
        m2 += d * (x - mean);
    }

    double mean() {
        return mean;
    }

    /** True when some measured amount lies more than {@code sds} standard deviations from the mean. */
    boolean hasOutliers(double sds) {
        double limit = sds * sd();
        return measured > 1 && (max - mean > limit || mean - min > limit);
    }

    double sd() {
        return measured < 2 ? 0 : Math.sqrt(m2 / (measured - 1));
    }
}
