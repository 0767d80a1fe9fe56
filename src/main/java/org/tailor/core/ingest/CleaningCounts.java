package org.tailor.core.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each cleaning rule of one import did, as counts the wizard lists rule by rule ({@link ImportReport#rules()}).
 * Keys: {@code blankRows}, {@code duplicates}, {@code nearDuplicates}, {@code returns}, {@code outliers},
 * {@code customersWithoutId}, {@code damagedIds}, {@code rejected}, {@code erasedCustomers} (rows of
 * erased customers not re-imported), and {@code missing:COLUMN} per column with empty
 * cells. Every key is present (0 when the rule found nothing) except the per-column ones.
 */
public final class CleaningCounts {
    public static final String BLANK_ROWS = "blankRows";
    public static final String DUPLICATES = "duplicates";
    public static final String NEAR_DUPLICATES = "nearDuplicates";
    public static final String RETURNS = "returns";
    public static final String OUTLIERS = "outliers";
    public static final String CUSTOMERS_WITHOUT_ID = "customersWithoutId";
    public static final String DAMAGED_IDS = "damagedIds";
    public static final String REJECTED = "rejected";
    public static final String ERASED_CUSTOMERS = "erasedCustomers";
    public static final String MISSING_PREFIX = "missing:";

    private CleaningCounts() {
    }

    static Map<String, Long> of(ImportStats s, long outliers, long nearDuplicates) {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put(BLANK_ROWS, s.blankRows);
        m.put(DUPLICATES, s.duplicates);
        m.put(NEAR_DUPLICATES, nearDuplicates);
        m.put(RETURNS, s.returns);
        m.put(OUTLIERS, outliers);
        m.put(CUSTOMERS_WITHOUT_ID, s.customersWithoutId);
        long damagedWarnings = s.warnings.stream()
                .filter(w -> w.message().startsWith(RowConverter.SCIENTIFIC_WARNING)).count();
        m.put(DAMAGED_IDS, Math.max(s.suspectRows, damagedWarnings));
        m.put(REJECTED, s.rejected);
        m.put(ERASED_CUSTOMERS, s.erasedRows);
        s.missing().forEach((col, n) -> m.put(MISSING_PREFIX + col, n));
        return m;
    }

    /** The report's readable cleaning lines plus the near-duplicate line when the rule flagged rows. */
    static List<String> withNearDuplicates(List<String> lines, long nearDuplicates, long windowSeconds) {
        if (nearDuplicates == 0) {
            return lines;
        }
        List<String> out = new ArrayList<>(lines);
        out.add(nearDuplicates + " near-duplicate event" + (nearDuplicates == 1 ? "" : "s")
                + " flagged (same customer, item, kind and value within " + windowSeconds + " s)");
        return out;
    }

    /** The near-duplicate window of a spec: its own, else {@link ImportService#NEAR_DUPLICATE_SECONDS}. */
    static long window(FileSpec spec) {
        return spec.nearDuplicateSeconds() == null ? ImportService.NEAR_DUPLICATE_SECONDS : spec.nearDuplicateSeconds();
    }
}
