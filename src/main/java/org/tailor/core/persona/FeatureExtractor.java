package org.tailor.core.persona;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tailor.core.model.Interaction;
import org.tailor.core.model.Item;
import org.tailor.core.task.Cancellation;

/**
 * Turns interactions into {@link CustomerFeatures}. Returns and cancellations (purchases with a non-positive
 * quantity) are left out of every feature. Dates are the UTC calendar date of the interaction time.
 *
 * <p>Reference date: the one given, or else the latest interaction date that is not in the future relative to today
 * (the clock's UTC date), so one mistyped far-future row (year 2999) cannot drag it; with no such interaction it is
 * today. Interactions dated after the reference date are left out of every feature and counted
 * ({@link FeatureTable#ignoredAfterReference()}, "ignored: dated after the reference date"), provided they are in the
 * future relative to today. A given reference date earlier than an interaction that is not in the future is refused:
 * recency would be negative. An item's categories are its category, or else its '|'-separated genres (each genre
 * of an item weighs 1/number of genres). The interactions are iterated twice.
 */
public final class FeatureExtractor {
    public static final int MAX_CATEGORIES = 6;

    private final Clock clock;

    /** Today is the system clock's UTC date. */
    public FeatureExtractor() {
        this(Clock.systemUTC());
    }

    /** Today is {@code clock}'s UTC date (for tests). */
    public FeatureExtractor(Clock clock) {
        this.clock = clock;
    }

    private static final class Acc {
        long lastDay = Long.MIN_VALUE;
        final Set<String> orders = new HashSet<>();
        int loose;
        int lines;
        double monetary;
        final Map<String, Double> categories = new HashMap<>();
    }

    public FeatureTable extract(List<String> customerIds, List<Item> items, Iterable<Interaction> interactions,
                                LocalDate reference, Cancellation cancel) {
        Map<String, String[]> itemCategories = new HashMap<>();
        for (Item it : items) {
            itemCategories.put(it.externalId(), categoriesOf(it));
        }
        LocalDate ref = referenceDate(interactions, reference, cancel);
        long refDay = ref.toEpochDay();
        Map<String, Acc> acc = new LinkedHashMap<>();
        Map<String, Double> categoryTotals = new HashMap<>();
        int ignored = 0;
        int n = 0;
        for (Interaction x : interactions) {
            if (++n % 10_000 == 0) {
                cancel.check();
            }
            if (isReturn(x)) {
                continue;
            }
            long day = day(x);
            if (day > refDay) {
                ignored++;
                continue;
            }
            Acc a = acc.computeIfAbsent(x.customerId(), k -> new Acc());
            a.lastDay = Math.max(a.lastDay, day);
            if (x.orderId() == null || x.orderId().isBlank()) {
                a.loose++;
            } else {
                a.orders.add(x.orderId());
            }
            a.lines++;
            if (x.amount() > 0) {
                a.monetary += x.amount();
            }
            String[] cats = itemCategories.getOrDefault(x.sku(), new String[0]);
            for (String c : cats) {
                a.categories.merge(c, 1.0 / cats.length, Double::sum);
                categoryTotals.merge(c, 1.0 / cats.length, Double::sum);
            }
        }
        List<String> categories = categoryTotals.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_CATEGORIES).map(Map.Entry::getKey).toList();
        List<CustomerFeatures> rows = new ArrayList<>();
        int inactive = 0;
        List<String> ids = new ArrayList<>(customerIds);
        Set<String> known = new HashSet<>(customerIds);
        for (String id : acc.keySet()) {
            if (!known.contains(id)) {
                ids.add(id);
            }
        }
        ids.sort(NaturalOrder.INSTANCE);
        for (String id : ids) {
            Acc a = acc.get(id);
            if (a == null) {
                inactive++;
                continue;
            }
            int frequency = a.orders.size() + a.loose;
            double[] shares = new double[categories.size()];
            for (int c = 0; c < shares.length; c++) {
                shares[c] = a.categories.getOrDefault(categories.get(c), 0.0) / a.lines;
            }
            long recency = ChronoUnit.DAYS.between(LocalDate.ofEpochDay(a.lastDay), ref);
            rows.add(new CustomerFeatures(id, recency, frequency, a.monetary, a.lines / (double) frequency, shares));
        }
        return new FeatureTable(ref, categories, rows, inactive, ignored);
    }

    /** The given date after checking it, or the latest interaction date that is not after today (else today). */
    private LocalDate referenceDate(Iterable<Interaction> interactions, LocalDate given, Cancellation cancel) {
        long today = LocalDate.now(clock.withZone(ZoneOffset.UTC)).toEpochDay();
        long latestPast = Long.MIN_VALUE;
        int n = 0;
        for (Interaction x : interactions) {
            if (++n % 10_000 == 0) {
                cancel.check();
            }
            long day = day(x);
            if (!isReturn(x) && day <= today) {
                latestPast = Math.max(latestPast, day);
            }
        }
        if (given == null) {
            return latestPast == Long.MIN_VALUE ? LocalDate.ofEpochDay(today) : LocalDate.ofEpochDay(latestPast);
        }
        if (latestPast != Long.MIN_VALUE && latestPast > given.toEpochDay()) {
            LocalDate latest = LocalDate.ofEpochDay(latestPast);
            throw new IllegalArgumentException("Reference date " + given + " is before the latest interaction ("
                    + latest + "): recency would be negative. Use a date on or after " + latest
                    + ", or leave it out to use the latest interaction date");
        }
        return given;
    }

    private static boolean isReturn(Interaction x) {
        return "purchase".equals(x.kind()) && x.value() <= 0;
    }

    private static long day(Interaction x) {
        return Math.floorDiv(x.epochSeconds(), 86_400L);
    }

    /** Recency in days from an epoch-second time to a reference date (UTC dates). */
    public static long recencyDays(long epochSeconds, LocalDate reference) {
        return ChronoUnit.DAYS.between(Instant.ofEpochSecond(epochSeconds).atZone(ZoneOffset.UTC).toLocalDate(), reference);
    }

    private static String[] categoriesOf(Item it) {
        if (it.category() != null && !it.category().isBlank()) {
            return new String[] {it.category().trim()};
        }
        if (it.genres() != null && !it.genres().isBlank()) {
            return java.util.Arrays.stream(it.genres().split("\\|")).map(String::trim).filter(s -> !s.isEmpty())
                    .distinct().sorted(Comparator.naturalOrder()).toArray(String[]::new);
        }
        return new String[0];
    }
}
