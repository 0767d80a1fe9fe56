package org.tailor.core.ingest;

import java.util.List;
import java.util.Map;

/**
 * What one file's import did. Counts are exact; {@code rejected} and {@code warnings} hold at most
 * {@link ImportService#LIST_LIMIT} entries each (all rejected rows are in the workspace, see
 * {@code RejectedRowRepository}).
 *
 * @param customersAdded      customers created by this file
 * @param customersUpdated    existing customers whose fields this file set (attribute files, re-imports)
 * @param duplicatesSkipped   interactions already stored (exact repeats in the file or earlier imports)
 * @param returns             cancellations and negative quantities stored as kind {@code return} (or rejected)
 * @param outliersFlagged     interactions marked suspect because amount or value lies beyond mean ± 6 sd
 * @param missingValues       column to number of empty cells, with what the policy did in {@code cleaning}
 * @param dateFormats         column to the date format applied
 * @param cleaning            one readable line per cleaning rule that did something
 * @param rules               count per cleaning rule ({@link CleaningCounts} keys), for the wizard's report
 * @param alreadyImported     when an identical file (same SHA-256) was imported before: when and as which import,
 *                            and how many rows are new; null otherwise
 * @param nearDuplicateSeconds the near-duplicate window used (0: the check was off)
 */
public record ImportReport(String file, long importId, String preset, String entity, String encoding,
                           double encodingConfidence, String delimiter, double delimiterConfidence, int headerLine,
                           long rowsRead, long blankRowsSkipped, long customersAdded, long customersUpdated,
                           long itemsAdded, long interactionsAdded, long duplicatesSkipped, long returns,
                           long outliersFlagged, long rejectedCount, long suspectRows, Map<String, String> mapping,
                           Map<String, String> dateFormats, List<HeaderNames.Change> headerChanges,
                           Map<String, Long> missingValues, List<String> cleaning, List<Issue> warnings,
                           List<Issue> rejected, double seconds, Map<String, Long> rules,
                           String alreadyImported, long nearDuplicateSeconds) {

    /** The count of one cleaning rule ({@link CleaningCounts} key), 0 when absent. */
    public long rule(String key) {
        return rules == null ? 0 : rules.getOrDefault(key, 0L);
    }

    /**
     * One problem at a physical line (1-based) of the file, in a column (may be null); line 0 is the file as a whole
     * (the {@link EncodingNote} of an encoding the sniffer is not sure of, its message starting
     * {@link EncodingNote#PREFIX}).
     */
    public record Issue(long line, String column, String message) {
    }

    /** The warning that says why an encoding the sniffer was not sure of was chosen, or null. */
    public String encodingWarning() {
        return warnings == null ? null : warnings.stream().filter(w -> w.line() == 0
                && w.message().startsWith(EncodingNote.PREFIX)).map(Issue::message).findFirst().orElse(null);
    }

    /** True when the file had rows and every one of them was rejected (nothing could be imported). */
    public boolean allRejected() {
        return rowsRead > 0 && rejectedCount == rowsRead;
    }

    public double rowsPerSecond() {
        return seconds <= 0 ? 0 : rowsRead / seconds;
    }
}
