package org.tailor.core.privacy;

import java.util.List;
import java.util.Map;

/**
 * The k-anonymity report. {@code status} is "ok" or "no records" (then {@code k} and {@code l} are null).
 * {@code k}: smallest class (A) or smallest compatible count (B), labelled by {@code convention}.
 * {@code classSizeCounts}: class size to number of classes (ascending sizes), the histogram the UI charts.
 * {@code violatingRecords}: ids of records whose class is smaller than {@code targetK}, in {@code violatingClasses}
 * classes. {@code l}: distinct l-diversity of {@code sensitive} (smallest distinct count over the classes).
 */
public record KAnonymityReport(String status, Integer k, String convention, List<String> quasiIdentifiers,
                               int records, int targetK, List<EquivalenceClass> classes,
                               Map<Integer, Integer> classSizeCounts, List<String> violatingRecords,
                               int violatingClasses, String sensitive, Integer l) {
}
