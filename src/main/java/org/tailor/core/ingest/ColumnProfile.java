package org.tailor.core.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The value type a column's cells suggest, with the share of non-empty cells that fit it: {@code text} wins for
 * any column with a leading zero or a leading '+' (ids, ZIP codes, phone numbers keep their digits), then
 * {@code integer}, {@code decimal}, {@code date}, {@code boolean}, else {@code text}.
 */
record ColumnProfile(String type, double confidence) {
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("[-+(]?[^0-9]{0,3}[0-9][0-9 .,'\u00A0]*[^0-9]{0,4}");
    private static final Pattern BOOL = Pattern.compile("(?i)yes|no|true|false|y|n|0|1");

    static ColumnProfile of(List<List<String>> rows, int col) {
        int n = 0;
        int ints = 0;
        int decs = 0;
        int bools = 0;
        boolean textOnly = false;
        DateColumnDecider dates = new DateColumnDecider();
        for (List<String> r : rows) {
            String v = col < r.size() ? r.get(col).strip() : "";
            if (v.isEmpty()) {
                continue;
            }
            n++;
            if (v.length() > 1 && (v.charAt(0) == '0' && Character.isDigit(v.charAt(1)) || v.charAt(0) == '+')) {
                textOnly = true;
            }
            ints += INTEGER.matcher(v).matches() ? 1 : 0;
            decs += DECIMAL.matcher(v).matches() ? 1 : 0;
            bools += BOOL.matcher(v).matches() ? 1 : 0;
            dates.accept(v);
        }
        if (n == 0) {
            return new ColumnProfile("empty", 1.0);
        }
        if (textOnly) {
            return new ColumnProfile("text", 0.9);
        }
        if (dates.confidence() >= 0.9 && ints < n) {
            return new ColumnProfile("date", dates.confidence());
        }
        if (bools == n && ints < n) {
            return new ColumnProfile("boolean", 1.0);
        }
        if (ints >= 0.9 * n) {
            return new ColumnProfile("integer", ints / (double) n);
        }
        if (decs >= 0.9 * n) {
            return new ColumnProfile("decimal", decs / (double) n);
        }
        return new ColumnProfile("text", 1.0 - Math.max(ints, decs) / (double) n);
    }
}
