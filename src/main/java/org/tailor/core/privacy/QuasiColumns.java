package org.tailor.core.privacy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The column names a privacy check may use: every column that holds a non-blank value for at least one record
 * (standard columns such as age, gender, zip, the derived {@code age_band} and {@code zip3}, and attribute keys).
 * A name outside that set used to be read as "missing for everyone", which merges all records into one class and
 * reports a falsely reassuring k; it is refused instead, with the valid names listed. With no records at all there
 * is nothing to validate against and nothing is refused (the checks report "no records").
 */
public final class QuasiColumns {
    private final Set<String> available = new TreeSet<>();
    private final boolean empty;

    public QuasiColumns(Collection<QuasiRecord> records) {
        for (QuasiRecord r : records) {
            r.values().forEach((k, v) -> {
                if (v != null && !v.isBlank()) {
                    available.add(k);
                }
            });
        }
        this.empty = records.isEmpty();
    }

    /** The valid names, sorted. */
    public List<String> available() {
        return new ArrayList<>(available);
    }

    /**
     * Throws IllegalArgumentException unless {@code column} names a column with a value for some record.
     * {@code role} says what the column was for (e.g. "quasi-identifier", "sensitive column").
     */
    public void require(String column, String role) {
        if (column == null || column.isBlank()) {
            throw new IllegalArgumentException("Empty " + role + " name. Valid columns: " + String.join(", ", available));
        }
        if (!empty && !available.contains(column.trim())) {
            throw new IllegalArgumentException("Unknown " + role + " '" + column + "': no customer has a value in"
                    + " that column. Valid columns: " + String.join(", ", available));
        }
    }

    public void requireAll(Collection<String> columns, String role) {
        for (String c : columns) {
            require(c, role);
        }
    }
}
