package org.tailor.core.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Per-column value-type overrides chosen in the mapping wizard (or a preset's {@code types}). The importer honours:
 * <ul>
 *   <li>{@code decimal}: numbers with a decimal point ({@code 1,234.50}); {@code decimal-comma}: with a decimal
 *   comma ({@code 1.234,50}) - replaces the separator detected from the first rows;</li>
 *   <li>{@code date:PATTERN} (a {@link DateFormat#pattern()}, e.g. {@code date:dd/MM/yyyy}): the column's date
 *   format, which also answers an ambiguous column;</li>
 *   <li>{@code integer}: every value must be a whole number; {@code boolean}: yes/no, stored as 1/0; {@code date}:
 *   a date whose format is decided from the whole column (an ambiguous column is asked about), stored as an ISO
 *   date; {@code text}: kept as in the file - see {@link TypeOverrides} for what each does to a cell.</li>
 * </ul>
 * A type that contradicts the column's role is refused before anything is read or written ({@link #checkRoles}):
 * {@code text} for a role that needs a number, date or yes/no (amount, quantity, timestamp, opt-in ...), and
 * {@code boolean}, {@code date} or a decimal type for an id.
 */
public final class ColumnTypes {
    /** The override names the wizard offers (dates are offered per format as {@code date:PATTERN}). */
    public static final List<String> NAMES = List.of("text", "integer", "decimal", "decimal-comma", "boolean", "date");

    private ColumnTypes() {
    }

    /** The date format named by {@code date:PATTERN}, or null for other types. */
    static DateFormat dateFormat(String type) {
        String t = type.strip();
        if (!t.toLowerCase(Locale.ROOT).startsWith("date:")) {
            return null;
        }
        return DateFormat.of(t.substring("date:".length()).strip());
    }

    /** The decimal separator named by the type, or 0 for types that do not name one. */
    static char decimal(String type) {
        return switch (type.strip().toLowerCase(Locale.ROOT)) {
            case "decimal", "decimal-point", "number" -> '.';
            case "decimal-comma" -> ',';
            default -> 0;
        };
    }

    /** Column index to override, for the columns the file has; an unknown type names file and column. */
    static Map<Integer, String> resolve(Map<String, String> types, List<String> names, String fileName) {
        Map<Integer, String> out = new LinkedHashMap<>();
        if (types == null) {
            return out;
        }
        types.forEach((col, type) -> {
            if (type == null || type.isBlank()) {
                return;
            }
            check(type, col, fileName);
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i).equalsIgnoreCase(col)) {
                    out.put(i, type.strip());
                }
            }
        });
        return out;
    }

    /**
     * Refuses, naming file and column, a type that contradicts the column's role: the role's value type must be
     * one the override can give ({@link #fits}). Ignored columns take any type (they are not read).
     */
    static void checkRoles(Map<Integer, String> types, ColumnPlan plan, String fileName) {
        types.forEach((c, type) -> {
            Field f = plan.fields[c];
            if (f == null || plan.ignored[c]) {
                return;
            }
            String t = type.strip().toLowerCase(Locale.ROOT);
            String kind = t.startsWith("date:") ? "date" : decimal(t) != 0 ? "decimal" : t;
            if (!fits(kind, f.type())) {
                throw new ImportException(fileName + ": column '" + plan.names.get(c) + "' is the " + f.key()
                        + ", which " + needs(f.type()) + "; the type '" + type.strip() + "' cannot be used for it."
                        + " Choose " + choices(f.type()) + ", or give the column another role");
            }
        });
    }

    /** Whether an override of {@code kind} (text, integer, boolean, date, decimal, id, empty) fits a role's type. */
    static boolean fits(String kind, Field.Type role) {
        if (kind.equals("id") || kind.equals("empty")) {
            return true;
        }
        return switch (role) {
            case ID -> kind.equals("text") || kind.equals("integer");
            case TEXT -> true;
            case INTEGER -> kind.equals("integer");
            case NUMBER -> kind.equals("integer") || kind.equals("decimal");
            case DATE -> kind.equals("date");
            case BOOLEAN -> kind.equals("boolean");
        };
    }

    private static String needs(Field.Type role) {
        return switch (role) {
            case ID -> "is an id and always kept as text";
            case INTEGER -> "must be a whole number";
            case NUMBER -> "must be a number";
            case DATE -> "must be a date";
            case BOOLEAN -> "must be yes/no";
            case TEXT -> "is text";
        };
    }

    private static String choices(Field.Type role) {
        return switch (role) {
            case ID -> "text (or integer to check that every id is a whole number)";
            case INTEGER -> "integer";
            case NUMBER -> "decimal, decimal-comma or integer";
            case DATE -> "date or a date format (date:dd/MM/yyyy, date:epoch-seconds ...)";
            case BOOLEAN -> "boolean";
            case TEXT -> "any type";
        };
    }

    private static void check(String type, String col, String fileName) {
        String t = type.strip().toLowerCase(Locale.ROOT);
        if (t.startsWith("date:")) {
            try {
                dateFormat(type);
            } catch (IllegalArgumentException e) {
                throw new ImportException(fileName + ": column '" + col + "': unknown date format '"
                        + type.substring(5) + "'");
            }
            return;
        }
        if (decimal(t) == 0 && !List.of("text", "integer", "boolean", "date", "id", "empty").contains(t)) {
            throw new ImportException(fileName + ": column '" + col + "': unknown type '" + type + "'; known: "
                    + String.join(", ", NAMES) + ", date:PATTERN");
        }
    }
}
