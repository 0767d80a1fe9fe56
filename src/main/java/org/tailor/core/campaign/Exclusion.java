package org.tailor.core.campaign;

/**
 * A customer of the audience who is not exported, and why. {@code category} is one of {@link #OPTED_OUT},
 * {@link #NO_CONSENT}, {@link #NO_ADDRESS}, {@link #INVALID_ADDRESS}, {@link #MERGED}, {@link #HAS_OFFER},
 * {@link #NOTHING_TO_OFFER}; {@code reason} says it in words.
 */
public record Exclusion(String customerId, String category, String reason) {
    public static final String OPTED_OUT = "opted_out";
    public static final String NO_CONSENT = "no_consent";
    public static final String NO_ADDRESS = "no_address";
    public static final String INVALID_ADDRESS = "invalid_address";
    public static final String MERGED = "merged_duplicate";
    public static final String HAS_OFFER = "already_has_offer";
    public static final String NOTHING_TO_OFFER = "nothing_to_offer";
}
