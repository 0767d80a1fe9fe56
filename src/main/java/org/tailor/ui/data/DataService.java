package org.tailor.ui.data;

import java.nio.file.Path;
import java.util.List;
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

    /** Names of import presets (e.g. {@code online-retail}, {@code movielens-100k}); empty when none. */
    List<String> presets();

    /** Column roles the importer understands for an entity (e.g. {@code customer_id}, {@code sku}, ... , {@code ignore}). */
    List<String> roles(String entity);

    /** Value types a column can be read as (e.g. {@code text}, {@code integer}, {@code decimal}, {@code date}). */
    List<String> types();

    /**
     * Reads the first {@code maxRows} data rows of a file with the sniffed dialect and guesses the mapping:
     * one {@link ColumnGuess} per header column, in header order, and the entity the file most likely holds.
     */
    CsvPreview preview(Path file, int maxRows, Progress progress, Cancellation cancel);

    /**
     * Imports the files in order (each in one transaction). A request with an empty {@code columns} list means
     * "use the preset, or guess". Returns one report over all files; every rejected row is listed.
     */
    ImportReport importFiles(List<ImportRequest> requests, Progress progress, Cancellation cancel);

    /** Current row counts of the workspace (quick; may run on a background thread). */
    WorkspaceCounts counts();

    /** Writes rejected rows as UTF-8 CSV with header {@code file,line,column,reason}. */
    void exportRejected(List<RejectedRow> rows, Path out, Progress progress, Cancellation cancel);

    /** A file's first rows: detected encoding and delimiter, header, rows, and the guessed mapping. */
    record CsvPreview(Path file, String encoding, String delimiter, List<String> header, List<List<String>> rows,
                      String guessedEntity, List<ColumnGuess> columns) {
    }

    /** A guessed mapping of one column: role, value type and confidence in [0,1]. */
    record ColumnGuess(String column, String role, String type, double confidence) {
    }

    /** How one column is to be read. */
    record ColumnMapping(String column, String role, String type) {
    }

    /** One file to import; {@code preset} may be null. */
    record ImportRequest(Path file, String entity, String preset, List<ColumnMapping> columns) {
    }

    /** The outcome of an import over all files. */
    record ImportReport(long rowsRead, long rowsStored, long rowsRejected, List<RejectedRow> rejected) {
    }

    /** A row that was not stored: file name, 1-based line, column (may be empty) and a readable reason. */
    record RejectedRow(String file, long line, String column, String reason) {
    }

    record WorkspaceCounts(long customers, long items, long interactions) {
    }
}
