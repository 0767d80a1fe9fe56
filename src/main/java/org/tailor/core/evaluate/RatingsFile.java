package org.tailor.core.evaluate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Reads the small delimited files of offline evaluation: split files (customer, item[, rating[, timestamp]]) and
 * ranked lists made elsewhere (customer, rank, item[, score]). Gzip is detected by its magic bytes; the delimiter
 * (tab, comma, semicolon, pipe) from the first line. A header is recognised by its names (customer_id, user,
 * product_id, item, rating, timestamp, order_date, rank ...); without one the columns are user, item, rating,
 * timestamp. Times are epoch seconds, or ISO dates/date-times (UTC). Errors name the file, line and column.
 */
public final class RatingsFile {
    private final Path file;
    private final List<String[]> rows = new ArrayList<>();
    private final List<Integer> lines = new ArrayList<>();
    private String[] header;

    private RatingsFile(Path file) {
        this.file = file;
    }

    /** Reads every row of a split file. */
    public static List<RatingRow> readRatings(Path file) {
        RatingsFile f = load(file);
        int user = f.column(0, "customer_id", "customer", "user_id", "user", "userid");
        int item = f.column(1, "product_id", "item_id", "item", "product", "sku", "movie_id", "itemid");
        int rating = f.optionalColumn(2, "rating", "score");
        int time = f.optionalColumn(3, "timestamp", "ts", "time", "date", "order_date", "event_time");
        List<RatingRow> out = new ArrayList<>(f.rows.size());
        for (int r = 0; r < f.rows.size(); r++) {
            String[] cells = f.rows.get(r);
            int line = f.lines.get(r);
            double value = rating < 0 ? Double.NaN : f.number(cells, rating, line);
            long t = time < 0 ? RatingRow.NO_TIME : f.time(cells, time, line);
            out.add(new RatingRow(f.text(cells, user, line), f.text(cells, item, line), value, t, line));
        }
        return out;
    }

    /** A ranked list row: customer, 1-based rank, item. */
    public record RankedRow(String customerId, int rank, String itemId, int line) {
    }

    /** Reads a ranked-list file (header customer_id, rank, product_id[, score], or those columns in that order). */
    public static List<RankedRow> readRanked(Path file) {
        RatingsFile f = load(file);
        int user = f.column(0, "customer_id", "customer", "user_id", "user");
        int rank = f.column(1, "rank", "position");
        int item = f.column(2, "product_id", "item_id", "item", "product", "sku");
        List<RankedRow> out = new ArrayList<>();
        for (int r = 0; r < f.rows.size(); r++) {
            String[] cells = f.rows.get(r);
            int line = f.lines.get(r);
            double rk = f.number(cells, rank, line);
            if (rk < 1 || rk != Math.rint(rk)) {
                throw f.error(line, rank, "rank must be a whole number from 1, was '" + cells[rank] + "'");
            }
            out.add(new RankedRow(f.text(cells, user, line), (int) rk, f.text(cells, item, line), line));
        }
        checkLists(out, file.toString());
        return out;
    }

    /**
     * Refuses malformed ranked lists: within one customer's list each rank and each item may appear only once (a
     * repeated item would otherwise count as several hits). The message names the source and both lines.
     */
    public static void checkLists(List<RankedRow> rows, String source) {
        java.util.Map<String, java.util.Map<Integer, RankedRow>> ranks = new java.util.HashMap<>();
        java.util.Map<String, java.util.Map<String, RankedRow>> items = new java.util.HashMap<>();
        for (RankedRow r : rows) {
            RankedRow sameRank = ranks.computeIfAbsent(r.customerId(), c -> new java.util.HashMap<>())
                    .putIfAbsent(r.rank(), r);
            if (sameRank != null) {
                throw new DataFileException(source + " line " + r.line() + ": customer " + r.customerId()
                        + " has rank " + r.rank() + " twice (lines " + sameRank.line() + " and " + r.line()
                        + "); each rank may appear once per customer");
            }
            RankedRow sameItem = items.computeIfAbsent(r.customerId(), c -> new java.util.HashMap<>())
                    .putIfAbsent(r.itemId(), r);
            if (sameItem != null) {
                throw new DataFileException(source + " line " + r.line() + ": customer " + r.customerId()
                        + " lists item " + r.itemId() + " twice (lines " + sameItem.line() + " and " + r.line()
                        + ", ranks " + sameItem.rank() + " and " + r.rank() + "); each item may appear once per list");
            }
        }
    }

