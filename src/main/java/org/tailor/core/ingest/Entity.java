package org.tailor.core.ingest;

import java.util.Locale;

/** What a file holds. */
public enum Entity {
    CUSTOMERS, ITEMS, INTERACTIONS;

    /** Parses {@code customers|items|interactions} (case-insensitive; singular accepted). */
    public static Entity parse(String s) {
        String t = s.trim().toLowerCase(Locale.ROOT);
        for (Entity e : values()) {
            String n = e.label();
            if (t.equals(n) || t.equals(n.substring(0, n.length() - 1))) {
                return e;
            }
        }
        if (t.equals("events") || t.equals("orders") || t.equals("transactions")) {
            return INTERACTIONS;
        }
        throw new IllegalArgumentException("Unknown entity '" + s + "': use customers, items or interactions");
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
