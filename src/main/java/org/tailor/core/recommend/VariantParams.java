package org.tailor.core.recommend;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Typed access to the {@code key=value} parameters of one variant spec, with defaults. Every key a variant reads is
 * remembered; {@link #checkAllUsed()} rejects keys the variant does not know, so a typo never passes silently.
 */
public final class VariantParams {
    private final String variant;
    private final Map<String, String> raw;
    private final Set<String> used = new HashSet<>();
    private final Map<String, Object> effective = new LinkedHashMap<>();

    public VariantParams(String variant, Map<String, String> raw) {
        this.variant = variant;
        this.raw = Map.copyOf(raw);
    }

    public int getInt(String key, int def) {
        String v = take(key);
        int value;
        try {
            value = v == null ? def : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw bad(key, v, "a whole number");
        }
        effective.put(key, value);
        return value;
    }

    public double getDouble(String key, double def) {
        String v = take(key);
        double value;
        try {
            value = v == null ? def : Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw bad(key, v, "a number");
        }
        if (!Double.isFinite(value)) {
            throw bad(key, v, "a finite number");
        }
        effective.put(key, value);
        return value;
    }

    public long getLong(String key, long def) {
        String v = take(key);
        long value;
        try {
            value = v == null ? def : Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw bad(key, v, "a whole number");
        }
        effective.put(key, value);
        return value;
    }

    public String getChoice(String key, String def, String... allowed) {
        String v = take(key);
        String value = v == null ? def : v.toLowerCase(Locale.ROOT);
        for (String a : allowed) {
            if (a.equals(value)) {
                effective.put(key, value);
                return value;
            }
        }
        throw bad(key, v, "one of " + String.join(", ", allowed));
    }

    public String getString(String key, String def) {
        String v = take(key);
        String value = v == null ? def : v;
        effective.put(key, value);
        return value;
    }

    /** The parameters with defaults filled in, in the order they were read. */
    public Map<String, Object> effective() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(effective));
    }

    /** Fails on any parameter the variant did not read. */
    public void checkAllUsed() {
        for (String k : raw.keySet()) {
            if (!used.contains(k)) {
                throw new IllegalArgumentException("Variant " + variant + " has no parameter '" + k + "'. Known: "
                        + String.join(", ", effective.keySet()));
            }
        }
    }

    private String take(String key) {
        used.add(key);
        return raw.get(key);
    }

    private IllegalArgumentException bad(String key, String value, String expected) {
        return new IllegalArgumentException("Parameter " + key + "=" + value + " of variant " + variant
                + " must be " + expected);
    }
}
