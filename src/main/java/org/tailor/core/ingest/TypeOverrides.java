package org.tailor.core.ingest;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Applies the value-type overrides ({@link ColumnTypes}) to the cells of a row, before the cell reaches its role.
 * A cell that does not fit its column's type throws {@link IllegalArgumentException} with a reason naming the value
 * and the column (the converter rejects the row with it); an empty cell never gets here (the missing-value policy
 * decides it first). Per type:
 * <ul>
 *   <li>{@code integer}: a whole number ({@code 007}, {@code +5}, {@code 1,234}, {@code 3.0}); stored as plain digits
 *   ({@code 7}, {@code 5}, {@code 1234}, {@code 3}), except in an id column, where it is only checked (ids keep
 *   their text, leading zeros included);</li>
 *   <li>{@code boolean}: yes/no in the words of {@link #yesNo}, stored as {@code 1} or {@code 0};</li>
 *   <li>{@code date} and {@code date:PATTERN}: a date in the column's format (decided from the whole column for
 *   {@code date}), stored as an ISO date {@code yyyy-MM-dd} (or {@code yyyy-MM-dd HH:mm:ss} when it has a time);
 *   the interaction timestamp reads the format itself;</li>
 *   <li>{@code decimal} and {@code decimal-comma}: a number, stored in plain form ({@code 1.234,50} becomes
 *   {@code 1234.5}); number roles read it themselves;</li>
 *   <li>{@code text}: kept exactly as in the file.</li>
 * </ul>
 */
final class TypeOverrides {
    private static final Pattern DIGITS = Pattern.compile("[-+]?[0-9]+");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private enum Kind { TEXT, INTEGER, BOOLEAN, DATE, DECIMAL, NONE }

    private final Kind[] kinds;
    private final boolean[] checkOnly;
    private final String[] names;
    private final DateFormat[] dateFormats;
    private final NumberParser[] numbers;

    private TypeOverrides(ColumnPlan plan, Map<Integer, String> types, DateFormat[] dateFormats,
                          NumberParser[] numbers) {
        int n = plan.names.size();
        this.kinds = new Kind[n];
        this.checkOnly = new boolean[n];
        this.names = plan.names.toArray(new String[0]);
        this.dateFormats = dateFormats;
        this.numbers = numbers;
        types.forEach((c, type) -> {
            Field f = plan.fields[c];
            Kind k = kind(type);
            boolean parsedByRole = f != null && (k == Kind.DATE && f.type() == Field.Type.DATE
                    || k == Kind.DECIMAL && f.type() == Field.Type.NUMBER);
            // a timestamp reads its date format, a number role its decimal separator: nothing to do here
            kinds[c] = parsedByRole ? Kind.NONE : k;
            // an id is checked but keeps its text (leading zeros and all)
            checkOnly[c] = f != null && f.type() == Field.Type.ID;
        });
    }

    /** The overrides of a file's columns, or null when there are none (the converter then skips this step). */
    static TypeOverrides of(ColumnPlan plan, Map<Integer, String> types, DateFormat[] dateFormats,
                            NumberParser[] numbers) {
        return types.isEmpty() ? null : new TypeOverrides(plan, types, dateFormats, numbers);
    }

    private static Kind kind(String type) {
        String t = type.strip().toLowerCase(Locale.ROOT);
        if (t.equals("date") || t.startsWith("date:")) {
            return Kind.DATE;
        }
        if (ColumnTypes.decimal(t) != 0) {
            return Kind.DECIMAL;
        }
        return switch (t) {
            case "integer" -> Kind.INTEGER;
            case "boolean" -> Kind.BOOLEAN;
            case "text" -> Kind.TEXT;
            default -> Kind.NONE;
        };
    }

    /** The cell of column {@code c} as its override makes it; throws with a reason when it does not fit. */
    String apply(int c, String v) {
        Kind k = c < kinds.length ? kinds[c] : null;
        if (k == null || k == Kind.TEXT || k == Kind.NONE) {
            return v;
        }
        String out = switch (k) {
            case INTEGER -> integer(c, v.strip());
            case BOOLEAN -> yesNo(c, v.strip());
            case DATE -> date(c, v);
            default -> decimal(c, v);
        };
        return checkOnly[c] ? v : out;
    }

    private String integer(int c, String t) {
        if (DIGITS.matcher(t).matches()) {
            return new BigInteger(t).toString();
        }
        if (t.indexOf('e') < 0 && t.indexOf('E') < 0 && t.indexOf('%') < 0) {
            try {
                Double d = numbers[c].parse(t);
                if (d != null && d == Math.rint(d)) {
                    return Long.toString(d.longValue());
                }
            } catch (NumberFormatException e) {
                // not a number at all: the reason below says so
            }
        }
        throw new IllegalArgumentException("'" + NumberParser.shorten(t) + "' in column " + names[c]
                + " is not a whole number (the column's type is integer)");
    }

    private String yesNo(int c, String t) {
        String b = yesNo(t);
        if (b == null) {
            throw new IllegalArgumentException("'" + NumberParser.shorten(t) + "' in column " + names[c]
                    + " is not yes/no (the column's type is boolean)");
        }
        return b;
    }

    /** {@code 1} for yes, {@code 0} for no (several languages, 是/否 included), null for anything else. */
    static String yesNo(String t) {
        return switch (t.strip().toLowerCase(Locale.ROOT)) {
            case "1", "yes", "y", "true", "t", "x", "ja", "oui", "si", "sí", "是" -> "1";
            case "0", "no", "n", "false", "f", "nein", "non", "否" -> "0";
            default -> null;
        };
    }

    private String date(int c, String v) {
        DateFormat f = dateFormats[c];
        Long ts = f == null ? null : f.parse(v);
        if (ts == null) {
            throw new IllegalArgumentException("'" + NumberParser.shorten(v.strip()) + "' in column " + names[c]
                    + " is not a date" + (f == null ? " (no date format fits the column)"
                    : " in the column's format " + f.pattern()));
        }
        return isoDate(ts);
    }

    /** Epoch seconds as an ISO date {@code yyyy-MM-dd}, or {@code yyyy-MM-dd HH:mm:ss} when it has a time. */
    static String isoDate(long ts) {
        if (Math.floorMod(ts, 86_400L) == 0) {
            return LocalDate.ofEpochDay(Math.floorDiv(ts, 86_400L)).toString();
        }
        return LocalDateTime.ofEpochSecond(ts, 0, ZoneOffset.UTC).format(DATE_TIME);
    }

    private String decimal(int c, String v) {
        try {
            Double d = numbers[c].parse(v);
            return d == null ? v : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(e.getMessage() + " (column " + names[c] + ", type "
                    + (numbers[c].decimal() == ',' ? "decimal-comma" : "decimal") + ")", e);
        }
    }
}
