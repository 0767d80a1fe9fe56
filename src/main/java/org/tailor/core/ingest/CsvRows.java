package org.tailor.core.ingest;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Streams the records of a delimited file with FastCSV (RFC 4180 quoting with embedded delimiters, quotes and
 * newlines; CR, LF and CRLF line ends): skips lines above the header, reads the header (or takes the spec's
 * column names), and hands out data rows with their physical line numbers. Rows whose cells are all empty are
 * skipped and counted. Cells beyond the header get generated names ({@code column_N}).
 */
final class CsvRows implements Closeable {
    private final Reader reader;
    private final CsvReader<CsvRecord> csv;
    private final Iterator<CsvRecord> it;
    private final List<String> rawHeader;
    private CsvRecord pending;
    long blankRows;
    int widest;

    CsvRows(Path file, Dialect d, List<String> columns, long[] bytesRead) throws IOException {
        this.reader = TextSource.reader(file, d, bytesRead);
        this.csv = CsvReader.builder().fieldSeparator(d.delimiter()).quoteCharacter('"')
                .commentStrategy(CommentStrategy.NONE).skipEmptyLines(false).ignoreDifferentFieldCount(true)
                .acceptCharsAfterQuotes(true).detectBomHeader(false).ofCsvRecord(reader);
        this.it = csv.iterator();
        CsvRecord first = null;
        while (hasNextRecord()) {
            CsvRecord r = nextRecord();
            if (r.getStartingLineNumber() >= d.headerLine()) {
                first = r;
                break;
            }
        }
        if (d.hasHeader() && first != null) {
            rawHeader = new ArrayList<>(first.getFields());
        } else {
            pending = first;
            int n = first == null ? 0 : first.getFieldCount();
            List<String> h = new ArrayList<>();
            for (int i = 0; i < Math.max(n, columns == null ? 0 : columns.size()); i++) {
                h.add(columns != null && i < columns.size() ? columns.get(i) : "");
            }
            rawHeader = h;
        }
        widest = rawHeader.size();
    }

    List<String> rawHeader() {
        return rawHeader;
    }

    /** The next data row with content, or null at the end. {@code line[0]} receives its physical line. */
    List<String> next(long[] line) {
        while (true) {
            CsvRecord r;
            if (pending != null) {
                r = pending;
                pending = null;
            } else if (hasNextRecord()) {
                r = nextRecord();
            } else {
                return null;
            }
            List<String> fields = r.getFields();
            boolean blank = true;
            for (String f : fields) {
                if (!f.isEmpty()) {
                    blank = false;
                    break;
                }
            }
            if (blank) {
                blankRows++;
                continue;
            }
            line[0] = r.getStartingLineNumber();
            if (fields.size() > widest) {
                widest = fields.size();
            }
            return fields;
        }
    }

    private boolean hasNextRecord() {
        try {
            return it.hasNext();
        } catch (UncheckedIOException e) {
            throw new ImportException("Cannot read the file: " + e.getCause().getMessage(), e);
        } catch (CsvParseException e) {
            throw new ImportException("The file is not valid CSV: " + e.getMessage(), e);
        }
    }

    private CsvRecord nextRecord() {
        try {
            return it.next();
        } catch (CsvParseException e) {
            throw new ImportException("The file is not valid CSV: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        csv.close();
        reader.close();
    }
}
