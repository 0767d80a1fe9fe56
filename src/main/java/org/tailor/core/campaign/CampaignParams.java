package org.tailor.core.campaign;

/**
 * What to build: audience, {@code topN} items per target (0 = a plain send list without offers), control group
 * size in percent, seed of the control-group shuffle, recommender variant (catalogue spec such as {@code pop} or
 * {@code itemknn:k=50}), channel, and optionally one fixed offer ({@code offerSku}: every target gets that item, and
 * customers who already have it are left out).
 */
public record CampaignParams(String name, Audience audience, int topN, double holdoutPercent, long seed,
                             String variant, Channel channel, String offerSku) {
    public CampaignParams {
        if (topN < 0 || topN > 100) {
            throw new IllegalArgumentException("Items per target must be between 0 and 100, was " + topN);
        }
        if (!(holdoutPercent >= 0 && holdoutPercent <= 100)) {
            throw new IllegalArgumentException("The control group must be 0 to 100 percent, was " + holdoutPercent);
        }
        name = name == null || name.isBlank() ? "campaign" : name;
        variant = variant == null || variant.isBlank() ? "pop" : variant;
        channel = channel == null ? Channel.ANY : channel;
    }
}
