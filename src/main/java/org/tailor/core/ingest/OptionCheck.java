package org.tailor.core.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks what the user typed against the file before anything is written: every {@code --map}, {@code --type}
 * and {@code --missing} column must be one of the file's columns, the near-duplicate window 0 or more, every field a known field key, every missing-value
 * policy one of reject, empty or default:VALUE. Each failure lists what would have been valid.
 */
final class OptionCheck {
    private OptionCheck() {
    }

    static void check(PreparedFile p, ImportOptions options) {
        List<String> names = p.plan.names;
        if (options.mapping() != null) {
            for (String col : options.mapping().keySet()) {
                requireColumn(p, col, "--map");
            }
        }
        if (options.missing() != null) {
            for (Map.Entry<String, String> e : options.missing().entrySet()) {
                requireColumn(p, e.getKey(), "--missing");
            }
        }
        if (options.types() != null) {
            for (String col : options.types().keySet()) {
                requireColumn(p, col, "--type");
            }
        }
        if (options.nearDuplicateSeconds() != null && options.nearDuplicateSeconds() < 0) {
            throw new ImportException("near-duplicate window " + options.nearDuplicateSeconds() + " s: use a whole"
                    + " number of seconds, 0 or more (0 turns the rule off)");
        }
        if (p.spec.missing() != null) {
            for (Map.Entry<String, String> e : p.spec.missing().entrySet()) {
                String policy = e.getValue() == null ? "" : e.getValue().strip().toLowerCase(Locale.ROOT);
                if (!policy.equals("reject") && !policy.equals("empty") && !policy.startsWith("default:")) {
                    throw new ImportException("unknown missing-value policy '" + e.getValue() + "' for column "
                            + e.getKey() + "; use reject, empty or default:VALUE");
                }
            }
        }
        if (names.isEmpty()) {
            throw new ImportException(noRows(p));
        }
    }

    private static void requireColumn(PreparedFile p, String col, String option) {
        for (String n : p.plan.names) {
            if (n.equalsIgnoreCase(col.strip())) {
                return;
            }
        }
        throw new ImportException(option + " names column '" + col + "', which " + p.fileName + " does not have;"
                + " its columns are: " + String.join(", ", p.plan.names));
    }

    /** The valid field keys for {@code --map}, for messages. */
    static String fieldKeys() {
        List<String> keys = new ArrayList<>(Arrays.stream(Field.values()).map(Field::key).toList());
        keys.add("ignore");
        return String.join(", ", keys);
    }

    /** Why a file without data rows cannot be imported. */
    static String noRows(PreparedFile p) {
        List<String> raw = p.header.names();
        if (raw.size() <= 1 && p.plan.names.stream().mapToInt(String::length).sum() > 200) {
            int chars = p.plan.names.stream().mapToInt(String::length).sum();
            return p.fileName + " is not a CSV file: its only line has " + chars + " characters and no delimiter"
                    + " (, ; tab or |)";
        }
        if (!p.dialect.hasHeader()) {
            return p.fileName + " has no data rows";
        }
        String cols = String.join(", ", raw);
        return p.fileName + " has no data rows: only the header line (" + (cols.length() > 120
                ? cols.substring(0, 120) + " ..." : cols) + ") was found";
    }
}
