package org.tailor.core.privacy;

/** A query was refused because it would spend more than the remaining privacy budget; nothing was computed. */
public final class PrivacyBudgetExceededException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PrivacyBudgetExceededException(String message) {
        super(message);
    }
}
