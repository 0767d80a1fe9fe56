package org.tailor.ui.data;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.tailor.core.ingest.EncodingNote;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

/**
 * Seam between the Data screen and the importer ({@code core.ingest}) and workspace counts. Long methods take
 * {@code Progress}/{@code Cancellation} and run off the FX thread; failures a user can fix are thrown as
 * {@code ServiceException} with a message naming file, line and column; a missing engine throws
 * {@code NotAvailableException("feature.import")}.
 */
public interface DataService {
    /** What a file can hold, in the order shown: {@code customers}, {@code items}, {@code interactions}. */
    List<String> entities();

    /** Names of import presets: the built-in ones, then those saved in the workspace; empty when none. */
    List<String> presets();

    /** Column roles the importer understands for an entity (e.g. {@code customer_id}, {@code sku}, ... , {@code ignore}). */
    List<String> roles(String entity);

    /** Value types a column can be read as (e.g. {@code text}, {@code integer}, {@code decimal}, {@code date}). */
    List<String> types();

    /** Encodings the user may force (detection is the default). */
    default List<String> encodings() {
        return List.of("UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252", "ISO-8859-1", "GB18030");
    }

    /** Delimiters the user may force: {@code , ; tab |}. */
    default List<String> delimiters() {
        return List.of(",", ";", "\t", "|");
    }

    /**
     * Reads the first rows of a file (with the request's encoding, delimiter and preset when given, else detected)
     * and guesses the mapping; checks those rows as the import would and writes nothing.
     */
    CsvPreview preview(PreviewRequest request, Progress progress, Cancellation cancel);

    /**
     * Imports the files in order (each in one transaction). A request with an empty {@code columns} list means
     * "use the preset, or guess". Returns one report over all files.
     */
    ImportReport importFiles(List<ImportRequest> requests, Progress progress, Cancellation cancel);

    /** Saves the request's mapping, formats and policies as a named preset in the workspace. */
    void savePreset(String name, ImportRequest request);

    /** Current row counts of the workspace (quick; may run on a background thread). */
    WorkspaceCounts counts();

    /** Writes every rejected row of these imports as UTF-8 CSV with header {@code file,line,column,reason,raw}. */
    long exportRejected(List<Long> importIds, Path out, Progress progress, Cancellation cancel);

    /** Erases one customer with all their rows; a {@code ServiceException} when there is no such customer. */
    long eraseCustomer(String externalId);

    /**
     * What to preview; null fields mean "detect" (or no preset). With {@code columns} (the edited mapping, types,
     * date answers and policies) the rows are checked as they would be imported; empty means "guess".
     */
    record PreviewRequest(Path file, String encoding, String delimiter, String preset, String entity,
                          List<ColumnMapping> columns) {
        public static PreviewRequest of(Path file) {
            return new PreviewRequest(file, null, null, null, null, List.of());
        }
    }

    /**
     * A file's first rows: the detected (or forced) dialect with its confidences, header, rows, the guessed mapping,
     * renamed header cells, date columns whose format must be chosen, the checked rows that would fail, why an
     * encoding the importer is not sure of was chosen ({@code encodingNote}, null when it is sure), and the
     * near-duplicate window the file's preset gives (else the importer's default).
     */
    record CsvPreview(Path file, String encoding, double encodingConfidence, String delimiter,
                      double delimiterConfidence, List<String> header, List<List<String>> rows, String guessedEntity,
                      List<ColumnGuess> columns, List<HeaderChange> headerChanges, List<DateQuestion> dateQuestions,
                      int rowsChecked, List<RejectedRow> wouldFail, EncodingNote encodingNote,
                      long nearDuplicateSeconds) {
        /** A preview with the importer's default near-duplicate window. */
        public CsvPreview(Path file, String encoding, double encodingConfidence, String delimiter,
                          double delimiterConfidence, List<String> header, List<List<String>> rows,
                          String guessedEntity, List<ColumnGuess> columns, List<HeaderChange> headerChanges,
                          List<DateQuestion> dateQuestions, int rowsChecked, List<RejectedRow> wouldFail,
                          EncodingNote encodingNote) {
            this(file, encoding, encodingConfidence, delimiter, delimiterConfidence, header, rows, guessedEntity,
                    columns, headerChanges, dateQuestions, rowsChecked, wouldFail, encodingNote,
                    org.tailor.core.ingest.ImportService.NEAR_DUPLICATE_SECONDS);
        }

        /** A preview whose encoding the sniffer was sure of (or that the user chose). */
        public CsvPreview(Path file, String encoding, double encodingConfidence, String delimiter,
                          double delimiterConfidence, List<String> header, List<List<String>> rows,
                          String guessedEntity, List<ColumnGuess> columns, List<HeaderChange> headerChanges,
                          List<DateQuestion> dateQuestions, int rowsChecked, List<RejectedRow> wouldFail) {
            this(file, encoding, encodingConfidence, delimiter, delimiterConfidence, header, rows, guessedEntity,
                    columns, headerChanges, dateQuestions, rowsChecked, wouldFail, null);
        }
    }

