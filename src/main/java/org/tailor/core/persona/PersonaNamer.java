package org.tailor.core.persona;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names a persona from the features that stand out in it: the cluster's mean z-score per feature (0 = like the
 * average customer). Rules, with T = 0.5 standard deviations:
 * <ul>
 *   <li>recency z &gt; T: "Lapsed"; z &lt; -T: "Recent"</li>
 *   <li>mean orders below 1.5: "one-time" (or the noun "one-timers" when nothing else stands out);
 *       else frequency z &gt; T: "Frequent", z &lt; -T: "Occasional"</li>
 *   <li>noun: spend z &gt; T "big spenders", z &lt; -T "light spenders"; else a category whose share has z &gt; 1
 *       gives "&lt;category&gt; fans"; else "customers"</li>
 * </ul>
 * A name used twice gets " 2", " 3" ... in the order the personas are named (largest first).
 */
public final class PersonaNamer {
    static final double T = 0.5;

    /**
     * @param z           mean z-score per feature: recency, frequency, monetary, basket size, then one per category
     * @param meanOrders  mean raw frequency of the members
     */
    public String name(double[] z, double meanOrders, List<String> categories) {
        List<String> words = new ArrayList<>();
        if (z[0] > T) {
            words.add("lapsed");
        } else if (z[0] < -T) {
            words.add("recent");
        }
        boolean oneTime = meanOrders < 1.5;
        String noun = z[2] > T ? "big spenders" : z[2] < -T ? "light spenders" : null;
        if (noun == null) {
            int best = -1;
            for (int c = 0; c < categories.size(); c++) {
                if (z[4 + c] > 1 && (best < 0 || z[4 + c] > z[4 + best])) {
                    best = c;
                }
            }
            noun = best >= 0 ? categories.get(best) + " fans" : null;
        }
        if (oneTime && noun == null) {
            noun = "one-timers";
        } else if (oneTime) {
            words.add("one-time");
        } else if (z[1] > T) {
            words.add("frequent");
        } else if (z[1] < -T) {
            words.add("occasional");
        }
        if (noun == null) {
            noun = words.isEmpty() ? "typical customers" : "customers";
        }
        words.add(noun);
        String s = String.join(" ", words);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Makes names unique in list order by appending " 2", " 3" ... */
    public static List<String> unique(List<String> names) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> out = new ArrayList<>();
        for (String n : names) {
            int c = seen.merge(n, 1, Integer::sum);
            out.add(c == 1 ? n : n + " " + c);
        }
        return out;
    }
}