    static RatingsFile load(Path file) {
        return load(file, StandardCharsets.UTF_8);
    }

    static RatingsFile load(Path file, Charset charset) {
        RatingsFile f = new RatingsFile(file);
        try (InputStream in = open(file);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, charset))) {
            String line;
            int no = 0;
            String delimiter = null;
            while ((line = reader.readLine()) != null) {
                no++;
                if (no == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                if (delimiter == null) {
                    delimiter = sniff(line);
                    String[] first = split(line, delimiter);
                    if (looksLikeHeader(first)) {
                        f.header = first;
                        continue;
                    }
                }
                f.rows.add(split(line, delimiter));
                f.lines.add(no);
            }
        } catch (IOException e) {
            throw new DataFileException(FileMessages.reading(file, e), e);
        }
        return f;
    }

    String[] header() {
        return header;
    }

    List<String[]> rows() {
        return rows;
    }

    static InputStream open(Path file) throws IOException {
        InputStream raw = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16);
        raw.mark(2);
        int b1 = raw.read();
        int b2 = raw.read();
        raw.reset();
        return b1 == 0x1f && b2 == 0x8b ? new GZIPInputStream(raw, 1 << 16) : raw;
    }

    private static String sniff(String line) {
        for (String d : new String[] {"\t", ",", ";", "|"}) {
            if (line.contains(d)) {
                return d;
            }
        }
        return "\t";
    }

    private static String[] split(String line, String delimiter) {
        String[] cells = line.split(java.util.regex.Pattern.quote(delimiter), -1);
        for (int i = 0; i < cells.length; i++) {
            String c = cells[i].trim();
            if (c.length() >= 2 && c.startsWith("\"") && c.endsWith("\"")) {
                c = c.substring(1, c.length() - 1).replace("\"\"", "\"");
            }
            cells[i] = c;
        }
        return cells;
    }

    private static boolean looksLikeHeader(String[] cells) {
        for (String c : cells) {
            String n = c.toLowerCase(Locale.ROOT);
            if (n.matches("(customer|user|item|product|movie)(_?id)?|sku|rating|timestamp|rank|order_date|order_id")) {
                return true;
            }
        }
        return false;
    }

    private int column(int position, String... names) {
        int c = optionalColumn(position, names);
        if (c < 0) {
            throw new DataFileException(file + " line 1: no column named " + names[0] + " (header: "
                    + String.join(",", header) + ")");
        }
        return c;
    }

    private int optionalColumn(int position, String... names) {
        if (header == null) {
            return rows.isEmpty() || rows.get(0).length > position ? position : -1;
        }
        for (String n : names) {
            for (int c = 0; c < header.length; c++) {
                if (header[c].equalsIgnoreCase(n)) {
                    return c;
                }
            }
        }
        return -1;
    }

    private String text(String[] cells, int col, int line) {
        if (col >= cells.length || cells[col].isEmpty()) {
            throw error(line, col, "the value is missing");
        }
        return cells[col];
    }

    private double number(String[] cells, int col, int line) {
        String s = text(cells, col, line);
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw error(line, col, "'" + s + "' is not a number");
        }
    }

    private long time(String[] cells, int col, int line) {
        String s = text(cells, col, line);
        try {
            if (s.matches("-?\\d+")) {
                return Long.parseLong(s);
            }
            if (s.length() == 10) {
                return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
            }
            return s.endsWith("Z") || s.matches(".*[+-]\\d\\d:\\d\\d$") ? OffsetDateTime.parse(s).toEpochSecond()
                    : java.time.LocalDateTime.parse(s.replace(' ', 'T')).toEpochSecond(ZoneOffset.UTC);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw error(line, col, "'" + s + "' is not a time (epoch seconds or ISO date)");
        }
    }

    private DataFileException error(int line, int col, String what) {
        String name = header != null && col < header.length ? " '" + header[col] + "'" : "";
        return new DataFileException(file + " line " + line + ", column " + (col + 1) + name + ": " + what);
    }
}
