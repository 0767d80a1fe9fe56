package org.tailor.core.privacy;

/**
 * How suppressed cells ({@code *}, or missing values) count. {@code SUPPRESSED_IS_VALUE} (convention A, the
 * conservative default): {@code *} is a value of its own. {@code SUPPRESSED_IS_WILDCARD} (convention B, as in
 * sdcMicro): {@code *} matches any value, so a record's class is every record compatible with it.
 */
public enum Convention {
    SUPPRESSED_IS_VALUE("A: suppressed cells are a value of their own"),
    SUPPRESSED_IS_WILDCARD("B: suppressed cells treated as wildcards");

    private final String label;

    Convention(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
