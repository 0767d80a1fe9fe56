package org.tailor.core.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses one {@link DateFormat} for a whole column. Every non-empty value removes the formats it does not fit;
 * values that fit no format are counted as bad and do not vote. The result is the single format that fits every
 * readable value, or (when values disagree) the one that fits most; {@link #ambiguous()} lists the formats still
 * tied, e.g. {@code dd/MM/yyyy} and {@code MM/dd/yyyy} when every day is 12 or less.
 */
public final class DateColumnDecider {
    private final Set<DateFormat> alive = EnumSet.allOf(DateFormat.class);
    private final Map<DateFormat, Long> fits = new EnumMap<>(DateFormat.class);
    private long readable;
    private long bad;

    /** Feeds one value. */
    public void accept(String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        EnumSet<DateFormat> ok = EnumSet.noneOf(DateFormat.class);
        for (DateFormat f : DateFormat.values()) {
            if (f.parse(value) != null) {
                ok.add(f);
                fits.merge(f, 1L, Long::sum);
            }
        }
        if (ok.isEmpty()) {
            bad++;
            return;
        }
        readable++;
        Set<DateFormat> next = EnumSet.copyOf(alive);
        next.retainAll(ok);
        if (!next.isEmpty()) {
            alive.clear();
            alive.addAll(next);
        } else {
            alive.clear();
        }
    }

    /** True once exactly one format fits every readable value seen (a scan may stop there). */
    public boolean isDecided() {
        return readable > 0 && alive.size() == 1;
    }

    /** Formats that fit every readable value and are still tied (size > 1 means ask the user). */
    public List<DateFormat> ambiguous() {
        return alive.size() > 1 && readable > 0 ? new ArrayList<>(alive) : List.of();
    }

    /** The chosen format, or null when nothing was readable or the column is ambiguous. */
    public DateFormat decided() {
        if (readable == 0) {
            return null;
        }
        if (alive.size() == 1) {
            return alive.iterator().next();
        }
        if (alive.size() > 1) {
            return null;
        }
        DateFormat best = null;
        long bestFits = -1;
        for (Map.Entry<DateFormat, Long> e : fits.entrySet()) {
            if (e.getValue() > bestFits) {
                best = e.getKey();
                bestFits = e.getValue();
            }
        }
        return best;
    }

    /** Share of non-empty values that read as a date in some format. */
    public double confidence() {
        return readable + bad == 0 ? 0 : readable / (double) (readable + bad);
    }

    public long readable() {
        return readable;
    }
}
