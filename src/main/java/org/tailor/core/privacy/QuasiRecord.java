package org.tailor.core.privacy;

import java.util.Map;

/** One record seen by privacy checks: its id (never a quasi-identifier) and column values as text. */
public record QuasiRecord(String id, Map<String, String> values) {
    /** The value of a column, or {@link KAnonymityCheck#SUPPRESSED} when missing or blank. */
    public String get(String column) {
        String v = values.get(column);
        return v == null || v.isBlank() ? KAnonymityCheck.SUPPRESSED : v.trim();
    }
}
