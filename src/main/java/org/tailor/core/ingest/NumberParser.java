package org.tailor.core.ingest;

/**
 * Reads numbers as marketers' files write them: decimal comma or point (one per column, see
 * {@link #detectDecimal}), thousands separators (point, comma, space, apostrophe), currency symbols and ISO codes
 * before or after ({@code €12,50}, {@code 12.50 USD}), percent ({@code 15%} is 0.15) and accounting negatives
 * ({@code (12.00)}). Returns null for an empty cell and throws {@link NumberFormatException} with a readable reason.
 */
public final class NumberParser {
    /** Numbers beyond a trillion in magnitude are rejected as out of range (never clamped). */
    public static final double MAX_MAGNITUDE = 1e12;
    static final String MAX_TEXT = "1,000,000,000,000";
    /** Text longer than this is not read as a number at all. */
    static final int MAX_LENGTH = 64;
    private final char decimal;

    /** @param decimal the column's decimal separator, {@code '.'} or {@code ','} */
    public NumberParser(char decimal) {
        this.decimal = decimal;
    }

    public char decimal() {
        return decimal;
    }

    public Double parse(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        if (s.isEmpty()) {
            return null;
        }
        if (s.length() > MAX_LENGTH) {
            throw new NumberFormatException("'" + shorten(raw) + "' (" + s.length() + " characters) is too long to be"
                    + " a number");
        }
        return inRange(raw, parseText(raw, s));
    }

    private static Double inRange(String raw, double v) {
        if (!Double.isFinite(v) || Math.abs(v) > MAX_MAGNITUDE) {
            throw new NumberFormatException("'" + shorten(raw) + "' is out of range (more than " + MAX_TEXT
                    + " in magnitude)");
        }
        return v;
    }

    /** The text cut to 40 characters with an ellipsis, for messages. */
    static String shorten(String raw) {
        return raw.length() <= 40 ? raw : raw.substring(0, 40) + "…";
    }

    private double parseText(String raw, String s) {
        if (decimal == '.' && simple(s)) {
            try {
                return Double.parseDouble(s);
            } catch (NumberFormatException e) {
                throw new NumberFormatException("'" + raw + "' is not a number");
            }
        }
        boolean negative = false;
        if (s.startsWith("(") && s.endsWith(")")) {
            negative = true;
            s = s.substring(1, s.length() - 1).strip();
        }
        s = stripCurrency(s);
        boolean percent = s.endsWith("%");
        if (percent) {
            s = s.substring(0, s.length() - 1).strip();
        }
        s = stripCurrency(s);
        if (s.endsWith("-")) {
            negative = !negative;
            s = s.substring(0, s.length() - 1);
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == decimal) {
                b.append('.');
            } else if (ch >= '0' && ch <= '9' || ch == '-' || ch == '+' || ch == 'e' || ch == 'E') {
                b.append(ch);
            } else if (ch == ' ' || ch == '\u00A0' || ch == '\u202F' || ch == '\'' || ch == '.' || ch == ',') {
                continue;
            } else {
                throw new NumberFormatException("'" + raw + "' is not a number");
            }
        }
        String t = b.toString();
        if (!t.matches("[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?")) {
            throw new NumberFormatException("'" + raw + "' is not a number");
        }
        double v = Double.parseDouble(t);
        v = negative ? -v : v;
        return percent ? v / 100.0 : v;
    }

    private static boolean simple(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (!(ch >= '0' && ch <= '9' || ch == '.' || ch == '-' && i == 0)) {
                return false;
            }
        }
        return true;
    }

    private static String stripCurrency(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (isCurrency(s.charAt(start)) || Character.isWhitespace(s.charAt(start)))) {
            start++;
        }
        while (end > start && (isCurrency(s.charAt(end - 1)) || Character.isWhitespace(s.charAt(end - 1)))) {
            end--;
        }
        String t = s.substring(start, end);
        if (t.length() > 3 && t.substring(0, 3).chars().allMatch(Character::isLetter)) {
            t = t.substring(3).strip();
        }
        if (t.length() > 3 && t.substring(t.length() - 3).chars().allMatch(Character::isLetter)) {
            t = t.substring(0, t.length() - 3).strip();
        }
        return t;
    }

    private static boolean isCurrency(char ch) {
        return Character.getType(ch) == Character.CURRENCY_SYMBOL;
    }

    /**
     * The decimal separator that fits a column's values: where both '.' and ',' appear the later one is the
     * decimal; a lone ',' followed by other than exactly three digits is a decimal comma. Ties go to ','
     * when the file's delimiter is ';' (European exports), else '.'.
     */
    public static char detectDecimal(Iterable<String> values, char delimiter) {
        int comma = 0;
        int point = 0;
        for (String v : values) {
            if (v == null) {
                continue;
            }
            String s = v.strip();
            int c = s.lastIndexOf(',');
            int p = s.lastIndexOf('.');
            if (c >= 0 && p >= 0) {
                if (c > p) {
                    comma++;
                } else {
                    point++;
                }
            } else if (c >= 0) {
                int digitsAfter = digitsAfter(s, c);
                if (digitsAfter != 3 || s.indexOf(',') != c && digitsAfter != 3) {
                    comma++;
                }
            } else if (p >= 0 && digitsAfter(s, p) != 3) {
                point++;
            }
        }
        if (comma == point) {
            return delimiter == ';' && comma == 0 ? ',' : '.';
        }
        return comma > point ? ',' : '.';
    }

    private static int digitsAfter(String s, int i) {
        int n = 0;
        for (int j = i + 1; j < s.length() && Character.isDigit(s.charAt(j)); j++) {
            n++;
        }
        return n;
    }
}