    /** A guessed mapping of one column: role and value type, each with its confidence in [0,1]. */
    record ColumnGuess(String column, String role, double roleConfidence, String type, double typeConfidence) {
    }

    /** A header cell renamed on import (blank or duplicate): 1-based column, original text, name used, reason. */
    record HeaderChange(int column, String original, String name, String reason) {
    }

    /**
     * A date column whose values fit several formats: the formats (e.g. {@code dd/MM/yyyy}, {@code MM/dd/yyyy}),
     * some of its values, and for each format those values read as dates (same order; null where unreadable).
     */
    record DateQuestion(String column, List<String> formats, List<String> samples,
                        Map<String, List<LocalDate>> readings) {
    }

    /**
     * How one column is to be read: role, type override (null: as detected), date format answer (null: detected)
     * and missing-value policy ({@code reject}, {@code empty}, {@code default:VALUE}; null: the importer's default).
     */
    record ColumnMapping(String column, String role, String type, String dateFormat, String missing) {
        public ColumnMapping(String column, String role, String type) {
            this(column, role, type, null, null);
        }
    }

    /**
     * One file to import; {@code preset}, {@code encoding} and {@code delimiter} may be null;
     * {@code nearDuplicateSeconds} is the near-duplicate window (0: off; null: the preset's, else the default).
     */
    record ImportRequest(Path file, String entity, String preset, String encoding, String delimiter,
                         List<ColumnMapping> columns, Integer nearDuplicateSeconds) {
        public ImportRequest(Path file, String entity, String preset, List<ColumnMapping> columns) {
            this(file, entity, preset, null, null, columns, null);
        }

        public ImportRequest(Path file, String entity, String preset, String encoding, String delimiter,
                             List<ColumnMapping> columns) {
            this(file, entity, preset, encoding, delimiter, columns, null);
        }
    }

    /**
     * The outcome of an import over all files: counts, the rejected rows listed (at most a few thousand; all are
     * exportable through {@code importIds}), what each cleaning rule did, the encodings guessed without being sure,
     * and the near-duplicate window the (first) file was checked with: the one sent, else its preset's, else the
     * default (null when nothing was imported).
     */
    record ImportReport(long rowsRead, long rowsStored, long rowsRejected, List<RejectedRow> rejected,
                        List<Long> importIds, List<RuleCount> rules, List<FileEncodingNote> encodingNotes,
                        Integer nearDuplicateSeconds) {
        public ImportReport(long rowsRead, long rowsStored, long rowsRejected, List<RejectedRow> rejected) {
            this(rowsRead, rowsStored, rowsRejected, rejected, List.of(), List.of());
        }

        public ImportReport(long rowsRead, long rowsStored, long rowsRejected, List<RejectedRow> rejected,
                            List<Long> importIds, List<RuleCount> rules) {
            this(rowsRead, rowsStored, rowsRejected, rejected, importIds, rules, List.of(), null);
        }
    }

    /** Why a file was read in an encoding the importer was not sure of. */
    record FileEncodingNote(String file, EncodingNote note) {
    }

    /**
     * One cleaning rule's count over all files: rule key ({@code duplicates}, {@code nearDuplicates},
     * {@code returns}, {@code missing}, {@code outliers}, {@code customersWithoutId}, {@code damagedIds},
     * {@code blankRows}, {@code rejected}); {@code column} names the column for {@code missing}, else empty.
     */
    record RuleCount(String rule, String column, long count) {
    }

    /** A row that was not stored: file name, 1-based line, column (may be empty) and a readable reason. */
    record RejectedRow(String file, long line, String column, String reason) {
    }

    record WorkspaceCounts(long customers, long items, long interactions) {
    }
}
