package org.tailor.core.abtest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Two-proportion analysis of an A/B test: pooled z-test (two-sided unless chosen otherwise before the data),
 * chi-square without continuity correction (equal to z squared for 2x2), Wald confidence interval, Fisher's exact
 * test, and cumulative interim looks with a repeated-looks warning. The verdict always uses the full data.
 */
public final class AbTestAnalyzer {
    static final String REPEATED_LOOKS_WARNING = "Interim looks are for information only: looking repeatedly and "
            + "stopping at the first p below alpha inflates false positives. The verdict uses the planned full sample.";

    public AbTestResult analyze(Arm control, Arm treatment, Alternative alternative, double alpha) {
        return analyze(control, treatment, alternative, alpha, List.of(), List.of());
    }

    /**
     * Analyzes per-date rows of exactly two arms; the control is the arm called {@code controlName} (or
     * "control", or else the first arm in the file). Every date is a cumulative look; the last is the final one.
     * Each arm may appear once per date (once overall without dates); a repeated row is refused, not added up.
     */
    public AbTestResult analyzeDaily(List<DailyResult> rows, String controlName, Alternative alternative, double alpha) {
        LinkedHashSet<String> arms = new LinkedHashSet<>();
        rows.forEach(r -> arms.add(r.variant()));
        if (arms.size() != 2) {
            throw new IllegalArgumentException("An A/B analysis needs exactly two arms, found " + arms.size() + ": "
                    + String.join(", ", arms));
        }
        String c = controlName != null ? controlName : arms.contains("control") ? "control" : arms.iterator().next();
        if (!arms.contains(c)) {
            throw new IllegalArgumentException("No arm called '" + c + "'; the arms are " + String.join(", ", arms));
        }
        String t = arms.stream().filter(a -> !a.equals(c)).findFirst().orElseThrow();
        TreeMap<String, long[]> byDate = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        for (DailyResult r : rows) {
            String date = r.date() == null ? "" : r.date();
            if (!seen.add(date + "\u0000" + r.variant())) {
                throw new IllegalArgumentException("Arm '" + r.variant() + "' appears twice"
                        + (date.isEmpty() ? "" : " for " + date) + ": give one row per arm"
                        + (date.isEmpty() ? "" : " and date") + " (rows are not added up)");
            }
            long[] v = byDate.computeIfAbsent(date, d -> new long[4]);
            int off = r.variant().equals(c) ? 0 : 2;
            v[off] += r.visitors();
            v[off + 1] += r.conversions();
        }
        List<InterimLook> looks = new ArrayList<>();
        long[] cum = new long[4];
        int i = 0;
        for (Map.Entry<String, long[]> e : byDate.entrySet()) {
            for (int j = 0; j < 4; j++) {
                cum[j] += e.getValue()[j];
            }
            Arm ca = new Arm(c, cum[0], cum[1]);
            Arm ta = new Arm(t, cum[2], cum[3]);
            double z = z(ca, ta);
            String label = ++i == byDate.size() ? "final" : "interim";
            looks.add(new InterimLook(label, e.getKey(), ca, ta, z, pValue(z, alternative)));
        }
        List<String> warnings = new ArrayList<>();
        if (looks.size() > 1) {
            warnings.add(REPEATED_LOOKS_WARNING);
            InterimLook last = looks.get(looks.size() - 1);
            boolean peekSignificant = looks.stream().anyMatch(l -> l.label().equals("interim") && l.pValue() < alpha);
            if (peekSignificant && last.pValue() >= alpha) {
                warnings.add("An interim look was below alpha but the full sample is not: no winner.");
            }
        }
        Arm ca = new Arm(c, cum[0], cum[1]);
        Arm ta = new Arm(t, cum[2], cum[3]);
        return analyze(ca, ta, alternative, alpha, looks, warnings);
    }

    private AbTestResult analyze(Arm control, Arm treatment, Alternative alternative, double alpha,
                                 List<InterimLook> looks, List<String> warnings) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be between 0 and 1, was " + alpha);
        }
        double p1 = control.rate();
        double p2 = treatment.rate();
        double diff = p2 - p1;
        long n = control.visitors() + treatment.visitors();
        double pooled = n == 0 ? 0 : (control.conversions() + treatment.conversions()) / (double) n;
        double z = z(control, treatment);
        double pTwo = pValue(z, Alternative.TWO_SIDED);
        double pOne = pValue(z, Alternative.GREATER);
        double p = pValue(z, alternative);
        double se = control.visitors() == 0 || treatment.visitors() == 0 ? 0
                : Math.sqrt(p1 * (1 - p1) / control.visitors() + p2 * (1 - p2) / treatment.visitors());
        double zc = Normal.quantile(1 - alpha / 2);
        double chi = z * z;
        boolean significant = p < alpha;
        String test = "pooled two-proportion z-test, " + alternative.name().toLowerCase(Locale.ROOT).replace('_', '-');
        String verdict;
        if (control.visitors() == 0 || treatment.visitors() == 0) {
            verdict = "not enough data: an arm has no visitors";
        } else if (z == 0) {
            verdict = "no difference";
        } else if (!significant) {
            verdict = String.format(Locale.ROOT, "not significant (p = %.6f, alpha = %s): no winner", p, alpha);
        } else {
            verdict = String.format(Locale.ROOT, "significant (p = %.6f): %s converts %s", p, treatment.name(),
                    diff > 0 ? "better" : "worse");
        }
        return new AbTestResult(control, treatment, diff, p1 == 0 ? null : diff / p1, pooled, z, alternative, alpha, p,
                pTwo, pOne, chi, pTwo, diff - zc * se, diff + zc * se, FisherExact.twoSided(control, treatment),
                significant, test, verdict, List.copyOf(looks), List.copyOf(warnings));
    }

    /** Pooled z of treatment minus control; 0 when the pooled variance is 0 (no or only conversions). */
    static double z(Arm control, Arm treatment) {
        long n1 = control.visitors();
        long n2 = treatment.visitors();
        if (n1 == 0 || n2 == 0) {
            return 0;
        }
        double pooled = (control.conversions() + treatment.conversions()) / (double) (n1 + n2);
        double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
        return se == 0 ? 0 : (treatment.rate() - control.rate()) / se;
    }

    static double pValue(double z, Alternative alternative) {
        return switch (alternative) {
            case TWO_SIDED -> Math.min(1, 2 * Normal.upperTail(Math.abs(z)));
            case GREATER -> Normal.upperTail(z);
            case LESS -> Normal.cdf(z);
        };
    }

    /** Rows of a per-arm totals file (no dates) become one look. */
    public static List<DailyResult> totals(Map<String, long[]> visitorsAndConversions) {
        List<DailyResult> out = new ArrayList<>();
        new LinkedHashMap<>(visitorsAndConversions).forEach((k, v) -> out.add(new DailyResult("", k, v[0], v[1])));
        return out;
    }
}
