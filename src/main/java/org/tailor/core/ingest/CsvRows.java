package org.tailor.core.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams the records of a delimited file ({@link CsvParser}): skips lines above the header, reads the header (or
 * takes the spec's column names), and hands out data rows with their physical line numbers. Rows whose cells are
 * all empty are skipped and counted. A row whose field count differs from the header's gets a {@link #problem()}
 * ("expected N fields, found M"); empty fields at the end of a row and blank-named columns at the end of the
 * header do not count. A record that spans lines through a quoted field and has the wrong field count is taken
 * as an unbalanced quote: it is cut at the end of its first line and the lines after it are read again.
 */
final class CsvRows implements Closeable {
    private final Reader reader;
    private final CsvParser csv;
    private final List<String> rawHeader;
    private final int headerSize;
    private final int namedSize;
    private final boolean decimalComma;
    private List<String> pending;
    private long pendingLine;
    private String problem;
    private String problemColumn;
    private boolean shareRows;
    long blankRows;

    CsvRows(Path file, Dialect d, List<String> columns, long[] bytesRead) throws IOException {
        this(file, d, columns, bytesRead, null);
    }

    /** As above; {@code digest} (may be null) receives every byte of the file as read. */
    CsvRows(Path file, Dialect d, List<String> columns, long[] bytesRead, java.security.MessageDigest digest)
            throws IOException {
        this.reader = TextSource.reader(file, d, bytesRead, digest);
        this.csv = new CsvParser(reader, d.delimiter());
        this.decimalComma = d.delimiter() == ',';
        List<String> first = null;
        long firstLine = 0;
        while (csv.next()) {
            if (csv.startLine() >= d.headerLine()) {
                first = new ArrayList<>(csv.fields());
                firstLine = csv.startLine();
                break;
            }
        }
        if (d.hasHeader() && first != null) {
            rawHeader = first;
            int named = first.size();
            while (named > 1 && first.get(named - 1).isBlank()) {
                named--;
            }
            namedSize = named;
        } else {
            pending = first;
            pendingLine = firstLine;
            int n = first == null ? 0 : first.size();
            List<String> h = new ArrayList<>();
            for (int i = 0; i < Math.max(n, columns == null ? 0 : columns.size()); i++) {
                h.add(columns != null && i < columns.size() ? columns.get(i) : "");
            }
            rawHeader = h;
            namedSize = h.size();
        }
        headerSize = rawHeader.size();
        csv.expect(namedSize);
    }

    /**
     * From now on {@link #next} may hand out the parser's own list (valid until the next call) instead of a copy:
     * for a caller that is done with each row before asking for the next.
     */
    CsvRows shareRows() {
        shareRows = true;
        return this;
    }

    List<String> rawHeader() {
        return rawHeader;
    }

    /** Why the row last returned by {@link #next} cannot be read as it stands (wrong field count ...), or null. */
    String problem() {
        return problem;
    }

    /** The column name {@link #problem()} concerns, or null. */
    String problemColumn() {
        return problemColumn;
    }

    /** The next data row with content, or null at the end. {@code line[0]} receives its physical line. */
    List<String> next(long[] line) {
        while (true) {
            problem = null;
            problemColumn = null;
            List<String> fields;
            if (pending != null) {
                fields = pending;
                line[0] = pendingLine;
                pending = null;
            } else if (advance()) {
                fields = csv.fields();
                line[0] = csv.startLine();
                problem = csv.problem();
                if (problem != null) {
                    problemColumn = columnName(csv.quoteColumn());
                    return new ArrayList<>(fields);
                }
            } else {
                return null;
            }
            if (blank(fields)) {
                blankRows++;
                continue;
            }
            if (!fits(fields)) {
                if (csv.spansLines() && fields == csv.fields()) {
                    int col = csv.quoteColumn();
                    List<String> cut = csv.firstLineFields();
                    csv.recover();
                    problem = "unbalanced quote starting at line " + line[0] + " (column " + col + "): the quoted"
                            + " field spans lines and the row has " + fields.size() + " fields, not " + headerSize
                            + "; the lines after it are read as rows of their own";
                    problemColumn = columnName(col);
                    return cut;
                }
                problem = "expected " + headerSize + " fields, found " + fields.size() + hint(fields);
                problemColumn = columnName(Math.min(fields.size(), headerSize) + 1);
            }
            return fields == csv.fields() && !shareRows ? new ArrayList<>(fields) : fields;
        }
    }

    private boolean fits(List<String> fields) {
        int n = fields.size();
        int trimmed = n;
        while (trimmed > 0 && fields.get(trimmed - 1).isEmpty()) {
            trimmed--;
        }
        return trimmed <= headerSize && n >= namedSize;
    }

    /** A likely cause for one field too many: an unquoted decimal comma such as {@code 3,50}. */
    private String hint(List<String> fields) {
        if (!decimalComma || fields.size() != headerSize + 1) {
            return "";
        }
        for (int i = fields.size() - 2; i >= 0; i--) {
            String a = fields.get(i).strip();
            String b = fields.get(i + 1).strip();
            if (a.matches("-?[0-9]{1,9}") && b.matches("[0-9]{1,2}")) {
                return " (is '" + a + "," + b + "' a decimal comma that was not quoted?)";
            }
        }
        return "";
    }

    private String columnName(int col) {
        return col >= 1 && col <= rawHeader.size() && !rawHeader.get(col - 1).isBlank()
                ? rawHeader.get(col - 1).replace("\uFEFF", "").strip() : col >= 1 ? "column_" + col : null;
    }

    private static boolean blank(List<String> fields) {
        for (String f : fields) {
            if (!f.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private boolean advance() {
        try {
            return csv.next();
        } catch (IOException e) {
            throw new ImportException("Cannot read the file: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new ImportException("Cannot read the file: " + e.getCause().getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
