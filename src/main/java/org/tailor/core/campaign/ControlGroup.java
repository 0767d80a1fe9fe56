package org.tailor.core.campaign;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A seeded random control group: of n eligible customers (given in id order), exactly
 * {@code Math.round(n * percent / 100)} (half rounds up) are drawn by shuffling the list with
 * {@code Collections.shuffle(list, new Random(seed))} and taking the first ones. Same input, same seed, same group.
 */
public final class ControlGroup {
    private ControlGroup() {
    }

    public static long size(int n, double percent) {
        return Math.round(n * percent / 100.0);
    }

    public static Set<String> draw(List<String> idsInOrder, double percent, long seed) {
        List<String> shuffled = new ArrayList<>(idsInOrder);
        Collections.shuffle(shuffled, new Random(seed));
        return new HashSet<>(shuffled.subList(0, (int) size(idsInOrder.size(), percent)));
    }

    /** 33.3 -> "33.3", 100.0 -> "100". */
    static String formatPercent(double percent) {
        return percent == Math.rint(percent) ? Long.toString((long) percent) : Double.toString(percent);
    }
}
