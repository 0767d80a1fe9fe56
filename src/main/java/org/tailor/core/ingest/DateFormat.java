package org.tailor.core.ingest;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The date and date-time forms Tailor reads; each parses to epoch seconds (UTC). A date-time without a zone is
 * read as wall-clock time in UTC; with {@code Z} or an offset it is converted. Day and month may have one or two
 * digits; any date form may carry a time {@code HH:mm[:ss[.fff]]} after a space or {@code T}.
 * One format is chosen per column ({@link DateColumnDecider}).
 */
public enum DateFormat {
    ISO("yyyy-MM-dd"), YMD_SLASH("yyyy/MM/dd"), DMY_SLASH("dd/MM/yyyy"), MDY_SLASH("MM/dd/yyyy"),
    DMY_DOT("dd.MM.yyyy"), DMY_DASH("dd-MM-yyyy"), MDY_DASH("MM-dd-yyyy"), DAY_MONTH_NAME("dd-MMM-yyyy"),
    EPOCH_SECONDS("epoch-seconds"), EPOCH_MILLIS("epoch-millis"), SPREADSHEET_SERIAL("spreadsheet-serial"),
    DMY_SLASH_YY("dd/MM/yy"), MDY_SLASH_YY("MM/dd/yy");

    /**
     * Two-digit years use the POSIX pivot: 69-99 are 1969-1999, 00-68 are 2000-2068 ({@code 31/12/99} is
     * 1999-12-31, {@code 15/06/24} is 2024-06-15).
     */
    public static final int TWO_DIGIT_PIVOT = 69;

    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
        "nov", "dec"};
    private static final long SERIAL_EPOCH_DAY = LocalDate.of(1899, 12, 30).toEpochDay();

    private final String pattern;

    DateFormat(String pattern) {
        this.pattern = pattern;
    }

    /** The name users see and pass to {@code --date-format}. */
    public String pattern() {
        return pattern;
    }

    /** Finds a format by its pattern or enum name (case-insensitive for names). */
    public static DateFormat of(String s) {
        for (DateFormat f : values()) {
            if (f.pattern.equals(s) || f.name().equalsIgnoreCase(s.replace('-', '_'))) {
                return f;
            }
        }
        if (s.equalsIgnoreCase("epoch-s")) {
            return EPOCH_SECONDS;
        }
        if (s.equalsIgnoreCase("epoch-ms")) {
            return EPOCH_MILLIS;
        }
        throw new IllegalArgumentException("Unknown date format '" + s + "'; use one of "
                + java.util.Arrays.stream(values()).map(DateFormat::pattern).toList());
    }

    /** Epoch seconds, or null when the text is not in this format. */
    public Long parse(CharSequence text) {
        String s = text.toString().strip();
        if (s.isEmpty()) {
            return null;
        }
        switch (this) {
            case EPOCH_SECONDS: return epoch(s, 100_000_000L, 100_000_000_000L, 1);
            case EPOCH_MILLIS: return epoch(s, 100_000_000_000L, 100_000_000_000_000L, 1000);
            case SPREADSHEET_SERIAL: return serial(s);
            default: return new Cursor(s).date(this);
        }
    }

    private static Long epoch(String s, long min, long max, long div) {
        if (!s.matches("-?[0-9]{1,15}")) {
            return null;
        }
        long v = Long.parseLong(s);
        return Math.abs(v) >= min && Math.abs(v) < max ? Math.floorDiv(v, div) : null;
    }

    private static Long serial(String s) {
        if (!s.matches("[0-9]{5}(\\.[0-9]+)?")) {
            return null;
        }
        double v = Double.parseDouble(s);
        if (v < 10_000 || v >= 100_000) {
            return null;
        }
        long day = (long) Math.floor(v);
        return (SERIAL_EPOCH_DAY + day) * 86_400L + Math.round((v - day) * 86_400.0);
    }

    /** ASCII digits only: other scripts' digits (which {@link Character#isDigit} accepts) are not dates here. */
    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static int daysInMonth(int y, int m) {
        return switch (m) {
            case 2 -> (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /**
     * Days from 1970-01-01 to a proleptic Gregorian date (a valid one), by the civil-from-days inverse: years are
     * counted from March so that the leap day ends the year; era = 400-year cycle of 146,097 days.
     */
    static long epochDay(int y, int m, int d) {
        long yy = m <= 2 ? y - 1 : y;
        long era = Math.floorDiv(yy, 400);
        long yoe = yy - era * 400;
        long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }

    /** A small hand-written scanner: faster than DateTimeFormatter and strict about ranges. */
    private static final class Cursor {
        private final String s;
        private int i;

        Cursor(String s) {
            this.s = s;
        }

        Long date(DateFormat f) {
            int y;
            int m;
            int d;
            switch (f) {
                case ISO, YMD_SLASH -> {
                    char sep = f == ISO ? '-' : '/';
                    y = digits(4, 4);
                    if (y < 0 || !sep(sep)) {
                        return null;
                    }
                    m = digits(1, 2);
                    if (m < 0 || !sep(sep)) {
                        return null;
                    }
                    d = digits(1, 2);
                }
                case DAY_MONTH_NAME -> {
                    d = digits(1, 2);
                    char sep = i < s.length() ? s.charAt(i) : 0;
                    if (d < 0 || (sep != '-' && sep != ' ' && sep != '/') || !sep(sep)) {
                        return null;
                    }
                    m = monthName();
                    if (m < 0 || !sep(sep)) {
                        return null;
                    }
                    y = digits(4, 4);
                }
                default -> {
                    char sep = f == DMY_DOT ? '.' : f == DMY_DASH || f == MDY_DASH ? '-' : '/';
                    int a = digits(1, 2);
                    if (a < 0 || !sep(sep)) {
                        return null;
                    }
                    int b = digits(1, 2);
                    if (b < 0 || !sep(sep)) {
                        return null;
                    }
                    boolean twoDigits = f == DMY_SLASH_YY || f == MDY_SLASH_YY;
                    y = twoDigits ? digits(2, 2) : digits(4, 4);
                    if (twoDigits && y >= 0) {
                        y += y >= TWO_DIGIT_PIVOT ? 1900 : 2000;
                    }
                    boolean monthFirst = f == MDY_SLASH || f == MDY_DASH || f == MDY_SLASH_YY;
                    m = monthFirst ? a : b;
                    d = monthFirst ? b : a;
                }
            }
            if (y < 0 || d < 0 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) {
                return null;
            }
            long seconds = epochDay(y, m, d) * 86_400L;
            Long time = time();
            return time == null ? null : seconds + time;
        }

        /** Seconds into the day minus the zone offset; 0 when no time follows; null when garbage follows. */
        private Long time() {
            if (i == s.length()) {
                return 0L;
            }
            char c = s.charAt(i);
            if (c != ' ' && c != 'T') {
                return null;
            }
            i++;
            int h = digits(1, 2);
            if (h < 0 || h > 23 || !sep(':')) {
                return null;
            }
            int min = digits(2, 2);
            int sec = 0;
            if (min < 0 || min > 59) {
                return null;
            }
            if (i < s.length() && s.charAt(i) == ':') {
                i++;
                sec = digits(2, 2);
                if (sec < 0 || sec > 60) {
                    return null;
                }
                if (i < s.length() && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
                    i++;
                    while (i < s.length() && isDigit(s.charAt(i))) {
                        i++;
                    }
                }
            }
            long t = h * 3600L + min * 60L + sec;
            Long offset = zone();
            return offset == null ? null : t - offset;
        }

        private Long zone() {
            if (i == s.length() - 1 && s.charAt(i) == 'Z') {
                return 0L;
            }
            String rest = s.substring(i).strip();
            if (rest.isEmpty() || rest.equals("Z") || rest.equalsIgnoreCase("UTC") || rest.equalsIgnoreCase("GMT")) {
                return 0L;
            }
            if (!rest.matches("[+-][0-9]{2}(:?[0-9]{2})?")) {
                return null;
            }
            int sign = rest.charAt(0) == '-' ? -1 : 1;
            String digits = rest.substring(1).replace(":", "");
            int hh = Integer.parseInt(digits.substring(0, 2));
            int mm = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
            return sign * (hh * 3600L + mm * 60L);
        }

        private int digits(int min, int max) {
            int start = i;
            int v = 0;
            while (i < s.length() && i - start < max && isDigit(s.charAt(i))) {
                v = v * 10 + (s.charAt(i++) - '0');
            }
            return i - start >= min ? v : -1;
        }

        private boolean sep(char c) {
            if (i < s.length() && s.charAt(i) == c) {
                i++;
                return true;
            }
            return false;
        }

        private int monthName() {
            if (i + 3 > s.length()) {
                return -1;
            }
            String m = s.substring(i, i + 3).toLowerCase(Locale.ROOT);
            for (int k = 0; k < 12; k++) {
                if (MONTHS[k].equals(m)) {
                    i += 3;
                    return k + 1;
                }
            }
            return -1;
        }
    }
}
