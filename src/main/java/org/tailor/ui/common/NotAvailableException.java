package org.tailor.ui.common;

/**
 * Thrown by a service seam whose engine is not wired into this build yet. It is not an error: the status line
 * says which feature is missing (the message key names the feature in the resource bundles).
 */
public final class NotAvailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String featureKey;

    public NotAvailableException(String featureKey) {
        super("Not available in this build: " + featureKey);
        this.featureKey = featureKey;
    }

    /** A resource-bundle key naming the feature, e.g. {@code feature.import}. */
    public String featureKey() {
        return featureKey;
    }
}
