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
 *   <li>{@code text}, {@code integer}, {@code boolean}, {@code date}: accepted; these follow the column's role.</li>
 * </ul>
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
