package org.tailor.core.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The value type a column's cells suggest, with the share of non-empty cells that fit it. A column with an
 * integer-looking value that has a leading zero or a leading '+' is {@code text} (ids, ZIP codes and phone numbers
 * keep their digits). Otherwise the type most cells fit wins: {@code boolean}, {@code integer}, {@code date},
 * {@code decimal} (decimal comma or point, currency, percent), else {@code text}.
 */
record ColumnProfile(String type, double confidence) {
    private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern BOOL = Pattern.compile("(?i)yes|no|true|false|y|n");
    private static final NumberParser POINT = new NumberParser('.');
    private static final NumberParser COMMA = new NumberParser(',');

    static ColumnProfile of(List<List<String>> rows, int col) {
        int n = 0;
        int ints = 0;
        int decs = 0;
        int bools = 0;
        int dates = 0;
        boolean padded = false;
        for (List<String> r : rows) {
            String v = col < r.size() ? r.get(col).strip() : "";
            if (v.isEmpty()) {
                continue;
            }
            n++;
            boolean integer = INTEGER.matcher(v).matches();
            if (integer) {
                ints++;
                padded |= v.charAt(0) == '+' || v.length() > 1 && v.charAt(0) == '0';
            }
            bools += BOOL.matcher(v).matches() ? 1 : 0;
            decs += isNumber(v) ? 1 : 0;
            if (!integer && isDate(v)) {
                dates++;
            }
        }
        if (n == 0) {
            return new ColumnProfile("empty", 1.0);
        }
        if (padded) {
            return new ColumnProfile("text", 0.9);
        }
        String type = "text";
        int best = 0;
        String[] names = {"boolean", "integer", "date", "decimal"};
        int[] counts = {bools, ints, dates, decs};
        for (int i = 0; i < names.length; i++) {
            if (counts[i] > best) {
                best = counts[i];
                type = names[i];
            }
        }
        return best == 0 ? new ColumnProfile("text", 1.0) : new ColumnProfile(type, best / (double) n);
    }

    private static boolean isNumber(String v) {
        for (NumberParser p : new NumberParser[] {POINT, COMMA}) {
            try {
                p.parse(v);
                return true;
            } catch (NumberFormatException e) {
                // try the other decimal separator
            }
        }
        return false;
    }

    private static boolean isDate(String v) {
        for (DateFormat f : DateFormat.values()) {
            if (f.parse(v) != null) {
                return true;
            }
        }
        return false;
    }
}
