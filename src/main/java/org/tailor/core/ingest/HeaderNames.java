package org.tailor.core.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Makes header names usable: strips byte-order marks and surrounding space, names a blank header
 * {@code column_N} (N = 1-based position), and renames a repeated name (compared ignoring case, as SQLite does)
 * to {@code name_2}, {@code name_3} ... keeping the later column's own spelling ({@code phone}, {@code Phone_2}).
 * The first occurrence keeps its name, so it is the one mapped to a standard field.
 */
public final class HeaderNames {
    /** A header that was changed: 1-based column, the name in the file, the name used, and why. */
    public record Change(int column, String original, String name, String reason) {
    }

    /** The names to use and what was changed. */
    public record Result(List<String> names, List<Change> changes) {
    }

    private HeaderNames() {
    }

    public static Result normalize(List<String> raw) {
        List<String> names = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String orig = raw.get(i) == null ? "" : raw.get(i);
            String name = orig.replace("\uFEFF", "").strip();
            String reason = null;
            if (name.isEmpty()) {
                name = "column_" + (i + 1);
                reason = "blank header";
            }
            String base = name;
            int k = 2;
            while (used.contains(name.toLowerCase(Locale.ROOT))) {
                name = base + "_" + k++;
                reason = reason == null ? "duplicate of an earlier column (names compared ignoring case)" : reason;
            }
            used.add(name.toLowerCase(Locale.ROOT));
            if (reason != null) {
                changes.add(new Change(i + 1, orig, name, reason));
            }
            names.add(name);
        }
        return new Result(names, changes);
    }
}
